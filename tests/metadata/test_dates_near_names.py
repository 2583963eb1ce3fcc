"""Round-3 metadata rules: WEEKDAY_NOT_NAME, DATE_NAME_LINE, COMMENT_TIME and URL_OUTVOTED."""

from __future__ import annotations

import datetime as dt

from tests.metadata.helpers import meta_of, page

ARTICLE = "<p>" + "The council met on a rainy evening and argued about the tram line for hours. " * 3 + "</p>"


def test_weekday_before_a_name_is_not_part_of_it() -> None:
    body = "<h1>Tram plan approved</h1><p>by Monday Jane Doe</p>" + ARTICLE
    assert meta_of(page(body=body)).authors == ("Jane Doe",)


def test_date_dash_name_line_below_the_headline_names_the_author() -> None:
    body = "<h1>Variables and their home</h1><p>11.12.2019 - Amelie Loevenich</p>" + ARTICLE
    meta = meta_of(page(body=body))
    assert meta.authors == ("Amelie Loevenich",)
    assert meta.provenance["authors"] == "text"


def test_date_dash_sentence_is_not_a_byline() -> None:
    body = "<h1>Variables and their home</h1><p>11.12.2019 - The council met again</p>" + ARTICLE
    assert meta_of(page(body=body)).authors == ()


def test_date_name_line_far_below_the_headline_is_ignored() -> None:
    filler = "<p>" + "Long introduction text without any names in it at all. " * 12 + "</p>"
    body = "<h1>Variables and their home</h1>" + filler + "<p>11.12.2019 - Amelie Loevenich</p>"
    assert meta_of(page(body=body)).authors == ()


def test_time_inside_a_comment_does_not_date_the_article() -> None:
    body = ("<h1>Star fusion</h1>" + ARTICLE
            + '<div class="comment-body"><div class="comment-metadata">'
            '<time datetime="2019-08-24T03:36:11+02:00">at night</time></div><p>Great!</p></div>')
    meta = meta_of(page(body=body), url="https://example.org/2019/star-fusion/")
    assert meta.date_published is None


def test_article_time_outside_comments_still_counts() -> None:
    body = '<h1>Star fusion</h1><time datetime="2019-08-16T10:00:00+02:00">16 August 2019</time>' + ARTICLE
    meta = meta_of(page(body=body))
    assert meta.date_published == dt.datetime(2019, 8, 16, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_visible_and_declared_later_day_outvote_the_url_day() -> None:
    head = '<meta property="article:published_time" content="2020-02-19T18:37:32+01:00">'
    body = "<h1>Ice age bones</h1><p>19 Feb 2020 - 18:37 CET</p>" + ARTICLE
    meta = meta_of(page(head, body), url="https://news.example/2020/02/18/science/ice.html")
    assert meta.date_published is not None
    assert meta.date_published.date() == dt.date(2020, 2, 19)  # type: ignore[union-attr]


def test_url_day_stands_when_only_the_visible_date_disagrees() -> None:
    body = "<h1>Ice age bones</h1><p>19 Feb 2020</p>" + ARTICLE
    meta = meta_of(page(body=body), url="https://news.example/2020/02/18/science/ice.html")
    assert meta.date_published == dt.datetime(2020, 2, 18)


def test_personal_domain_names_its_owner_as_author() -> None:
    head = "<title>Zeitphilosophie – Dr. Alexander Klier</title>"
    meta = meta_of(page(head, "<h1>Zeitphilosophie</h1>" + ARTICLE),
                   url="https://www.alexander-klier.net/zeit/zeitphilosophie/")
    assert meta.authors == ("Alexander Klier",)
    assert meta.provenance["authors"] == "domain"


def test_organisation_domain_is_not_an_owner() -> None:
    head = "<title>Neuer Turm | Zoo Berlin</title>"
    meta = meta_of(page(head, "<h1>Neuer Turm</h1>" + ARTICLE), url="https://www.zoo-berlin.de/turm/")
    assert meta.authors == ()


def test_owner_only_when_no_byline_names_someone() -> None:
    head = "<title>Zeitphilosophie – Dr. Alexander Klier</title>"
    body = "<h1>Zeitphilosophie</h1><p>By Jane Doe</p>" + ARTICLE
    meta = meta_of(page(head, body), url="https://www.alexander-klier.net/zeit/zeitphilosophie/")
    assert meta.authors == ("Jane Doe",)


def test_author_label_on_its_own_line_names_the_next_line() -> None:
    body = ("<h1>Forty days in quarantine</h1><section><h4>Autor</h4><p><a href='/p/1'>Nikolai Huke</a>"
            "<b>, </b></p></section>" + ARTICLE)
    assert meta_of(page(body=body)).authors == ("Nikolai Huke",)


def test_author_label_before_a_sentence_is_not_a_byline() -> None:
    body = "<h1>Forty days in quarantine</h1><h4>Autor</h4><p>Wir haben lange gewartet, sagt er.</p>" + ARTICLE
    assert meta_of(page(body=body)).authors == ()


def test_labelled_signature_may_carry_a_role_after_the_name() -> None:
    body = ("<h1>Große Aufgaben</h1><div>" + ARTICLE
            + "<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p></div>")
    assert meta_of(page(body=body)).authors == ("Uta Staschewski",)
