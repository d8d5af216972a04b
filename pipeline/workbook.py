"""outputs/factdiff.xlsx: the tables as a workbook people open first.

Sheets: Summary, Differences (flagged rows only, most severe first), All facts, Documents.
Each has a frozen header, an autofilter, set column widths, wrapped sentence columns and
rows coloured by status or severity; in Differences the words that changed are bold.
Written with XlsxWriter in constant-memory mode (rows stream to disk; about twice as fast
as openpyxl on the same tables). Cells are neutralised exactly as in the CSVs (a leading
`'` before `= + - @`) and strings are never turned into formulas, URLs or numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from pipeline.export import commit, neutralise, temporary_beside
from pipeline.kinds import SEVERITIES, severity_rank
from pipeline.normalize.text import differing_words
from pipeline.records import StoryResult
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, FLAGGED_STATUSES, SUMMARY, columns

EXCEL_MAX_ROWS = 1_048_575  # one header row leaves this many for data
FILLS = {name: severity.fill for name, severity in SEVERITIES.items()} | {"reworded": "#E2EFDA", "error": "#F8CBCB"}
WIDE = {"reference_sentence", "compared_sentence", "context", "error", "note", "path"}
MEDIUM = {
    "reference_text",
    "compared_text",
    "text",
    "change",
    "value",
    "reference_value",
    "compared_value",
    "entity",
    "reference_doc",
    "compared_doc",
    "doc_id",
    "story",
    "fact_id",
}
OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}


def _width(name: str) -> float:
    return 60 if name in WIDE else 28 if name in MEDIUM else 12


def changed_part(before: str, after: str) -> tuple[str, str, str] | None:
    """`after` split as (kept prefix, changed words, kept suffix) against `before`."""
    _, new = differing_words(before.split(), after.split())
    changed = " ".join(new)
    if not changed or changed not in after:
        return None
    start = after.index(changed)
    return after[:start], changed, after[start + len(changed) :]


class _Formats:
    """One XlsxWriter format per (fill, wrap, bold) combination, made on first use."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self.book = book
        self.cache: dict[tuple[str, bool, bool], Format] = {}

    def get(self, fill: str = "", wrap: bool = False, bold: bool = False) -> Format:
        key = (fill, wrap, bold)
        if key not in self.cache:
            spec: dict[str, Any] = {"valign": "top"}
            if fill:
                spec["bg_color"] = fill
            if wrap:
                spec["text_wrap"] = True
            if bold:
                spec["bold"] = True
            self.cache[key] = self.book.add_format(spec)
        return self.cache[key]


def _write_cell(sheet: Worksheet, row: int, col: int, value: object, fmt: Format) -> None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        sheet.write_number(row, col, value, fmt)
    else:
        sheet.write_string(row, col, str(neutralise(str(value))), fmt)


def _start_sheet(book: xlsxwriter.Workbook, formats: _Formats, title: str, names: list[str]) -> Worksheet:
    sheet = book.add_worksheet(title)
    sheet.freeze_panes(1, 0)
    for col, name in enumerate(names):
        sheet.set_column(col, col, _width(name), formats.get(wrap=name in WIDE))
        sheet.write_string(0, col, name, formats.get("#D9D9D9", bold=True))
    return sheet


def _plain_rows(sheet: Worksheet, records: Iterable[tuple[object, ...]], first_row: int) -> int:
    """Unstyled rows, one call a row (wrapping comes from the column format); the next free row."""
    row = first_row
    for record in records:
        if row > EXCEL_MAX_ROWS:
            break
        sheet.write_row(row, 0, [neutralise(v) if isinstance(v, str) else v for v in record])
        row += 1
    return row


