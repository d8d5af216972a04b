"""Documents parsed as paragraph-sized pieces, each distinct piece once.

A piece ends where `ner.paragraph_breaks` always starts a sentence: at a blank line, and at
a line break that does not merely wrap a line (the next line starts in lower case, or this
one ends with a comma or hyphen). Every piece is parsed on its own, so it splits into the
same sentences and the same entities wherever it stands: in a long article, in a revision
that dropped the paragraph before it, in a syndicated copy. What that changes against one
parse of the whole text: the first and last few words of a paragraph no longer see the
words across the paragraph break (the small model's tok2vec looks four tokens either way).
In exchange:

- memory is flat in document length: a 2 MB article is parsed a batch of paragraphs at a
  time, never held as one spaCy Doc;
- versions of a story share most of their paragraphs (revisions, syndicated copies), and a
  paragraph the same process meets again anywhere in the run is not parsed again: its
  sentences and entities are reused, shifted to where it stands, and they are exactly what
  a new parse would give.

A paragraph longer than `MAX_PIECE_CHARS` (a text without blank lines) is cut at a line
break, else after a sentence-ending full stop, else at a space.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from pipeline.records import Mention, ParsedDocument

MAX_PIECE_CHARS = 20_000
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")
_CONTINUES = (",", "-", ";", "(", "&")  # a line ending so goes on on the next one (as in ner)
_CUTS = (re.compile(r"\n"), re.compile(r"[.!?][\"'”’)]*\s"), re.compile(r"\s"))
Span = tuple[int, int]


@dataclass(frozen=True)
class ParsedPiece:
    """What NER found in one piece of text, offsets relative to the piece."""

    sentences: tuple[Span, ...]
    mentions: tuple[tuple[int, int, int, str, str], ...]  # sentence, start, end, label, text


def split(text: str) -> list[Span]:
    """The pieces of a text: paragraphs and lines that end a sentence, long ones cut further."""
    spans, start = [], 0
    for separator in _LINE_BREAK.finditer(text):
        after = text[separator.end() : separator.end() + 1]
        before = text[: separator.start()].rstrip()[-1:]
        wrapped = after.islower() or before in _CONTINUES
        if separator.group().count("\n") < 2 and wrapped:
            continue
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(text)))
    return [piece for s, e in spans if text[s:e].strip() for piece in _bounded(text, s, e)]


def _bounded(text: str, start: int, end: int) -> list[Span]:
    pieces = []
    while end - start > MAX_PIECE_CHARS:
        limit = start + MAX_PIECE_CHARS
        cut = next((m.end() for pattern in _CUTS for m in _last(pattern, text, start, limit)), limit)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _last(pattern: re.Pattern[str], text: str, start: int, limit: int) -> list[re.Match[str]]:
    """The last match of `pattern` in the second half of [start, limit), if any."""
    return list(pattern.finditer(text, start + (limit - start) // 2, limit))[-1:]


def assemble(doc_id: str, layout: list[Span], pieces: list[ParsedPiece]) -> ParsedDocument:
    """A document's NER from the NER of its pieces, shifted to where each piece stands."""
    document = ParsedDocument(doc_id)
    for (start, _), piece in zip(layout, pieces, strict=True):
        first = len(document.sentences)
        document.sentences.extend((s + start, e + start) for s, e in piece.sentences)
        document.mentions.extend(
            Mention(doc_id, first + sentence, s + start, e + start, label, words)
            for sentence, s, e, label, words in piece.mentions
        )
    return document


class PieceMemo(OrderedDict[str, ParsedPiece]):
    """Parsed pieces by their text, the least recently used forgotten beyond `size` pieces or
    `chars` characters of text (pieces of 20,000 characters add up fast)."""

    def __init__(self, size: int = 20_000, chars: int = 20_000_000) -> None:
        super().__init__()
        self.size, self.chars, self.held = size, chars, 0

    def __setitem__(self, piece: str, parsed: ParsedPiece) -> None:
        if piece not in self:
            self.held += len(piece)
        super().__setitem__(piece, parsed)

    def recall(self, piece: str) -> ParsedPiece | None:
        found = self.get(piece)
        if found is not None:
            self.move_to_end(piece)
        return found

    def forget_oldest(self) -> None:
        while self and (len(self) > self.size or self.held > self.chars):
            piece, _ = self.popitem(last=False)
            self.held -= len(piece)
