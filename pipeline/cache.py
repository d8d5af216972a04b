"""What a re-run can reuse: NER results cached on disk, and whether the outputs are up to date.

An entry is keyed by the text's SHA-256, the model's name and version, and the version of
the NER stage's output format (`NER_FORMAT`), so a new model or a change to `ner.py` can
never reuse an old result. Every entry carries a checksum of its payload and is checked
against the text it claims to describe (each mention must spell the text at its offsets):
a corrupt, truncated or stale entry is recomputed, never trusted.

A finished run records a fingerprint of everything its outputs depend on (the inputs, the
settings, and factdiff's own source, so an upgraded factdiff never passes old outputs off as
its own), and the size and modification time of each file it wrote (`run.json`): a re-run
with the same fingerprint whose outputs are untouched has nothing to do. Nothing here
imports spaCy.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from pipeline import __version__
from pipeline.export import atomic_write
from pipeline.records import Document, Mention, ParsedDocument

# bump when NER output changes (ner-37: a tally tagged as two numbers one; ner-36: a code
# whose number follows a hyphen; ner-35: a
# 24-hour time and its zone, a mention inside
# another none of its own; ner-34: a range cut after its connector whole; ner-33: a
# fraction and its points one rate's move; ner-32: money with its currency's name after a
# scale, a nation inside a currency no place of its own; ner-31: `7 am` a time, not a
# quantity; ner-30: a list with
# one full line left as it is; ner-29: a sentence's end glued before a fact cut off it;
# ner-28: a wrapped paragraph among headings read as running text, a heading's line end kept
# in a wrapped text; ner-27: a full date in words the model cut, `24 November, 1994`;
# ner-26: `a quarter of a million` one; ner-25: `a fifth`;
# ner-24: `Sunday in the morning`; ner-23: ranks written short one token, units of two words
# or more after a number; ner-22: `three in 10` one share; ner-21: clock times by their shape,
# a temperature scale after `degrees`; ner-20: a qualifier tagged alone joined with its
# amount; ner-19: basis and percentage points after a number; ner-18: no count before a full
# date; ner-17: hyphenated names whole, a capital after a name; ner-16: counts before rates,
# currencies after scales; ner-15: weekdays written short; ner-14: year-first dates)
NER_FORMAT = "ner-46"


class NerCache:
    """A folder of JSON entries, sharded by the first two hex digits of the key."""

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder
        self.model = model
        self.hits = self.misses = self.rejected = 0

    def key(self, text: str) -> str:
        digest = hashlib.sha256()
        for part in (NER_FORMAT, self.model, text):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, doc_id: str, text: str) -> ParsedDocument | None:
        """The cached result for this text, or None (missing, corrupt or not for this text)."""
        path = self._path(self.key(text))
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            parsed = _from_entry(doc_id, entry, text)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            self.rejected += 1
            return None
        self.hits += 1
        return parsed

    def put(self, parsed: ParsedDocument, text: str) -> None:
        payload = {
            "sentences": parsed.sentences,
            "mentions": [[m.sentence, m.start, m.end, m.label, m.text] for m in parsed.mentions],
        }
        entry = {"format": NER_FORMAT, "model": self.model, "checksum": _checksum(payload), **payload}
        atomic_write(self._path(self.key(text)), lambda stream: json.dump(entry, stream))


def _checksum(payload: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def _from_entry(doc_id: str, entry: dict[str, object], text: str) -> ParsedDocument:
    payload = {"sentences": entry["sentences"], "mentions": entry["mentions"]}
    if entry.get("format") != NER_FORMAT or entry.get("checksum") != _checksum(payload):
        raise ValueError("stale or corrupt cache entry")
    sentences = [(int(start), int(end)) for start, end in entry["sentences"]]  # type: ignore[union-attr]
    mentions = []
    for sentence, start, end, label, mention_text in entry["mentions"]:  # type: ignore[union-attr]
        if text[start:end] != mention_text or not 0 <= sentence < len(sentences):
            raise ValueError("cache entry does not describe this text")
        mentions.append(Mention(doc_id, int(sentence), int(start), int(end), str(label), str(mention_text)))
    return ParsedDocument(doc_id, sentences, mentions)


# the spaCy components NER runs, with any shared tok2vec they listen to (see pipeline.ner)
NEEDED_COMPONENTS = ("senter", "ner")


def _version_of(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "unversioned"


def model_key(name: str) -> str:
    """Name and installed version of a pipeline package, without loading it (or spaCy): what
    a cached NER result depends on, with the components run."""
    folder = Path(name)
    if folder.is_dir():  # a pipeline on disk: its files' sizes and times stand for its version
        stats = sorted((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file())
        version = hashlib.sha256(repr(stats).encode()).hexdigest()[:16]
    else:
        version = _version_of(name)
    return f"{name}=={version}|spacy=={_version_of('spacy')}|{'+'.join(NEEDED_COMPONENTS)}"


RUN_RECORD = ".cache/run.json"


def run_fingerprint(
    documents: list[Document], settings: Iterable[str], text_of: Callable[[Document], str] = lambda d: d.text
) -> str:
    """What the outputs depend on: every document's text (`text_of` it: it may be set aside)
    and metadata, the settings that change results, and the versions of factdiff and its NER
    format."""
    digest = hashlib.sha256()
    for part in [__version__, NER_FORMAT, source_digest(), *settings]:
        digest.update(part.encode() + b"\x00")
    for document in sorted(documents, key=lambda d: d.doc_id):
        fields = [
            document.doc_id,
            document.role,
            document.path,
            str(document.published),
            document.status,
            document.error,
            document.note,
            hashlib.sha256(text_of(document).encode()).hexdigest(),
        ]
        digest.update("\x00".join(fields).encode() + b"\x01")
    return digest.hexdigest()


@cache
def source_digest() -> str:
    """The SHA-256 of factdiff's Python source (a millisecond's reading, no import): a rule
    changed by an upgrade changes the outputs, which `__version__` alone would not show."""
    return digest_of_source(Path(__file__).parent)


def digest_of_source(package: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()


def _stamp(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns]


def remember_run(out_dir: Path, fingerprint: str, written: list[Path]) -> None:
    record = {"fingerprint": fingerprint, "outputs": {p.name: _stamp(p) for p in written}}
    atomic_write(out_dir / RUN_RECORD, lambda stream: json.dump(record, stream, indent=1))


def up_to_date(out_dir: Path, fingerprint: str) -> list[Path] | None:
    """The previous run's outputs when its inputs were the same and its outputs are untouched."""
    try:
        record = json.loads((out_dir / RUN_RECORD).read_text(encoding="utf-8"))
        if record["fingerprint"] != fingerprint:
            return None
        written = [out_dir / name for name in record["outputs"]]
        if any(_stamp(path) != record["outputs"][path.name] for path in written):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return written