def _fill_sheet(
    sheet: Worksheet, formats: _Formats, table: pd.DataFrame, names: list[str], fill_by: str | None, rich: bool = False
) -> None:
    frame = table.reindex(columns=names).head(EXCEL_MAX_ROWS)
    frame = frame.astype(object).where(frame.notna(), None)
    if fill_by is None and not rich:
        _plain_rows(sheet, frame.itertuples(index=False, name=None), 1)
        sheet.autofilter(0, 0, max(len(frame), 1), len(names) - 1)
        return
    fill_col = names.index(fill_by) if fill_by else None
    status_col = names.index("status") if "status" in names else None
    bold_col = names.index("compared_text") if rich else None
    row = 0
    for row, record in enumerate(frame.itertuples(index=False, name=None), 1):
        fill = FILLS.get(str(record[fill_col]), "") if fill_col is not None else ""
        if not fill and fill_col is not None and status_col is not None:
            fill = FILLS.get(str(record[status_col]), "")
        for col, value in enumerate(record):
            fmt = formats.get(fill, names[col] in WIDE)
            if col == bold_col and record[status_col] == "changed" and neutralise(str(value)) == value:
                parts = changed_part(str(record[names.index("reference_text")] or ""), str(value or ""))
                if parts is not None:
                    fragments = [p for p in (parts[0], formats.get(fill, bold=True), parts[1], parts[2]) if p != ""]
                    if len(fragments) > 2:
                        sheet.write_rich_string(row, col, *fragments, fmt)
                        continue
            _write_cell(sheet, row, col, value, fmt)
    sheet.autofilter(0, 0, max(row, 1), len(names) - 1)


def _ordered_differences(flagged: list[dict[str, object]]) -> pd.DataFrame:
    """The flagged rows, most severe first, then by story and compared version."""
    ordered = sorted(
        flagged, key=lambda row: (severity_rank(row["severity"]), str(row["story"]), str(row["compared_doc"]))
    )
    return pd.DataFrame(ordered, columns=columns(FACT_DIFFS))


class StreamingWorkbook:
    """The workbook written while the run goes on: All facts takes each document's facts as
    soon as they are normalised (while NER works on the next documents), the other sheets
    come at the end. Written beside its target and renamed into place by `finish`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.temporary = temporary_beside(path)
        self.book = xlsxwriter.Workbook(str(self.temporary), OPTIONS)
        self.formats = _Formats(self.book)
        self.sheets = {
            title: _start_sheet(self.book, self.formats, title, names)
            for title, names in (
                ("Summary", columns(SUMMARY)),
                ("Differences", columns(FACT_DIFFS)),
                ("All facts", columns(FACTS)),
                ("Documents", columns(DOCUMENTS)),
            )
        }
        self.next_fact_row = 1
        self.flagged: list[dict[str, object]] = []
        self.summary: list[dict[str, object]] = []

    def add_story(self, result: StoryResult) -> None:
        """All facts rows go to disk at once; flagged and summary rows wait for the end."""
        names = columns(FACTS)
        for version in result.documents:
            records = (tuple(row.get(name) for name in names) for row in version.rows())
            self.next_fact_row = _plain_rows(self.sheets["All facts"], records, self.next_fact_row)
        for pair in result.pairs:
            self.flagged += [diff.row() for diff in pair.diffs if diff.status in FLAGGED_STATUSES]
            self.summary.append(pair.summary_row())

    def finish(self, documents: list[dict[str, object]]) -> Path:
        try:
            summary = pd.DataFrame(self.summary, columns=columns(SUMMARY))
            _fill_sheet(self.sheets["Summary"], self.formats, summary, columns(SUMMARY), None)
            differences = _ordered_differences(self.flagged)
            _fill_sheet(self.sheets["Differences"], self.formats, differences, columns(FACT_DIFFS), "severity", True)
            self.sheets["All facts"].autofilter(0, 0, max(self.next_fact_row - 1, 1), len(columns(FACTS)) - 1)
            table = pd.DataFrame(documents, columns=columns(DOCUMENTS))
            _fill_sheet(self.sheets["Documents"], self.formats, table, columns(DOCUMENTS), "status")
            self.book.close()
        except BaseException:
            self.abort()
            raise
        commit(self.temporary, self.path)
        return self.path

    def abort(self) -> None:
        self.temporary.unlink(missing_ok=True)
