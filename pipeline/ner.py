"""Stage 2, ner: run spaCy over every readable document; keep sentences and entity mentions.

Only the components NER needs run (tok2vec, senter, ner): the tagger, lemmatizer and
dependency parser cost time and add nothing to a fact table. Sentences come from the
statistical sentence recogniser, with a hard break at every newline so that a paragraph
or a caption never runs into the next sentence.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.cache import NEEDED_COMPONENTS
from pipeline.kinds import label_info
from pipeline.normalize.dates import CLOCK_SUFFIXES
from pipeline.options import DEFAULT_MODEL, UsageError
from pipeline.pieces import ParsedPiece, PieceMemo, assemble, split
from pipeline.records import Document, Mention, ParsedDocument
from pipeline.wraps import unwrapped

__all__ = ["DEFAULT_MODEL", "NEEDED_COMPONENTS", "Mention", "ParsedDocument", "load_model", "parse_here"]
# Excluded, not merely disabled: a loaded-but-disabled component still costs time.
UNNEEDED_COMPONENTS = (
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "morphologizer",
    "trainable_lemmatizer",
    "textcat",
    "textcat_multilabel",
    "spancat",
    "entity_linker",
)
BATCH_SIZE = 32
PIECE_BATCH = 64  # paragraphs are shorter than documents: more of them to a batch
CHUNK_DOCUMENTS = 64  # documents whose pieces are gathered, deduplicated and parsed together
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")


_CONTINUES = (",", "-", ";", "(", "&")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at every line break, except where the line was only wrapped.

    A wrapped line (PDF and e-mail copies) goes on in lower case or after a comma or
    hyphen; there the sentence recogniser decides, so the same sentence splits the same
    way in every copy. Headlines and datelines, which end without punctuation, still
    stand as sentences of their own, and a blank line always ends a paragraph."""
    previous = None
    text = doc.text
    for token in doc:
        if token.is_space:
            continue
        gap = text[previous.idx + len(previous.text) : token.idx] if previous is not None else ""
        if "\n" in gap:
            wrapped = token.text[:1].islower() or previous.text.endswith(_CONTINUES)
            if gap.count("\n") >= 2 or not wrapped:  # a blank line always ends a paragraph
                token.is_sent_start = True
        previous = token
    return doc


_loaded: dict[str, Language] = {}  # models loaded in this process, by name: each is loaded once


def load_model(name: str = DEFAULT_MODEL, max_chars: int = 2_000_000) -> Language:
    """An installed spaCy pipeline with only the components facts need, loaded once per process."""
    if name not in _loaded:
        _loaded[name] = _load(name)
    nlp = _loaded[name]
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    return nlp


def _load(name: str) -> Language:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            nlp = spacy.load(name, exclude=list(UNNEEDED_COMPONENTS))
        except OSError as exc:
            message = f"spaCy pipeline {name!r} is not installed (pip install it, or pick another --model)"
            raise UsageError(message) from exc
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if "ner" not in nlp.pipe_names:
        raise UsageError(f"spaCy pipeline {name!r} has no 'ner' component")
    nlp.add_pipe("paragraph_breaks", first=True)
    # tok2vec's tensors are not needed after NER; dropping them keeps Docs small, which
    # matters most when --workers sends every Doc back from a child process.
    nlp.add_pipe("doc_cleaner", last=True, config={"attrs": {"tensor": None}, "silent": True})
    return nlp


def check_model(name: str) -> None:
    """Fail early, in words, when the pipeline cannot be loaded (before any worker starts)."""
    if not (Path(name).is_dir() or spacy.util.is_package(name)):
        raise UsageError(f"spaCy pipeline {name!r} is not installed (pip install it, or pick another --model)")


def parse_doc(doc_id: str, doc: Doc) -> ParsedDocument:
    """Turn a spaCy Doc into plain sentences and cleaned mentions."""
    return assemble(doc_id, [(0, len(doc.text))], [parse_piece(doc)])


