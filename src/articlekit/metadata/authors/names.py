"""Tidying one person's name: the characters and fragments a page writes around a name that are not
part of it. One table says what is stripped and why; :func:`tidy_name` applies it in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from articlekit.metadata.authors.vocab import given_names

__all__ = ["NAME_NOISE", "NameNoise", "tidy_name"]


class NameNoise(NamedTuple):
    """One kind of noise around a name: a pattern, its replacement and why it is not part of a name."""

    kind: str
    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    why: str


def _spaced_login(m: re.Match[str]) -> str:
    """"Matt_Brooks" is a name written for a login; "Herr_Rein" or "Noah_B" is the login itself."""
    return f"{m[1]} {m[2]}" if m[1].casefold() in given_names() else m[0]


def _site_tail(m: re.Match[str]) -> str:
    """The tail goes only after a name of two or more words: "Insights from Jane Doe" is a label."""
    before = re.split(r"[,;|/]", m.string[:m.start()])[-1].split()
    return " " if len(before) >= 2 else m[0]


_CAP = "A-ZÀ-ÖØ-Þ"
# Applied in this order; each row names one kind of noise seen around names in metadata and bylines.
NAME_NOISE: tuple[NameNoise, ...] = (
    NameNoise("control", re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\ufeff]"),
              " ", "stray control and direction characters left by copy-paste and broken escapes"),
    NameNoise("emoji", re.compile("[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF"
                                  "\u2B00-\u2BFF\uFE0E\uFE0F\u200D\u20E3]+"),
              " ", "pictographs decorate a display name; no person's legal name holds one"),
    NameNoise("nickname", re.compile("(?<=\\w)\\s+[\"“„«‘'][^\"”“»’'\\s][^\"”“»’']{0,30}[\"”“»’']\\s+(?=\\w)"),
              " ", 'a quoted nickname between given name and surname (Dwayne "The Rock" Johnson)'),
    NameNoise("handle", re.compile("(?<![\\w.])@\\w+"),
              " ", "a social-media @handle written beside the name is an account, not the name"),
    NameNoise("underscore", re.compile(f"(?<![\\w])([{_CAP}][a-zà-öø-ÿ]+)_([{_CAP}][a-zà-öø-ÿ]+)(?![\\w])"),
              _spaced_login, "Matt_Brooks: a given name and a surname joined for a login name"),
    NameNoise("from_site", re.compile(f"\\s+from\\s+(?:[{_CAP}]|\\w+\\.\\w)[\\w.&'’-]*"
                                      f"(?:\\s+(?!and\\b|und\\b)[{_CAP}][\\w.&'’-]*)*"),
              _site_tail, '"Jane Doe from Tram Times": the tail names the publication the person writes for'),
)


def tidy_name(text: str) -> str:
    """``text`` with every kind of :data:`NAME_NOISE` removed, spaces collapsed."""
    for noise in NAME_NOISE:
        text = noise.pattern.sub(noise.replace, text)
    return " ".join(text.split())
