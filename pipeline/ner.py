"""Stage 2, ner: run spaCy over every readable document; keep sentences and entity mentions.

Only the components NER needs run (senter, ner): the tagger, lemmatizer and dependency
parser cost time and add nothing to a fact table, and a shared tok2vec that no component
left listens to (the small English model's senter and ner embed their own) is removed too:
it was a third of the model's time, and its output was thrown away. Sentences come from the
statistical sentence recogniser, with a hard break at every newline so that a paragraph
or a caption never runs into the next sentence.
"""

from __future__ import annotations

import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.cache import NEEDED_COMPONENTS
from pipeline.joined import (
    with_fractions_of_scales,
    with_long_units,
    with_parts_of_day,
    with_points,
    with_qualifiers_joined,
    with_ranges_joined,
    with_ratios_joined,
)
from pipeline.mentions import clean_mentions, outermost
from pipeline.normalize.text import RANKS_WRITTEN_SHORT
from pipeline.options import DEFAULT_MODEL, UsageError
from pipeline.pieces import ParsedPiece, PieceMemo, assemble, split
from pipeline.records import Document, Mention, ParsedDocument
from pipeline.shapes import SHAPE_RULES, apply_shape_rule
from pipeline.untagged import known_places, untagged_names
from pipeline.wraps import over_line_end_hyphens, unwrapped

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
PIECE_BATCH = 256  # paragraphs are shorter than documents: more of them to a batch (64: 3-4 % slower)
CHUNK_DOCUMENTS = 64  # documents whose pieces are gathered, deduplicated and parsed together


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


# Ranks written short before a name, which spaCy's English tokenizer splits from their full
# stop and the sentence splitter then reads as a sentence's end: one token each.
_RANK_TOKENS = tuple(f"{rank.capitalize()}." for rank in RANKS_WRITTEN_SHORT)


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
    for unheard in [named for named, component in nlp.pipeline if _nobody_listens(component)]:
        nlp.remove_pipe(unheard)
    for abbreviation in _RANK_TOKENS:  # one token: `Det. Insp. Mark Dawson` is not three sentences
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("paragraph_breaks", first=True)
    # tensors are not needed after NER; dropping them keeps Docs small, which
    # matters most when --workers sends every Doc back from a child process.
    nlp.add_pipe("doc_cleaner", last=True, config={"attrs": {"tensor": None}, "silent": True})
    return nlp


def _nobody_listens(component: object) -> bool:
    """A shared embedding layer (tok2vec, transformer) whose output no component reads."""
    return isinstance(getattr(component, "listeners", None), list) and not component.listeners  # type: ignore[attr-defined]


def check_model(name: str) -> None:
    """Fail early, in words, when the pipeline cannot be loaded (before any worker starts)."""
    if not (Path(name).is_dir() or spacy.util.is_package(name)):
        raise UsageError(f"spaCy pipeline {name!r} is not installed (pip install it, or pick another --model)")


def parse_doc(doc_id: str, doc: Doc) -> ParsedDocument:
    """Turn a spaCy Doc into plain sentences and cleaned mentions."""
    return assemble(doc_id, [(0, len(doc.text))], [parse_piece(doc)])


def parse_piece(doc: Doc) -> ParsedPiece:
    """The sentences and cleaned mentions of a parsed piece of text, offsets within it."""
    spans = list(_content_sentences(doc))
    sentences = [(sent.start_char, sent.end_char) for sent in spans]
    starts = [sent.start for sent in spans]
    mentions = outermost([m for ent in doc.ents for m in clean_mentions(ent, _sentence_of(ent.start, starts, spans))])
    text = doc.text  # joined from the tokens on every call: once here
    mentions = with_parts_of_day(text, mentions)
    for rule in SHAPE_RULES:
        mentions = apply_shape_rule(rule, text, sentences, mentions)
    mentions = with_qualifiers_joined(text, mentions)
    mentions = with_ratios_joined(text, mentions)
    mentions = with_ranges_joined(text, mentions)
    mentions = with_fractions_of_scales(text, mentions)
    mentions = with_points(text, mentions)
    mentions = with_long_units(text, mentions)
    mentions = untagged_names(spans, mentions, text)
    mentions = known_places(spans, mentions, text)
    return ParsedPiece(tuple(sentences), tuple((m.sentence, m.start, m.end, m.label, m.text) for m in mentions))


def _sentence_of(token: int, starts: list[int], spans: list[Span]) -> int:
    """The index of the sentence that holds a token; 0 for a token in none (whitespace)."""
    index = bisect_right(starts, token) - 1
    return index if index >= 0 and token < spans[index].end else 0


def _content_sentences(doc: Doc) -> Iterator[Span]:
    """Sentences trimmed of surrounding whitespace; whitespace-only ones dropped."""
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if start < end:
            yield doc[start:end]


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
    mentions, ends = [], [m.start for m in parsed.mentions[1:]] + [len(text)]
    for mention, limit in zip(parsed.mentions, ends, strict=True):
        start, end = over_line_end_hyphens(text, (mention.start, mention.end))  # `Gove-` is `Gove-\nrnor`
        end = end if end <= limit else mention.end  # never over the next mention
        mentions.append(replace(mention, start=start, end=end, text=text[start:end]))
    parsed.mentions = mentions
    return parsed
