"""Pairs spun here, from IteraTeR's Wikinews texts, by a spinner written for this harness.

The spun pairs of eval-dev come from one spinner and 60 articles; held-out text will come
from others. This spinner is our own (seeded, so every run builds the same pairs), in the
manner of article spinners: WordNet synonyms for plain words outside the entities the model
sees, number words as digits, `per cent` written three ways, dates with day and month
swapped, ordinals in digits, `U.S.` with and without dots, titles without their full stop,
curly quotes, paragraphs one newline apart. Three sets are made from the 189 texts:

- benign: only those rewrites, so every flag is a false alarm (flags per pair);
- changes: the same with up to three known changes a pair (a number, a month, a country for
  another, a relative date, a name word for its synonym): recall per kind and precision;
- format-only: hard-wrapped at 55 to 100 characters, curly quotes and dashes (flags per pair).
"""

from __future__ import annotations

import random
import re
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pandas as pd
from spacy.language import Language

from harness.evaluate.pairs import _overlaps, _span, iterater_news, run_quietly
from pipeline.schema import FLAGGED_STATUSES
from pipeline.screen.wordnet import PARTS_OF_SPEECH, database

SEED = 41
PROTECTED = frozenset(
    """year years month months week weeks day days ago last next this that today yesterday tomorrow tonight
    morning afternoon evening night time times hour hours minute minutes quarter half per cent percent million
    billion thousand hundred first second third last late early earlier later recent former previous past
    future current new same other end start season spring summer autumn fall winter decade century weekend
    one two three four five six seven eight nine ten may march will can about almost over nearly some just
    more less than under only each several couple dozen""".split()
)
NUMBER_WORDS = dict(
    zip("one two three four five six seven eight nine ten".split(), map(str, range(1, 11)), strict=True)
)
ORDINALS = dict(
    zip(
        "second third fourth fifth sixth seventh eighth ninth".split(),
        "2nd 3rd 4th 5th 6th 7th 8th 9th".split(),
        strict=True,
    )
)
MONTHS = "January February March April May June July August September October November December".split()
COUNTRIES = "France Germany Japan China Russia Brazil Canada India Italy Spain Mexico Australia".split()
RELATIVE = {"last year": "in 2004", "next year": "in 2010", "yesterday": "on Sunday", "last week": "in May"}
_MONTH = "|".join(MONTHS)


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """Lower-case one-word lemma -> the one-word lemmas of its first two synsets."""
    members: dict[str, list[list[str]]] = {}
    for part in PARTS_OF_SPEECH:
        for line in (database() / f"data.{part}").open(encoding="utf-8"):
            if line.startswith(" "):
                continue
            fields = line.split()
            words = [fields[4 + 2 * i].split("(")[0] for i in range(int(fields[3], 16))]
            for word in words:
                members.setdefault(word.lower(), []).append(words)
    return {
        word: tuple(w for synset in synsets[:2] for w in synset if w.isalpha() and w.islower() and w != word)
        for word, synsets in members.items()
    }


class Spinner:
    """Benign rewrites, and known changes put into a spun text."""

    def __init__(self, nlp: Language, seed: int) -> None:
        self.nlp, self.random = nlp, random.Random(seed)

    def synonym(self, word: str) -> str | None:
        options = _synonyms().get(word.lower(), ())
        return self.random.choice(options) if options else None

    def spin(self, text: str) -> str:
        entities = [(e.start_char - 1, e.end_char + 1) for e in self.nlp(text).ents]
        out, at = [], 0
        for token in re.split(r"(\s+)", text):
            start, at = at, at + len(token)
            word = re.fullmatch(r"([\"'(]*)([a-z]+)([.,;:!?\"')]*)", token)
            if not word or any(a <= start < b for a, b in entities):
                out.append(token)
                continue
            lead, plain, tail = word.groups()
            if plain in NUMBER_WORDS and self.random.random() < 0.5:
                plain = NUMBER_WORDS[plain]
            elif len(plain) > 3 and plain not in PROTECTED and self.random.random() < 0.25:
                plain = self.synonym(plain) or plain
            out.append(lead + plain + tail)
        return self._restyle("".join(out))

    def _restyle(self, text: str) -> str:
        pick, maybe = self.random.choice, self.random.random
        rewrites: list[tuple[str, Callable[[re.Match[str]], str]]] = [
            (r"(?<=\d) (?:per cent|percent)\b", lambda m: pick([" percent", "%", " per cent"])),
            (rf"\b({_MONTH}) (\d{{1,2}}), (\d{{4}})", lambda m: f"{m[2]} {m[1]} {m[3]}" if maybe() < 0.7 else m[0]),
            (rf"\b(\d{{1,2}}) ({_MONTH}),? (\d{{4}})", lambda m: f"{m[2]} {m[1]}, {m[3]}" if maybe() < 0.7 else m[0]),
            (rf"\b({'|'.join(ORDINALS)})\b(?!-)", lambda m: ORDINALS[m[1]] if maybe() < 0.4 else m[0]),
            (r"\bU\.S\.(?= [a-z])", lambda m: "US"),
            (r"\b(Mr|Mrs|Dr|Ms|St|Gen|Sen|Gov|Prof)\.", lambda m: m[1]),
            (r'"([^"\n]*)"', lambda m: f"\u201c{m[1]}\u201d"),
        ]
        for pattern, rewrite in rewrites:
            text = re.sub(pattern, rewrite, text)
        return text.replace("\n\n", "\n")

    def change(self, text: str) -> tuple[str, list[tuple[str, int, int]]]:
        """The text with up to three changes, each with where it now stands."""
        finders: dict[str, Callable[[str], list[tuple[int, int, str]]]] = {
            "number": lambda t: [
                (m.start(), m.end(), str(int(m[0]) + self.random.choice([1, 2, 10])))
                for m in re.finditer(r"(?<![\d.,:/-])\d{1,4}(?![\d.,:/-])", t)
            ],
            "month": lambda t: [
                (m.start(), m.end(), self.random.choice([x for x in MONTHS if x != m[0]]))
                for m in re.finditer(rf"\b(?:{_MONTH})\b", t)
            ],
            "country": lambda t: [
                (m.start(), m.end(), self.random.choice([c for c in COUNTRIES if c != m[0]]))
                for m in re.finditer(rf"\b(?:{'|'.join(COUNTRIES)})\b", t)
            ],
            "relative_date": lambda t: [
                (m.start(), m.end(), RELATIVE[m[0]]) for m in re.finditer(rf"\b(?:{'|'.join(RELATIVE)})\b", t)
            ],
            "name_part": self._name_parts,
        }
        kinds = list(finders)
        self.random.shuffle(kinds)
        changes: list[tuple[str, int, int]] = []
        for kind in kinds:
            if len(changes) == 3:
                break
            found = [c for c in finders[kind](text) if all(c[1] < a - 40 or c[0] > b + 40 for _, a, b in changes)]
            if not found:
                continue
            start, end, new = self.random.choice(found)
            shift = len(new) - (end - start)
            text = text[:start] + new + text[end:]
            changes = [(k, a + shift * (a > start), b + shift * (b > start)) for k, a, b in changes]
            changes.append((kind, start, start + len(new)))
        return text, changes

    def _name_parts(self, text: str) -> list[tuple[int, int, str]]:
        """A dictionary word inside a run of two to four capitalised words not opening a sentence."""
        found = []
        for run in re.finditer(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b", text):
            offset = run.start()
            for word in run[0].split():
                synonym = self.synonym(word.lower()) if word.lower() not in PROTECTED and word not in MONTHS else None
                if synonym and len(word) > 3:
                    found.append((offset, offset + len(word), synonym.capitalize()))
                    break
                offset += len(word) + 1
        return found


def wrapped(text: str, rng: random.Random) -> str:
    """A format-only copy: hard-wrapped, curly quotes and dashes."""
    text = re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text).replace(" - ", " \u2013 ")
    width = rng.randint(55, 100)
    paragraphs = [textwrap.fill(p, width) for p in re.split(r"\n+", text) if p.strip()]
    return ("\n\n" if rng.random() < 0.5 else "\n").join(paragraphs)


