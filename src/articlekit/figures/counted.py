"""What a figure counts, and the words that qualify it, read from the tokens around it.

Rules over tokens, no tagger (NLTK's tagger needs data we cannot download):

* **right noun phrase** — "50,000 *young Americans*", "41 *videos* from …", "$500,000 *bail*":
  the content words straight after the number, up to a function word, verb or punctuation;
  "34 of *which*" borrows the previous figure's thing; "a 3% fall in *profits*" and
  "£86m in *efficiency savings*" look through the change noun or "in".
* **left noun phrase** — "*US retail sales* fell 0.3%", "the *catalogue price* of $17.6m":
  when nothing usable follows, skip back over change verbs, "was", "to", "by", qualifiers and the
  "from" number of a change, then take the noun phrase that ends there ("would *save* £6m" keeps
  a value verb such as cost/worth/save on its own).
* **qualifiers** — the hedge or bound right before the number ("more than", "about", "only"),
  a rate right after it ("a year"), the start of a change ("from 11.2%") and a duration stated in
  the same sentence ("over the next five years").
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
import sys
from dataclasses import dataclass

from articlekit.figures.numbers import Quantity, dimension_before
from articlekit.figures.vocab import Lexicon, lexicon

__all__ = ["Context", "describe"]

_TOKEN = re.compile(r"[^\W_][\w'’.-]*[\w'’]|[^\W_]|\S")
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "to", "did",
                     "does", "do"})
# A counted phrase longer than this is a window, not a thing (the scorer agrees).
_MAX_WORDS = 3
_ASIDE = re.compile(r"\s*\([^()]{0,30}\d[^()]{0,30}\)")  # "(£479m)" between a sum and its thing


@dataclass(frozen=True)
class Context:
    """What :func:`describe` found for one quantity."""

    counted: str
    counted_start: int  # -1 when nothing is counted
    counted_end: int
    qualifiers: tuple[str, ...]
    qualifier_start: int  # start of the leftmost qualifier (or the number itself)
    direction: str | None  # "up", "down" or None
    change: bool  # stated as a change ("fell 0.3%", "a 3% fall", "from 3% to 5%")


class _Tok:
    """One token near a number, with its offsets; ``num`` when it is part of another quantity."""

    __slots__ = ("end", "num", "start", "text")

    def __init__(self, text: str, start: int, end: int, num: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.num = num

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


# Tokens read on each side of a number. The readers below look a few words away (a noun phrase of
# three words, up to eight predicate words skipped, a time phrase, one "of" bridge); a window of
# punctuation soup holds one token per character, and making every token of it was most of key
# figures' time on such text.
_SIDE_TOKENS = 32


def _inside(nums: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, non-overlapping spans (a bisect, not a scan)."""
    i = bisect.bisect_right(nums, (pos, sys.maxsize)) - 1
    return i >= 0 and nums[i][0] <= pos < nums[i][1]


def _tokens(text: str, start: int, end: int, nums: list[tuple[int, int]], *, last: bool = False) -> list[_Tok]:
    """The first ``_SIDE_TOKENS`` tokens of ``text[start:end]``, or with ``last`` the last ones."""
    found = _TOKEN.finditer(text, start, end)
    chosen = collections.deque(found, maxlen=_SIDE_TOKENS) if last else itertools.islice(found, _SIDE_TOKENS)
    out = []
    for m in chosen:
        s = m.start()
        word = m.group(0)
        is_num = _inside(nums, s) or (word[0].isdigit() and not word[-1].isalpha())
        out.append(_Tok(word, s, m.end(), is_num))
    return out


def _is_word(t: _Tok) -> bool:
    return not t.num and (t.text[0].isalpha() or (t.text[0].isdigit() and any(c.isalpha() for c in t.text)))


def _content(t: _Tok, lex: Lexicon) -> bool:
    return _is_word(t) and t.low not in lex.function_words and t.low not in lex.determiners


def _noun_like(t: _Tok, lex: Lexicon) -> bool:
    """In English any content word; elsewhere a likely noun: capitalised in German, four letters or
    more in French and Spanish ("à", "bis", "pro", "rund" are no things)."""
    if lex.language == "en":
        return True
    return t.text[0].isupper() and len(t.text) > 2 if lex.language == "de" else len(t.text) >= 4


