"""The registry of named metadata rules: each rule's name, field, one-line reason and the test that
exercises it.

A rule's name is written in the code where the rule acts ("named rule X" or "X:" in a comment or
docstring), so ``grep -rn X src/`` finds the code and this table finds the reason and the test.
``tests/metadata/test_rule_registry.py`` fails when a rule named in the code is missing here, when a
registered rule is named nowhere in the code, or when a rule's test does not exist.
"""

from __future__ import annotations

from articlekit.metadata.authors.rules import AUTHOR_RULES
from articlekit.metadata.candidates import Rule

__all__ = ["AUTHOR_RULES", "DATE_RULES", "RULES", "TITLE_RULES", "Rule"]


_T = "tests/metadata/"

TITLE_RULES: tuple[Rule, ...] = (
    Rule("TITLE_CONFIRMED", "title", "a heading that says what a declared title says is the wording readers see",
         _T + "test_title.py::test_matching_h1_gives_the_visible_wording"),
    Rule("GENERIC_TITLE", "title", "page labels ('Home', 'News') name a page's place in the site, not its content",
         _T + "test_title.py::test_generic_page_label_gives_way_to_the_heading"),
    Rule("SITE_ONLY_TITLE", "title", "below the home page, a title that is only the site's name names no page",
         _T + "test_markup_conventions.py::test_blank_og_title_does_not_block_the_h1"),
    Rule("DOMAIN_TITLE", "title", "a title that is only a domain ('example.com') is never the page's title",
         _T + "test_markup_conventions.py::test_domain_only_title_is_rejected"),
    Rule("SITE_TAGLINE", "title", "'Title | Site | slogan': the site's name and everything after it go",
         _T + "test_title_and_byline_rules.py::test_site_name_and_the_slogan_after_it_are_removed"),
    Rule("GUILLEMET_SEPARATOR", "title", "'|' and '»' split a title even when spaced on one side only",
         _T + "test_markup_conventions.py::test_guillemet_separates_the_site_name"),
    Rule("KICKER_ELEMENT", "title", "a child classed as a kicker (roofline) inside the heading is not the headline",
         _T + "test_title_and_byline_rules.py::test_kicker_element_inside_the_heading_is_dropped"),
    Rule("KICKER_TAIL", "title", "a heading that ends the declared title after its kicker is the headline",
         _T + "test_title.py::test_heading_after_a_kicker_in_the_declared_title_wins"),
    Rule("PERMALINK_MARK", "title", "documentation generators end a heading with a permalink pilcrow",
         _T + "test_title.py::test_permalink_pilcrow_is_not_part_of_the_headline"),
    Rule("ITEMPROP_HEADLINE", "title", "schema.org microdata declares the headline in itemprop=headline",
         _T + "test_markup_conventions.py::test_meta_itemprop_headline"),
    Rule("HEADLINE_FALLBACK", "title",
         "a page with no <h1> or declared title shows its headline in .entry-title, .post-title or an <h2>",
         _T + "test_markup_conventions.py::test_headline_without_metadata"),
    Rule("H1_OVER_ECHO", "title",
         "the page's own <h1> is its headline even when a lower heading repeats the SEO title more closely",
         _T + "test_title.py::test_the_pages_h1_beats_a_lower_heading_that_echoes_the_seo_title"),
    Rule("HEADLINE_CLASS", "title", "blog themes class the post's own headline 'entry-title' or 'post-title'",
         _T + "test_markup_conventions.py::test_entry_and_post_title_elements"),
)

