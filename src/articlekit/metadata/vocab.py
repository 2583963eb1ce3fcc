"""Named word lists and token vocabularies for metadata extraction (data, not logic); the authors' word
lists are in :mod:`articlekit.metadata.authors.vocab`."""

from __future__ import annotations

__all__ = [
    "ARTICLE_TYPES",
    "AUTHOR_ATTR_TOKENS",
    "COMMENT_BOX_WORDS",
    "DATE_ATTR_TOKENS",
    "DATE_MOD_META",
    "DATE_PUB_META",
    "DESCRIPTION_META",
    "EDITED_LABELS",
    "EVENT_LABELS",
    "FURNITURE_WORDS",
    "GENERIC_TITLES",
    "HEADLINE_CLASS_TOKENS",
    "IMAGE_META",
    "KICKER_CLASS_TOKENS",
    "LANGUAGE_META",
    "NOT_PUBLISHED_LABELS",
    "PUBLISHED_LABELS",
    "RELATIVE_DAYS",
    "RELATIVE_ONE",
    "RELATIVE_UNITS",
    "SITE_META",
    "TAG_META",
    "TITLE_META",
    "UPDATED_LABELS",
    "URL_META",
]

# JSON-LD @type values that describe the page's article (the object whose fields we read first).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportage", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle", "techarticle", "socialmediaposting",
    "liveblogposting", "report", "review", "posting", "creativework", "medicalwebpage", "recipe",
    "howto", "webpage", "itempage", "aboutpage", "qapage", "discussionforumposting", "videoobject",
    "podcastepisode", "event", "product",
})

# <meta> keys (name / property / itemprop, lowercased) per field, best first within a source.
TITLE_META = ("og:title", "twitter:title", "parsely-title", "sailthru.title", "dc:title", "dc.title", "title")
DATE_PUB_META = (
    "article:published_time", "og:article:published_time", "article:published", "published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "pubdate", "publishdate", "publish_date", "publish-date",
    "publication_date", "date", "dc.date", "dcterms.date", "citation_publication_date", "citation_date",
    "article.published", "og:published_time", "originalpublicationdate", "cxenseparse:recs:publishtime",
    "date.available", "datecreated", "created", "release_date", "og:pubdate", "article_date_original",
    "sailthru.published_time", "displaydate", "dc.date.published", "rnews:datepublished",
    "article:post_date", "pub_date", "timestamp", "dc.issued",
)
DATE_MOD_META = (
    "article:modified_time", "og:updated_time", "og:article:modified_time", "article:modified",
    "modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
    "lastmod", "revised", "updated_time", "article.updated", "dateupdated", "lastmodified", "last_modified",
    "dateupdate",
)
SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site",
             "publisher", "dc.publisher", "cxenseparse:site", "al:android:app_name")
LANGUAGE_META = ("og:locale", "content-language", "language", "dc.language", "dcterms.language", "lang",
                 "inlanguage")
DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
              "thumbnail", "image")
URL_META = ("og:url", "twitter:url")
TAG_META = ("article:tag", "keywords", "news_keywords", "parsely-tags", "sailthru.tags")

# Class/id/itemprop/rel tokens marking an element that holds the author's name.
AUTHOR_ATTR_TOKENS = ("byline", "author", "writer", "autor", "auteur", "dateline", "writtenby",
                      "p-author", "creator", "posted-by", "postedby", "by-line", "reporter", "contributor",
                      "submitted", "username")
# Class/id tokens marking an element that holds the publication date.
DATE_ATTR_TOKENS = ("date", "time", "publish", "posted", "datum", "fecha", "timestamp", "dateline",
                    "byline", "meta", "entry-date", "post-date", "pubdate", "article-info", "fecha")

# Labels of dates that never date the article: a member's sign-up day, a birthday, an edit stamp.
NOT_PUBLISHED_LABELS = ("joined", "registered", "registered since", "member since", "registriert",
                        "registriert seit", "mitglied seit", "dabei seit", "angemeldet seit", "inscrit le",
                        "inscrit depuis", "membre depuis", "registrado", "miembro desde", "iscritto",
                        "lid sinds", "geboren", "geboren am", "born", "last edited", "zuletzt bearbeitet",
                        "last login", "letzter besuch", "letzte aktivität", "last seen", "last active")
# The edit stamps among them: a page whose only dates carry one was published no later (EDITED_ONLY).
EDITED_LABELS = ("last edited", "zuletzt bearbeitet")
# EVENT_LABELS: a date after these is when something happens or ends (an event, a deadline), not the
# day the page came out ("Termin: 21.02.2020, 19 Uhr", "Deadline: 1 March 2024").
EVENT_LABELS = ("termin", "veranstaltungsdatum", "event date", "deadline", "einsendeschluss", "anmeldeschluss",
                "bewerbungsschluss", "date limite", "fecha límite", "scadenza", "valid until", "gültig bis",
                "expires", "expiry date", "ablaufdatum")

