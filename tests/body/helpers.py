"""Shared helpers for the body tests: build a small page around an article and extract it."""

from __future__ import annotations

from articlekit.body import extract_body
from articlekit.config import DEFAULT
from articlekit.html.parse import parse_html
from articlekit.model import Body, Metadata

PARAS = [
    "The city council voted on Tuesday to expand the tram network, adding four new lines by 2030.",
    "Officials said the plan, which costs about 1.2 billion euros, would cut car traffic in the centre.",
    "Opponents argued that the money would be better spent on buses, which can change routes quickly.",
    "The first construction work is expected to begin next spring, starting with the eastern line.",
]
ARTICLE = "".join(f"<p>{p}</p>" for p in PARAS)


def page(article: str = ARTICLE, *, before: str = "", after: str = "", outside: str = "") -> str:
    """A page: navigation and a sidebar around ``<article>`` holding before + article + after."""
    return (
        "<html><head><title>T</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/world'>World</a></div>"
        f"<div class='main'><article>{before}{article}{after}</article>{outside}</div>"
        "</body></html>"
    )


def extract(html: str, metadata: Metadata | None = None) -> Body:
    """Parse ``html`` and run body extraction with the default settings."""
    return extract_body(parse_html(html), metadata=metadata or Metadata(), config=DEFAULT.body)


def text(body: Body) -> str:
    """The body's plain text, blocks separated by blank lines."""
    return "\n\n".join(b.text for b in body.blocks)
