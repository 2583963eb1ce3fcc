"""The public entry points. They run the stages in order and hold no heuristics of their own.

``bytes → decode → parse → metadata (whole tree) + body (cleaned tree) → summary + key figures``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace

from articlekit.config import DEFAULT, Config
from articlekit.errors import DecodeError, InputError, NoContentError, ParseError, TimeLimitError
from articlekit.gcpause import paused
from articlekit.model import Article, KeyFigure, Metadata
from articlekit.urls import split_url

__all__ = ["entry_point", "extract", "key_figures", "summarize"]


@contextmanager
def entry_point(name: str) -> Iterator[None]:
    """The last line of the error contract: builtin exceptions only hostile input can cause, made ours.

    A dependency's own time cap (nltk's regex guard raises ``TimeoutError``), a recursion or an
    allocation that outgrows the machine are what an adversarial document does, not a bug: callers
    get an :class:`~articlekit.errors.ArticlekitError` subclass. Every other exception is a bug and
    stays visible as it is.
    """
    try:
        yield
    except TimeoutError as exc:
        raise TimeLimitError(f"{name}: a stage gave up on this input after its own time cap ({exc})") from exc
    except RecursionError as exc:
        raise ParseError(f"{name}: the input is nested too deeply to process") from exc
    except MemoryError as exc:
        raise InputError(f"{name}: the input needs more memory than is available") from exc


def _to_text(html: bytes | str, config: Config) -> str:
    """Check the input's type and size and decode bytes."""
    if isinstance(html, (bytearray, memoryview)):
        html = bytes(html)
    if not isinstance(html, (bytes, str)):
        raise InputError(f"expected HTML as bytes or str, got {type(html).__name__}")
    size = len(html)
    if isinstance(html, str) and 4 * size > config.limits.max_bytes:  # only then can UTF-8 exceed the limit
        size = len(html.encode("utf-8", errors="surrogatepass"))
    if size > config.limits.max_bytes:
        raise InputError(f"input is {size:,} bytes, above the limit of {config.limits.max_bytes:,} bytes")
    if isinstance(html, str):
        return html
    from articlekit.html.encoding import control_share, decode_html

    text = decode_html(html, sniff_bytes=config.limits.sniff_bytes, detect_bytes=config.limits.detect_bytes)
    if control_share(text[: config.limits.binary_sample]) > config.limits.max_control_share:
        raise DecodeError("input looks like binary data, not HTML or text")
    return text


def _check_options(url: object, bullets: object, now: object) -> None:
    """Wrong option types fail here, with the option's name, not deep inside a stage."""
    if url is not None and not isinstance(url, str):
        raise InputError(f"url must be a str, got {type(url).__name__}")
    if url is not None and split_url(url) is None:
        raise InputError(f"url is not a valid URL: {url[:200]!r}")
    if bullets is not None and (not isinstance(bullets, int) or isinstance(bullets, bool) or bullets < 1):
        raise InputError(f"bullets must be a positive integer, got {bullets!r}")
    if now is not None and not isinstance(now, dt.datetime):
        raise InputError(f"now must be a datetime.datetime, got {type(now).__name__}")


def extract(
    html: bytes | str,
    *,
    url: str | None = None,
    summarize: bool = True,
    bullets: int | None = None,
    now: dt.datetime | None = None,
    source: str = "-",
    require_content: bool = False,
    config: Config = DEFAULT,
) -> Article:
    """Extract a structured article from one HTML page.

    ``html`` is the page as bytes (any charset) or text. ``url`` is the page's address, used to
    resolve relative links and as a fallback canonical URL. ``summarize=False`` skips the In Brief
    bullets and key figures (extraction alone). ``bullets`` overrides the bullet count, ``now``
    anchors relative dates such as "3 hours ago" (without it they stay unresolved), and ``source``
    names the input in the output. A page with no body text gives an Article with empty ``text``,
    or raises :class:`~articlekit.errors.NoContentError` with ``require_content=True``.
    Raises only :class:`~articlekit.errors.ArticlekitError`.
    """
    _check_options(url, bullets, now)
    with entry_point("extract"):
        text = _to_text(html, config)
        with paused(config.pause_gc):
            article = _extract_text(text, url, summarize, bullets, now, source, config)
    if require_content and not article.text:
        raise NoContentError(f"{source}: no content (no article body found)")
    return article


