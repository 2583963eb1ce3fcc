"""Text → lxml tree, safely: no network, no entity expansion, bounded depth, linear time.

Why each guard exists (measured with lxml 6.1 / libxml2 2.14, see docs/robustness.md):

* libxml2's HTML parser *stops* at the first resource limit (nesting deeper than 256, or one text
  node, attribute or comment over 10 MB) and silently drops the rest of the page. When that happens
  the page is parsed a second time after :func:`_limit_depth` has removed the tags nested beyond
  ``max_depth``, with the size limits lifted (``huge_tree``); that parse cannot hit the depth limit.
* the HTML parser never expands DOCTYPE entities or fetches anything (``no_network=True``), but it
  shows an internal DTD subset as text ("]>"): leading XML declarations and DOCTYPEs are removed.
* lxml refuses ``str`` input holding NULs, C0 controls or an encoding declaration, and stops at a lone
  surrogate: those characters are removed first, and again from text collapsed below ``max_depth``
  (a character reference such as ``&#1;`` becomes a control character only inside the tree).
* a DOCTYPE anywhere in the page is removed with its internal subset, and references to the entities
  that subset declares (``&xxe;``) with it: neither is text a reader sees.
* libxml2 compares each attribute of an element with all earlier ones, so a tag with 100k attributes
  took 29 s in C code no signal can interrupt: attributes beyond ``max_attributes`` are dropped from
  the text before parsing (a linear byte search that reads only tags longer than ``_LONG_TAG_CHARS``).
* every later stage walks the tree element by element in Python, at some 15 µs an element in all: a
  megabyte of ``<p>x</p>`` (125,000 elements) took 2 s. A page keeps at most ``max_elements_per_mb``
  elements per megabyte of input (at least that many, at most ``_MAX_ELEMENTS``); the rest of the
  tree, in document order, is cut (:func:`_cap_elements`), and the text is cut before parsing at eight
  ``<`` per element kept (libxml2 spent 3 s on 10 MB of such tags). No DEV page has over 16,000
  elements, nor over 0.8 ``<`` per element of its quota.
* a page libxml2 builds nothing from (only comments, declarations, processing instructions) is read
  again without the markup a browser hides (:func:`_fallback`), by regular expressions that stop at
  each construct's first possible end: Python's ``html.parser`` took seconds on such pages.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import Counter
from functools import lru_cache
from typing import NamedTuple, cast

from lxml import etree, html

from articlekit.errors import ParseError
from articlekit.html.buttons import close_in_buttons

__all__ = ["parse_html"]

# Leading XML declarations (lxml refuses str input starting with one) and DOCTYPEs with their internal
# subset ([...], which libxml2 would show as "]>"), in any order and number.
_PROLOGUE = re.compile(r"(?:\s+|\ufeff|<\?xml\b[^>]*>|<!DOCTYPE\b[^\[>]*(?:\[[^\]]*\][^>]*)?>)*", re.I)
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# U+FFFE and U+FFFF: lxml parses them but refuses them in any later edit of the text. Looked for in the
# str, not in its UTF-8 bytes: a character search there is one C pass (none at all when the text holds
# no character that high), ten times faster than a three-byte search of the bytes.
_NONCHARACTERS = ("\ufffe", "\uffff")
# The same control characters as byte values, marked \x01 by ``_SCAN``: one translate pass finds them
# along with the long tags (see ``_cap_attributes``).
_CONTROL_BYTES = (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
_local = threading.local()  # lxml parsers must not be shared between threads

# Numeric references to characters lxml cannot hold in a text node (C0 controls other than tab, newline
# and carriage return; U+FFFE, U+FFFF): the parser decodes them into the tree, and the first edit of
# that text (a dropped element's tail joined to its neighbour) then raises. Browsers show nothing.
_INVALID_REF = re.compile(r"&#(?:0*(?:[1-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
                          r"|[xX]0*(?:[1-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?")
# The same pattern for the UTF-8 bytes (it is ASCII, so it matches there exactly where it matches the
# text): most pages hold "&#", and a search of the bytes is twice as fast as one of the text.
_INVALID_REF_BYTES = re.compile(_INVALID_REF.pattern.encode("ascii"))

# Tags the depth limiter must understand: void elements never nest; raw-text elements hold no tags.
_VOID = frozenset({"area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr",
                   "image", "img", "input", "isindex", "keygen", "link", "meta", "param", "source",
                   "track", "wbr"})
_RAW_TEXT = frozenset({"script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title",
                       "plaintext"})
_TAG = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)[^>]*>", re.S)
_DOCTYPE = re.compile(r"<!doctype", re.I)
_DECLARATION = re.compile(rb"<![^-\[]")  # "<!" that opens neither a comment nor CDATA
_DOCTYPE_OPENING = re.compile(rb"<![dD]")  # what every DOCTYPE starts with
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(?:%\s*)?([^\s>%;&]+)")
_MAX_DROPPED_ENTITIES = 64  # entity names whose references are removed: a real subset declares a few
# Tags shorter than this hold at most ~300 distinct attributes, which libxml2 reads in well under 1 ms;
# a 50 MB page made of such tags still parses within seconds.
_LONG_TAG_CHARS = 1024
_SCAN = bytes(b if b in b"<>" else 1 if b in _CONTROL_BYTES else ord(".") for b in range(256))
_LONG_RUN = b"<" + b"." * (_LONG_TAG_CHARS - 1)
_SEPARATORS = (b" ", b"\n", b"\t", b"\r", b"/", b"=")
_TAG_NAME = re.compile(rb"<[A-Za-z][^\s/>]*")
_ATTRIBUTE = re.compile(rb"""[\s/]*([^\s/>=][^\s/>=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_ATTRIBUTES = re.compile(rb"(?:%s)*" % _ATTRIBUTE.pattern)
_MISMATCH = [etree.ErrorTypes.ERR_TAG_NAME_MISMATCH]
_BUTTON_MISMATCH = "Opening and ending tag mismatch: button "  # libxml2's message for an ignored </button>
_KEPT_MESSAGES = 100  # lxml's cap on a parse's error log
_LIBXML_HUGE_DEPTH = 2000  # libxml2 stops at depth 2048 even with huge_tree: stay below it
_HTML_CLASSES = etree.ElementDefaultClassLookup(element=html.HtmlElement, comment=html.HtmlComment,
                                                pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity)


def _parser(huge: bool = False) -> html.HTMLParser:
    """This thread's parser; ``huge`` lifts libxml2's 10 MB node and 256-deep limits."""
    key = "huge_parser" if huge else "parser"
    parser: html.HTMLParser | None = getattr(_local, key, None)
    if parser is None:
        parser = html.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lack default_doctype
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            default_doctype=False,
            collect_ids=False,
            compact=True,
            huge_tree=huge,
            encoding="utf-8",  # fed UTF-8 bytes: libxml2 skips converting Python's internal text format
        )
        # lxml.html's own lookup is a Python call per element proxy (it picks form/input classes we never
        # use); a C-level default lookup gives every element the same HtmlElement class, ~12% faster walks.
        parser.set_element_class_lookup(_HTML_CLASSES)
        setattr(_local, key, parser)
    return parser


def _clean_text(text: str, max_attributes: int = 256) -> tuple[str, bytes]:
    """Drop what lxml refuses, would show as text or is slow on: prologue, DOCTYPEs, control chars, floods.

    Returns the cleaned text and its UTF-8 encoding, which is what the parser reads. Encoding also
    finds the rare unsafe characters the fast way: a lone surrogate fails it, and a byte search per
    control character spots them several times faster than a regex scan. The other checks are byte
    searches too; the text is rebuilt only on the rare page that needs a change.
    """
    start = _PROLOGUE.match(text).end()  # type: ignore[union-attr]  # it matches the empty string
    names = _ENTITY_DECL.findall(text, 0, start) if start else []
    body = text[start:] if start else text
    try:
        data = body.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates
        data = b""
    scan = data.translate(_SCAN)  # one pass: control bytes become \x01, brackets stay, the rest "."
    if (body and not data) or b"\x01" in scan or any(n in body for n in _NONCHARACTERS):
        body = _UNSAFE_CHARS.sub("", body)
        data = body.encode("utf-8")
        scan = data.translate(_SCAN)
    if _has_invalid_ref(data):
        body = _INVALID_REF.sub("", body)
        data = body.encode("utf-8")
        scan = data.translate(_SCAN)
    if names or _has_doctype(data):
        cleaned = _drop_entity_refs(_drop_doctypes(body, names), names)
        if cleaned != body:
            body, data = cleaned, cleaned.encode("utf-8")
            scan = data.translate(_SCAN)
    capped = _cap_attributes(data, scan, max_attributes)
    if capped is not data:
        body, data = capped.decode("utf-8"), capped
    return body, data


def _has_doctype(data: bytes) -> bool:
    """Whether a DOCTYPE follows the prologue: a ``<!`` that opens neither a comment nor CDATA and reads
    ``doctype`` in any case. Most pages hold no ``<!d`` or ``<!D`` at all; a regex search for those
    (its literal ``<!`` prefix is found in C) rules them out three times faster than ``bytes.find``."""
    if _DOCTYPE_OPENING.search(data) is None:
        return False
    return any(data[m.start() + 2:m.start() + 9].lower() == b"doctype" for m in _DECLARATION.finditer(data))


def _has_invalid_ref(data: bytes) -> bool:
    """Whether ``data`` holds a reference to a character lxml refuses (``_INVALID_REF``). One search of
    the bytes: the pattern's literal ``&#`` prefix is found in C, and each try is bounded by its own
    digits, so the search stays linear however many references a page holds."""
    return _INVALID_REF_BYTES.search(data) is not None


def _drop_doctypes(body: str, names: list[str]) -> str:
    """``body`` without its DOCTYPE declarations and their internal subsets; declared names go to ``names``.

    Linear: each declaration is cut by ``find`` calls that start where the previous one ended. A subset
    with no closing ``]`` ends at the next ``>`` (or the end of the text).
    """
    out: list[str] = []
    last = 0
    for match in _DOCTYPE.finditer(body):
        if match.start() < last:
            continue
        pos = match.end()
        close, bracket = body.find(">", pos), body.find("[", pos)
        if bracket != -1 and (close == -1 or bracket < close):
            end_subset = body.find("]", bracket)
            if end_subset != -1:
                names.extend(_ENTITY_DECL.findall(body, bracket, end_subset))
                close = body.find(">", end_subset)
        out.append(body[last:match.start()])
        last = len(body) if close == -1 else close + 1
    out.append(body[last:])
    return "".join(out)


def _drop_entity_refs(body: str, names: list[str]) -> str:
    """Remove references to entities a page's own DOCTYPE declared: HTML never expands them."""
    if not names:
        return body
    unique = sorted(set(names))[:_MAX_DROPPED_ENTITIES]
    pattern = re.compile("&(?:" + "|".join(re.escape(name) for name in unique) + ");")
    return pattern.sub("", body)


def _cap_attributes(data: bytes, scan: bytes, max_attributes: int) -> bytes:
    """Drop the attributes beyond the first ``max_attributes`` of every tag longer than ``_LONG_TAG_CHARS``.

    A regex scan of the page would cost a few percent of extraction time. Instead ``scan`` (``data``
    with every byte but ``<`` and ``>`` mapped to ``.``, see ``_SCAN``) is searched for each ``<``
    followed by ``_LONG_TAG_CHARS`` bytes without a bracket. Such a run is a tag (or script code); it is read
    attribute by attribute only when it holds enough separators for that many attributes. Each byte
    is read at most twice: linear. Returns ``data`` itself when nothing was cut.
    """
    if len(data) <= _LONG_TAG_CHARS:
        return data
    out: list[bytes] = []
    last = pos = 0
    raw = _RawText(data)
    while (start := scan.find(_LONG_RUN, pos)) != -1:
        end = scan.find(b"<", start + 1)
        end = len(data) if end == -1 else end
        close = scan.find(b">", start + 1, end)  # bounded by the next "<": no byte is searched twice
        pos = end = end if close == -1 else close
        if not _enough_separators(data, start, end, max_attributes) or raw.inside(start):
            continue  # too few separators for that many attributes, or script code (a "<" in JSON or JS)
        cut, stop = _tag_cut(data, start, max_attributes)
        if cut != -1:
            out.append(data[last:cut])
            last = pos = max(pos, stop)
    if not out:
        return data
    out.append(data[last:])
    return b"".join(out)


def _enough_separators(data: bytes, start: int, end: int, needed: int) -> bool:
    """Whether ``data[start:end]`` holds at least ``needed`` separators; counted one kind at a time, as
    the first kind (spaces) usually settles it."""
    total = 0
    for sep in _SEPARATORS:
        total += data.count(sep, start, end)
        if total >= needed:
            return True
    return False


class _RawText:
    """Whether a position lies inside ``<script>`` or ``<style>``, where libxml2 reads no attributes.

    Inside means: the last opening tag before it has no closing tag after it, and that opening tag
    does not sit in a comment. Positions are asked in increasing order and each search starts where
    the previous one ended, so the searches read each byte a bounded number of times however many
    candidates come.
    """

    def __init__(self, data: bytes) -> None:
        self._data, self._upto = data, 0
        self._comment = [-1, -1]  # last "<!--" and last "-->" before _upto
        self._open: dict[bytes, tuple[int, bool]] = {b"script": (-1, False), b"style": (-1, False)}
        self._close: dict[bytes, int] = {b"script": -1, b"style": -1}

    def _last(self, mark: bytes, end: int, before: int) -> int:
        # lower case only: an upper-case <SCRIPT> missed here costs a needless cut in script code, no more
        found = self._data.rfind(mark, self._upto, end)
        return found if found != -1 else before

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` (not before any earlier ``pos`` asked) is inside a raw-text element."""
        for name in (b"script", b"style"):
            opened = self._last(b"<" + name, pos, -1)
            if opened != -1:
                commented = self._last(b"<!--", opened, self._comment[0]) > self._last(b"-->", opened,
                                                                                       self._comment[1])
                self._open[name] = (opened, commented)
            self._close[name] = self._last(b"</" + name, pos, self._close[name])
        self._comment = [self._last(b"<!--", pos, self._comment[0]), self._last(b"-->", pos, self._comment[1])]
        self._upto = pos
        return any(self._open[name][0] > self._close[name] and not self._open[name][1] for name in self._open)


def _tag_cut(data: bytes, start: int, max_attributes: int) -> tuple[int, int]:
    """Where the attributes past ``max_attributes`` of the tag at ``start`` begin (-1: no cut) and end.

    Distinct names count: libxml2 drops a repeated name, and its cost grows with the names it keeps;
    libxml2 2.14 keeps any token as a name (digits, punctuation, quotes), so they all count.
    """
    tag = _TAG_NAME.match(data, start)
    if tag is None:
        return -1, start + 1
    end = _ATTRIBUTES.match(data, tag.end()).end()  # type: ignore[union-attr]  # matches the empty string
    names = _ATTRIBUTE.findall(data, tag.end(), end)
    if len(names) <= max_attributes or len({n.lower() for n in names}) <= max_attributes:
        return -1, end
    seen: set[bytes] = set()
    for attr in _ATTRIBUTE.finditer(data, tag.end(), end):
        seen.add(attr.group(1).lower())
        if len(seen) > max_attributes:
            return attr.start(), end
    return -1, end


def _empty() -> html.HtmlElement:
    return html.document_fromstring(b"<html><body></body></html>", parser=_parser())


def _fallback(text: str) -> html.HtmlElement:
    """A tree for a page lxml built nothing from ("Document is empty"): its markup that a browser hides
    (:func:`_without_hidden_markup`) is removed and the rest parsed again; an empty page if that still
    builds nothing (what is left then is end tags, which show nothing either).

    Python's ``html.parser`` is slow on exactly these pages: about 2 µs per character of declarations,
    and quadratic on ``<?``/``</ `` runs that never close in the CPython releases without the fix for
    CVE-2025-6069 (600 kB took 20 s).
    """
    visible = _without_hidden_markup(_without_open_comment(text))
    if not visible.strip():
        return _empty()
    root = _lxml_parse(visible.encode("utf-8"), huge=False).root
    return root if root is not None else _empty()


# What a browser shows nothing of: comments (the empty "<!-->" and "<!--->" included), declarations,
# CDATA and processing instructions ("<!…>", "<?…>": bogus comments up to the next ">"), and end tags
# whose name does not start with a letter ("</ …>"). Each alternative stops at its first possible end.
_HIDDEN_MARKUP = re.compile(r"<!---?>|<!--.*?-->|<[!?][^>]*>|</(?![A-Za-z])[^>]*>", re.S)
_MARKUP_OPENER = re.compile(r"<[!?/A-Za-z]")


def _without_hidden_markup(text: str) -> str:
    """``text`` without the markup a browser hides (``_HIDDEN_MARKUP``), in linear time.

    A tag, declaration or processing instruction that opens after the last ``>`` never ends: a browser
    hides the rest of the page from there, so it is cut first. Every construct left then has a ``>``
    ahead of it, where each search stops (``text`` holds no unclosed comment: see
    :func:`_without_open_comment`).
    """
    opener = _MARKUP_OPENER.search(text, text.rfind(">") + 1)
    if opener is not None:
        text = text[:opener.start()]
    return _HIDDEN_MARKUP.sub("", text)


def _without_open_comment(text: str) -> str:
    """``text`` up to its first comment that never closes: a browser reads such a comment to the end of the
    page. Linear: one search from the last ``-->`` (a search for each comment's end from every later
    ``<!--`` was quadratic: thousands of unclosed openers in half a megabyte took six seconds)."""
    last_close = text.rfind("-->")
    opener = text.find("<!--", last_close + 3 if last_close >= 0 else 0)
    return text if opener < 0 else text[:opener]


def _limit_depth(text: str, max_depth: int) -> str:
    """``text`` with the tags nested deeper than ``max_depth`` (and unmatched end tags) removed.

    A linear scan with a simple open-element model (void elements and raw-text elements understood,
    optional end tags not): it may remove a few more tags than needed, never fewer. One loop, no
    helper calls: this runs over every tag of pages that can be 50 MB of ``<div>``.
    """
    out: list[str] = []
    last = 0
    stack: list[str] = []
    open_names: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    raw_end = ""  # inside <script> etc.: only its end tag counts
    # No tag ends after the last ">": there, each "<" and letter would be a match tried to the end of the
    # text (a fuzzed page of 32,000 such openers after its last ">" took 69 s); that text stays as it is.
    for match in _TAG.finditer(text, 0, text.rfind(">") + 1):
        closing, name = match.groups()
        if name is None:  # a comment
            continue
        name = name.lower()
        if raw_end:
            if closing and name == raw_end:
                raw_end = ""
                _pop_to(name, stack, open_names)
            continue
        if closing:
            if dropped[name]:
                dropped[name] -= 1
            elif open_names[name]:
                _pop_to(name, stack, open_names)
                continue
            # else: matches nothing, and the parser would search its whole stack for it
        elif name in _VOID or match.group(0).endswith("/>"):
            continue
        elif len(stack) < max_depth:
            stack.append(name)
            open_names[name] += 1
            if name in _RAW_TEXT:
                raw_end = name
            continue
        else:
            dropped[name] += 1
        out.append(text[last:match.start()])
        out.append(" ")
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _pop_to(name: str, stack: list[str], open_names: Counter[str]) -> None:
    """Close open elements up to and including the innermost ``name``."""
    while stack:
        top = stack.pop()
        open_names[top] -= 1
        if top == name:
            return


def _flatten_deep(root: html.HtmlElement, max_depth: int) -> None:
    """Replace the children of elements nested ``max_depth`` deep with their text.

    One XPath step per level finds those elements in C, ten times faster than a Python walk.
    """
    if max_depth < 1:
        _collapse(root)
        return
    for el in cast("list[html.HtmlElement]", _depth_path(max_depth)(root)):
        if len(el):
            _collapse(el)


@lru_cache(maxsize=4)
def _depth_path(depth: int) -> etree.XPath:
    """The compiled ``*/*/…`` path ``depth`` steps deep (compiling it took about a tenth of its run)."""
    return etree.XPath("/".join(["*"] * depth))


def _collapse(el: etree._Element) -> None:
    text = " ".join(t for t in el.itertext() if isinstance(t, str))
    text = _UNSAFE_CHARS.sub("", text)  # a reference such as &#1; became a control character lxml refuses
    for child in list(el):
        el.remove(child)
    el.text = text


class _Parsed(NamedTuple):
    root: html.HtmlElement | None  # None: libxml2 built no tree ("Document is empty")
    stopped: bool  # libxml2 stopped early (a fatal error, e.g. a resource limit)
    button_kept_open: bool  # libxml2 may have ignored a </button> (see html/buttons.py)


def _lxml_parse(data: bytes, huge: bool) -> _Parsed:
    """Parse UTF-8 with lxml and read what libxml2 reported about the parse."""
    parser = _parser(huge)
    try:
        root = html.document_fromstring(data, parser=parser)
    except etree.ParserError:
        return _Parsed(None, False, False)
    log = parser.error_log
    # libxml2 reports each </button> it ignores; lxml keeps a parse's first 100 messages only, so a
    # full log may hide one. Reading the log costs ~10 µs a page, a scan of the bytes ten times that.
    kept_open = len(log) >= _KEPT_MESSAGES or any(
        e.message.startswith(_BUTTON_MISMATCH) for e in log.filter_types(_MISMATCH))
    return _Parsed(root, bool(log.filter_from_fatals()), kept_open)


def _repair_buttons(data: bytes) -> tuple[bytes, _Parsed] | None:
    """The page with the end tags a browser implies at ``</button>`` written in, parsed; None when no
    button needed any."""
    repaired = close_in_buttons(data)
    return None if repaired is data else (repaired, _lxml_parse(repaired, huge=False))


def parse_html(text: str, *, max_depth: int = 200, max_attributes: int = 256,
               max_elements_per_mb: int = 25_000) -> html.HtmlElement:
    """Parse HTML text into an lxml tree with an ``<html>`` root.

    Comments and processing instructions are dropped; entities are never fetched or expanded beyond
    HTML's own; elements nested deeper than ``max_depth`` are flattened into their text, and a page
    libxml2 would cut short (too deep, or a node over 10 MB) is parsed again without those parts.
    A long tag keeps its first ``max_attributes`` attributes, and the tree its first
    ``max_elements_per_mb`` elements per megabyte of input (0: no limit). Raises :class:`~articlekit.errors.ParseError`
    only when no parser can build a tree.
    """
    cleaned, data = _clean_text(text, max_attributes)
    if not cleaned.strip():
        return _empty()
    keep = min(_MAX_ELEMENTS, max(max_elements_per_mb, max_elements_per_mb * len(data) // _MB))
    # every element starts with "<": a page with fewer of them than its quota (nearly all) is not walked
    opened = data.count(b"<") if keep > 0 else 0
    if opened > _TAGS_PER_ELEMENT * keep:  # a tag flood: libxml2 alone spent 3 s on 10 MB of "<p>x</p>"
        data = data[:_nth(data, b"<", _TAGS_PER_ELEMENT * keep)]
        cleaned = data.decode("utf-8")
    try:
        root, stopped, kept_open = _lxml_parse(data, huge=False)
        if kept_open and (repair := _repair_buttons(data)) is not None:
            data, (root, stopped, _) = repair
            cleaned = data.decode("utf-8")
        if stopped:
            limit = max(1, min(max_depth, _LIBXML_HUGE_DEPTH))
            root = _lxml_parse(_limit_depth(cleaned, limit).encode("utf-8"), huge=True).root
        if root is None:
            root = _fallback(cleaned)
    except ValueError as exc:  # lxml refusing the input itself
        raise ParseError(f"cannot parse the page as HTML: {exc}") from None
    _flatten_deep(root, max_depth)
    if opened > keep:
        _cap_elements(root, keep)
    return root


_MAX_ELEMENTS = 200_000  # the cap for the largest inputs: about 3 s of element work
_MB = 1_000_000
# "<" characters read before the parser: eight per element kept, ten times the most a DEV page has
# (start and end tags, and the "<" in scripts), and more than a page 60,000 elements deep needs, whose
# tree keeps few elements once flattened; what follows a flood would be cut from the tree anyway.
_TAGS_PER_ELEMENT = 8
_CHUNK = 1 << 16


def _nth(data: bytes, byte: bytes, n: int) -> int:
    """The offset of the ``n``-th ``byte`` in ``data`` (-1 when there are fewer): counted a chunk at a
    time in C, then found one by one in the last chunk."""
    seen = 0
    for start in range(0, len(data), _CHUNK):
        count = data.count(byte, start, start + _CHUNK)
        if seen + count >= n:
            pos = start - 1
            for _ in range(n - seen):
                pos = data.find(byte, pos + 1)
            return pos
        seen += count
    return -1


def _cap_elements(root: html.HtmlElement, keep: int) -> None:
    """Cut the tree after its ``keep``-th element in document order: its children, its following
    siblings and its ancestors' following siblings go."""
    last = next(itertools.islice(root.iter(etree.Element), keep - 1, None), None)
    if last is None:
        return
    for child in list(last):
        last.remove(child)
    node = last
    while (parent := node.getparent()) is not None:
        for sibling in list(node.itersiblings()):
            parent.remove(sibling)
        node = parent
