"""Names the model did not tag, found by their capitals: `Occupational Safety and Gene Belcher`
tagged `Occupational Safety` and nothing more leaves `Gene Belcher` to this module.

A run of two or more capitalised words (joined, inside, by `of`, `and`, `for`, `the`, `de`,
`&`) that no mention covers becomes a mention labelled `UNTAGGED_LABEL`. Capitals that say
nothing are left out: the first word of a sentence, and sentences written in title case
(headlines), where every word has one. Such a name is compared like any other; missing or
new, it is flagged at the lowest severity (`kinds.Label.shape_only`): a run of capitals that
is gone is more often a sentence rewritten around ordinary capitalised words than a fact lost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

from spacy.tokens import Span, Token

from pipeline.kinds import label_info
from pipeline.normalize.demonyms import DEMONYMS
from pipeline.records import Mention
from pipeline.screen.words import STOPWORDS, TITLES, country_and_state_names, is_common_word, is_title, zipf

UNTAGGED_LABEL = "MISC"  # the name of no type, as spaCy's multilingual pipelines label it
CONNECTORS = frozenset({"of", "and", "for", "the", "de", "du", "la", "von", "van", "&"})
# The only words a headline in title case leaves in lower case.
HEADLINE_LOWER = frozenset("a an the of in on at to for and or but by with from as into over vs".split())
MIN_WORDS = 2
# A place's or a given name's word more frequent than this is more often a dictionary word
# (`Federal` 5.1, `Hartley` 3.4 on wordfreq's Zipf scale): it opens no name at a sentence start.
NAME_ZIPF = 4.0


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper()


def _name_of_a_thing(sentences: list[Span], mention: Mention) -> Span | None:
    """The tokens of a tagged name of a thing or a place, which a capitalised word beside it may
    belong to; None for a person's name (a title the lists lack, or the end of another name:
    `Foundation Mingchuan Huang`) and for facts of other kinds."""
    info = label_info(mention.label)
    if not info.is_name or mention.label == "PERSON" or info.shape_only or mention.sentence >= len(sentences):
        return None
    return sentences[mention.sentence].doc.char_span(mention.start, mention.end, alignment_mode="expand")


def _joins_the_name(token: Token, gap: str, covered: set[int]) -> bool:
    """A capitalised word one space from the name, no title, no function word (`the U.S. And
    the singer`: a sentence begun without its full stop) and no other mention's."""
    return (
        gap == " "
        and _capitalised(token)
        and token.lower_ not in TITLES
        and token.lower_ not in HEADLINE_LOWER
        and token.idx not in covered
    )


def _with_capitals_beside(
    sentences: list[Span], text: str, headlines: list[bool], covered: set[int], mention: Mention
) -> Mention:
    """The name widened over the one capitalised word the model left off it, if any:
    - before it (`Air China` tagged `China`), unless it is the sentence's first word;
    - after it (`Chevrolet Volt` tagged `Chevrolet`: a model, a product line), unless the
      sentence is a headline, where every word has a capital (`GM Shares Fall`);
    never the end of a longer run of capitals, which is not one name cut short."""
    at = _name_of_a_thing(sentences, mention)
    if at is None:
        return mention
    sentence = sentences[mention.sentence]
    doc, start, end = sentence.doc, mention.start, mention.end  # `text` is `doc.text`, joined once
    if at.start - 1 > sentence.start:  # never the sentence's first word
        token, before = doc[at.start - 1], doc[at.start - 2]
        if _joins_the_name(token, text[token.idx + len(token.text) : start], covered) and not (
            _capitalised(before) and text[before.idx + len(before.text) : token.idx] == " "
        ):
            start = token.idx
    if at.end < sentence.end and not headlines[mention.sentence]:
        token = doc[at.end]
        following = doc[token.i + 1] if token.i + 1 < sentence.end else None
        if _joins_the_name(token, text[end : token.idx], covered) and not (
            following is not None and _capitalised(following) and token.whitespace_ == " "
        ):
            end = token.idx + len(token.text)
    if (start, end) == (mention.start, mention.end):
        return mention
    return Mention(mention.doc_id, mention.sentence, start, end, mention.label, text[start:end])


def _title_case(sentence: Sequence[Token]) -> bool:
    """A headline: every word capitalised but for a few short function words. A table's row
    has capitals only too, but numbers between its names, at least one for every two
    capitalised words (`Kilmarnock 1 Dundee United 3`): it is no headline."""
    lower = [token.lower_ for token in sentence if token.is_alpha and not token.text[0].isupper()]
    if not all(word in HEADLINE_LOWER for word in lower):
        return False
    numbers = sum(1 for token in sentence if token.text[0].isdigit())
    return numbers < 2 or 2 * numbers < sum(map(_capitalised, sentence))


