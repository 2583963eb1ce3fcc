"""Bytes → text: BOM, then a declared charset that decodes strictly, then detection.

Rules (measured on real pages, see docs/how-it-works.md):

* a byte-order mark wins;
* a declared charset (``<meta charset>``, ``http-equiv`` Content-Type, or the caller's HTTP header) is
  trusted only if the bytes decode strictly with it;
* the labels iso-8859-1 / latin-1 / ascii are read as cp1252, as browsers do (WHATWG Encoding);
* undeclared pages: UTF-8 if it decodes strictly, else charset-normalizer; when the detector names a
  single-byte Latin code page and cp1252 also decodes, cp1252 is taken (detectors confuse English
  cp1252 with cp1250/cp852/cp1257);
* as a last resort cp1252 with replacement characters, so decoding never fails.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset", "decode_html"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""", re.I)
# Labels browsers read as windows-1252 (WHATWG Encoding Standard).
_CP1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii",
                             "windows-1252", "cp1252", "iso_8859-1", "8859-1"})
# Code pages a detector may name for what is really cp1252 text.
_LATIN_SINGLE_BYTE = frozenset({"cp1250", "cp1252", "cp1257", "cp852", "cp850", "latin_1", "iso8859_2",
                                "iso8859_15", "iso8859_13", "cp1254", "mac_roman", "mac_latin2", "cp437",
                                "iso8859_9", "iso8859_4", "iso8859_10", "cp1258", "cp775", "cp858"})
_UTF16_32 = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def _codec_name(label: str) -> str | None:
    """Python codec name for a charset label, cp1252 for its aliases, None if unknown."""
    low = label.strip().lower()
    if low in _CP1252_ALIASES:
        return "cp1252"
    if low in ("gb2312", "gbk", "x-gbk"):
        return "gb18030"  # superset: pages labelled gb2312 routinely use GBK characters
    if low in ("shift_jis", "sjis", "x-sjis", "shift-jis"):
        return "cp932"
    try:
        return codecs.lookup(low).name
    except LookupError:
        return None


def declared_charset(data: bytes, *, sniff_bytes: int = 4096) -> str | None:
    """The charset a page declares in its XML declaration or a ``<meta>`` tag, as a codec name."""
    head = data[:sniff_bytes]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec_name(match.group(1).decode("ascii")) if match else None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, detect_bytes: int) -> str | None:
    """Best codec according to charset-normalizer, with the cp1252 preference applied."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:detect_bytes]).best()
    if best is None:
        return None
    name = _codec_name(best.encoding) or best.encoding
    if name in _LATIN_SINGLE_BYTE and _strict(data, "cp1252") is not None:
        return "cp1252"
    return name


def decode_html(
    data: bytes, *, header_charset: str | None = None, sniff_bytes: int = 4096, detect_bytes: int = 200_000
) -> str:
    """Decode page bytes to text; never raises for any bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    for label in (header_charset, None):
        codec = _codec_name(label) if label else declared_charset(data, sniff_bytes=sniff_bytes)
        # A meta tag inside bytes we could read as ASCII cannot truly declare UTF-16/32.
        if codec and codec not in _UTF16_32:
            text = _strict(data, codec)
            if text is not None:
                return text
    text = _strict(data, "utf-8")
    if text is not None:
        return text
    codec = _detect(data, detect_bytes)
    if codec:
        text = _strict(data, codec)
        if text is not None:
            return text
    return data.decode("cp1252", errors="replace")
