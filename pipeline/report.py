"""outputs/report.html: one self-contained page to read the differences side by side.

An index of stories with their counts, then for each pair the two versions aligned
sentence by sentence, facts highlighted by status (value and change on hover), and the
list of flagged differences linking to their place in the text. No script, no network:
all style is inline, and every piece of article text is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.export import atomic_write
from pipeline.ingest import Document
from pipeline.schema import FLAGGED_STATUSES, SEVERITY_ORDER, STATUSES

MAX_PAIRS = 300  # beyond this the page gets too heavy for a browser; the CSVs hold everything
Span = tuple[int, int]

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b}
body{margin:0 auto;max-width:1400px;padding:0 1.5rem}
h1{font-size:1.5rem}
h2{font-size:1.2rem;margin-top:2.5rem;border-top:2px solid #ccc;padding-top:1rem}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f0f0}
td.num{text-align:right}
table.side td{width:50%}
table.side tr.dropped td:first-child{background:#fdeaea}
table.side tr.inserted td:last-child{background:#eaf2fd}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark.unchanged{background:#eeeeee}
mark.reworded{background:#d9f2d9}
mark.changed{background:#f8b4b4;font-weight:600}
mark.missing{background:#fcd9a8;font-weight:600}
mark.added{background:#bcd7f5;font-weight:600}
.legend mark{margin-right:.6rem}
.sev-high{color:#b00020;font-weight:700}
.sev-medium{color:#8a5a00;font-weight:600}
.sev-low{color:#1f5fa8}
ol.flags li{margin:.2rem 0}
.muted{color:#666}
@media print{body{max-width:none;font-size:11px}
h2{break-before:page}
a{color:inherit;text-decoration:none}
tr{break-inside:avoid}}
"""


@dataclass
class PairView:
    """What the page needs of one compared pair: both texts and their aligned sentences."""

    reference: Document
    compared: Document
    ref_sentences: list[Span]
    cmp_sentences: list[Span]
    rows: list[tuple[list[int], list[int]]]


def _esc(value: object) -> str:
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value))


def _marked(text: str, span: Span, marks: list[Mark]) -> str:
    """The text of `span` escaped, with each mark (start, end, class, title, id) inside it wrapped."""
    start, end = span
    pieces, position = [], start
    for mark_start, mark_end, css, title, anchor in sorted(marks):
        if mark_start < position or mark_end > end or mark_start < start:
            continue  # overlapping or outside this sentence
        pieces.append(_esc(text[position:mark_start]))
        ident = f' id="{anchor}"' if anchor else ""
        pieces.append(f'<mark class="{css}" title="{_esc(title)}"{ident}>{_esc(text[mark_start:mark_end])}</mark>')
        position = mark_end
    pieces.append(_esc(text[position:end]))
    return "".join(pieces)


def _title(row: pd.Series, side: str) -> str:
    value = row[f"{side}_value"]
    parts = [f"{row['status']} {row['label']}", f"value: {value}" if value else ""]
    if row["change"]:
        parts.append(f"change: {row['change']}")
    return " | ".join(p for p in parts if p)


Mark = tuple[int, int, str, str, str]  # start, end, css class (the status), hover title, anchor id


def _mark(row: pd.Series, side: str, anchor: str) -> Mark | None:
    """The highlight of one fact_diffs row on one side, or None when that side has no span."""
    start = row[f"{side}_start"]
    if start == "" or pd.isna(start):
        return None
    return int(start), int(row[f"{side}_end"]), row["status"], _title(row, side), anchor


