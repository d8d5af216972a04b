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

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.kinds import label_info
from pipeline.records import Mention
from pipeline.screen.words import STOPWORDS, TITLES, is_common_word, is_title, zipf

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


def _with_capitals_before(sentences: list[Span], covered: set[int], mention: Mention) -> Mention:
    """`Air China` tagged `China`: the one capitalised word right before the name of a thing or
    a place, one space apart, is its first word, unless it is a title, the sentence's first
    word or another mention's. Not before a person's name: there it is a title the lists lack
    or the end of another name (`Foundation Mingchuan Huang`)."""
    info = label_info(mention.label)
    if not info.is_name or mention.label == "PERSON" or info.shape_only or mention.sentence >= len(sentences):
        return mention
    sentence = sentences[mention.sentence]
    at = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if at is None or at.start - 1 <= sentence.start:  # never the sentence's first word
        return mention
    token = sentence.doc[at.start - 1]
    gap = sentence.doc.text[token.idx + len(token.text) : mention.start]
    if gap != " " or not _capitalised(token) or token.lower_ in TITLES or token.idx in covered:
        return mention
    before = sentence.doc[at.start - 2]
    if _capitalised(before) and sentence.doc.text[before.idx + len(before.text) : token.idx] == " ":
        return mention  # a longer run of capitals: not one name cut short
    start = token.idx
    text = sentence.doc.text[start : mention.end]
    return Mention(mention.doc_id, mention.sentence, start, mention.end, mention.label, text)


def _with_capitals_after(sentences: list[Span], covered: set[int], mention: Mention) -> Mention:
    """`Chevrolet Volt` tagged `Chevrolet`: the one capitalised word right after the name of a
    thing, one space apart, is its last word (a model, a product line), unless it is a title,
    another mention's, or the start of a longer run of capitals; never in a headline, where
    every word has a capital (`GM Shares Fall`)."""
    info = label_info(mention.label)
    if not info.is_name or mention.label == "PERSON" or info.shape_only or mention.sentence >= len(sentences):
        return mention
    sentence = sentences[mention.sentence]
    at = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if at is None or at.end >= sentence.end or _title_case(sentence):
        return mention
    token = sentence.doc[at.end]
    gap = sentence.doc.text[mention.end : token.idx]
    if gap != " " or not _capitalised(token) or token.lower_ in TITLES or token.idx in covered:
        return mention
    if token.i + 1 < sentence.end and _capitalised(sentence.doc[token.i + 1]) and token.whitespace_ == " ":
        return mention  # a longer run of capitals: not one name cut short
    end = token.idx + len(token.text)
    text = sentence.doc.text[mention.start : end]
    return Mention(mention.doc_id, mention.sentence, mention.start, end, mention.label, text)


def _title_case(sentence: Span) -> bool:
    """A headline: every word capitalised but for a few short function words."""
    lower = [token.lower_ for token in sentence if token.is_alpha and not token.text[0].isupper()]
    return all(word in HEADLINE_LOWER for word in lower)


def untagged_names(sentences: list[Span], mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with a mention added for each untagged run of capitals, and
    a tagged name widened over the capitalised word the model left off its front or its end."""
    covered = {position for m in mentions for position in range(m.start, m.end)}
    widened = [_with_capitals_after(sentences, covered, _with_capitals_before(sentences, covered, m)) for m in mentions]
    for old, new in zip(mentions, widened, strict=True):
        covered.update(range(new.start, old.start))  # the word taken in front, if any
        covered.update(range(old.end, new.end))  # and behind
    mentions = widened
    added = []
    inside = {t.text for sentence in sentences for t in sentence[1:] if _capitalised(t) and t.idx not in covered}
    for index, sentence in enumerate(sentences):
        if _title_case(sentence):
            continue
        for run in _runs(sentence, covered, _opens_a_name(sentence, covered, inside)):
            while run and not _capitalised(run[-1]):
                run.pop()  # `Bank of` before a tagged `England`: the connector is not the name's
            if sum(map(_capitalised, run)) >= MIN_WORDS:
                start, end = run[0].idx, run[-1].idx + len(run[-1].text)
                added.append(Mention("", index, start, end, UNTAGGED_LABEL, sentence.doc.text[start:end]))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _opens_a_name(sentence: Span, covered: set[int], inside: set[str]) -> bool:
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


def _runs(sentence: Span, covered: set[int], from_first: bool = False) -> Iterator[list[Token]]:
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
