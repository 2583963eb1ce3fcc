"""Where a page writes its byline: author-labelled elements near the headline, and "By …" / "Von …" /
"Autor:" lines, "date – Name" lines and Chinese/Japanese bylines in the text around it. The names found
here are raw; :mod:`articlekit.metadata.authors.cleaning` cleans them and ranks the candidates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from lxml.html import HtmlElement

from articlekit.metadata.authors.markup import in_aside, markup_bylines
from articlekit.metadata.authors.vocab import AUTHOR_JOB_WORDS, CJK_BYLINE_LABELS, OTHER_BOX_WORDS
from articlekit.metadata.dates import months
from articlekit.metadata.elements import in_box
from articlekit.metadata.scan import Labelled, PageScan
from articlekit.metadata.vocab import AUTHOR_ATTR_TOKENS

__all__ = ["byline_elements", "cjk_byline_in", "date_name_line", "dated_name_lines", "labelled_cjk_byline",
           "name_over_role", "text_byline"]

# The openers of a written byline: at the start of a line ("By", "Von", "Eine Kolumne von" …), as a
# label anywhere ("Autor:") and inline ("… | Published by"); then the names
_BYLINE_LINE_OPENERS = (
    r"[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]ublished [Bb]y:?|[Pp]osted [Bb]y|Von|VON|Par|PAR|"
    r"Por|POR|Ein Artikel von|Ein Beitrag von|Text von|Erstellt von|Geschrieben von|Verfasst von|"
    r"Escrito por|Écrit par|Scritto da|Geschreven door|"
    r"Eine?[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+von")  # "Eine Kolumne von", "Ein Gastbeitrag von"
_BYLINE_LABELS = r"Text|Autor|Autorin|Author|Auteur|Autore|Texto|Written by|Verfasst von"
_BYLINE_INLINE_OPENERS = r"[Pp]ublished by:?|[Ww]ritten by|[Pp]osted by"
_BYLINE_NAMES = (
    r"(?:\s+|(?<=By)(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]))"  # or "ByAlex Bozarjian": two inline elements glued
    r"(?P<names>(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?)"
    r"(?:[ \t]+(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|la|van|von|der|da|di|du|del|"
    r"bin|al)\.?)){0,4}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*"
    r"(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*\.?){0,4})*)")
_TEXT_BYLINE = re.compile(
    rf"(?:(?:^|\n)[ \t|·•(]*(?:{_BYLINE_LINE_OPENERS}):?|(?:^|\s)(?:{_BYLINE_LABELS}):"
    rf"|(?:^|[\s|·•])(?:{_BYLINE_INLINE_OPENERS})){_BYLINE_NAMES}")
# _TEXT_BYLINE past the start of the text, where every alternative opens with a space or a separator:
# written to begin with that character class, so the regex engine skips in C to the places it can
# match (see _search_from_start)
_TEXT_BYLINE_INNER = re.compile(
    rf"[\s|·•](?:(?<=\n)[ \t|·•(]*(?:{_BYLINE_LINE_OPENERS}):?|(?<=\s)(?:{_BYLINE_LABELS}):"
    rf"|(?:{_BYLINE_INLINE_OPENERS})){_BYLINE_NAMES}")
# A lowercase "by"/"von" opens a byline only on a line that holds nothing but the names
_LOWER_BYLINE_LINE = (r"[ \t]*(?:by|von|par|por)[ \t]+(?P<names>[A-ZÀ-ÖØ-Þ][\w'’.-]*"
                      r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|van|von|der)){1,3})[ \t]*(?=\n|$)")
_LOWER_BYLINE = re.compile(r"(?:^|\n)" + _LOWER_BYLINE_LINE)
_LOWER_BYLINE_INNER = re.compile(r"\n" + _LOWER_BYLINE_LINE)
# AUTHOR_LABEL_LINE: an "Autor" / "Author" heading on its own line, the names on the next line alone
_LABEL_LINE_LINE = (r"[ \t]*(?:Autor|Autorin|Autoren|Author|Authors|Auteur|Autore|Autores|Texto)"
                    r"[ \t]*:?[ \t]*\n[ \t]*(?P<names>[A-ZÀ-ÖØ-Þ][\w'’.-]*"
                    r"(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|van|von|der)){1,3})[ \t,]*(?=\n|$)")
_LABEL_LINE = re.compile(r"(?:^|\n)" + _LABEL_LINE_LINE)
_LABEL_LINE_INNER = re.compile(r"\n" + _LABEL_LINE_LINE)
_NOT_BYLINE_TAGS = frozenset({"meta", "link", "script", "style", "body", "html", "input", "textarea", "form",
                              "select", "option", "button", "label", "img", "svg", "noscript"})
_CJK_BYLINE = re.compile(  # "责任编辑：焦鹏"
    f"(?:{'|'.join(CJK_BYLINE_LABELS)})" r"\s*[：:]\s*(?P<cjk>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
# Every match opens with one of these characters. ``str.__contains__`` finds a character in C much
# faster than the regex engine tries an alternation at every position of a whole page's text (~1.5 ms
# on a long page), and most pages hold none of them.
_CJK_LABEL_STARTS = frozenset(label[0] for label in CJK_BYLINE_LABELS)
_BOX_LEVELS = 6  # BOXED_AUTHOR: ancestors looked at for a comment, teaser or related box (3-10 agree on DEV)
_CLUSTER_SPAN = 15  # byline elements within this many nodes of the first one belong to the same byline
_AUTHOR_ATTR_RE = re.compile("|".join(re.escape(t) for t in AUTHOR_ATTR_TOKENS))
_EXCLUDED_ATTR_RE = re.compile(
    "comment|avatar|related|footer|widget|sidebar|share|bio|description|caption|photo|teaser|listing")


def _author_labelled(item: Labelled) -> bool:
    return (item.element.tag not in _NOT_BYLINE_TAGS and _AUTHOR_ATTR_RE.search(item.attrs) is not None
            and not _EXCLUDED_ATTR_RE.search(item.attrs) and not _hidden(item.element)
            and not in_box(item.element, OTHER_BOX_WORDS, _BOX_LEVELS)  # BOXED_AUTHOR: another text's author
            and not in_aside(item.element))


def _first_cluster(items: Iterable[Labelled]) -> list[HtmlElement]:
    """The first author-labelled element and those within ``_CLUSTER_SPAN`` nodes after it; items come
    in page order, so the first one past the span ends the cluster (and the reading)."""
    cluster: list[HtmlElement] = []
    first = 0
    for item in items:
        if not _author_labelled(item):
            continue
        if not cluster:
            first = item.pos
        elif item.pos > first + _CLUSTER_SPAN:
            break
        cluster.append(item.element)
    return cluster


def _hidden(el: HtmlElement) -> bool:
    """HIDDEN_NOT_BYLINE: an element the page hides (``display:none``, ``hidden``) is a form message or
    a template, not the byline readers see."""
    style = (el.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or el.get("hidden") is not None


def byline_elements(page: PageScan, root: HtmlElement | None = None) -> list[HtmlElement]:
    """The first cluster of author-labelled elements, preferring those after the headline; failing
    that, the first byline written with an explicit marker anywhere in ``root`` (BYLINE_MARKUP)."""
    cluster = _first_cluster(page.after_items()) or _first_cluster(page.before_items())
    if not cluster and root is not None:
        return markup_bylines(root)[0]
    return [el for el in cluster if not any(a in cluster for a in el.iterancestors())]


def text_byline(text: str) -> tuple[str, bool]:
    """The names after the first "By …", "Von …", "Par …", "Por …" in ``text`` (or ``""``), and whether
    they end their line: a byline line, not a sentence that opens with "Von" or "By"."""
    m = _search_from_start(_TEXT_BYLINE, _TEXT_BYLINE_INNER, text)
    if not m:
        lower = (_search_from_start(_LOWER_BYLINE, _LOWER_BYLINE_INNER, text)
                 or _search_from_start(_LABEL_LINE, _LABEL_LINE_INNER, text))
        return (lower["names"], True) if lower else ("", False)
    return m["names"], text[m.end():m.end() + 1] in ("\n", "")


def _search_from_start(pattern: re.Pattern[str], inner: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, faster: ``pattern`` tried at the start of the text, then ``inner`` (the
    same pattern without its ``^`` alternatives, opening with the character every match past the start
    begins with) searched. Python's regex engine scans ahead in C only for a leading literal or class,
    so an opening ``(?:^|\n)`` makes it try the whole pattern at every position (3x slower)."""
    return pattern.match(text) or inner.search(text)


