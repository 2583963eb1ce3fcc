"""html/encoding.py on odd and hostile bytes: BOMs, BOM-less UTF-16/32, wrong declarations, garbage."""

from __future__ import annotations

import codecs
import os

import pytest

from articlekit.html.encoding import decode_html, wide_unicode

PAGE = ("<html><head><meta charset='utf-8'><title>Grüße aus 世界</title></head>"
        "<body><p>Prices rose 4% — café owners said. 😀</p></body></html>")


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_wins(codec: str) -> None:
    assert decode_html(PAGE.encode(codec)) == PAGE


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_bomless_utf16_and_utf32_are_recognised(codec: str) -> None:
    data = PAGE.encode(codec)
    assert wide_unicode(data) == codec
    assert decode_html(data) == PAGE


def test_truncated_utf16_keeps_the_text() -> None:
    data = PAGE.encode("utf-16-le")[:-1]
    text = decode_html(data)
    assert text.startswith("<html><head>") and "café" in text


def test_bom_with_garbage_after_it_does_not_raise() -> None:
    assert isinstance(decode_html(codecs.BOM_UTF16_LE + b"\x00\xd8"), str)  # a lone surrogate
    assert isinstance(decode_html(codecs.BOM_UTF32_BE + b"\xff\xff\xff\xff"), str)


def test_a_few_nul_bytes_do_not_make_utf16() -> None:
    data = "<p>caf\u00e9 \x00 au lait</p>".encode() * 20
    assert wide_unicode(data) is None
    assert decode_html(data) == data.decode("utf-8")


def test_wrong_declared_charset_utf8_bytes_labelled_latin1() -> None:
    data = '<meta charset="iso-8859-1"><p>Paweł będzie — café</p>'.encode()
    assert "Paweł będzie — café" in decode_html(data)


def test_wrong_declared_charset_cp1252_bytes_labelled_utf8() -> None:
    data = '<meta charset="utf-8"><p>caf\u00e9 \u201cquoted\u201d</p>'.encode("cp1252")
    assert "café “quoted”" in decode_html(data)


@pytest.mark.parametrize("label", ["cp037", "utf-7", "x-no-such-charset", "utf-16"])
def test_unusable_declared_charsets_are_ignored(label: str) -> None:
    data = f'<meta charset="{label}"><p>caf\u00e9 au lait</p>'.encode("cp1252")
    assert "<p>café au lait</p>" in decode_html(data)


def test_detection_never_swallows_markup() -> None:
    # charset-normalizer guesses johab here, which would eat the "<" after the accented letter.
    data = "<p>hello \u00e9</p>".encode("cp1252")
    assert decode_html(data) == "<p>hello é</p>"


def test_ascii_is_ascii_whatever_the_label() -> None:
    assert decode_html(b'<meta charset="cp500"><p>plain</p>') == '<meta charset="cp500"><p>plain</p>'


@pytest.mark.parametrize("data", [b"", b"\x00", b"\x00" * 4096, b"\xff" * 1000, b"\xc3", b"\xed\xa0\x80",
                                  os.urandom(5000), b"\xfe\xff", b"\xff\xfe\x00\x00"])
def test_garbage_decodes_without_raising(data: bytes) -> None:
    assert isinstance(decode_html(data), str)


def test_header_charset_is_checked_like_a_declaration() -> None:
    data = "<p>Gr\u00fc\u00dfe</p>".encode("cp1252")
    assert decode_html(data, header_charset="utf-8") == "<p>Grüße</p>"
    assert decode_html(data, header_charset="windows-1252") == "<p>Grüße</p>"


def test_utf8_page_with_a_few_stray_legacy_bytes_stays_utf8() -> None:
    # one word pasted from a Latin-1 page must not make the detector read the whole page in another code page
    body = "<p>So schön winterlich ist es, sagt die Köchin. Grüße aus München und Zürich.</p>" * 3
    data = ("<html><head><meta charset='utf-8'></head><body>" + body).encode("utf-8")
    data += b"<img alt='K\xfcchenblogs'></body></html>"
    text = decode_html(data)
    assert "So schön winterlich" in text
    assert "Küchenblogs" in text


def test_legacy_page_is_not_taken_for_utf8_with_stray_bytes() -> None:
    text = "<html><body><p>Grüße aus Köln, schön und süß, sagt die Bäckerin. Äpfel!</p></body></html>"
    assert decode_html(text.encode("cp1252")) == text
