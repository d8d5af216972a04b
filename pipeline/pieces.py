"""Documents parsed as paragraph-sized pieces, each distinct piece once.

A piece ends where `ner.paragraph_breaks` always starts a sentence: at a blank line, and at
a line break that does not merely wrap a line (the next line starts in lower case, or this
one ends with a comma or hyphen). A piece parsed on its own therefore splits into the same
sentences, and a copy that puts one newline between paragraphs where the original put two
is cut into the same pieces; only the model's view of the few words across the break is
lost (the small model's tok2vec looks four tokens either way). In exchange:

- memory is flat in document length: a 2 MB article is parsed a paragraph batch at a time,
  never held as one spaCy Doc;
- versions of a story share most of their paragraphs (revisions, syndicated copies), and a
  paragraph met again is not parsed again: its sentences and entities are reused, shifted
  to where it stands.

A paragraph longer than `MAX_PIECE_CHARS` (a text without blank lines) is cut at a line
break, else after a sentence-ending full stop, else at a space.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from dataclasses import dataclass

from pipeline.records import Mention, ParsedDocument

MAX_PIECE_CHARS = 20_000
LONG_DOCUMENT_CHARS = 50_000  # beyond this a document is always parsed in pieces
SHARED_SHARE = 0.5  # share of a document's text in pieces met elsewhere to parse it in pieces
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


CONTEXT_WORDS = 6  # words of context each side: more than the 4 tokens tok2vec looks across
_LEFT = re.compile(rf"(?<!\S)(?:\S+\s+){{1,{CONTEXT_WORDS}}}$")
_RIGHT = re.compile(rf"\s*(?:\S+\s*){{1,{CONTEXT_WORDS}}}")


@dataclass(frozen=True)
class Window:
    """A piece with a few words of context either side: the text parsed, and where the piece
    lies in it. Two equal windows parse the same, wherever they stand."""

    text: str
    start: int
    end: int


def window(text: str, start: int, end: int) -> Window:
    left = _LEFT.search(text, max(0, start - 200), start)
    right = _RIGHT.match(text, end, min(len(text), end + 200))
    first = left.start() if left else start
    last = right.end() if right else end
    return Window(text[first:last], start - first, end - first)


def piece_of(found: ParsedPiece, place: Window) -> ParsedPiece:
    """What was found in a window, restricted to its piece, offsets relative to the piece."""
    keep = [i for i, (s, _) in enumerate(found.sentences) if place.start <= s < place.end]
    renumber = {old: new for new, old in enumerate(keep)}
    sentences = tuple((s - place.start, min(e, place.end) - place.start) for s, e in (found.sentences[i] for i in keep))
    mentions = tuple(
        (renumber[sentence], s - place.start, e - place.start, label, words)
        for sentence, s, e, label, words in found.mentions
        if place.start <= s and e <= place.end and sentence in renumber
    )
    return ParsedPiece(sentences, mentions)


def worth_splitting(layout: list[Span], windows: list[Window], seen: Counter[Window], text: str) -> bool:
    """Parse a document piece by piece when it is long (flat memory), or when most of it is in
    pieces met elsewhere (reused, not parsed again); else whole, with all its context."""
    if len(text) > LONG_DOCUMENT_CHARS:
        return True
    shared = sum(end - start for (start, end), place in zip(layout, windows, strict=True) if seen[place] > 1)
    return shared >= SHARED_SHARE * sum(end - start for start, end in layout)


@dataclass
class Run:
    """Consecutive pieces of one document that must be parsed, parsed together in one window
    (context only at its two ends); each piece's share is filed under its own window."""

    window: Window
    members: list[tuple[Window, int, int]]  # a piece's own window, and where it lies in the run's


def plan_runs(texts: list[str], layouts: list[list[Span]], windows: list[list[Window]], memo: PieceMemo) -> list[Run]:
    """The runs that parse every piece not yet known, each once, none over MAX_PIECE_CHARS."""
    runs: list[Run] = []
    scheduled: set[Window] = set()
    for text, layout, places in zip(texts, layouts, windows, strict=True):
        current: list[int] = []
        for k, place in enumerate([*places, None]):  # type: ignore[operator]
            known = place is None or place in memo or place in scheduled
            too_long = current and layout[k - 1][1] - layout[current[0]][0] > MAX_PIECE_CHARS
            if current and (known or too_long):
                runs.append(_run(text, layout, places, current))
                current = []
            if not known:
                current.append(k)
                scheduled.add(place)  # type: ignore[arg-type]
    return runs


def _run(text: str, layout: list[Span], places: list[Window], members: list[int]) -> Run:
    start, end = layout[members[0]][0], layout[members[-1]][1]
    outer = window(text, start, end)
    shift = outer.start - start
    return Run(outer, [(places[k], layout[k][0] + shift, layout[k][1] + shift) for k in members])


def file_run(found: ParsedPiece, run: Run, memo: PieceMemo) -> None:
    """Each piece's share of a parsed run, under the piece's own window."""
    for place, start, end in run.members:
        memo[place] = piece_of(found, Window(run.window.text, start, end))


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


class PieceMemo(OrderedDict[Window, ParsedPiece]):
    """Parsed pieces by their text, the least recently used forgotten beyond `size`."""

    def __init__(self, size: int = 50_000) -> None:
        super().__init__()
        self.size = size

    def recall(self, place: Window) -> ParsedPiece | None:
        found = self.get(place)
        if found is not None:
            self.move_to_end(place)
        return found

    def forget_oldest(self) -> None:
        while len(self) > self.size:
            self.popitem(last=False)
