"""Column lists of every output table, defined once.

The writer, the tests and the README all read these tuples, so a column can only be
added here (the contract in ../shared/CONTRACT.md forbids renaming or dropping one).
Each column maps to a one-line description used to generate the README's tables.
"""

from __future__ import annotations

DOCUMENTS: dict[str, str] = {
    "doc_id": "`story/version`: the document's key in every other table",
    "story": "the story the document is a version of",
    "version": "the version's name (file stem unless the manifest says otherwise)",
    "role": "`reference` or `compared`",
    "path": "the file, relative to the data folder",
    "published": "publication date (ISO) used to resolve relative dates; empty if unknown",
    "chars": "length of the text in characters",
    "sentences": "number of sentences found",
    "facts": "number of facts extracted",
    "status": "`ok` or `error`",
    "error": "why the document could not be processed, in words; empty when ok",
    "note": "(added) a remark that is not an error, e.g. the only version of its story",
    "url": "a WARC record's target URI or the page's canonical URL; empty for text files",
    "title": "the page's title; empty for text files",
    "published_source": "where `published` came from: `manifest`, `page`, `option` or empty",
    "captured": "a WARC record's date; empty otherwise",
    "text_path": "the extracted text of a web document, which its offsets index, relative to the outputs folder",
    "suspicions": "(added) passages that look spun, found in this document alone (rows of suspicions.csv)",
    "suspicions_per_1000_words": "(added) the same, per 1,000 words of the document",
}

FACTS: dict[str, str] = {
    "fact_id": "unique key of the fact: `doc_id#n`",
    "doc_id": "the document the fact stands in",
    "story": "the story of that document",
    "version": "the version of that document",
    "sentence": "0-based index of the sentence in the document",
    "start": "character offset where the mention starts",
    "end": "character offset just after the mention",
    "label": "entity type (spaCy OntoNotes label: PERSON, ORG, GPE, DATE, CARDINAL, ...; "
    "`MISC` for a run of capitals the model left untagged, see below)",
    "text": "the mention as written",
    "value": (
        "canonical value, equal for rewordings of the same fact (`six` and `6` give `6`; a date as TIMEX3"
        " writes it, `2025-05-09`; dates listed one by one `2009-02 & 2009-03`; a span that ends on a date"
        " `P3M/2008-09-30`)"
    ),
    "entity": "key of the real-world entity, the same for every mention of it in the story",
    "context": "the sentence the fact stands in",
}

FACT_DIFFS: dict[str, str] = {
    "story": "the story",
    "reference_doc": "doc_id of the reference version",
    "compared_doc": "doc_id of the compared version",
    "status": "`unchanged`, `reworded`, `changed`, `missing` or `added`",
    "label": "entity type of the fact",
    "reference_text": "the fact as written in the reference",
    "reference_value": "its canonical value",
    "reference_start": "its start offset in the reference (empty if none)",
    "reference_end": "its end offset in the reference (empty if none)",
    "compared_text": "the counterpart in the compared version, even if no longer an entity",
    "compared_value": "its canonical value",
    "compared_start": "its start offset in the compared version (empty if none)",
    "compared_end": "its end offset in the compared version (empty if none)",
    "change": (
        "what changed, in words (`Criminal -> Wrongdoer`, `sentence dropped`, `credit line dropped`, "
        "`>4000 -> 4000: qualifier over -> (nothing)`, `2008-06: part of the period end -> start`, "
        "`Gaddafi -> Qaddafi: spelling`)"
    ),
    "severity": "`high`, `medium`, `low`, or empty when the row is not a difference",
    "reference_sentence": "the reference sentence holding the fact",
    "compared_sentence": "the compared sentence holding the counterpart",
    "suspicion": "(added) the `kind` of a suspicion (suspicions.csv) this flagged difference sits on, if any",
}

SUMMARY: dict[str, str] = {
    "story": "the story",
    "reference_doc": "doc_id of the reference version",
    "compared_doc": "doc_id of the compared version",
    "reference_facts": "facts found in the reference",
    "compared_facts": "facts found in the compared version",
    "unchanged": "rows with status unchanged",
    "reworded": "rows with status reworded (same value, other words: not a difference)",
    "changed": "rows with status changed",
    "missing": "rows with status missing",
    "added": "rows with status added",
    "reference_suspicions": "(added) passages of the reference that look spun (suspicions.csv)",
    "compared_suspicions": "(added) passages of the compared version that look spun; confirmed ones sit on a flag",
}

SUSPICIONS: dict[str, str] = {
    "doc_id": "the document the passage stands in",
    "story": "the story of that document",
    "version": "the version of that document",
    "sentence": "0-based index of the sentence holding the passage",
    "start": "character offset where the passage starts",
    "end": "character offset just after the passage",
    "text": "the passage as written",
    "kind": "`acronym_mismatch`, `name_variant`, `name_word`, `name_synonym`, `corrupted_date`, "
    "`date_after_publication` or `tortured_phrase`",
    "reason": "why the passage looks spun, in one sentence",
    "confirmed": "(added) `yes` when a flagged difference against the reference sits on the passage",
}

TABLES: dict[str, dict[str, str]] = {
    "documents.csv": DOCUMENTS,
    "facts.csv": FACTS,
    "fact_diffs.csv": FACT_DIFFS,
    "summary.csv": SUMMARY,
    "suspicions.csv": SUSPICIONS,
}

STATUSES: tuple[str, ...] = ("unchanged", "reworded", "changed", "missing", "added")
FLAGGED_STATUSES: frozenset[str] = frozenset({"changed", "missing", "added"})
# Severities, their order and colours: pipeline.kinds.SEVERITIES.


def columns(table: dict[str, str]) -> list[str]:
    """The ordered column names of one output table."""
    return list(table)


def markdown_table(table: dict[str, str]) -> str:
    """The README's table of one output file's columns."""
    lines = ["| column | meaning |", "| --- | --- |"]
    lines += [f"| `{name}` | {meaning} |" for name, meaning in table.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    for file_name, table in TABLES.items():
        print(f"### {file_name}\n\n{markdown_table(table)}\n")