def _write(data: Path, pairs: dict[str, tuple[str, str]]) -> None:
    rows = []
    for story, (reference, compared) in pairs.items():
        (data / story).mkdir(parents=True, exist_ok=True)
        for role, text in (("reference", reference), ("compared", compared)):
            (data / story / f"{role}.txt").write_text(text, encoding="utf-8")
            rows.append({"path": f"{story}/{role}.txt", "story": story, "version": role, "role": role,
                         "published": "2007-06-01"})  # fmt: skip
    pd.DataFrame(rows).to_csv(data / "manifest.csv", index=False)


def _flagged(pairs: dict[str, tuple[str, str]]) -> pd.DataFrame:
    with tempfile.TemporaryDirectory() as temp:
        _write(Path(temp) / "data", pairs)
        diffs = run_quietly(Path(temp) / "data", Path(temp) / "out")
    return diffs[diffs["status"].isin(FLAGGED_STATUSES)]


def score_self_spun(texts: list[str], nlp: Language, seed: int = SEED) -> dict[str, object]:
    """Flags per benign pair and per format-only pair; recall per kind and precision on changes."""
    spinner, rng = Spinner(nlp, seed), random.Random(seed)
    originals = [re.sub(r"[ \t]+", " ", text).strip() for text in texts]
    benign = {f"b{n:04d}": (text, spinner.spin(text)) for n, text in enumerate(originals)}
    formatted = {f"f{n:04d}": (text, wrapped(text, rng)) for n, text in enumerate(originals)}
    changed, gold = {}, {}
    for n, text in enumerate(originals):
        compared, gold[f"c{n:04d}"] = spinner.change(spinner.spin(text))
        changed[f"c{n:04d}"] = (text, compared)
    flags = _flagged(benign | formatted | changed)
    by_story = {story: [_span(row, "compared") for _, row in rows.iterrows()] for story, rows in flags.groupby("story")}
    found, total, right, wrong = Counter(), Counter(), 0, 0
    for story, changes in gold.items():
        spans = by_story.get(story, [])
        for kind, start, end in changes:
            total[kind] += 1
            found[kind] += any(_overlaps(span, (start, end)) for span in spans)
        for span in spans:
            hit = any(_overlaps(span, (start, end)) for _, start, end in changes)
            right, wrong = right + hit, wrong + (not hit)
    count = Counter(flags["story"].str[0])
    return {
        "pairs": len(originals),
        "benign_flags_per_pair": round(count["b"] / len(originals), 3),
        "format_only_flags_per_pair": round(count["f"] / len(originals), 3),
        "changes": sum(total.values()),
        "recall": round(sum(found.values()) / max(1, sum(total.values())), 4),
        "recall_per_kind": {kind: round(found[kind] / total[kind], 3) for kind in sorted(total)},
        "precision": round(right / max(1, right + wrong), 4),
        "seed": seed,
    }


def iterater_texts(split_dir: Path) -> list[str]:
    """The texts to spin: each Wikinews document as revised."""
    return [record["after_revision"] for record in iterater_news(split_dir)]
