"""End to end: hostile and broken pages give an Article or one ArticlekitError, never anything else."""

from __future__ import annotations

import os
import random
import time

import pytest

import articlekit
from articlekit.config import Config, LimitsConfig
from articlekit.errors import ArticlekitError, InputError
from articlekit.model import Article

SENTENCE = ("The council said 1,200 homes were flooded in the valley in 2024, up 15% on the year before, "
            "and repairs will cost about $3.5 million. ")
PARA = f"<p>{SENTENCE}</p>\n"
ARTICLE = (f"<html><head><title>Floods</title></head><body><article><h1>Floods</h1>{PARA * 4}</article>"
           "</body></html>")


def _extract(data: bytes | str) -> Article | ArticlekitError:
    """The article, or the ArticlekitError raised; any other exception fails the test."""
    try:
        return articlekit.extract(data)
    except ArticlekitError as exc:
        assert str(exc), "an error must say what went wrong"
        return exc


def _garbage() -> dict[str, bytes]:
    rng = random.Random(8)
    numbers = " ".join(f"{rng.randint(0, 10**9)}%" for _ in range(5000))
    return {
        "empty": b"",
        "whitespace": b" \n\t ",
        "nul-only": b"\x00" * 1000,
        "nul-in-page": ARTICLE.replace("council", "coun\x00cil").encode(),
        "random-bytes": rng.randbytes(50_000),
        "invalid-utf8": b"<p>\xff\xfe\xc3\x28 caf\xe9</p>" + ARTICLE.encode(),
        "lone-surrogate-bytes": b"<p>\xed\xa0\x80</p>" + ARTICLE.encode(),
        "utf16-bom": ARTICLE.encode("utf-16"),
        "utf32-bom": ARTICLE.encode("utf-32"),
        "utf16-le-no-bom": ARTICLE.encode("utf-16-le"),
        "utf16-be-no-bom": ARTICLE.encode("utf-16-be"),
        "utf32-le-no-bom": ARTICLE.encode("utf-32-le"),
        "utf32-be-no-bom": ARTICLE.encode("utf-32-be"),
        "wrong-charset": ARTICLE.replace("<head>", '<head><meta charset="shift_jis">').encode(),
        "truncated": ARTICLE.encode()[: len(ARTICLE) // 2],
        "truncated-in-tag": ARTICLE.encode()[: ARTICLE.index("<article>") + 4],
        "tag-soup": b"<table><p><li><b><i></b></i><td>text<tr><form><p>more</table>&nbsp;&<" * 300,
        "unclosed-everything": b"<html><body><div><p><b><i><a href='x'><span>" * 500 + PARA.encode(),
        "deep-60000": b"<div>" * 60_000 + PARA.encode() + b"</div>" * 60_000,
        "line-1MB-words": b"<p>" + b"word " * 200_000 + b"</p>",
        "line-1MB-one-token": b"<p>" + b"x" * 1_000_000 + b"</p>",
        "scripts-only": b"<script>var a = '<p>hello</p>';</script>" * 2000,
        "styles-only": b"<style>p{color:red}</style>" * 2000,
        "numbers-only": f"<p>{numbers}</p>".encode(),
        "abbreviation-soup": b"<p>" + b"Mr. A. B. C. said. " * 500 + b"</p>",
        "comment-only": b"<!-- " + b"x" * 10_000 + b" -->",
        "unterminated-comment": b"<p>before</p><!-- never closed" + PARA.encode(),
        "cdata-and-pi": b"<![CDATA[ <p>x</p> ]]><?xml-stylesheet href='file:///etc/passwd'?>" + PARA.encode(),
        "huge-attribute": b'<p title="' + b"a" * 2_000_000 + b'">' + PARA.encode(),
        "huge-title": b"<title>" + b"T" * 1_000_000 + b"</title>" + PARA.encode(),
        "many-attributes": b"<p " + b" ".join(b"a%d=1" % i for i in range(20_000)) + b">" + PARA.encode(),
        "entity-soup": b"<p>" + b"&amp;&#0;&#x110000;&#xD800;&#99999999999;&bogus;&#" * 2000 + b"</p>",
        "bidi-and-zero-width": ("<p>\u202e\u200b\ufeff" + SENTENCE + "\u2066</p>").encode(),
        "jsonld-hostile": b'<script type="application/ld+json">' + b"[" * 100_000 + b"</script>"
                          + PARA.encode(),
        "meta-hostile": b'<meta property="article:published_time" content="99999-99-99T99:99:99">'
                        b'<meta name="author" content="' + b"A " * 20_000 + b'">' + PARA.encode(),
    }


GARBAGE = _garbage()


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_garbage_gives_an_article_or_our_error(name: str) -> None:
    start = time.process_time()
    result = _extract(GARBAGE[name])
    assert isinstance(result, (Article, ArticlekitError))
    if isinstance(result, Article):
        # the renderings work on whatever came out, and hold only text UTF-8 can write
        result.to_json().encode("utf-8")
        result.to_markdown().encode("utf-8")
    assert time.process_time() - start < 10


@pytest.mark.parametrize("name", ["utf16-bom", "utf32-bom", "utf16-le-no-bom", "utf16-be-no-bom",
                                  "utf32-le-no-bom", "utf32-be-no-bom", "nul-in-page", "wrong-charset"])
def test_encoded_pages_keep_their_text(name: str) -> None:
    article = articlekit.extract(GARBAGE[name])
    assert "homes were flooded" in article.text


def test_deep_nesting_keeps_the_text() -> None:
    article = articlekit.extract(GARBAGE["deep-60000"])
    assert "homes were flooded" in article.text


@pytest.mark.parametrize("data", [b"", b"   ", b"\x00\x00", b"<html></html>", b"<script>x()</script>"])
def test_empty_pages_give_empty_articles(data: bytes) -> None:
    article = articlekit.extract(data)
    assert article.text == "" and article.summary == () and article.figures == ()


def test_input_over_the_size_limit_is_refused_with_size_and_limit() -> None:
    config = Config(limits=LimitsConfig(max_bytes=1000))
    with pytest.raises(InputError, match=r"1,001 bytes.*limit of 1,000 bytes"):
        articlekit.extract(b"x" * 1001, config=config)
    with pytest.raises(InputError, match="limit"):
        articlekit.extract("é" * 600, config=config)  # str input is measured in UTF-8 bytes
    assert isinstance(articlekit.extract(b"x" * 1000, config=config), Article)


def test_default_limit_is_50_mb() -> None:
    assert LimitsConfig().max_bytes == 50 * 1024 * 1024
    with pytest.raises(InputError, match="above the limit"):
        articlekit.extract(b" " * (50 * 1024 * 1024 + 1))


def test_file_over_the_limit_is_refused_before_reading(tmp_path: os.PathLike[str]) -> None:
    path = os.path.join(tmp_path, "big.html")
    with open(path, "wb") as fh:
        fh.truncate(2000)
    with pytest.raises(InputError, match="limit of 1,000 bytes"):
        articlekit.extract_file(path, config=Config(limits=LimitsConfig(max_bytes=1000)))


@pytest.mark.parametrize("bad", [None, 42, ["<p>x</p>"], {"html": "x"}, 3.5])
def test_wrong_input_types_raise_input_error(bad: object) -> None:
    with pytest.raises(InputError, match="expected HTML"):
        articlekit.extract(bad)  # type: ignore[arg-type]


def test_bytearray_and_memoryview_are_accepted() -> None:
    data = ARTICLE.encode()
    assert articlekit.extract(bytearray(data)).text == articlekit.extract(data).text
    assert articlekit.extract(memoryview(data)).text == articlekit.extract(data).text


def test_str_with_surrogates_and_controls() -> None:
    article = articlekit.extract(ARTICLE.replace("council", "coun\ud800cil\x01"))
    assert "council said" in article.text


@pytest.mark.parametrize(("option", "value"), [("url", 42), ("url", b"https://example.com"), ("bullets", 0),
                                               ("bullets", "3"), ("bullets", True), ("now", "2024-03-21")])
def test_wrong_option_types_raise_input_error_naming_the_option(option: str, value: object) -> None:
    with pytest.raises(InputError, match=option):
        articlekit.extract(ARTICLE, **{option: value})  # type: ignore[arg-type]


def test_reading_is_bounded_for_files_without_a_true_size(tmp_path: os.PathLike[str]) -> None:
    # /dev/zero reports size 0 and never ends: only limit + 1 bytes are read.
    with pytest.raises(InputError, match="limit of 1,000 bytes"):
        articlekit.extract_file("/dev/zero", config=Config(limits=LimitsConfig(max_bytes=1000)))
    with pytest.raises(InputError, match="is a directory"):
        articlekit.extract_file(tmp_path, config=Config(limits=LimitsConfig(max_bytes=1000)))


def test_gzip_bomb_is_refused(tmp_path: os.PathLike[str]) -> None:
    import gzip

    path = os.path.join(tmp_path, "bomb.html.gz")
    with open(path, "wb") as fh:
        fh.write(gzip.compress(b" " * 5_000_000))
    with pytest.raises(InputError, match="decompresses to more than the limit of 100,000 bytes"):
        articlekit.extract_file(path, config=Config(limits=LimitsConfig(max_bytes=100_000)))
