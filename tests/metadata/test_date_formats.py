"""Date rules of round 5: DATELINE_PLACE, GLUED_DAY, EVENT_LABELS, EDITED_ONLY, JSONLD_UNPARSED,
SPACED_NUMERIC, SCRIPT_WRITTEN and TIME_DATETIME."""

from __future__ import annotations

import datetime as dt
import time

from articlekit.metadata.dates.parse import month_pattern, parse_date, parse_date_at
from articlekit.metadata.dates.text import dates_in, find_text_date
from tests.metadata.helpers import meta_of, page

_SENTENCE = " in Bolivien ein neues Gesetz in Kraft, das erstmals arbeitende Kinder als Subjekte anerkennt."


# DATELINE_PLACE -------------------------------------------------------------------------------------

def test_capitalised_word_before_a_date_on_a_long_line_is_a_sentence() -> None:
    text = "Seit 4. August 2014 ist" + _SENTENCE
    assert dates_in(text, "de", max_line=100) == []


def test_place_name_with_separator_still_opens_a_dateline() -> None:
    text = "BERLIN, 4. August 2014 –" + _SENTENCE
    assert [v for _, v in dates_in(text, "de", max_line=100)] == [dt.date(2014, 8, 4)]
    text = "(21. November 2022) Energieverbraucher erhalten" + _SENTENCE
    assert [v for _, v in dates_in(text, "de", max_line=100)] == [dt.date(2022, 11, 21)]


def test_short_lines_are_datelines_whatever_precedes_the_date() -> None:
    assert [v for _, v in dates_in("Seit 4. August 2014", "de", max_line=100)] == [dt.date(2014, 8, 4)]


# GLUED_DAY ------------------------------------------------------------------------------------------

def test_day_glued_to_a_word_is_read() -> None:
    assert parse_date("Original Research7 April 2020") == dt.date(2020, 4, 7)


def test_day_inside_a_longer_number_is_not_read() -> None:
    assert parse_date_at("123 April 2020") is None
    assert parse_date("ab123 April 2020") != dt.date(2020, 4, 23)


def test_glued_day_next_to_the_headline() -> None:
    body = ("<div><span>Original Research</span><span>7 April 2020</span></div>"
            "<h1>The Effect of Influenza Vaccination</h1><p>Authors and affiliations.</p>")
    head = "<title>The Effect of Influenza Vaccination</title><meta name='dc.date' content='2020-03-03'>"
    assert meta_of(page(head, body, lang="en")).date_published == dt.datetime(2020, 4, 7)


# EVENT_LABELS ---------------------------------------------------------------------------------------

def test_event_date_is_not_the_publication_date() -> None:
    near = "Februar 2020\nTermin: 21.02.2020, 19 Uhr\nOrt: Halle\nDeadline: 1 March 2020\n"
    assert find_text_date(near, language="de", now=None, max_line=100) is None


def test_declared_date_wins_over_an_event_date() -> None:
    head = ("<title>Termine Whisky Tastings 2020</title>"
            "<meta property='article:published_time' content='2019-11-27T15:21:21+01:00'>")
    body = ("<h1>Termine Whisky Tastings 2020</h1><p>Die ersten Termine stehen fest.</p>"
            "<p>Termin: 21.02.2020, 19 Uhr</p><p>Ort: Halle</p>")
    value = meta_of(page(head, body, lang="de")).date_published
    assert isinstance(value, dt.datetime) and value.date() == dt.date(2019, 11, 27)


# EDITED_ONLY ----------------------------------------------------------------------------------------

def test_only_an_edit_stamp_dates_the_page() -> None:
    body = ("<h1>Downloading Python</h1><p>Before you start, you will need Python on your computer.</p>"
            "<p id='pageinfo'>BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by Mats)</p>")
    m = meta_of(page("<title>Downloading Python</title>", body, lang="en"))
    assert m.date_published == dt.datetime(2019, 11, 10, 13, 28, 18)


def test_any_other_date_beats_an_edit_stamp() -> None:
    body = ("<h1>Downloading Python</h1><p>Some text here for the reader.</p>"
            "<p>Last edited 2019-11-10 by Mats</p><footer><p>Posted 3 May 2018</p></footer>")
    m = meta_of(page("<title>Downloading Python</title>", body, lang="en"))
    assert m.date_published == dt.datetime(2018, 5, 3)


# JSONLD_UNPARSED ------------------------------------------------------------------------------------

_BROKEN_JSONLD = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Direktor pozitivan",'
                  ' "datePublished": "2020-10-26T18:10:00+01:00"}}</script>')
_RELATED = ("<h1>Direktor pozitivan</h1><p>" + "Tekst članka o direktoru. " * 25 + "</p>"
            "<div class='related'><a href='/x'>Druga vijest</a>"
            "<div class='article-date-time'><span>09.08.2020 u 10:52</span></div></div>")


def test_broken_jsonld_still_declares_its_date() -> None:
    m = meta_of(page("<title>Direktor pozitivan</title>" + _BROKEN_JSONLD, _RELATED, lang="bs"))
    assert m.date_published == dt.datetime(2020, 10, 26, 18, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_valid_jsonld_list_dates_are_not_read_by_pattern() -> None:
    listing = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": '
               '[{"@type": "ListItem", "datePublished": "2001-01-01"}]}</script>')
    body = "<h1>Archive</h1><p>Every story.</p><p class='date'>3 May 2018</p>"
    m = meta_of(page("<title>Archive</title>" + listing, body, lang="en"))
    assert m.date_published == dt.datetime(2018, 5, 3)


# SPACED_NUMERIC -------------------------------------------------------------------------------------

