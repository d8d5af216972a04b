"""Documents parsed in paragraph pieces: the same facts as one whole parse, each shared piece once."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline import ner, pieces
from pipeline.records import Document, ParsedDocument

from .conftest import DATA

ORIGINAL = (DATA / "000_c49ac1a8b086b6ac.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "pieces_expected"),
    [
        ("One paragraph.\n\nAnother one.", ["One paragraph.", "Another one."]),
        ("A headline\nThe first sentence.", ["A headline", "The first sentence."]),  # a line that ends a sentence
        ("a line wrapped\nin the middle of a sentence.", ["a line wrapped\nin the middle of a sentence."]),
        ("Ends with a comma,\nAnd goes On.", ["Ends with a comma,\nAnd goes On."]),
        ("\n\n  Leading blank lines.\n\n\n", ["Leading blank lines."]),
    ],
)
def test_pieces_end_where_a_sentence_must_end(text: str, pieces_expected: list[str]) -> None:
    assert [text[s:e].strip() for s, e in pieces.split(text)] == pieces_expected


def test_a_paragraph_longer_than_the_limit_is_cut_after_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "MAX_PIECE_CHARS", 100)
    text = "Angela Merkel spoke in Berlin. " * 10
    spans = pieces.split(text)
    assert len(spans) > 1 and all(e - s <= 100 for s, e in spans)
    assert all(text[s:e].rstrip().endswith("Berlin.") for s, e in spans)


def parse(documents: list[Document], stats: Counter[str] | None = None) -> dict[str, ParsedDocument]:
    """NER with a memo of its own: what one run of these documents parses."""
    return {p.doc_id: p for p in ner.parse_here(documents, ner.DEFAULT_MODEL, 2_000_000, stats, pieces.PieceMemo())}


def facts(parsed: ParsedDocument) -> list[tuple[int, int, int, str]]:
    return [(m.sentence, m.start, m.end, m.label) for m in parsed.mentions]


def shifted(parsed: ParsedDocument, by: int) -> list[tuple[int, int, str, str]]:
    return [(m.start + by, m.end + by, m.label, m.text) for m in parsed.mentions]


def test_a_long_document_gives_the_facts_of_its_paragraphs_each_parsed_once() -> None:
    paragraphs = [p for p in ORIGINAL.split("\n\n") if p.strip()]
    long = "\n\n".join([ORIGINAL] * 12)  # about 55,000 characters
    stats: Counter[str] = Counter()
    in_pieces = parse([Document("l", "l", "reference", "l.txt", text=long)], stats)["l/l"]
    assert stats["pieces parsed"] == len(paragraphs) and stats["pieces reused"] == 11 * len(paragraphs)
    alone = parse([Document("p", f"p{k}", "reference", f"p{k}.txt", text=p) for k, p in enumerate(paragraphs)])
    expected, offset = [], 0
    for _copy in range(12):
        for k, paragraph in enumerate(paragraphs):
            offset = long.index(paragraph, offset)
            expected += shifted(alone[f"p/p{k}"], offset)
    assert shifted(in_pieces, 0) == expected
    whole = ner.parse_doc("l/l", ner.load_model()(long))
    assert in_pieces.sentences == whole.sentences  # a paragraph ends a sentence either way


def test_revisions_give_the_same_facts_with_and_without_reuse() -> None:
    paragraphs = ORIGINAL.split("\n\n")
    revision = "\n\n".join(p for i, p in enumerate(paragraphs) if i != 3).replace("six", "seven", 1)
    versions = [
        Document("s", "v1", "reference", "v1.txt", text=ORIGINAL),
        Document("s", "v2", "compared", "v2.txt", text=revision),
    ]
    stats: Counter[str] = Counter()
    reused = parse(versions, stats)
    assert stats["pieces reused"] >= len(paragraphs) - 2  # the revision parses only its changed paragraph
    for version in versions:
        alone = parse([version])[version.doc_id]
        assert facts(reused[version.doc_id]) == facts(alone)
        assert reused[version.doc_id].sentences == alone.sentences


def test_a_paragraph_has_the_same_facts_wherever_it_stands() -> None:
    paragraphs = [p for p in ORIGINAL.split("\n\n") if p.strip()]
    moved = "\n\n".join([paragraphs[5], *paragraphs[:5], *paragraphs[6:]])
    parsed = parse([Document("s", "v1", "reference", "v1.txt", text=ORIGINAL)])["s/v1"]
    again = parse([Document("s", "v2", "compared", "v2.txt", text=moved)])["s/v2"]
    start, end = ORIGINAL.index(paragraphs[5]), ORIGINAL.index(paragraphs[5]) + len(paragraphs[5])
    before = [(s - start, e - start, label, text) for s, e, label, text in shifted(parsed, 0) if start <= s < end]
    after = [(s, e, label, text) for s, e, label, text in shifted(again, 0) if s < len(paragraphs[5])]
    assert before and before == after


def test_the_memo_forgets_the_least_recently_used_beyond_its_size_in_pieces_or_characters() -> None:
    memo = pieces.PieceMemo(size=3, chars=25)
    nothing = pieces.ParsedPiece((), ())
    for text in ("first piece", "second", "third", "fourth"):
        memo[text] = nothing
    memo.recall("second")
    memo.forget_oldest()
    assert list(memo) == ["third", "fourth", "second"] and memo.held == 17
    memo["a longer piece, 24 chars"] = nothing
    memo.forget_oldest()  # 41 characters held: the oldest go until 25 or fewer are
    assert list(memo) == ["a longer piece, 24 chars"] and memo.held == 24
