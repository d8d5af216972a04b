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
    return {p.doc_id: p for p in ner.parse_here(documents, ner.DEFAULT_MODEL, 2_000_000, stats)}


def facts(parsed: ParsedDocument) -> list[tuple[int, int, int, str]]:
    return [(m.sentence, m.start, m.end, m.label) for m in parsed.mentions]


def test_a_long_document_in_pieces_gives_the_facts_of_one_whole_parse() -> None:
    long = "\n\n".join([ORIGINAL] * 12)  # about 55,000 characters: parsed in pieces
    stats: Counter[str] = Counter()
    in_pieces = parse([Document("l", "l", "reference", "l.txt", text=long)], stats)["l/l"]
    whole = ner.parse_doc("l/l", ner.load_model()(long))
    assert stats["documents in pieces"] == 1
    assert facts(in_pieces) == facts(whole) and in_pieces.sentences == whole.sentences
    assert stats["pieces reused"] > stats["pieces parsed"]  # the article repeats: parsed once


def test_revisions_share_their_paragraphs_and_the_facts_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraphs = ORIGINAL.split("\n\n")
    revision = "\n\n".join(p for i, p in enumerate(paragraphs) if i != 3).replace("six", "seven", 1)
    versions = [
        Document("s", "v1", "reference", "v1.txt", text=ORIGINAL),
        Document("s", "v2", "compared", "v2.txt", text=revision),
    ]
    stats: Counter[str] = Counter()
    reused = parse(versions, stats)
    assert stats["documents in pieces"] == 2 and stats["pieces reused"] >= len(paragraphs) - 4
    monkeypatch.setattr(pieces, "SHARED_SHARE", 2.0)  # never worth splitting: each parsed whole
    whole = parse(versions)
    for doc_id in ("s/v1", "s/v2"):
        assert facts(reused[doc_id]) == facts(whole[doc_id])
        assert reused[doc_id].sentences == whole[doc_id].sentences
