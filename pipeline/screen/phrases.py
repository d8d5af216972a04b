"""tortured_phrase: a known spinner rewording of a set phrase ("counterfeit consciousness" for
"artificial intelligence"), matched on word stems so plurals and case do not hide it.

The lists are the Problematic Paper Screener's (Cabanac, Labbé & Magazinov, CC BY 4.0), read
from files the user names with `--phrases` (a JSON file `{"phrases": [{"tortured",
"correct"}]}`, a CSV file with `tortured_phrase,expected_phrase` columns, or a folder of
such files). Phrases of one word are left out: alone, a rare word is no evidence of spin.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.options import phrase_files
from pipeline.screen import Finding, Page, detector

_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*", re.IGNORECASE)
_QUOTED = re.compile(r'"([^"]+)"')


def stem(word: str) -> str:
    """A crude lemma: enough to match `methods` with `method` and `studies` with `study`."""
    word = word.lower()
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(text.lower()))


@dataclass
class PhraseBook:
    """Tortured phrases by their stems, each with the phrase it replaces."""

    phrases: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)  # stems -> (tortured, correct)
    longest: int = 0

    def add(self, tortured: str, correct: str) -> None:
        key = stems(tortured)
        if len(key) >= 2 and key != stems(correct):
            self.phrases.setdefault(key, (tortured.strip(), correct.strip()))
            self.longest = max(self.longest, len(key))

    @classmethod
    def read(cls, paths: Iterable[Path]) -> PhraseBook:
        """The phrases of JSON and CSV files, or of every such file in a folder. Raises ValueError."""
        book = cls()
        for file in phrase_files(paths):
            for tortured, correct in _pairs(file):
                book.add(tortured, correct)
        return book


def _pairs(file: Path) -> Iterator[tuple[str, str]]:
    try:
        text = file.read_text(encoding="utf-8-sig")
        if file.suffix == ".json":
            for entry in json.loads(text)["phrases"]:
                yield entry["tortured"], entry["correct"]
        else:
            for row in csv.DictReader(text.splitlines()):
                quoted = _QUOTED.findall(row["tortured_phrase"].replace('""', '"'))
                yield (quoted[0] if quoted else row["tortured_phrase"]), row["expected_phrase"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"{file}: not a list of tortured phrases ({error})") from error


@detector("tortured_phrase")
def tortured_phrase(page: Page) -> Iterator[Finding]:
    book = page.phrases
    if not book or not book.phrases:
        return
    words = [(m.start(), m.end(), stem(m.group())) for m in _WORD.finditer(page.text)]
    index = 0
    while index < len(words):
        for length in range(min(book.longest, len(words) - index), 1, -1):
            key = tuple(w[2] for w in words[index : index + length])
            if key in book.phrases:
                correct = book.phrases[key][1]
                start, end = words[index][0], words[index + length - 1][1]
                written = page.text[start:end]
                reason = f"'{written}' is a known tortured form of '{correct}' (Problematic Paper Screener list)"
                yield Finding(start, end, reason)
                index += length - 1
                break
        index += 1