_NAME_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|la|van|von|der)){1,3}"


_DATE_NAME_HINT = re.compile(r"\d[ \t]*[-–—|·•][ \t]*[A-ZÀ-ÖØ-Þ]")


@lru_cache(maxsize=1)
def _date_pattern() -> str:
    """A written day: "11.12.2019", "2019-12-11", "11. Dezember 2019", "December 11, 2019"."""
    names = "|".join(sorted((re.escape(m) for m in months()), key=len, reverse=True))
    return (r"(?i:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?\s+(?:" + names
            + r")\.?\s+\d{4}|(?:" + names + r")\.?\s+\d{1,2},?\s+\d{4})")


@lru_cache(maxsize=1)
def _date_name_re() -> re.Pattern[str]:
    """DATE_NAME_LINE: a line holding only a date, a dash or bar, and a name ("11.12.2019 - Jane Doe")."""
    return re.compile(r"(?:^|\n)[ \t]*" + _date_pattern() + r"[ \t]*[-–—|·•][ \t]*(?P<names>" + _NAME_WORDS
                      + r")[ \t]*(?=\n|$)", re.I)


_TIME = r"(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:Uhr|h|am|pm|AM|PM))?)?"
_ONE_TO_FOUR = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|la|van|von|der)){0,3}"
# a user name written in one CamelCase word ("HansEhrlich", "MikeNils"), as forums and deal sites show it
_HANDLE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[A-ZÀ-ÖØ-Þ][\wà-ÿ]*"


