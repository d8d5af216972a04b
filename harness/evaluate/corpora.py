"""Where the evaluation data lives, and readers for its annotated corpora (MEANTIME, TempEval-3).

Each reader gives plain text plus gold spans with character offsets into that text, so
the pipeline's own NER and normalisers can be scored on them exactly as they run.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_ROOT = Path("../shared")  # beside the checkout, as `make eval` and `make bench` run it
DEV_CORPORA = ("corpus_airbus", "corpus_apple")
TEST_CORPORA = ("corpus_gm", "corpus_stock")


@dataclass(frozen=True)
class DataRoot:
    """The shared data folder (`--data`), and where each set lies in it."""

    root: Path = DEFAULT_ROOT

    @property
    def eval_data(self) -> Path:
        return self.root / "eval-data"

    @property
    def spun_dev(self) -> Path:
        return self.root / "eval-dev"

    @property
    def meantime(self) -> Path:
        return self.eval_data / "meantime-en" / "meantime_newsreader_english_oct15" / "intra-doc_annotation"

    @property
    def tempeval(self) -> Path:
        return self.eval_data / "tempeval3-platinum" / "te3-platinum"

    @property
    def conll_test(self) -> Path:
        return self.eval_data / "conll2003" / "test.txt"

    @property
    def iterater(self) -> Path:
        return self.eval_data / "iterater-human" / "human_doc_level"

    @property
    def copietje(self) -> Path:
        return self.eval_data / "copietje-cnndm" / "test_data"

    @property
    def web_pages(self) -> Path:
        return self.eval_data / "web-pages"

    @property
    def tortured_phrases(self) -> Path:
        return self.eval_data / "pps-tortured-phrases"

    def available(self) -> bool:
        return self.eval_data.is_dir() and self.spun_dev.is_dir()


@dataclass
class GoldSpan:
    start: int
    end: int
    kind: str  # TIMEX3 type (DATE, TIME, DURATION, SET) or VALUE type (MONEY, PERCENT, QUANTITY)
    value: str = ""


@dataclass
class AnnotatedText:
    name: str
    text: str
    creation_date: dt.date | None
    timexes: list[GoldSpan] = field(default_factory=list)
    values: list[GoldSpan] = field(default_factory=list)


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_meantime(path: Path) -> AnnotatedText:
    """A MEANTIME document: tokens joined by spaces, one line per sentence."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    position, sentence = 0, None
    for token in root.iter("token"):
        if sentence is not None and token.get("sentence") != sentence:
            pieces.append("\n")
            position += 1
        elif sentence is not None:
            pieces.append(" ")
            position += 1
        sentence = token.get("sentence")
        word = token.text or ""
        offsets[token.get("t_id", "")] = (position, position + len(word))
        pieces.append(word)
        position += len(word)
    document = AnnotatedText(path.stem, "".join(pieces), None)
    markables = root.find("Markables")
    for element in markables if markables is not None else []:
        anchors = [offsets[a.get("t_id", "")] for a in element.findall("token_anchor") if a.get("t_id") in offsets]
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            document.creation_date = _iso_date(element.get("value", ""))
            continue
        if not anchors:
            continue
        span = GoldSpan(
            min(s for s, _ in anchors), max(e for _, e in anchors), element.get("type", ""), element.get("value", "")
        )
        if element.tag == "TIMEX3":
            document.timexes.append(span)
        elif element.tag == "VALUE":
            document.values.append(span)
    return document


def read_tempeval(path: Path) -> AnnotatedText:
    """A TempEval-3 .tml document: the TEXT element's text with its inline TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    document = AnnotatedText(path.stem, "", _iso_date(dct.get("value", "")) if dct is not None else None)
    text_element = root.find("TEXT")
    pieces: list[str] = []

    def walk(element: ET.Element) -> None:
        start = sum(len(p) for p in pieces)
        pieces.append(element.text or "")
        for child in element:
            walk(child)
            pieces.append(child.tail or "")
        if element.tag == "TIMEX3":
            end = sum(len(p) for p in pieces)
            document.timexes.append(GoldSpan(start, end, element.get("type", ""), element.get("value", "")))

    if text_element is not None:
        walk(text_element)
    document.text = "".join(pieces)
    return document


def meantime_documents(folder: Path, corpora: tuple[str, ...]) -> list[AnnotatedText]:
    return [read_meantime(p) for corpus in corpora for p in sorted((folder / corpus).glob("*.xml"))]


def tempeval_documents(folder: Path) -> list[AnnotatedText]:
    return [read_tempeval(p) for p in sorted(folder.glob("*.tml"))]