def parse_piece(doc: Doc) -> ParsedPiece:
    """The sentences and cleaned mentions of a parsed piece of text, offsets within it."""
    sentences = []
    sentence_of_token: dict[int, int] = {}
    for index, sent in enumerate(_content_sentences(doc)):
        sentences.append((sent.start_char, sent.end_char))
        for token in sent:
            sentence_of_token[token.i] = index
    found = [_clean_mention("", ent, sentence_of_token.get(ent.start, 0)) for ent in doc.ents]
    mentions = [m for m in found if m is not None]
    for rule in SHAPE_RULES:
        mentions = apply_shape_rule(rule, doc.text, sentences, mentions)
    return ParsedPiece(tuple(sentences), tuple((m.sentence, m.start, m.end, m.label, m.text) for m in mentions))


def _content_sentences(doc: Doc) -> Iterator[Span]:
    """Sentences trimmed of surrounding whitespace; whitespace-only ones dropped."""
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens:
            yield doc[tokens[0].i : tokens[-1].i + 1]


_CLOCK_DIGITS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])[:.][0-5]\d")
CURRENCY_TOKENS = frozenset({"$", "US$", "£", "€", "¥", "A$", "C$", "HK$"})


def _clean_mention(doc_id: str, ent: Span, sentence: int) -> Mention | None:
    """Drop a leading 'the' and a trailing possessive: they are not part of the fact.
    Take in a currency sign the model left out (`$ 40 billion` tagged `40 billion`)."""
    label = label_info(ent.label_)
    if ent.start > 0 and label.takes_currency and ent.doc[ent.start - 1].text in CURRENCY_TOKENS:
        ent = Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    if _CLOCK_DIGITS.fullmatch(ent.text) and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in CLOCK_SUFFIXES:
        ent = Span(ent.doc, ent.start, ent.end + 1, label="TIME")  # `0800` + `GMT`: a clock time
        label = label_info("TIME")
    text, start = ent.text, ent.start_char
    article = _LEADING_ARTICLE.match(text)
    if article and len(text) > article.end():
        text, start = text[article.end() :], start + article.end()
    possessive = _POSSESSIVE.search(text)
    if possessive and label.kind not in ("amount", "date"):  # `the 1990s`, `5 years'`: not a possessive
        cut = possessive.start() if text[possessive.start()] != "s" else possessive.start() + 1
        text = text[:cut]
    text = text.rstrip()
    if not text.strip() or (label.is_name and not any(c.isupper() or c.isdigit() for c in text)):
        return None  # `airline` tagged PERSON: a proper name in English news has a capital
    return Mention(doc_id, sentence, start, start + len(text), ent.label_, text)


_memos: dict[str, PieceMemo] = {}  # pieces parsed in this process, by model: reused across batches


def parse_here(
    documents: list[Document],
    model: str,
    max_chars: int,
    stats: Counter[str] | None = None,
    memo: PieceMemo | None = None,
) -> Iterator[ParsedDocument]:
    """NER of each document, in order, in this process only (a Dask worker must not start
    processes of its own). Every document is parsed as paragraph pieces, each piece on its
    own and each distinct piece once per process (see `pieces`), `CHUNK_DOCUMENTS` documents
    at a time. `stats` counts pieces parsed and reused."""
    stats = Counter() if stats is None else stats
    if not documents:
        return
    nlp = load_model(model, max_chars)
    memo = _memos.setdefault(model, PieceMemo()) if memo is None else memo
    for first in range(0, len(documents), CHUNK_DOCUMENTS):
        chunk = documents[first : first + CHUNK_DOCUMENTS]
        read = [unwrapped(document.text) for document in chunk]  # what the model reads: same offsets
        layouts = [split(text) for text in read]
        texts = [[text[s:e] for s, e in layout] for text, layout in zip(read, layouts, strict=True)]
        # the chunk's pieces are held here, not looked up in the memo again: another thread of
        # a Dask worker may make the memo forget them meanwhile
        recalled = {piece: memo.recall(piece) for piece in dict.fromkeys(p for pieces in texts for p in pieces)}
        known = {piece: parsed for piece, parsed in recalled.items() if parsed is not None}
        new = [piece for piece in recalled if piece not in known]
        for piece, doc in zip(new, nlp.pipe(new, batch_size=PIECE_BATCH), strict=True):
            known[piece] = memo[piece] = parse_piece(doc)
        stats.update({"pieces parsed": len(new), "pieces reused": sum(map(len, texts)) - len(new)})
        for document, text, layout, pieces in zip(chunk, read, layouts, texts, strict=True):
            found = assemble(document.doc_id, layout, [known[piece] for piece in pieces])
            # `unwrapped` hands back the text itself when it changed nothing: no spelling to restore
            yield _as_written(found, document.text) if text is not document.text else found
        memo.forget_oldest()