# Labels that name the date after them as the publication date.
PUBLISHED_LABELS = ("published", "published on", "posted on", "veröffentlicht", "veröffentlicht am",
                    "publiziert", "publiziert am", "erschienen am", "erstellt am", "publié le", "publié",
                    "publicado", "publicado el", "pubblicato", "pubblicato il", "gepubliceerd")

# UPDATE_LABEL: labels that name the date after them as the last update, never the publication: such a
# date is ``date_modified`` ("Updated: Dec 4, 2025", "Aktualisiert am 3. Mai 2024", "Mis à jour le 3 mai").
# Matched as the end of the text just before the date, so "last updated on" ends with "updated on".
UPDATED_LABELS = ("updated", "updated on", "updated at", "update", "last modified", "modified", "modified on",
                  "aktualisiert", "aktualisiert am", "zuletzt aktualisiert", "geändert", "geändert am",
                  "mis à jour", "mis à jour le", "mise à jour", "mise à jour le", "actualizado",
                  "actualizado el", "actualizado a", "última actualización", "aggiornato", "aggiornato il",
                  "ultimo aggiornamento", "bijgewerkt", "bijgewerkt op", "atualizado", "atualizado em",
                  "更新", "更新日", "更新日時")

# Relative-date phrases: "ago" words per language and unit words mapped to a unit name.
RELATIVE_UNITS: dict[str, str] = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
    "sekunde": "seconds", "sekunden": "seconds", "minute ": "minutes", "minuten": "minutes",
    "stunde": "hours", "stunden": "hours", "tag": "days", "tagen": "days", "woche": "weeks",
    "wochen": "weeks",
    "seconde": "seconds", "secondes": "seconds", "heure": "hours", "heures": "hours", "jour": "days",
    "jours": "days", "semaine": "weeks", "semaines": "weeks",
    "segundo": "seconds", "segundos": "seconds", "minuto": "minutes", "minutos": "minutes",
    "hora": "hours", "horas": "hours", "día": "days", "días": "days", "dia": "days", "dias": "days",
    "semana": "weeks", "semanas": "weeks",
    "minuti": "minutes", "ora": "hours", "ore": "hours", "giorno": "days", "giorni": "days",
    "settimana": "weeks", "settimane": "weeks",
    "分钟": "minutes", "分鐘": "minutes", "分": "minutes", "小时": "hours", "小時": "hours",
    "時間": "hours", "天": "days", "日": "days", "周": "weeks", "週間": "weeks", "秒": "seconds",
}
# Words meaning "one" in "an hour ago", "vor einer Stunde", "il y a une heure", "hace un día".
RELATIVE_ONE = frozenset({"a", "an", "one", "ein", "eine", "einer", "einem", "un", "une", "una", "uno"})
# Words for yesterday and today, to their offset in days.
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": 1, "today": 0, "gestern": 1, "heute": 0, "hier": 1, "aujourd'hui": 0, "ayer": 1,
    "hoy": 0, "ieri": 1, "oggi": 0, "ontem": 1, "hoje": 0, "gisteren": 1, "vandaag": 0, "昨天": 1,
    "今天": 0, "昨日": 1, "今日": 0,
}


# GENERIC_TITLE: page labels that name a page's place in the site, not its content ("Home", "About us").
GENERIC_TITLES = frozenset({
    "home", "homepage", "home page", "start", "startseite", "index", "welcome", "willkommen", "bienvenue",
    "bienvenido", "benvenuto", "welkom", "about", "about us", "über uns", "wir über uns", "à propos",
    "qui sommes-nous", "quiénes somos", "chi siamo", "over ons", "news", "latest news", "aktuelles",
    "neuigkeiten", "nachrichten", "actualités", "noticias", "notizie", "nieuws", "blog", "untitled",
    "untitled document", "page", "contact", "contact us", "kontakt", "accueil", "inicio", "portada",
})

# COMMENT_AUTHOR / COMMENT_TIME: class or id words of a reader comment's box
COMMENT_BOX_WORDS = ("comment",)


# HEADLINE_CLASS: class tokens of an element that holds the page's own headline when the page has no
# <h1> and declares no title (blog themes: "entry-title", "post-title"); a "site-title" is the banner
HEADLINE_CLASS_TOKENS = ("entry-title", "post-title", "article-title", "story-title", "news-title",
                         "article-headline", "post-headline", "entry-headline", "headline")
# ...and class/id words of the page furniture whose headings never name the page (banner, menus, sidebars)
FURNITURE_WORDS = ("site-title", "site-name", "logo", "brand", "banner", "masthead", "nav", "menu", "sidebar",
                   "widget", "footer", "related", "comment", "teaser", "promo")

# KICKER_ELEMENT: class tokens of a kicker (roofline) set inside the headline element, above the headline
KICKER_CLASS_TOKENS = ("kicker", "dachzeile", "roofline", "overline", "topline", "toptitle", "eyebrow",
                       "supertitle", "pretitle", "subtitle", "spitzmarke", "visually-hidden", "sr-only")
