"""Key figures in German, French and Spanish, whole-word number words, and no figures for other languages."""

from __future__ import annotations

import pytest

import articlekit
from articlekit.model import KeyFigure

DE = ("Der Konzern steigerte seinen Umsatz im vergangenen Jahr um 20 Prozent auf 117,4 Millionen Euro. "
      "Am 1. und 2. März trafen sich die Aktionäre in Köln. Der Gewinn stieg auf 3,5 Mrd. Euro, teilte "
      "das Unternehmen mit. Rund 1.200 Mitarbeiter sind betroffen, die Köten der Bauern wurden abgerissen. "
      "Der Vorstand sprach von einem guten Ergebnis für die Aktionäre und das ganze Unternehmen.")
FR = ("Le groupe a réalisé un chiffre d'affaires de 2,3 milliards d'euros en 2023, en hausse de 12 pour "
      "cent. Le 15 mars, 3 000 salariés ont manifesté devant le siège à Paris. La société emploie "
      "désormais 45 000 personnes dans le monde et prévoit de recruter encore davantage cette année.")
ES = ("La empresa facturó 1.250 millones de euros el año pasado, un 8,5 por ciento más que en 2022. "
      "El 1 de marzo, unos 2.000 trabajadores se manifestaron en Madrid. El gobierno invertirá otros "
      "300 millones en el plan de ayudas para las familias de la región.")
IT = ("La società ha registrato un fatturato di 2,3 miliardi di euro nel 2023, in crescita del 12 per "
      "cento rispetto all'anno precedente. Il 15 marzo, 3.000 dipendenti hanno manifestato davanti alla "
      "sede di Milano per chiedere aumenti e migliori condizioni di lavoro per tutti.")


def _by_text(text: str) -> dict[str, KeyFigure]:
    return {f.text: f for f in articlekit.key_figures(text)}


@pytest.mark.parametrize(("text", "written", "value", "unit", "kind"), [
    (DE, "20 Prozent", 20.0, "percent", "percent"),
    (DE, "117,4 Millionen Euro", 117.4e6, "EUR", "money"),
    (DE, "3,5 Mrd. Euro", 3.5e9, "EUR", "money"),
    (DE, "1.200", 1200.0, "count", "count"),
    (FR, "2,3 milliards d'euros", 2.3e9, "EUR", "money"),
    (FR, "12 pour cent", 12.0, "percent", "percent"),
    (FR, "3 000", 3000.0, "count", "count"),
    (FR, "45 000", 45000.0, "count", "count"),
    (ES, "1.250 millones de euros", 1.25e9, "EUR", "money"),
    (ES, "8,5 por ciento", 8.5, "percent", "percent"),
    (ES, "2.000", 2000.0, "count", "count"),
    (ES, "300 millones", 300e6, "count", "count"),
])
def test_number_formats_of_each_language(text: str, written: str, value: float, unit: str, kind: str) -> None:
    fig = _by_text(text)[written]
    assert fig.value == pytest.approx(value)
    assert (fig.unit, fig.kind) == (unit, kind)


@pytest.mark.parametrize(("text", "not_a_figure"), [
    (DE, "1"), (DE, "2"),  # "am 1. und 2. März": ordinal dates
    (FR, "15"),  # "Le 15 mars"
    (ES, "1"),  # "El 1 de marzo"
    (DE, "2023"), (FR, "2023"),
])
def test_dates_are_not_figures(text: str, not_a_figure: str) -> None:
    assert not_a_figure not in _by_text(text)


def test_number_words_match_only_whole_words() -> None:
    figs = articlekit.key_figures(DE)
    assert all(f.value != 10 for f in figs)  # "Köten" holds "ten"
    english = "The Often-cited Tenfold rise in Oneida County left the Twentieth Century Fox lot empty."
    assert all(f.text.lower() not in ("ten", "one", "twenty") for f in articlekit.key_figures(english))


def test_english_number_words_still_read() -> None:
    assert 10.0 in {f.value for f in articlekit.key_figures("Ten people were hurt when the roof of the hall fell in.")}


def test_unsupported_language_has_no_figures() -> None:
    assert articlekit.key_figures(IT) == []


def test_declared_language_decides_on_a_page() -> None:
    html = f"<html lang='it'><head><title>Fatturato</title></head><body><article><p>{IT}</p></article></body></html>"
    assert articlekit.extract(html).figures == ()
    html = f"<html lang='de'><head><title>Umsatz</title></head><body><article><p>{DE}</p></article></body></html>"
    assert any(f.unit == "EUR" for f in articlekit.extract(html).figures)


def test_a_sum_last_year_does_not_count_the_year() -> None:
    text = ("GlaxoSmithKline profits reached $6.2bn last year, the drug maker said on Wednesday, "
            "as sales of its new vaccines rose strongly.")
    fig = _by_text(text)["$6.2bn"]
    assert "year" not in fig.counted
    assert "profits" in fig.counted


@pytest.mark.parametrize(("lang", "sentence", "reference"), [
    ("de", "Nach § 13 Abs. 6 des Gesetzes müssen Anbieter 2.500 Nutzer informieren.", {"13", "6"}),
    ("fr", "Selon l’article 12 du code, 300 salariés sont concernés par la réforme.", {"12"}),
    ("es", "Según el artículo 3 de la ley, 400 empresas deberán pagar más impuestos.", {"3"}),
])
def test_legal_references_are_labels_not_figures(lang: str, sentence: str, reference: set[str]) -> None:
    html = (f"<html lang='{lang}'><head><title>Gesetz</title></head><body><article><p>{sentence}</p>"
            "</article></body></html>")
    figures = {f.text for f in articlekit.extract(html).figures}
    assert figures and not figures & reference


@pytest.mark.parametrize(("lang", "sentence", "written", "unit"), [
    ("de", "Der Wagen wiegt 685 Kilogramm und fährt 120 Kilometer weit, sagte der Hersteller.", "685 Kilogramm", "kg"),
    ("de", "Der Wagen wiegt 685 Kilogramm und fährt 120 Kilometer weit, sagte der Hersteller.", "120 Kilometer", "km"),
    ("fr", "La tour mesure 300 mètres et pèse 7300 tonnes selon la mairie de la ville.", "300 mètres", "m"),
    ("es", "El puente mide 200 metros y costó 40 millones de euros según el ayuntamiento.", "200 metros", "m"),
])
def test_measure_units_of_each_language(lang: str, sentence: str, written: str, unit: str) -> None:
    html = f"<html lang='{lang}'><body><article><p>{sentence}</p></article></body></html>"
    found = {f.text: f for f in articlekit.extract(html).figures}
    assert found[written].unit == unit
    # a measure counts its own unit, never the thing of the figure before it ("Kilogramm" for 120 km)
    assert found[written].counted.lower() == written.split()[-1].lower()


def test_a_preposition_is_not_what_a_figure_counts() -> None:
    html = ("<html lang='fr'><body><article><p>La tour pèse 7300 tonnes selon la mairie de la ville."
            "</p></article></body></html>")
    assert [f.counted for f in articlekit.extract(html).figures if f.text == "7300 tonnes"] == ["tonnes"]