def _as_written(parsed: ParsedDocument, text: str) -> ParsedDocument:
    """Mentions spelled as the document writes them (a wrapped name keeps its line break)."""
    parsed.mentions = [replace(m, text=text[m.start : m.end]) for m in parsed.mentions]
    return parsed


@dataclass(frozen=True)
class ShapeRule:
    """Facts the model misses or cuts short, found by their shape: each match becomes a
    mention of `label`, replacing the mentions inside it whose labels it `absorbs`; a match
    that overlaps any other mention is left to the model's reading."""

    label: str
    pattern: re.Pattern[str]
    absorbs: frozenset[str]


SHAPE_RULES = (
    # money: a currency sign (a dollar with a country's prefix included), a number and a scale
    # word or letter: `HK$100` untagged, `AU$5m` cut to `AU$5`, `$269m` cut to `$269`
    ShapeRule(
        "MONEY",
        re.compile(
            r"(?<![\w$])(?:(?:US|AU?|CA?|HK|NZ|SG?|NT|R|MXN?|MEX)\$|[$£€¥₹])\s?\d(?:[\d,]*\d)?(?:\.\d+)?"
            r"(?:\s?(?:m|bn|k|million|billion|trillion|thousand)\b)?"
        ),
        frozenset({"MONEY", "CARDINAL"}),
    ),
    # a number-bearing word the model leaves untagged, mostly inside a name: `Boeing 737-800`
    # (tagged `737`), `iPad 2`, `Terminal 3`, `FTSE 100`, version `10.4.1`
    ShapeRule(
        "CARDINAL",
        re.compile(r"(?<![\w$£€¥.,-])[A-Za-z]{0,3}\d[\w.-]*(?<![.,-])"),
        frozenset({"CARDINAL"}),
    ),
)


def apply_shape_rule(
    rule: ShapeRule, text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """`mentions` (in text order, not overlapping) with the rule's matches added or widened."""
    sentence_starts = [s for s, _ in sentences]
    mention_starts = [m.start for m in mentions]
    replaced: set[int] = set()
    added = []
    for match in rule.pattern.finditer(text):
        start, end = match.span()
        index = bisect_left(mention_starts, end) - 1
        inside = []
        while index >= 0 and mentions[index].end > start:  # the mentions this match overlaps
            inside.append(index)
            index -= 1
        if any(
            mentions[k].label not in rule.absorbs or mentions[k].start < start or mentions[k].end > end for k in inside
        ):
            continue
        if any((mentions[k].start, mentions[k].end, mentions[k].label) == (start, end, rule.label) for k in inside):
            continue
        replaced.update(inside)
        sentence = max(0, bisect_right(sentence_starts, start) - 1)
        added.append(Mention("", sentence, start, end, rule.label, match.group()))
    kept = [m for k, m in enumerate(mentions) if k not in replaced]
    return sorted(kept + added, key=lambda m: m.start)