def _extract_text(text: str, url: str | None, summarize: bool, bullets: int | None, now: dt.datetime | None,
                  source: str, config: Config) -> Article:
    """The stages of :func:`extract` on decoded text: parse, metadata, body, then the summary."""
    from articlekit.body import extract_body
    from articlekit.html.parse import parse_html
    from articlekit.metadata import extract_metadata

    limits = config.limits
    root = parse_html(text, max_depth=limits.max_depth, max_attributes=limits.max_attributes,
                      max_elements_per_mb=limits.max_elements_per_mb)
    meta = extract_metadata(root, url=url, now=now, config=config.metadata)
    body = extract_body(root, metadata=meta, config=config.body)
    article = Article(
        source=source,
        blocks=body.blocks,
        highlights=body.highlights,
        page_type=body.page_type,
        page_type_confidence=body.page_type_confidence,
        **{f.name: getattr(meta, f.name) for f in fields(Metadata)},
    )
    if not summarize or not article.text:
        return article
    count = bullets if bullets is not None else config.summary.bullets
    # A prefix keeps a hostile 25 MB body linear and bounded; figure offsets stay valid in the full text.
    analysed = article.text[: config.limits.max_analysed_chars]
    summary, figures = _brief(analysed, count, article.title, article.language, config)
    return replace(article, summary=tuple(summary), figures=tuple(figures))


def _check_bullets(bullets: object) -> None:
    if not isinstance(bullets, int) or isinstance(bullets, bool) or bullets < 1:
        raise InputError(f"bullets must be a positive integer, got {bullets!r}")


def _brief(text: str, bullets: int, title: str | None, language: str | None,
           config: Config) -> tuple[list[str], list[KeyFigure]]:
    """Bullets and key figures of one body, from ONE sentence split shared by both."""
    from articlekit.figures import text_language

    lang = text_language(text, language)
    spans = _sentences(text, lang, config)
    return (_summarize(text, bullets, title, config, spans),
            _figures(text, title, config.figures.limit, config, spans, lang))


def _sentences(text: str, language: str | None, config: Config) -> list[tuple[int, int]]:
    from articlekit.summary.sentences import sentence_spans

    return sentence_spans(text, punkt_model=config.summary.punkt_model, language=language)


def _summarize(text: str, bullets: int, title: str | None, config: Config,
               spans: list[tuple[int, int]] | None = None) -> list[str]:
    from articlekit.summary import summarize_text

    if spans is None:
        from articlekit.figures import text_language

        spans = _sentences(text, text_language(text, None), config)
    return summarize_text(text, bullets=bullets, title=title, config=config.summary, sentences=spans)


def _figures(text: str, title: str | None, limit: int | None, config: Config,
             spans: list[tuple[int, int]] | None = None, language: str | None = None) -> list[KeyFigure]:
    from articlekit.figures import find_key_figures, text_language

    lang = language or text_language(text, None)
    if spans is None:
        spans = _sentences(text, lang, config)
    return find_key_figures(text, sentences=spans, language=lang, title=title, limit=limit,
                            config=config.figures)


def _analysed(text: object, config: Config) -> str:
    """The part of a body text that summary and key figures read: the same caps as :func:`extract`.

    Text over ``max_bytes`` is refused; a longer text than ``max_analysed_chars`` is read up to that
    point, so the time and memory spent stay bounded whatever the input (offsets stay valid).
    """
    if not isinstance(text, str):
        raise InputError(f"expected text as str, got {type(text).__name__}")
    limit = config.limits.max_bytes
    size = len(text) if 4 * len(text) <= limit else len(text.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise InputError(f"text is {size:,} bytes, above the limit of {limit:,} bytes")
    return text[: config.limits.max_analysed_chars]


def summarize(text: str, *, bullets: int = 3, title: str | None = None, config: Config = DEFAULT) -> list[str]:
    """Extractive In Brief bullets for a body text, in document order (same input, same output).

    Reads at most ``config.limits.max_analysed_chars`` characters, as :func:`extract` does.
    """
    analysed = _analysed(text, config)
    _check_bullets(bullets)
    with entry_point("summarize"):
        return _summarize(analysed, bullets, title, config)


def key_figures(
    text: str, *, title: str | None = None, limit: int | None = None, config: Config = DEFAULT
) -> list[KeyFigure]:
    """The numbers that matter in a text, with what they count, most important first.

    Reads at most ``config.limits.max_analysed_chars`` characters, as :func:`extract` does.
    """
    analysed = _analysed(text, config)
    with entry_point("key_figures"):
        return _figures(analysed, title, limit, config)