def test_spaced_numeric_dates() -> None:
    assert parse_date("26 | 01 | 2022") == dt.date(2022, 1, 26)
    assert parse_date_at("26 / 01 / 2022 Schweiz") == dt.date(2022, 1, 26)


def test_spaced_numeric_needs_its_strict_shape() -> None:
    assert parse_date("3 | 1 | 2022") is None  # one-digit parts: a score or a counter
    assert parse_date("26 | 01 / 2022") is None  # mixed separators


def test_spaced_date_above_the_headline() -> None:
    body = ("<p>26 | 01 | 2022</p><p>Schweiz | Praxis</p><h1>Bielersee-Winterhechte</h1>"
            "<p>Im Winter sind die Möglichkeiten zu fischen begrenzter.</p>")
    m = meta_of(page("<title>Bielersee-Winterhechte</title>", body, lang="de"))
    assert m.date_published == dt.datetime(2022, 1, 26)


# SCRIPT_WRITTEN -------------------------------------------------------------------------------------

def test_date_printed_by_a_tiny_script() -> None:
    body = ("<h1>bong2 effect</h1><p>發表文章</p>"
            '<table><tr><td><script>showDate("2020/04/17 01:43:09")</script> 瀏覽7</td></tr></table>')
    m = meta_of(page("<title>bong2 effect</title>", body, lang="zh"))
    assert m.date_published == dt.datetime(2020, 4, 17, 1, 43, 9)


def test_visible_date_beats_a_script_printed_one() -> None:
    body = ("<h1>bong2 effect</h1><p>Posted 3 May 2018</p>"
            '<script>showDate("2020/04/17 01:43:09")</script>')
    m = meta_of(page("<title>bong2 effect</title>", body, lang="en"))
    assert m.date_published == dt.datetime(2018, 5, 3)


def test_long_scripts_are_not_date_printers() -> None:
    code = 'track("2020/04/17 01:43:09"); ' + "var x = 1; " * 30
    body = f"<h1>bong2 effect</h1><p>Nothing dated here.</p><script>{code}</script>"
    assert meta_of(page("<title>bong2 effect</title>", body, lang="en")).date_published is None


# TIME_DATETIME ---------------------------------------------------------------------------------------

def test_numeric_date_in_a_time_element_is_read_from_its_attribute() -> None:
    # "03/01/2017" is read day-first on a page not marked en-US; the attribute says 1 March
    body = ('<h1>Consulting firm or insurer?</h1><div class="meta"><time datetime="2017-03-01T12:00:00Z">'
            "03/01/2017</time> by Agatha Caleo</div><p>Text.</p>")
    m = meta_of(page("", body, lang="en"))
    assert m.date_published is not None and m.date_published.date() == dt.date(2017, 3, 1)
    assert m.provenance["date_published"] == "time-element"


def test_numeric_date_and_time_in_a_time_element_use_the_attribute() -> None:
    body = ('<h1>Skiplagging</h1><small><time datetime="2023-10-12T19:38:01Z">10/12/2023 7:38:01 PM</time>'
            "</small><p>Text.</p>")
    m = meta_of(page("", body, lang="en"))
    assert m.date_published is not None and m.date_published.date() == dt.date(2023, 10, 12)


def test_date_in_words_in_a_time_element_stays_as_shown() -> None:
    # the attribute of a <time> whose text is a date in words may be another event's stamp
    body = ('<h1>Les grenades</h1><div class="time"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019'
            "</time></div><p>Texte.</p>")
    m = meta_of(page("", body, lang="fr"))
    assert m.date_published is not None and m.date_published.date() == dt.date(2019, 6, 29)


def test_attribute_one_day_off_a_numeric_date_keeps_the_shown_day() -> None:
    body = ('<h1>Council vote</h1><p><time datetime="2021-05-04T23:30:00Z">05.05.2021</time></p><p>Text.</p>')
    m = meta_of(page("", body, lang="de"))
    assert m.date_published is not None and m.date_published.date() == dt.date(2021, 5, 5)


# ENGLISH_GLUE ---------------------------------------------------------------------------------------

def test_ordinal_day_of_month() -> None:
    assert parse_date("3rd of May, 2021", language="en") == dt.date(2021, 5, 3)
    assert parse_date("Monday the 3rd of May 2021", language="en") == dt.date(2021, 5, 3)
    assert parse_date("21ST OF SEPTEMBER 2024 10:30") == dt.datetime(2024, 9, 21, 10, 30)


def test_hyphenated_month_name_dates() -> None:
    assert parse_date("03-May-2021") == dt.date(2021, 5, 3)
    assert parse_date("May-03-2021") == dt.date(2021, 5, 3)
    assert parse_date("Posted 3-Dec-2019 at 9:15 pm") == dt.datetime(2019, 12, 3, 21, 15)


def test_of_joins_only_an_ordinal_day() -> None:
    assert parse_date("Page 2 of May 2021") is None
    assert [v for _, v in dates_in("Issue 4 of June 2020 is out", "en")] == []


def test_new_english_forms_are_found_in_running_text() -> None:
    text = "By Ann Lee\nThursday the 1st of April 2021\nThe council met."
    assert [v for _, v in dates_in(text, "en", max_line=100)] == [dt.date(2021, 4, 1)]


def test_month_name_pattern_is_linear_on_long_runs_of_spaces() -> None:
    # a digit before thousands of spaces (or newlines) made the old glue try every split of the run
    for text in ("3" + " " * 20_000 + "x", "12" + "\n" * 20_000 + "May", "3rd " * 5_000):
        start = time.process_time()
        assert month_pattern().search(text) is None
        assert time.process_time() - start < 1.0
    assert parse_date("21  ,  March   2024") == dt.date(2024, 3, 21)  # the glue still reads spaced commas
