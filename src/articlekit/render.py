"""Plain-text and Markdown renderings of an :class:`~articlekit.model.Article`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articlekit.model import Article

__all__ = ["article_markdown", "article_text"]


def _byline(article: Article) -> str:
    parts = []
    if article.authors:
        parts.append("By " + ", ".join(article.authors))
    if article.date_published is not None:
        parts.append(article.date_published.isoformat())
    if article.site_name:
        parts.append(article.site_name)
    return " · ".join(parts)


def _page_type(article: Article) -> str:
    """A line naming the page type when the page is not an article ("*Page type: forum*")."""
    return "" if article.page_type == "article" else f"*Page type: {article.page_type}*"


def article_markdown(article: Article) -> str:
    """The article as a Markdown document."""
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    byline = _byline(article)
    if byline:
        out.append(f"*{byline}*")
    kind = _page_type(article)
    if kind:
        out.append(kind)
    if article.highlights:
        out.append("## Highlights\n\n" + "\n".join(f"- {h}" for h in article.highlights))
    if article.summary:
        out.append("## In Brief\n\n" + "\n".join(f"- {s}" for s in article.summary))
    if article.figures:
        rows = "\n".join(f"- **{f.text}** {f.counted}".rstrip() for f in article.figures)
        out.append("## Key figures\n\n" + rows)
    if article.blocks:
        if article.highlights or article.summary or article.figures:
            out.append("---")
        out.extend(b.to_markdown() for b in article.blocks if b.text)
    return "\n\n".join(out) + "\n"


def article_text(article: Article) -> str:
    """The article as plain text: title, byline, then the body."""
    head = [x for x in (article.title, _byline(article)) if x]
    return "\n\n".join([*head, article.text]).strip() + "\n"
