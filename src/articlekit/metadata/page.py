"""The simple page-level fields: canonical URL, site name, language, description, image and tags."""

from __future__ import annotations

from articlekit.metadata.candidates import Candidate
from articlekit.metadata.jsonld import JsonLd
from articlekit.metadata.language import guess_language, normalise_language
from articlekit.metadata.meta import PageMeta
from articlekit.metadata.text import clean
from articlekit.metadata.vocab import DESCRIPTION_META, IMAGE_META, LANGUAGE_META, TAG_META, URL_META
from articlekit.urls import join_url, split_url

__all__ = ["absolute", "description", "image", "language", "page_url", "site_name", "tags"]

_MAX_TAGS = 30  # keyword lists longer than this are SEO stuffing


def absolute(link: str, base: str | None) -> str | None:
    """``link`` made absolute against ``base``; ``None`` when it cannot be an http(s) URL."""
    link = link.strip()
    if not link or link.startswith(("data:", "javascript:", "#")):
        return None
    parts = split_url(link)
    if parts is None:
        return None  # malformed ("http://[::1"): no URL at all
    if base and not parts.scheme:
        joined = join_url(base, link)
        parts = split_url(joined) if joined else None
        if joined is None or parts is None:
            return None
        link = joined
    return link if parts.scheme in ("http", "https") else (link if not base else None)


def page_url(jsonld: JsonLd, meta: PageMeta, url: str | None) -> Candidate[str] | None:
    """rel=canonical, og:url, JSON-LD url, else the caller's URL; relative ones resolved."""
    options = [Candidate(v, "rel-canonical") for v in meta.links.get("canonical", [])]
    options += [Candidate(v, "opengraph") for v, _ in meta.all(URL_META)]
    options.append(Candidate(jsonld.url, "json-ld"))
    for cand in options:
        link = absolute(cand.value, url)
        parts = split_url(link) if link else None
        if link and parts and parts.scheme in ("http", "https") and parts.netloc:
            return Candidate(link, cand.source)
    return Candidate(url, "caller") if url else None


def site_name(jsonld: JsonLd, meta: PageMeta) -> Candidate[str] | None:
    """og:site_name, the JSON-LD publisher or WebSite name, application-name."""
    value, _ = meta.first(("og:site_name",))
    if value:
        return Candidate(value, "opengraph")
    if jsonld.publisher or jsonld.site_name:
        return Candidate(jsonld.publisher or jsonld.site_name, "json-ld")
    value, _ = meta.first(("application-name", "apple-mobile-web-app-title", "dc.publisher"))
    return Candidate(value, "meta") if value else None


def language(jsonld: JsonLd, meta: PageMeta, text: str) -> Candidate[str] | None:
    """html lang, meta language tags, JSON-LD inLanguage, else a stopword guess over ``text``."""
    options = [Candidate(meta.html_lang, "html-lang")]
    options += [Candidate(v, "opengraph" if k.startswith("og:") else "meta")
                for v, k in meta.all(LANGUAGE_META)]
    options.append(Candidate(jsonld.language, "json-ld"))
    for cand in options:
        tag = normalise_language(cand.value.split(",")[0]) if cand.value else None
        if tag:
            return Candidate(tag, cand.source)
    guess = guess_language(text)
    return Candidate(guess, "guess") if guess else None


def description(jsonld: JsonLd, meta: PageMeta) -> Candidate[str] | None:
    """og:description, meta description, twitter:description, JSON-LD description."""
    for value, key in meta.all(DESCRIPTION_META):
        return Candidate(value, "opengraph" if key.startswith("og:") else "meta")
    return Candidate(jsonld.description, "json-ld") if jsonld.description else None


def image(jsonld: JsonLd, meta: PageMeta, base: str | None) -> Candidate[str] | None:
    """og:image, twitter:image, JSON-LD image; absolute when the page URL is known."""
    options = [Candidate(v, "opengraph" if k.startswith("og:") else "meta") for v, k in meta.all(IMAGE_META)]
    options.append(Candidate(jsonld.image, "json-ld"))
    for cand in options:
        link = absolute(cand.value, base)
        if link:
            return Candidate(link, cand.source)
    return None


def tags(jsonld: JsonLd, meta: PageMeta) -> Candidate[tuple[str, ...]] | None:
    """article:tag, keywords meta, JSON-LD keywords; split on commas, duplicates removed."""
    for values, source in ((meta.all(TAG_META), "meta"), ([(k, "") for k in jsonld.keywords], "json-ld")):
        seen: dict[str, str] = {}
        for value, _ in values:
            for part in value.split(","):
                tag = clean(part)
                if tag and tag.casefold() not in seen and len(tag) < 60:
                    seen[tag.casefold()] = tag
        if seen:
            src = "opengraph" if source == "meta" and meta.meta.get("article:tag") else source
            return Candidate(tuple(list(seen.values())[:_MAX_TAGS]), src)
    return None