DATE_RULES: tuple[Rule, ...] = (
    Rule("UPDATE_LABEL", "dates", "a date after 'Updated', 'Aktualisiert', 'Mis à jour' … is the modification date",
         _T + "test_published_modified.py::test_update_labelled_date_is_the_modified_date"),
    Rule("TIME_UPDATED", "dates", "<time class=updated> holds the modification date",
         _T + "test_published_modified.py::test_time_element_classed_updated_is_the_modified_date"),
    Rule("UPDATED_ONLY", "dates", "a page that gives only its update date was published no later (flagged)",
         _T + "test_markup_conventions.py::test_modified_only_fallback_is_flagged"),
    Rule("MODIFIED_NOT_BEFORE", "dates", "a page cannot change before it came out: an earlier modified date goes",
         _T + "test_published_modified.py::test_modified_date_before_the_publication_date_is_dropped"),
    Rule("LABELLED_PUBLISHED", "dates", "a date labelled 'Published'/'Veröffentlicht am' beats a nearer unlabelled one",
         _T + "test_date_labels.py::test_published_label_beats_a_nearer_date"),
    Rule("NOT_PUBLISHED", "dates", "sign-up, birth, edit and event dates never date the article",
         _T + "test_date_labels.py::test_member_join_date_is_not_the_article_date"),
    Rule("EVENT_LABELS", "dates", "a date after 'Termin:'/'Deadline:' is when something happens, not the page's",
         _T + "test_date_formats.py::test_event_date_is_not_the_publication_date"),
    Rule("EDITED_ONLY", "dates", "a page whose only dates follow an edit label was published no later",
         _T + "test_date_formats.py::test_only_an_edit_stamp_dates_the_page"),
    Rule("DATELINE_PLACE", "dates", "a dateline's date follows a place name ending in a separator, not a word",
         _T + "test_date_formats.py::test_place_name_with_separator_still_opens_a_dateline"),
    Rule("GLUED_DAY", "dates", "inline page furniture loses spaces: a day may follow a letter directly",
         _T + "test_date_formats.py::test_day_glued_to_a_word_is_read"),
    Rule("SPACED_NUMERIC", "dates", "'26 | 01 | 2022' is a date in its strict two-digit, four-digit shape",
         _T + "test_date_formats.py::test_spaced_numeric_dates"),
    Rule("COMPACT_TIMESTAMP", "dates", "'20210820030646' is a day and a time written without separators",
         _T + "test_markup_conventions.py::test_compact_timestamp"),
    Rule("URL_UNPADDED", "dates", "'/2019/6/26/' is a URL day without leading zeros",
         _T + "test_markup_conventions.py::test_unpadded_url_dates"),
    Rule("META_PUBDATE", "dates", "<meta pubdate='…'> names its key by the attribute that holds the value",
         _T + "test_markup_conventions.py::test_meta_pubdate_attribute"),
    Rule("JSONLD_UNPARSED", "dates", "a JSON-LD block broken beyond repair still declares its datePublished",
         _T + "test_date_formats.py::test_broken_jsonld_still_declares_its_date"),
    Rule("SCRIPT_DATES_LAST", "dates", "dates in inline JSON state count only when nothing stronger is left",
         _T + "test_speed.py::test_script_dates_read_only_when_they_can_change_the_result"),
    Rule("SCRIPT_WRITTEN", "dates", "a tiny script that prints a date literal dates a page with no visible date",
         _T + "test_date_formats.py::test_date_printed_by_a_tiny_script"),
    Rule("SLOW_PATH", "dates", "dateparser reads date-labelled texts the fast rules cannot, when nothing else did",
         _T + "test_date_resolution.py::test_slow_path_reads_a_labelled_date_in_words"),
    Rule("ENGLISH_FAST_ONLY", "dates", "English pages never go to dateparser: the fast rules read what it reads",
         _T + "test_date_resolution.py::test_english_page_never_imports_dateparser"),
    Rule("ENGLISH_GLUE", "dates", "'3rd of May, 2021', '03-May-2021', 'May-03-2021' are dates in words",
         _T + "test_date_formats.py::test_ordinal_day_of_month"),
    Rule("PAGE_FALLBACK", "dates", "with no other clue, the first full date written in the page",
         _T + "test_date_labels.py::test_whole_page_published_label"),
    Rule("URL_MONTH", "dates", "when the URL names a year and month, candidates of other months go",
         _T + "test_date_resolution.py::test_url_month_drops_dates_of_other_months"),
    Rule("URL_OUTVOTED", "dates", "a later visible and declared day, within two days, overrides the URL's day",
         _T + "test_dates_near_names.py::test_visible_and_declared_later_day_outvote_the_url_day"),
    Rule("VISIBLE_MODIFIED", "dates",
         "with OpenGraph dates only, an unlabelled visible date on the declared update day is the update",
         _T + "test_published_modified.py::test_visible_date_on_the_declared_modification_day_is_the_update"),
    Rule("LOCAL_DAY", "dates", "a UTC stamp one day off the local day the page shows gives way to it",
         _T + "test_dates.py::test_url_day_wins_over_a_utc_stamp_one_day_later"),
    Rule("SAME_DAY_PRECISION", "dates", "a bare day gives way to a timestamp of the same day (time and offset kept)",
         _T + "test_dates.py::test_same_day_timestamp_keeps_time_and_offset"),
    Rule("TIME_DATETIME", "dates", "a numeric visible date shown by a <time> is read from its datetime attribute",
         _T + "test_date_formats.py::test_numeric_date_in_a_time_element_is_read_from_its_attribute"),
    Rule("COMMENT_TIME", "dates", "a <time> inside a reader comment dates the comment, not the article",
         _T + "test_dates_near_names.py::test_time_inside_a_comment_does_not_date_the_article"),
    Rule("UNIX_TIMESTAMP", "dates", "data-utime attributes hold seconds since 1970 (weak convention)",
         _T + "test_markup_conventions.py::test_unix_timestamp_attribute"),
    Rule("ABBR_PUBLISHED", "dates", "hAtom writes the machine-readable date in <abbr class=published title>",
         _T + "test_markup_conventions.py::test_abbr_published_title"),
    Rule("DATE_IN_TITLE", "dates", "a diary or archive page names its day only in its <title> (weak convention)",
         _T + "test_markup_conventions.py::test_date_only_in_the_title_element"),
    Rule("LINK_TITLE_DATE", "dates", "blog themes set the post's date as its permalink's tooltip (weak convention)",
         _T + "test_markup_conventions.py::test_date_only_in_a_link_title"),
    Rule("IMAGE_URL_DATE", "dates", "the lead image's upload folder dates the story (weak convention)",
         _T + "test_markup_conventions.py::test_date_only_in_the_lead_image_url"),
)


RULES: tuple[Rule, ...] = TITLE_RULES + DATE_RULES + AUTHOR_RULES