# DATE_BY_NAME: "… 06.11.2023 13:30 von Olga" ending a line; the date before "von" is checked apart
_BY_NAME_AT_END = re.compile(r"[ \t]+(?i:von|by|par|por|door)[ \t]+(?P<names>" + _ONE_TO_FOUR
                             + r")[ \t]*(?=\n|$)")
# NAME_THEN_DATE: a name line (two to four capitalised words or a CamelCase user name), then — after
# at most a short label line such as "Stand:" — a line that must open with a date (checked apart)
_NAME_OVER_LINE = re.compile(r"(?:^|\n)[ \t]*(?P<names>" + _NAME_WORDS + "|" + _HANDLE_WORD
                             + r")[ \t]*\n(?:[^\n\d]{1,20}:[ \t]*\n)?[ \t]*(?=\w)")


@lru_cache(maxsize=1)
def _date_at_end_re() -> re.Pattern[str]:
    return re.compile(_date_pattern() + _TIME + r"$")


@lru_cache(maxsize=1)
def _date_at_start_re() -> re.Pattern[str]:
    return re.compile(_date_pattern())


def dated_name_lines(text: str) -> str:
    """The name of a "date … von Name" line or of a name line over a date line in ``text`` (the text
    below the headline), or ``""``. The month-name pattern only runs where the cheap shapes match."""
    for m in _BY_NAME_AT_END.finditer(text):
        if _date_at_end_re().search(text, max(0, m.start() - 40), m.start()):
            return m["names"]  # DATE_BY_NAME: the label and the date make a one-word name a byline
    for m in _NAME_OVER_LINE.finditer(text):
        if _date_at_start_re().match(text, m.end()):
            return m["names"]  # NAME_THEN_DATE
    return ""


# NAME_OVER_ROLE: a name line, then a line that ends in a job title ("Jane Doe" / "Tech Writer")
_NAME_OVER_ROLE = re.compile(r"(?:^|\n)[ \t]*(?P<names>" + _NAME_WORDS + r")[ \t]*\n[ \t]*(?P<role>[^\n]{2,40}?)"
                             r"[ \t]*(?=\n|$)")


def name_over_role(text: str) -> str:
    """NAME_OVER_ROLE: the name of a name line over a job-title line in ``text`` (the text below the
    headline), or ``""``: "Jane Doe" then "Staff Writer" is how author cards write a byline."""
    for m in _NAME_OVER_ROLE.finditer(text):
        if m["role"].split()[-1].lower().strip(".,:") in AUTHOR_JOB_WORDS:
            return m["names"]
    return ""


def date_name_line(text: str) -> str:
    """The name of a "date – Name" line in ``text`` (the text just below the headline), or ``""``."""
    if not _DATE_NAME_HINT.search(text):  # cheap test before the long month-name pattern
        return ""
    m = _date_name_re().search(text)
    return m["names"] if m else ""


def labelled_cjk_byline(root: HtmlElement) -> str:
    """A Chinese/Japanese byline anywhere in the page ("责任编辑：焦鹏", "作者：…", "記者：…")."""
    body = root.find("body")
    if body is None:
        return ""
    return cjk_byline_in(body.text_content())


def cjk_byline_in(text: str) -> str:
    """The name of the first labelled Chinese/Japanese byline in ``text`` (a page's text), or ``""``."""
    if not any(c in text for c in _CJK_LABEL_STARTS):
        return ""
    m = _CJK_BYLINE.search(text)
    return m["cjk"] if m else ""