def _pair_section(number: int, view: PairView, rows: pd.DataFrame) -> str:
    ref_marks: list[Mark] = []
    cmp_marks: list[Mark] = []
    flags: list[tuple[str, str]] = []
    for index, (_, row) in enumerate(rows.iterrows()):
        anchor = f"p{number}-f{index}" if row["status"] in FLAGGED_STATUSES else ""
        ref_mark = _mark(row, "reference", anchor)
        if ref_mark is not None:
            ref_marks.append(ref_mark)
        cmp_mark = _mark(row, "compared", "" if ref_mark is not None else anchor)
        if cmp_mark is not None:
            cmp_marks.append(cmp_mark)
        if anchor:
            before, after = _esc(row["reference_text"]) or "—", _esc(row["compared_text"]) or "—"
            flags.append(
                (
                    row["severity"],
                    f'<li><span class="sev-{_esc(row["severity"])}">{_esc(row["severity"])}</span> '
                    f'{_esc(row["status"])} {_esc(row["label"])}: <a href="#{anchor}">{before} → {after}</a> '
                    f'<span class="muted">({_esc(row["change"])})</span></li>',
                )
            )
    body = []
    for ref_indices, cmp_indices in view.rows:
        css = "dropped" if not cmp_indices else "inserted" if not ref_indices else ""
        left = " ".join(_marked(view.reference.text, view.ref_sentences[i], ref_marks) for i in ref_indices)
        right = " ".join(_marked(view.compared.text, view.cmp_sentences[j], cmp_marks) for j in cmp_indices)
        body.append(f'<tr class="{css}"><td>{left}</td><td>{right}</td></tr>')
    flags = [item for _, item in sorted(flags, key=lambda pair: SEVERITY_ORDER.get(pair[0], 3))]
    flag_list = f'<ol class="flags">{"".join(flags)}</ol>' if flags else '<p class="muted">No flagged differences.</p>'
    return (
        f'<section id="pair{number}"><h2>{_esc(view.reference.doc_id)} → {_esc(view.compared.doc_id)}</h2>'
        f"<h3>Flagged differences ({len(flags)})</h3>{flag_list}"
        f'<table class="side"><thead><tr><th>reference: {_esc(view.reference.doc_id)}</th>'
        f"<th>compared: {_esc(view.compared.doc_id)}</th></tr></thead><tbody>{''.join(body)}</tbody></table>"
        f'<p><a href="#index">back to the index</a></p></section>'
    )


def build_report(views: list[PairView], diffs: pd.DataFrame, summary: pd.DataFrame) -> str:
    """The whole page as one string."""
    flagged = summary.assign(_flags=summary["changed"] + summary["missing"] + summary["added"])
    order = flagged.sort_values("_flags", ascending=False, kind="stable").head(MAX_PAIRS)
    by_pair = {(v.reference.doc_id, v.compared.doc_id): v for v in views}
    grouped = dict(tuple(diffs.groupby(["reference_doc", "compared_doc"], sort=False)))
    index_rows, sections = [], []
    for number, (_, pair) in enumerate(order.iterrows()):
        key = (pair["reference_doc"], pair["compared_doc"])
        counts = "".join(f'<td class="num">{int(pair[s])}</td>' for s in STATUSES)
        index_rows.append(
            f'<tr><td><a href="#pair{number}">{_esc(pair["story"])}</a></td>'
            f"<td>{_esc(key[0])} → {_esc(key[1])}</td>{counts}</tr>"
        )
        if key in by_pair:
            sections.append(_pair_section(number, by_pair[key], grouped.get(key, diffs.iloc[0:0])))
    more = (
        f'<p class="muted">{len(summary) - MAX_PAIRS} more pairs are in the CSV files.</p>'
        if len(summary) > MAX_PAIRS
        else ""
    )
    legend = "".join(f'<mark class="{s}">{s}</mark>' for s in STATUSES)
    heads = "".join(f"<th>{s}</th>" for s in STATUSES)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factdiff report</title><style>{STYLE}</style></head><body>"
        f'<h1 id="index">factdiff report</h1><p class="muted">Generated {dt.date.today().isoformat()}: '
        f"{len(summary)} pairs compared. Hover a highlighted fact for its value.</p>"
        f'<p class="legend">{legend}</p>'
        f"<table><thead><tr><th>story</th><th>pair</th>{heads}</tr></thead><tbody>{''.join(index_rows)}</tbody></table>"
        f"{more}{''.join(sections)}</body></html>"
    )


def write_report(path: Path, views: list[PairView], diffs: pd.DataFrame, summary: pd.DataFrame) -> Path:
    page = build_report(views, diffs, summary)
    atomic_write(path, lambda stream: stream.write(page))
    return path
