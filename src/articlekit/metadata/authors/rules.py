"""The registry of the named author rules: each rule's name (as written in the code's comments), the
field it decides, why it exists, and the test that exercises it. ``tests/metadata/test_rule_registry.py``
fails when a rule named in the code is missing here or its test does not exist."""

from __future__ import annotations

from articlekit.metadata.candidates import Rule

__all__ = ["AUTHOR_RULES"]


_T = "tests/metadata/"
_ROLES = _T + "test_author_roles_and_boxes.py::"
_RULES = _T + "test_title_and_byline_rules.py::"
_NEAR = _T + "test_dates_near_names.py::"
_SIG = _T + "test_signature.py::"
_CONV = _T + "test_author_conventions.py::"
_LD = _T + "test_jsonld_recovery.py::"
_MORE = _T + "test_author_rules.py::"
_SITES = _T + "test_author_sites_and_roles.py::"

AUTHOR_RULES: tuple[Rule, ...] = (
    # --- where the names come from
    Rule("BYLINE_MARKUP", "authors", "data-component=Byline, <author> and data-testid author links mark a "
         "byline when no labelled element does", _CONV + "test_data_component_byline"),
    Rule("ESCAPED_MARKUP", "authors", "an author meta tag may hold escaped byline HTML: read its text",
         _CONV + "test_og_author_with_escaped_byline_markup"),
    Rule("TOLERANT_JSONLD", "authors", "a JSON-LD block with stray quotes, commas or control characters "
         "still gives its fields", _LD + "test_field_level_recovery_when_no_repair_parses"),
    Rule("LIVE_UPDATES", "authors", "a live blog declares its authors on its updates",
         _LD + "test_live_blog_updates_give_authors_and_dates"),
    Rule("ADDITIONAL_NAME", "authors", "schema.org additionalName is the middle name of a Person",
         _LD + "test_additional_name_in_person"),
    Rule("PERSON_SITE", "authors", "a name declared by JSON-LD and a meta tag is the person even when it "
         "is the site's name", _RULES + "test_person_site_declared_twice_is_kept"),
    Rule("BYLINE_SUPERSET", "authors", "a visible byline naming the metadata's authors and more is the "
         "full list", _RULES + "test_visible_byline_with_more_authors_completes_the_metadata_author"),
    Rule("BIO_BOX_LEAD", "authors", "an author box that goes on with a bio names the person on its first "
         "lines", _MORE + "test_author_box_with_a_bio_names_its_person"),
    Rule("NAME_OVER_ROLE", "authors", "a name line over a job-title line below the headline is a byline",
         _MORE + "test_name_over_a_job_title_line"),
    Rule("NAME_FROM_TEXT", "authors", "a slug or lone given name is completed by a full name written "
         "near the headline", _RULES + "test_login_slug_is_completed_from_the_visible_text"),
    Rule("LONE_NAME_LINE", "authors", "a one-word name from free text only when it ends its line",
         _SIG + "test_one_word_name_on_its_own_byline_line"),
    Rule("AUTHOR_LABEL_LINE", "authors", "an 'Autor' heading line names the next line",
         _NEAR + "test_author_label_on_its_own_line_names_the_next_line"),
    Rule("DATE_NAME_LINE", "authors", "'11.12.2019 - Jane Doe' on its own line below the headline",
         _NEAR + "test_date_dash_name_line_below_the_headline_names_the_author"),
    Rule("DATE_BY_NAME", "authors", "'… 06.11.2023 13:30 von Olga' ending a line below the headline",
         _RULES + "test_date_then_von_name_line"),
    Rule("NAME_THEN_DATE", "authors", "a name line over a date line below the headline",
         _RULES + "test_name_over_date_below_the_headline_is_a_byline"),
    Rule("LABELLED_SIGNATURE", "authors", "'Autor: Jane Doe' closing the article is its signature",
         _ROLES + "test_labelled_signature_may_follow_any_block"),
    Rule("DOMAIN_OWNER", "authors", "a personal site whose domain spells a person's name is theirs",
         _NEAR + "test_personal_domain_names_its_owner_as_author"),
    Rule("OWNER_DOMAIN", "authors", "a byline name that only the domain spells is the owner writing, not the "
         "site", _MORE + "test_byline_name_the_domain_spells_is_the_owner"),
    Rule("DOMAIN_AUTHOR", "authors", "a JSON-LD author that is the site's name is the author when the "
         "domain spells it and nothing else names anyone", _MORE + "test_site_named_after_its_writer"),
    Rule("PERSON_NAMED_SITE", "authors", "a byline or author tag naming only the site is kept when that name "
         "reads as a person's (a personal site)", _SITES + "test_author_tag_naming_a_personal_site_is_its_writer"),
    Rule("WRITTEN_BY_BOX", "authors", "a 'Written by' author box anywhere in the page names the author when "
         "nothing else does", _SITES + "test_written_by_box_below_the_article_names_the_author"),
    Rule("INDENTED_BYLINE", "authors", "a byline element's text is read past the indentation of templated "
         "author cards", _SITES + "test_indented_author_card_is_read_past_its_indentation"),
    Rule("DECLARED_CREDIT", "authors", "when no reader finds a person, the organisation, desk or team the "
         "structured data declares is the credit (source 'declared')",
         _T + "test_declared_credit.py::test_declared_organisation_desk_or_team_is_the_credit"),
    Rule("POSSESSIVE_SITE", "authors", "a site called \"Jane Doe's blog\" is written by Jane Doe",
         _MORE + "test_possessive_site_name_names_its_writer"),
    # --- which elements are not the article's byline
    Rule("BOXED_AUTHOR", "authors", "an author element in a comment, teaser or related box is another "
         "text's author", _ROLES + "test_teaser_card_author_is_not_the_byline"),
    Rule("COMMENT_AUTHOR", "authors", "an itemprop=author inside a reader comment names the commenter",
         _RULES + "test_microdata_author_of_a_comment_is_ignored"),
    Rule("HIDDEN_NOT_BYLINE", "authors", "a hidden element is a template, not the byline readers see",
         _RULES + "test_hidden_element_is_not_a_byline"),
    Rule("NOT_AN_AUTHOR", "authors", "names in figures, captions, asides and quotations credit someone "
         "else", _CONV + "test_quote_attribution_is_not_an_author"),
    # --- cleaning one author string
    Rule("REVIEWER_NOT_AUTHOR", "authors", "'Reviewed by' / 'Fact checked by' name who checked the text",
         _MORE + "test_reviewer_is_not_an_author"),
    Rule("EXCLAIMED_TITLE", "authors", "a text ending in ! or ? is a headline, not a byline",
         _ROLES + "test_exclaimed_title_in_an_author_element_is_no_byline"),
    Rule("DESK_PREFIX", "authors", "'Redaktion X' names a desk unless X is a given name",
         _ROLES + "test_desk_prefix_names_a_desk"),
    Rule("CO_AUTHOR_NOTE", "authors", "'(avec Damien Leloup et Morgane Tual)' names co-authors",
         _ROLES + "test_bracketed_co_authors_are_authors_too"),
    Rule("AMPERSAND_ONE_NAME", "authors", "'&' beside a lone letter joins one name ('AT & T')",
         _RULES + "test_ampersand_beside_a_lone_letter_joins_one_name"),
    Rule("ROLE_PAIR", "authors", "two roles joined by '&' / 'and' after a name are one role, not a second "
         "person", _SITES + "test_two_roles_joined_after_a_name_are_one_role"),
    Rule("NO_ADDRESS", "authors", "a byline naming a country is an address",
         _SIG + "test_address_with_country_is_not_an_author"),
    Rule("PROSE_BYLINE", "authors", "a phrase among the parts makes the text a bio: one-word parts go",
         _ROLES + "test_bio_text_in_an_author_box_gives_no_names"),
    Rule("COMMENT_COUNT", "authors", "a byline ends at a comment link ('Jane Doe 3 Comments')",
         _RULES + "test_comment_count_ends_a_byline"),
    Rule("WEEKDAY_NOT_NAME", "authors", "a weekday glued before a name is a date word",
         _NEAR + "test_weekday_before_a_name_is_not_part_of_it"),
    Rule("STAFF_DESK", "authors", "'Telegraph Staff' names a desk, not a person called Telegraph",
         _ROLES + "test_job_word_after_a_publication_is_still_a_role"),
    Rule("DECLARED_PHRASE", "authors", "a declared name opening with a role word is the whole name",
         _RULES + "test_declared_phrase_opened_by_a_role_word_stays_whole"),
    Rule("JOB_WORD_SURNAME", "authors", "a job word after one capitalised word is a surname ('Jörg Staff', "
         "'Fake Author')", _MORE + "test_role_word_after_one_word_is_a_surname"),
    Rule("LOWERCASE_START", "authors", "names read from the page start capitalised",
         _RULES + "test_phrase_starting_lowercase_is_not_a_name"),
    Rule("NO_TRAILING_PARTICLE", "authors", "'von'/'der' never end a name: the text was cut",
         _MORE + "test_trailing_particle_is_cut_text"),
    Rule("DESK_COMPOUND", "authors", "'TVT-Redaktion' is a desk", _ROLES + "test_desk_compound_is_not_a_person"),
    Rule("ORG_COMPOUND", "authors", "'Bundesverband' ends in an organisation word",
         _ROLES + "test_organisation_compound_is_not_a_person"),
    Rule("HOST_NOT_PERSON", "authors", "'datev.de' names a site", _ROLES + "test_host_name_is_not_a_person"),
    Rule("TEMPLATE_PLACEHOLDER", "authors", "an unfilled template variable ('page.head.extra.author', "
         "'{{author}}') names no one", _MORE + "test_template_placeholder_is_no_name"),
    Rule("DEGREE_NOT_NAME", "authors", "'Jane Doe, PhD' holds a degree, not a second author",
         _RULES + "test_degree_is_not_a_second_author"),
    Rule("NAME_NOISE", "authors", "emoji, nicknames, handles, underscores, control characters and 'from "
         "Site' tails are tidied off a name", _T + "test_name_cleaning.py::test_noise_is_stripped_from_meta_names"),
)
