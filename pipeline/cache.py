"""NER results cached on disk, so a re-run only parses what changed.

An entry is keyed by the text's SHA-256, the model's name and version, and the version of
the NER stage's output format (`NER_FORMAT`), so a new model or a change to `ner.py` can
never reuse an old result. Every entry carries a checksum of its payload and is checked
against the text it claims to describe (each mention must spell the text at its offsets):
a corrupt, truncated or stale entry is recomputed, never trusted.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pipeline.export import atomic_write
from pipeline.ner import Mention, ParsedDocument

NER_FORMAT = "ner-2"  # bump when parse_doc's output changes


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
