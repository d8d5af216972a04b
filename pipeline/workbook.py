"""outputs/factdiff.xlsx: the tables as a workbook people open first.

Sheets: Summary, Differences (flagged rows only, most severe first), All facts, Documents.
Each has a frozen header, an autofilter, set column widths, wrapped sentence columns and
rows coloured by status or severity; in Differences the words that changed are bold.
openpyxl's write-only mode keeps memory flat on large corpora. Cells are neutralised
exactly as in the CSVs (a leading `'` before `= + - @`), so nothing runs as a formula.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from pipeline.export import atomic_write_bytes, neutralise
from pipeline.schema import DOCUMENTS, FACT_DIFFS, FACTS, FLAGGED_STATUSES, SUMMARY, columns

EXCEL_MAX_ROWS = 1_048_575  # one header row leaves this many for data
FILLS = {
    "high": "F8CBCB",
    "medium": "FCE4B6",
    "low": "DDEBF7",
    "unchanged": "FFFFFF",
    "reworded": "E2EFDA",
    "error": "F8CBCB",
}
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
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
BOLD = InlineFont(b=True)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


def _width(name: str) -> float:
    return 60 if name in WIDE else 28 if name in MEDIUM else 12


def _bold_changes(before: str, after: str) -> CellRichText | str:
    """`after` with the words not in `before` in bold (the changed words of a counterpart)."""
    old, new = before.split(), after.split()
    while old and new and old[0] == new[0]:
        old, new = old[1:], new[1:]
    while old and new and old[-1] == new[-1]:
        old, new = old[:-1], new[:-1]
    changed = " ".join(new)
    if not changed or changed not in after or neutralise(after) != after:
        return after
    start = after.index(changed)
    parts = [after[:start], TextBlock(BOLD, changed), after[start + len(changed) :]]
    return CellRichText(*[part for part in parts if isinstance(part, TextBlock) or part])


def _cell(sheet: WriteOnlyWorksheet, value: object, fill: PatternFill | None, wrap: bool) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=neutralise(value) if not isinstance(value, CellRichText) else value)
    if fill is not None:
        cell.fill = fill
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return cell


def _sheet(
    workbook: Workbook, title: str, table: pd.DataFrame, names: list[str], fill_by: str | None, rich: bool = False
) -> None:
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(names, 1):
        sheet.column_dimensions[get_column_letter(index)].width = _width(name)
    header = []
    for name in names:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        header.append(cell)
    sheet.append(header)
    frame = table.reindex(columns=names)
    frame = frame.astype(object).where(frame.notna(), None)
    fills = {key: PatternFill("solid", fgColor=colour) for key, colour in FILLS.items()}
    rows = 0
    for record in frame.head(EXCEL_MAX_ROWS).itertuples(index=False, name=None):
        values = dict(zip(names, record, strict=True))
        fill = fills.get(str(values.get(fill_by) or values.get("status") or "")) if fill_by else None
        if rich and values.get("status") == "changed":
            values["compared_text"] = _bold_changes(
                str(values["reference_text"] or ""), str(values["compared_text"] or "")
            )
        sheet.append([_cell(sheet, values[name], fill, name in WIDE) for name in names])
        rows += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(names))}{rows + 1}"


def _ordered_differences(diffs: pd.DataFrame) -> pd.DataFrame:
    flagged = diffs[diffs["status"].isin(FLAGGED_STATUSES)].copy()
    flagged["_order"] = flagged["severity"].map(SEVERITY_ORDER).fillna(3)
    return flagged.sort_values(["_order", "story", "compared_doc"], kind="stable").drop(columns="_order")


def write_workbook(
    path: Path, documents: pd.DataFrame, facts: pd.DataFrame, diffs: pd.DataFrame, summary: pd.DataFrame
) -> Path:
    """Write the workbook atomically; return its path."""
    workbook = Workbook(write_only=True)
    sheets: Iterable[tuple[str, pd.DataFrame, list[str], str | None, bool]] = (
        ("Summary", summary, columns(SUMMARY), None, False),
        ("Differences", _ordered_differences(diffs), columns(FACT_DIFFS), "severity", True),
        ("All facts", facts, columns(FACTS), None, False),
        ("Documents", documents, columns(DOCUMENTS), "status", False),
    )
    for title, table, names, fill_by, rich in sheets:
        _sheet(workbook, title, table, names, fill_by, rich)
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())
    return path
