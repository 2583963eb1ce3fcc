"""One test per kind of structure the body keeps."""

from __future__ import annotations

from articlekit.body.blocks import _tidy
from tests.body.helpers import ARTICLE, PARAS, extract, page, text


def test_paragraphs_are_blocks() -> None:
    blocks = extract(page()).blocks
    assert [b.kind for b in blocks] == ["p"] * len(PARAS)
    assert [b.text for b in blocks] == PARAS


def test_headings_keep_their_level() -> None:
    body = extract(page(article=f"<p>{PARAS[0]}</p><h2>What happens next</h2><p>{PARAS[1]}</p>"
                                f"<h3>The costs</h3><p>{PARAS[2]}</p>"))
    heads = [(b.text, b.level) for b in body.blocks if b.kind == "h"]
    assert heads == [("What happens next", 2), ("The costs", 3)]


def test_unordered_and_ordered_lists() -> None:
    lists = ("<ul><li>Line one to the airport</li><li>Line two to the stadium</li></ul>"
             "<ol><li>Plan the routes</li><li>Build the tracks</li></ol>")
    body = extract(page(article=ARTICLE + lists))
    ul = next(b for b in body.blocks if b.kind == "ul")
    ol = next(b for b in body.blocks if b.kind == "ol")
    assert ul.items == ("Line one to the airport", "Line two to the stadium")
    assert ol.items == ("Plan the routes", "Build the tracks")
    assert ol.to_markdown() == "1. Plan the routes\n2. Build the tracks"


def test_blockquote() -> None:
    quote = "<blockquote><p>This is the best day for public transport in decades.</p></blockquote>"
    body = extract(page(article=ARTICLE + quote))
    q = next(b for b in body.blocks if b.kind == "quote")
    assert q.text == "This is the best day for public transport in decades."


def test_table_rows_and_cells() -> None:
    table = ("<table><tr><th>Line</th><th>Opens</th></tr><tr><td>East</td><td>2027</td></tr>"
             "<tr><td>West</td><td>2030</td></tr></table>")
    body = extract(page(article=ARTICLE + table))
    t = next(b for b in body.blocks if b.kind == "table")
    assert t.rows == (("Line", "Opens"), ("East", "2027"), ("West", "2030"))


def test_preformatted_text_keeps_whitespace() -> None:
    code = "<pre>def f(x):\n    return x + 1\n</pre>"
    body = extract(page(article=ARTICLE + code))
    pre = next(b for b in body.blocks if b.kind == "pre")
    assert pre.text == "def f(x):\n    return x + 1"


def test_br_separated_div_soup() -> None:
    soup = "<div class='txt'>" + "<br><br>".join(PARAS) + "</div>"
    html = f"<html><body><div><a href='/'>Home</a></div>{soup}</body></html>"
    body = extract(html)
    assert [b.text for b in body.blocks] == PARAS


def test_single_br_is_a_line_break() -> None:
    poem = "<p>Roses are red, the trams are too,<br>the council has voted, and so have you.</p>"
    body = extract(page(article=ARTICLE + poem))
    assert "Roses are red, the trams are too,\nthe council has voted, and so have you." in text(body)


def test_inline_markup_does_not_split_words() -> None:
    inline = "<p>The <b>tram</b>way is <a href='/x'>new</a>, and it runs late.</p>"
    body = extract(page(article=ARTICLE + inline))
    assert "The tramway is new, and it runs late." in text(body)


def test_empty_page_gives_empty_body() -> None:
    assert extract("<html><body></body></html>").blocks == ()
    assert extract("").blocks == ()


def test_embedded_tweet_is_kept_as_a_quote() -> None:
    tweet = ("<div class='social-media-embed'><blockquote class='twitter-tweet'>"
             "<p>The new tram line opens today and it is wonderful.</p>— Jane (@jane)</blockquote></div>")
    body = extract(page(article=ARTICLE + tweet))
    quote = next(b for b in body.blocks if b.kind == "quote")
    assert "The new tram line opens today" in quote.text


def test_an_instagram_embed_class_vetoes_furniture_tokens() -> None:
    # embed names are matched in glued class names (separators removed): "instagram-media" → instagrammedia
    from articlekit.html.clean import _class_reason

    assert _class_reason("instagram-media sidebar-card", semantic=False) is None
    assert _class_reason("sidebar-card", semantic=False) == "class:sidebar"


def test_source_newlines_inside_a_paragraph_are_spaces() -> None:
    # pages wrap their source lines anywhere; only <br> and block edges break a line of text
    wrapped = PARAS[0].replace(" ", "\n      ", 2)
    body = extract(page(article=f"<p>{wrapped}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"))
    assert body.blocks[0].text == PARAS[0]
    assert "\n" not in body.blocks[0].text


def test_indentation_between_blocks_makes_no_paragraph() -> None:
    assert _tidy("  \n\t ") == []
    assert _tidy("  one \n  line ") == ["one line"]
    assert _tidy("first\x01second\x01\x01next") == ["first\nsecond", "next"]
