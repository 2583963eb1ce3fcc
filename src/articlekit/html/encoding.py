"""Bytes → text: BOM, then a declared charset that decodes strictly, then detection.

Rules (measured on real pages, see docs/how-it-works.md):

* a byte-order mark wins;
* without a BOM, UTF-16/32 are recognised by their NUL-byte pattern (markup is mostly ASCII, so every
  second or every fourth byte is NUL; no other encoding of an HTML page looks like that);
* pure ASCII is ASCII, and bytes that are valid UTF-8 and not pure ASCII are UTF-8 whatever the page
  declares (no legacy charset produces valid multi-byte UTF-8 by accident; on the dev pages every
  such declaration was wrong: 4 of 1,236 pages declared cp1252, iso-8859-2 or gb2312);
* bytes that are UTF-8 but for a few stray bytes (at most 5 % of the non-ASCII bytes, with at least
  16 bytes in valid multi-byte sequences) are UTF-8 too, each stray byte read as cp1252: a UTF-8
  page with one word pasted from a legacy page;
* a declared charset (``<meta charset>``, ``http-equiv`` Content-Type, or the caller's HTTP header) is
  trusted only if the bytes decode strictly with it;
* the labels iso-8859-1 / latin-1 / ascii are read as cp1252, as browsers do (WHATWG Encoding);
* undeclared pages: UTF-8 if it decodes strictly, else charset-normalizer; when the detector names a
  single-byte Latin code page and cp1252 also decodes, cp1252 is taken (detectors confuse English
  cp1252 with cp1250/cp852/cp1257);
* declared or detected charsets that do not read ASCII as ASCII (EBCDIC, UTF-7) are ignored: an HTML
  page in them is hostile or broken;
* a detected charset must keep every ``<`` of the bytes (a guess like johab that swallows markup
  into multi-byte characters is wrong);
* fewer than 8 non-ASCII bytes are not worth detecting (detectors guess wildly on them);
* as a last resort cp1252 with replacement characters, so decoding never fails.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

__all__ = ["control_share", "declared_charset", "decode_html", "wide_unicode"]

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


@lru_cache(maxsize=64)
def _ascii_compatible(codec: str) -> bool:
    """Whether ``codec`` writes HTML's ASCII markup as ASCII bytes (EBCDIC and UTF-7 do not)."""
    if codec in ("utf_7", "utf-7"):
        return False
    try:
        return _MARKUP_SAMPLE.encode(codec) == _MARKUP_SAMPLE.encode("ascii")
    except (UnicodeError, LookupError):
        return False


_MARKUP_SAMPLE = "<meta charset=\"x\"> </p>&amp;"
# Share of a sample's characters that must show the NUL pattern before UTF-16/32 is assumed.
_MIN_NUL_SHARE = 0.2
_ASCII_BYTES = bytes(range(128))
_MIN_DETECT_NON_ASCII = 8  # non-ASCII bytes a charset detector needs before its guess is worth taking
_MIN_WIDE_SAMPLE = 16  # bytes: fewer say nothing about a NUL pattern


def wide_unicode(data: bytes) -> str | None:
    """``utf-16-le/-be`` or ``utf-32-le/-be`` when BOM-less bytes show that NUL-byte pattern."""
    head = data[: len(data) - len(data) % 4]
    if len(head) < _MIN_WIDE_SAMPLE or b"\x00" not in head:
        return None
    quarter = len(head) // 4
    zeros = [head[i::4].count(0) for i in range(4)]
    # UTF-32: the top byte of every code unit is NUL and the next one nearly always is.
    if zeros[3] == quarter and zeros[2] >= 0.9 * quarter and zeros[0] <= quarter / 4:
        return "utf-32-le"
    if zeros[0] == quarter and zeros[1] >= 0.9 * quarter and zeros[3] <= quarter / 4:
        return "utf-32-be"
    even, odd = zeros[0] + zeros[2], zeros[1] + zeros[3]
    # UTF-16: ASCII characters have a NUL high byte; their low byte is never NUL.
    if odd >= _MIN_NUL_SHARE * 2 * quarter and even <= odd / 8:
        return "utf-16-le"
    if even >= _MIN_NUL_SHARE * 2 * quarter and odd <= even / 8:
        return "utf-16-be"
    return None


def _detect(data: bytes, detect_bytes: int) -> str | None:
    """Best codec according to charset-normalizer, with the cp1252 preference applied."""
    from charset_normalizer import from_bytes

    sample = data[:detect_bytes]
    if len(sample.translate(None, _ASCII_BYTES)) < _MIN_DETECT_NON_ASCII:  # non-ASCII byte count
        return None  # a few stray bytes: detectors guess wildly (cp1006 for "café"); cp1252 follows
    best = from_bytes(sample).best()
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
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(bom_codec, errors="replace")
    wide = wide_unicode(data[:sniff_bytes])
    if wide:
        # The pattern is strong evidence: a truncated last character is replaced, not fatal.
        return data.decode(wide, errors="replace")
    if data.isascii():
        return data.decode("ascii")
    text = _strict(data, "utf-8") or _mostly_utf8(data)
    if text is not None:
        return text
    for label in (header_charset, None):
        codec = _codec_name(label) if label else declared_charset(data, sniff_bytes=sniff_bytes)
        # A meta tag inside bytes we could read as ASCII cannot truly declare UTF-16/32.
        if codec and codec not in _UTF16_32 and _ascii_compatible(codec):
            text = _strict(data, codec)
            if text is not None:
                return text
    codec = _detect(data, detect_bytes)
    if codec and _ascii_compatible(codec):
        text = _strict(data, codec)
        # A guess that swallows markup bytes into multi-byte characters (johab, for one) is wrong.
        if text is not None and text.count("<") == data.count(b"<"):
            return text
    return data.decode("cp1252", errors="replace")


# A byte that is not UTF-8, kept by the "surrogateescape" handler as U+DC80..U+DCFF.
_STRAY = re.compile("[\udc80-\udcff]")
_MAX_STRAY_SHARE = 0.05  # stray bytes, as a share of the non-ASCII bytes, in a page still read as UTF-8
_MIN_UTF8_BYTES = 16  # non-ASCII bytes in valid UTF-8 sequences needed as evidence for UTF-8


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray single bytes read as cp1252, or None when the bytes are not mostly UTF-8.

    A UTF-8 page often carries a few bytes pasted from a legacy page ("K\xfcchenblogs" in one ``alt``):
    read strictly it fails, and a detector then reads the whole page in a wrong code page (Arabic
    letters for every "ö"). Random bytes and legacy pages hold almost no valid multi-byte sequences.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    valid = len(data.translate(None, _ASCII_BYTES)) - stray
    if valid < _MIN_UTF8_BYTES or stray > _MAX_STRAY_SHARE * (valid + stray):
        return None
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


# NUL is left out: NUL padding is dropped by the parser and leaves a well-defined empty page.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def control_share(text: str) -> float:
    """Share of C0 control characters (NUL, tab, newlines and form feed excepted) in ``text``.

    Decoded HTML or prose has practically none; random or binary bytes decoded as cp1252 have ~11%.
    Counted on UTF-8 bytes with ``bytes.translate`` (no multi-byte sequence holds a byte below 0x80).
    """
    if not text:
        return 0.0
    data = text.encode("utf-8", errors="surrogatepass")
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(text)