def _right_np(toks: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """Content words from the start of ``toks`` up to a stop (function word, verb, punctuation)."""
    out: list[_Tok] = []
    # Without English word order and verb lists, one noun is all another language's phrase safely gives.
    most = _MAX_WORDS if lex.language == "en" else 1
    for i, t in enumerate(toks):
        if not _content(t, lex) or len(out) >= most or not _noun_like(t, lex):
            break
        if t.low in lex.verbs:
            break
        if out and t.text.islower() and t.low.endswith(("ed", "ing", "ly")) and len(t.low) > 4:
            break  # "students studied", "languages depending", "e-mail currently": the predicate starts
        if out and t.text[0].isupper() and (out[-1].low.endswith("s") or out[-1].low == "people"):
            break  # "the Japanese people Ericsson polled": a name after a plural noun starts a clause
        if not out and t.text.islower() and t.low.endswith("ed") and not (
                i + 1 < len(toks) and _content(toks[i + 1], lex)):
            break  # "301 submitted" is a verb; "5,000 registered voters" an adjective
        out.append(t)
    return out


def _after_of(toks: list[_Tok], lex: Lexicon) -> list[_Tok]:
    """The noun phrase after "of (the|its …)"; [] if ``toks`` does not start with "of"."""
    if not toks or (toks[0].low not in lex.of_words and toks[0].low not in ("in", "on")):
        return []
    i = 1
    while i < len(toks) and toks[i].low in lex.determiners:
        i += 1
    return _right_np(toks[i:], lex)


def _right_thing(q: Quantity, toks: list[_Tok], prev_counted: tuple[str, int, int] | None,
                 lex: Lexicon) -> tuple[str, int, int] | None:
    if not toks:
        return None
    if toks[0].low in lex.dimension_words and q.unit != "count":
        # "200m away", "40ft tall": the measure is a distance, a height …, named by the word after it
        return lex.dimension_words[toks[0].low], toks[0].start, toks[0].end
    if toks[0].low == "of" and len(toks) > 1 and toks[1].low in lex.partitive_pronouns:
        if prev_counted is not None and prev_counted[0]:
            return prev_counted[0], toks[0].start, toks[1].end  # "34 of which" -> the previous thing
        return None
    if toks[0].low in lex.of_words and q.kind in ("percent", "ratio", "count"):
        np = _after_of(toks, lex)
        return _span(np) if np else None
    if (len(toks) > 2 and toks[0].text == "-" and toks[0].end == toks[1].start == q.end + 1
            and toks[1].low in lex.strength_words):
        phrase = _right_np(toks[2:], lex)  # "a 6,000-strong panel", "a five-member tribunal met"
        return _span(phrase) if phrase else None  # the number counts the members of what follows
    if q.compound and _content(toks[0], lex):
        if toks[0].low in lex.level_words:
            return None  # "hit a 10-year low": what reached the low is the subject, on the left
        # "a 35-year fight", "a four-month winless streak": the adjective's noun phrase, verbs or not
        # A modal starts the predicate: "24-hour drinking should …" counts "drinking".
        phrase = list(itertools.takewhile(lambda t: _content(t, lex) and t.low not in _MODALS, toks))[:_MAX_WORDS]
        return _span(phrase)
    np = _right_np(toks, lex)
    if np and q.kind in ("money", "percent") and all(t.low in lex.time_words for t in np):
        return None  # "$6.2bn last year": a time is not what a sum or a rate measures; look left
    if np and np[0].low in lex.change_nouns:
        rest = toks[len(np):]
        inner = _after_of(rest, lex)
        if inner:
            return _span(inner)
        return _span(np)
    if np and q.kind == "duration" and not q.compound:
        return None  # "five years ago", "29 minutes later": the unit itself is the thing
    if np:
        return _span(np)
    if q.kind == "money" and toks[0].low == "in" and len(toks) > 1 and toks[1].low not in lex.determiners:
        inner = _after_of(toks, lex)  # "in loans", "in damages"; "in the new plant" is a place
        if inner and not any(t.low in lex.time_words for t in inner) and not inner[0].text[0].isupper():
            return _span(inner)  # "£86m in efficiency savings"
    return None


def _span(np: list[_Tok]) -> tuple[str, int, int]:
    return "", np[0].start, np[-1].end


def _left_thing(toks: list[_Tok], lex: Lexicon) -> tuple[str, int, int] | None:
    """Walk back over the predicate ("fell", "to", "from 11.2%", "was worth a record") to its subject."""
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and skipped < 8:
        t = toks[i]
        if t.low in lex.value_words and _is_word(t):
            if t.low in lex.value_verbs:
                return "", t.start, t.end  # "would save £6m", "cost around $15m", "was worth …"
            break
        if t.num or t.text in ("%", "$", "£", "€") or t.low in lex.skip_left or t.low in lex.change_verbs or (
                t.low in lex.verbs and t.low not in lex.value_words) or _verb_form(t):
            i -= 1
            skipped += 1
            continue
        break
    return _left_np(toks[: i + 1], lex)


def _verb_form(t: _Tok) -> bool:
    """A lower-case -ed/-ing word: "registered", "taking" (a verb more often than a noun here)."""
    return t.text.islower() and len(t.text) > 4 and t.text.endswith(("ed", "ing"))


def _time_phrase(toks: list[_Tok], i: int, lex: Lexicon) -> int:
    """Index before a time phrase ending at ``toks[i]`` ("profits *last year*"), or ``i`` if none ends there."""
    j = i
    while j >= 0 and (toks[j].low in lex.time_words or toks[j].low in lex.months):
        j -= 1
    named = any(t.low in lex.months or t.low in lex.weekdays or t.low in lex.time_units for t in toks[j + 1:i + 1])
    bridged = j >= 0 and toks[j].low in ("of", "for")  # "revenue for the year": the phrase's own complement
    return j if named and not bridged else i


def _left_np(toks: list[_Tok], lex: Lexicon) -> tuple[str, int, int] | None:
    words: list[_Tok] = []
    # "Its profits last year were $6.2bn": a time is not what a figure counts; its owner stands before it.
    i = _time_phrase(toks, len(toks) - 1, lex)
    if i < len(toks) - 1 and i >= 0 and (_verb_form(toks[i]) or toks[i].low in lex.verbs):
        return None  # "crude ended Monday down …": a verb before the time, the owner is further off
    bridged = False
    while i >= 0 and len(words) < _MAX_WORDS:
        t = toks[i]
        if _content(t, lex) and t.low not in lex.verbs and not (words and t.text.endswith("ed")):
            words.append(t)
            i -= 1
            continue
        # "share of the audience": bridge one "of"/"for" between two noun phrases.
        j = i
        while j >= 0 and toks[j].low in lex.determiners:
            j -= 1
        if (words and not bridged and j >= 1 and toks[j].low in ("of", "for")
                and _content(toks[j - 1], lex) and toks[j - 1].low not in lex.verbs):
            bridged = True
            i = j - 1
            continue
        break
    if words and i >= 0 and toks[i].low in _MODALS:
        words.pop()  # "would knock 125m euros off": a verb after a modal is no thing
    if words and lex.language != "en":
        # Another language's word order is not read: only a German noun (capitalised) right before
        # the predicate counts; in French and Spanish the word there is as often a verb ("verser").
        noun = lex.language == "de" and _noun_like(words[0], lex) and words[0].low not in lex.skip_left
        words = [words[0]] if noun else []
    if not words:
        return None
    first, last = words[-1], words[0]
    return "", first.start, last.end


def _qualifiers(text: str, q: Quantity, sent_start: int, lex: Lexicon) -> tuple[list[str], int]:
    """Hedges and bounds right before the number ("more than", "about", "a record")."""
    found: list[str] = []
    start = q.start
    for _ in range(2):
        before = text[sent_start:start].lower()
        for phrase in lex.qualifiers:
            if before.endswith(" " + phrase + " ") or before == phrase + " ":
                found.insert(0, text[start - len(phrase) - 1:start - 1])
                start = start - len(phrase) - 1
                break
        else:
            break
    return found, start


def _rate(text: str, q: Quantity, sent_end: int, lex: Lexicon) -> str | None:
    """"£6m a year", "$5 per share": a rate straight after a money figure or count."""
    after = text[q.end:sent_end].lower()
    for phrase in lex.rate_words:
        if after.startswith(" " + phrase) and not after[len(phrase) + 1:len(phrase) + 2].isalpha():
            return text[q.end + 1:q.end + 1 + len(phrase)]
    return None


def _change(left: list[_Tok], right: list[_Tok], lex: Lexicon) -> tuple[bool, str | None]:
    """Is the number a change ("fell 0.3%", "up 12%", "a 3% fall")? And which way?"""
    near = [t.low for t in left[-3:] if not t.num] + [t.low for t in right[:1]]
    words = [w for w in near if w in lex.change_verbs or w in lex.change_nouns]
    words = [w for w in words if w not in ("to", "from", "by")] or [
        w for w in near if w == "by" and any(x in lex.change_verbs for x in near)]
    if not words:
        return False, None
    direction = next(("up" if w in lex.up_words else "down" for w in words
                      if w in lex.up_words or w in lex.down_words), None)
    return True, direction


def _from_value(text: str, left: list[_Tok]) -> str | None:
    """"from 11.2% to 9.6%": the starting value of a change, as a qualifier of the end value."""
    if len(left) >= 3 and left[-1].low == "to" and left[-2].num:
        k = len(left) - 2
        while k > 0 and left[k - 1].num:
            k -= 1
        if k > 0 and left[k - 1].low == "from":
            return text[left[k - 1].start:left[-2].end]
    return None


# A fact box ("Club: FC Town Goals: 16 International caps: 11"): a short label (a capitalised word,
# then at most two lower-case ones, and maybe a short bracketed aside: "Caps (Wales)") and a colon
# right before the number, and the next label or the line end right after it.
_LABEL = r"[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}(?: \([^()\n]{1,20}\))?"
_FACT_LABEL = re.compile(rf"(?<![^\s])({_LABEL}):[ \t]*$")
_FACT_NEXT = re.compile(rf"[ \t]*(?:\n|$)|[ \t]+{_LABEL}:[ \t]")
_FACT_REACH = 60


def _fact_label(text: str, q: Quantity) -> tuple[str, int, int] | None:
    """The label of a "Label: N" fact box: the number belongs to the label before it, not to the next one."""
    if _FACT_NEXT.match(text[q.end:q.end + _FACT_REACH]) is None:
        return None
    lo = max(0, q.start - _FACT_REACH)
    m = _FACT_LABEL.search(text[lo:q.start])
    return None if m is None else ("", lo + m.start(1), lo + m.end(1))


MAX_REACH = 400  # characters read on each side of a number: longer than real sentences


def _in_span(nums: list[tuple[int, int]], s0: int, s1: int) -> list[tuple[int, int]]:
    """The (sorted, non-overlapping) number spans that overlap ``s0:s1``; bisect keeps this linear overall."""
    i = bisect.bisect_right(nums, (s0, s0))
    if i > 0 and nums[i - 1][1] > s0:
        i -= 1
    return nums[i:bisect.bisect_left(nums, (s1, -1))]


def describe(text: str, q: Quantity, sentence: tuple[int, int], nums: list[tuple[int, int]],
             prev_counted: tuple[str, int, int] | None, language: str = "en") -> Context:
    """Counted thing, qualifiers and direction of ``q`` inside ``sentence`` (offsets into ``text``)."""
    lex = lexicon(language)
    # A "sentence" of 100 kB (a list with no full stop) read whole for each of its numbers is quadratic.
    s0, s1 = max(sentence[0], q.start - MAX_REACH), min(sentence[1], q.end + MAX_REACH)
    others = [n for n in _in_span(nums, s0, s1) if n != (q.start, q.end)]
    quals, qstart = _qualifiers(text, q, s0, lex)
    left = _tokens(text, s0, q.start, others, last=True)
    aside = _ASIDE.match(text, q.end, s1)  # "$900m (£479m) loan": read past the conversion
    right = _tokens(text, aside.end() if aside else q.end, s1, others)
    thing = _fact_label(text, q) or _right_thing(q, right, prev_counted, lex)
    if thing is None and prev_counted is not None and q.kind == "count" and q.unit == "count":
        thing = prev_counted  # "only 211 American students …, compared to over 11,000"
    measured = q.kind == "duration" or (q.kind == "count" and q.unit != "count")
    level = q.compound and bool(right) and right[0].low in lex.level_words
    if thing is None and (not measured or level):
        thing = _left_thing(left if qstart == q.start else _tokens(text, s0, qstart, others, last=True), lex)
    if thing is None and q.unit == "m":
        named = dimension_before(text, q.start, lex)  # "Height: 1.85m" measures a height
        thing = ("", *named) if named else None
    if thing is None and measured:
        unit = re.search(r"[^\W\d_]+$", text[q.start:q.end])
        thing = ("", q.start + unit.start(), q.end) if unit else None
    rate = _rate(text, q, s1, lex)
    if rate:
        quals.append(rate)
    origin = _from_value(text, left)
    if origin:
        quals.append(origin)
    change, direction = _change(left, right, lex)
    if thing is None:
        return Context("", -1, -1, tuple(quals), qstart, direction, change or origin is not None)
    label, a, b = thing
    return Context(label or text[a:b], a, b, tuple(quals), qstart, direction, change or origin is not None)
