"""Plain-text, Markdown, CSV-row and standalone-HTML renderings of an :class:`~articlekit.model.Article`."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from articlekit.model import Article, Block

__all__ = ["CSV_LIST_SEPARATOR", "HTML_PAGE_TAIL", "article_html", "article_html_element", "article_markdown",
           "article_text", "csv_cell", "csv_row", "html_page_head"]


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


# --- CSV: one row per article, the columns of Article.to_dict() in their order ---------------------

CSV_LIST_SEPARATOR = "\n"  # list items never hold a newline (they are one-line names, tags, sentences)


def csv_cell(value: Any) -> str:
    """One CSV cell: lists joined by newlines, figures and provenance as JSON, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return CSV_LIST_SEPARATOR.join(v.replace("\n", " ") for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return str(value)


def csv_row(record: Mapping[str, Any]) -> list[str]:
    """The cells of one :meth:`~articlekit.model.Article.to_dict` record, in its key order."""
    return [csv_cell(value) for value in record.values()]


# --- HTML: the clean article as a small standalone page ----------------------------------------------

_HTML_STYLE = ("body{max-width:42em;margin:2em auto;padding:0 1em;font:17px/1.55 Georgia,serif;color:#222}"
               ".byline{color:#555;font-style:italic}section{border-left:3px solid #ccc;padding-left:1em}"
               "table{border-collapse:collapse}td{border:1px solid #ccc;padding:.2em .5em}")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _block_html(block: Block) -> str:
    if block.kind == "h":
        level = min(max(block.level, 1) + 1, 6)  # h1 is the article's title
        return f"<h{level}>{_e(block.text)}</h{level}>"
    if block.kind in ("ul", "ol"):
        items = "".join(f"<li>{_e(item)}</li>" for item in block.items or (block.text,))
        return f"<{block.kind}>{items}</{block.kind}>"
    if block.kind == "quote":
        return "<blockquote>" + "".join(f"<p>{_e(p)}</p>" for p in block.text.split("\n") if p) + "</blockquote>"
    if block.kind == "pre":
        return f"<pre>{_e(block.text)}</pre>"
    if block.kind == "table" and block.rows:
        rows = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return f"<table>{rows}</table>"
    return f"<p>{_e(block.text)}</p>"


def _byline_html(article: Article) -> str:
    parts = []
    if article.authors:
        parts.append("By " + _e(", ".join(article.authors)))
    if article.date_published is not None:
        stamp = article.date_published.isoformat()
        parts.append(f'<time datetime="{_e(stamp)}">{_e(stamp)}</time>')
    if article.site_name:
        parts.append(_e(article.site_name))
    return f'<p class="byline">{" · ".join(parts)}</p>' if parts else ""


def _list_section(name: str, heading: str, items: tuple[str, ...]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{_e(item)}</li>" for item in items)
    return f'<section class="{name}"><h2>{heading}</h2><ul>{rows}</ul></section>'


def article_html_element(article: Article) -> str:
    """The article as one ``<article>`` element: title, byline, highlights, In Brief, then the body."""
    parts = [f"<h1>{_e(article.title)}</h1>" if article.title else "", _byline_html(article),
             _list_section("highlights", "Highlights", article.highlights),
             _list_section("summary", "In Brief", article.summary),
             *(_block_html(b) for b in article.blocks if b.text)]
    source = f' data-source="{_e(article.source)}"'
    return f"<article{source}>\n" + "\n".join(p for p in parts if p) + "\n</article>"


def html_page_head(title: str | None, language: str | None = None, url: str | None = None) -> str:
    """The start of a standalone UTF-8 page, up to and including ``<body>``."""
    lang = f' lang="{_e(language)}"' if language else ""
    canonical = f'<link rel="canonical" href="{_e(url)}">' if url else ""
    return (f"<!DOCTYPE html>\n<html{lang}>\n<head><meta charset=\"utf-8\">"
            f"<meta name=\"generator\" content=\"articlekit\"><title>{_e(title or 'Article')}</title>"
            f"{canonical}<style>{_HTML_STYLE}</style></head>\n<body>\n")


HTML_PAGE_TAIL = "\n</body>\n</html>"


def article_html(article: Article) -> str:
    """The article as a small standalone HTML page (UTF-8, no scripts, one inline style sheet)."""
    head = html_page_head(article.title, article.language, article.url)
    return head + article_html_element(article) + HTML_PAGE_TAIL + "\n"