def untagged_names(sentences: list[Span], mentions: list[Mention], text: str | None = None) -> list[Mention]:
    """`mentions` (in text order) with a mention added for each untagged run of capitals, and
    a tagged name widened over the capitalised word the model left off its front or its end.
    `text` is the Doc's, if the caller has it: spaCy joins its tokens again on every call."""
    if text is None:
        text = sentences[0].doc.text if sentences else ""
    covered = {position for m in mentions for position in range(m.start, m.end)}
    words = [list(sentence) for sentence in sentences]  # spaCy makes a Token at each visit: once
    headlines = [_title_case(sentence) for sentence in words]
    widened = [_with_capitals_beside(sentences, text, headlines, covered, m) for m in mentions]
    for old, new in zip(mentions, widened, strict=True):
        covered.update(range(new.start, old.start))  # the word taken in front, if any
        covered.update(range(old.end, new.end))  # and behind
    mentions = widened
    added = []
    inside = {t.text for sentence in words for t in sentence[1:] if _capitalised(t) and t.idx not in covered}
    for index, sentence in enumerate(words):
        if headlines[index]:
            continue
        for run in _runs(sentence, covered, _opens_a_name(sentence, covered, inside)):
            while run and (not _capitalised(run[-1]) or run[-1].lower_ in HEADLINE_LOWER):
                run.pop()  # `Bank of` before a tagged `England`, `Emacspeak At`: no name ends so
            if sum(map(_capitalised, run)) >= MIN_WORDS:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                added.append(Mention("", index, start, end, UNTAGGED_LABEL, text[start:end]))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _opens_a_name(sentence: Sequence[Token], covered: set[int], inside: set[str]) -> bool:
    """The sentence's first word is a name's when a capitalised word follows it and it is a
    rare word or a name's, a title (`Chief Executive Officer`), or a word the document writes with a
    capital inside a sentence too (`Wall Street had its worst week`, with `on Wall Street`
    further on); `Former Prime Minister`, `Federal Chancellor`, `Shares Of` are not."""
    if len(sentence) < 2 or not all(_capitalised(t) and t.idx not in covered for t in sentence[:2]):
        return False
    first = sentence[0].text
    if first.lower() in STOPWORDS:
        return False
    return first in inside or is_title(first) or (zipf(first) < NAME_ZIPF and not is_common_word(first))


def _runs(sentence: Sequence[Token], covered: set[int], from_first: bool = False) -> Iterator[list[Token]]:
    """Runs of capitalised words and the connectors after them that no mention covers; the
    first word's capital is the sentence's unless `from_first`."""
    run: list[Token] = []
    for token in sentence if from_first else sentence[1:]:
        if token.idx not in covered and (_capitalised(token) or (run and token.lower_ in CONNECTORS)):
            run.append(token)
        else:
            yield run
            run = []
    yield run


# A sentence's first word, followed by a word in lower case, may be a dictionary word capitalised
# for opening it (`Polish the shoes`, `Turkey sandwiches`); inside a sentence, or opening a
# table's row (`Japan 2 Syria 1`), its capital says it is the place.
_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")
_PEOPLE = frozenset(DEMONYMS.values())
_CAPITAL = re.compile(r"(?<![\w&])[A-Z]")
_WORD_GOES_ON = re.compile(r"[\w&]|\.\w")  # `Chadwick`, `Georgia.gov`


def known_places(sentences: list[Span], mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` with a mention for each country, US state or people of a country the model
    left untagged and no other mention covers: `council president Paolo Ferri of Italy`, a
    team list's `(Wales)`, a results table's `Japan 2 Syria 1`. A spinner that swaps one for
    another (`of Italy` -> `of France`) changes a fact the model never saw."""
    covered = sorted((m.start, m.end) for m in mentions)
    starts = [sentence.start_char for sentence in sentences]
    added = []
    for start, end in _places_in(text):
        index = bisect_right(starts, start) - 1
        if index < 0 or end > sentences[index].end_char or overlaps_a_mention(covered, start, end):
            continue
        if start == sentences[index].start_char and _LOWER_WORD_NEXT.match(text, end):
            continue
        label = "NORP" if text[start:end] in _PEOPLE else "GPE"
        added.append(Mention("", index, start, end, label, text[start:end]))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


@cache
def _known_places_by_opening() -> dict[str, tuple[str, ...]]:
    """The table's names (places and peoples) under their first two letters, longest first:
    a lookup at each capital, where one pattern of all the names costs a second per megabyte."""
    by_opening: dict[str, list[str]] = {}
    for name in {*country_and_state_names(), *DEMONYMS, *_PEOPLE}:  # `Wales`, `Europe`: no country of GeoNames
        by_opening.setdefault(name[:2], []).append(name)
    return {opening: tuple(sorted(names, key=len, reverse=True)) for opening, names in by_opening.items()}


def _places_in(text: str) -> Iterator[tuple[int, int]]:
    names = _known_places_by_opening()
    for capital in _CAPITAL.finditer(text):
        start = capital.start()
        for name in names.get(text[start : start + 2], ()):
            end = start + len(name)
            if text.startswith(name, start) and not _WORD_GOES_ON.match(text, end):
                yield start, end
                break


def overlaps_a_mention(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Some mention of `taken` (sorted by start) overlaps [start, end)."""
    at = bisect_right(taken, (end, end))
    return any(s < end and start < e for s, e in taken[max(0, at - 2) : at])  # mentions do not nest
