"""outputs/report.html: one self-contained page to read the differences side by side.

An index of stories with their counts, then for each pair the two versions aligned
sentence by sentence, facts highlighted by status (value and change on hover), and the
list of flagged differences linking to their place in the text; then the documents with
suspicions (passages that look spun, found in each document alone), each passage marked
in its sentence with its reason. Suspicions are underlined in the pair texts too. No
script, no network: all style is inline, and every piece of article text is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import heapq
import html
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from pathlib import Path

from pipeline.export import atomic_write
from pipeline.kinds import SEVERITIES, severity_rank
from pipeline.records import DocumentFacts, FactDiff, PairResult, ParsedDocument, Side, StoryResult, Suspicion
from pipeline.schema import FLAGGED_STATUSES, STATUSES

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
mark.suspect,span.suspect{text-decoration:underline wavy #b00020;text-decoration-skip-ink:none}
span.kind{font-family:ui-monospace,monospace;font-size:.85em;background:#f4e8ea;padding:0 3px}
.legend mark{margin-right:.6rem}
{severity_rules}ol.flags li{margin:.2rem 0}
.muted{color:#666}
@media print{body{max-width:none;font-size:11px}
h2{break-before:page}
a{color:inherit;text-decoration:none}
tr{break-inside:avoid}}
""".replace("{severity_rules}", "".join(f".sev-{name}{{{style.css}}}\n" for name, style in SEVERITIES.items()))


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _marked(text: str, span: Span, marks: list[Mark], starts: list[int]) -> str:
    """The text of `span` escaped, with each mark (start, end, class, title, id) inside it wrapped.
    `marks` are sorted and `starts` are their starts: only the marks that begin in the span are
    looked at, so a page costs time linear in its marks, not marks x sentences."""
    start, end = span
    pieces, position = [], start
    for mark_start, mark_end, css, title, anchor in marks[bisect_left(starts, start) : bisect_right(starts, end)]:
        if mark_start < position or mark_end > end or mark_start < start:
            continue  # overlapping or outside this sentence
        pieces.append(_esc(text[position:mark_start]))
        ident = f' id="{anchor}"' if anchor else ""
        pieces.append(f'<mark class="{css}" title="{_esc(title)}"{ident}>{_esc(text[mark_start:mark_end])}</mark>')
        position = mark_end
    pieces.append(_esc(text[position:end]))
    return "".join(pieces)


def _title(diff: FactDiff, side: Side) -> str:
    parts = [f"{diff.status} {diff.label}", f"value: {side.value}" if side.value else ""]
    if diff.change:
        parts.append(f"change: {diff.change}")
    return " | ".join(p for p in parts if p)


Mark = tuple[int, int, str, str, str]  # start, end, css class (the status), hover title, anchor id


def _mark(diff: FactDiff, side: Side, anchor: str) -> Mark | None:
    """The highlight of one row on one side, or None when that side has no span."""
    if side.start is None or side.end is None:
        return None
    return side.start, side.end, diff.status, _title(diff, side), anchor


def _suspected(diff: FactDiff) -> str:
    return f' <span class="kind">suspected: {_esc(diff.suspicion)}</span>' if diff.suspicion else ""


def _with_suspicions(marks: list[Mark], suspicions: list[Suspicion]) -> list[Mark]:
    """Fact marks with the suspicions that overlap them named in their title and underlined,
    and a mark of its own for each suspicion that overlaps no fact."""
    result = []
    for start, end, css, title, anchor in marks:
        over = [s for s in suspicions if s.start < end and start < s.end]
        if over:
            css, title = f"{css} suspect", f"{title} | suspicion: {over[0].reason}"
        result.append((start, end, css, title, anchor))
    for s in suspicions:
        if not any(s.start < end and start < s.end for start, end, *_ in marks):
            result.append((s.start, s.end, "suspect", f"suspicion ({s.kind}): {s.reason}", ""))
    return sorted(result)


def _pair_section(number: int, pair: PairResult) -> str:
    ref_marks: list[Mark] = []
    cmp_marks: list[Mark] = []
    flags: list[tuple[str, str]] = []
    for index, diff in enumerate(pair.diffs):
        anchor = f"p{number}-f{index}" if diff.status in FLAGGED_STATUSES else ""
        ref_mark = _mark(diff, diff.reference, anchor)
        if ref_mark is not None:
            ref_marks.append(ref_mark)
        cmp_mark = _mark(diff, diff.compared, "" if ref_mark is not None else anchor)
        if cmp_mark is not None:
            cmp_marks.append(cmp_mark)
        if anchor:
            before, after = _esc(diff.reference.text) or "—", _esc(diff.compared.text) or "—"
            flags.append(
                (
                    diff.severity,
                    f'<li><span class="sev-{_esc(diff.severity)}">{_esc(diff.severity)}</span> '
                    f'{_esc(diff.status)} {_esc(diff.label)}: <a href="#{anchor}">{before} → {after}</a> '
                    f'<span class="muted">({_esc(diff.change)})</span>{_suspected(diff)}</li>',
                )
            )
    body = []
    reference, compared = pair.reference, pair.compared
    ref_marks = _with_suspicions(ref_marks, reference.suspicions)
    cmp_marks = _with_suspicions(cmp_marks, compared.suspicions)
    ref_starts, cmp_starts = [m[0] for m in ref_marks], [m[0] for m in cmp_marks]
    for ref_indices, cmp_indices in pair.aligned_sentences:
        css = "dropped" if not cmp_indices else "inserted" if not ref_indices else ""
        ref_text, cmp_text = reference.document.text, compared.document.text
        left = " ".join(_marked(ref_text, reference.parsed.sentences[i], ref_marks, ref_starts) for i in ref_indices)
        right = " ".join(_marked(cmp_text, compared.parsed.sentences[j], cmp_marks, cmp_starts) for j in cmp_indices)
        body.append(f'<tr class="{css}"><td>{left}</td><td>{right}</td></tr>')
    flags = [item for _, item in sorted(flags, key=lambda item: severity_rank(item[0]))]
    ref_id, cmp_id = reference.document.doc_id, compared.document.doc_id
    flag_list = f'<ol class="flags">{"".join(flags)}</ol>' if flags else '<p class="muted">No flagged differences.</p>'
    return (
        f'<section id="pair{number}"><h2>{_esc(ref_id)} → {_esc(cmp_id)}</h2>'
        f"<h3>Flagged differences ({len(flags)})</h3>{flag_list}"
        f'<table class="side"><thead><tr><th>reference: {_esc(ref_id)}</th>'
        f"<th>compared: {_esc(cmp_id)}</th></tr></thead><tbody>{''.join(body)}</tbody></table>"
        f'<p><a href="#index">back to the index</a></p></section>'
    )


def flag_count(summary_row: dict[str, object]) -> int:
    return sum(int(summary_row[status]) for status in FLAGGED_STATUSES)  # type: ignore[call-overload]


def _suspicions_section(number: int, version: DocumentFacts) -> str:
    document, items = version.document, []
    for s in version.suspicions:
        start, end = version.parsed.sentences[s.sentence] if s.sentence < len(version.parsed.sentences) else (0, 0)
        start, end = min(start, s.start), max(end, s.end)
        text = document.text
        sentence = f'{_esc(text[start : s.start])}<span class="suspect">{_esc(s.text)}</span>{_esc(text[s.end : end])}'
        confirmed = ' <span class="sev-high">confirmed by a flagged difference</span>' if s.confirmed else ""
        items.append(f'<li><span class="kind">{_esc(s.kind)}</span> {_esc(s.reason)}{confirmed}<br>{sentence}</li>')
    return (
        f'<section id="doc{number}"><h2>Suspicions in {_esc(document.doc_id)} ({len(items)})</h2>'
        f'<ol class="flags">{"".join(items)}</ol><p><a href="#index">back to the index</a></p></section>'
    )


def _suspicions_index(suspected: list[DocumentFacts], documents: int) -> str:
    if not suspected:
        return ""
    rows = "".join(
        f'<tr><td><a href="#doc{n}">{_esc(v.document.doc_id)}</a></td><td class="num">{len(v.suspicions)}</td>'
        f"<td>{_esc(', '.join(sorted({s.kind for s in v.suspicions})))}</td></tr>"
        for n, v in enumerate(suspected)
    )
    more = f'<p class="muted">{documents - len(suspected)} more documents are in suspicions.csv.</p>'
    return (
        '<h2 id="suspicions">Suspicions: passages that look spun, found in each document alone</h2>'
        f"<table><thead><tr><th>document</th><th>suspicions</th><th>kinds</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{more if documents > len(suspected) else ''}"
    )


def build_report(
    shown: list[tuple[dict[str, object], PairResult]],
    pairs: int,
    suspected: list[DocumentFacts] | None = None,
    suspected_documents: int = 0,
) -> str:
    """The whole page as one string: `shown` are the (summary row, pair) listed, most flags
    first; `pairs` is how many were compared in all; `suspected` the documents whose
    suspicions are listed, most first, of `suspected_documents` with any."""
    suspected = suspected or []
    index_rows, sections = [], []
    for number, (row, pair) in enumerate(shown):
        counts = "".join(f'<td class="num">{int(row[s])}</td>' for s in STATUSES)  # type: ignore[call-overload]
        index_rows.append(
            f'<tr><td><a href="#pair{number}">{_esc(row["story"])}</a></td>'
            f"<td>{_esc(row['reference_doc'])} → {_esc(row['compared_doc'])}</td>{counts}</tr>"
        )
        sections.append(_pair_section(number, pair))
    more = f'<p class="muted">{pairs - MAX_PAIRS} more pairs are in the CSV files.</p>' if pairs > MAX_PAIRS else ""
    legend = "".join(f'<mark class="{s}">{s}</mark>' for s in STATUSES)
    heads = "".join(f"<th>{s}</th>" for s in STATUSES)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factdiff report</title><style>{STYLE}</style></head><body>"
        f'<h1 id="index">factdiff report</h1><p class="muted">Generated {dt.date.today().isoformat()}: '
        f"{pairs} {'pair' if pairs == 1 else 'pairs'} compared. Hover a highlighted fact for its value.</p>"
        f'<p class="legend">{legend}</p>'
        f"<table><thead><tr><th>story</th><th>pair</th>{heads}</tr></thead><tbody>{''.join(index_rows)}</tbody></table>"
        f"{more}{_suspicions_index(suspected, suspected_documents)}{''.join(sections)}"
        f"{''.join(_suspicions_section(n, v) for n, v in enumerate(suspected))}</body></html>"
    )


def for_the_page(version: DocumentFacts) -> DocumentFacts:
    """What the page shows of a document: its text, sentences and suspicions. Not its facts,
    mentions and rows: a kept pair would hold them to the end, and the pairs with the most
    flags, the ones kept, are the longest."""
    parsed = ParsedDocument(version.parsed.doc_id, version.parsed.sentences)
    return DocumentFacts(version.document, parsed, [], version.suspicions)


class ReportSink:
    """Keeps the MAX_PAIRS pairs with the most flags (ties: the first compared), so memory
    stays flat in corpus size, and writes the page at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.kept: list[tuple[int, int, dict[str, object], PairResult]] = []  # heap of (flags, -arrival, ...)
        self.pairs = 0
        self.suspected: list[tuple[int, int, DocumentFacts]] = []  # heap of (suspicions, -arrival, document)
        self.suspected_documents = 0

    def add_story(self, result: StoryResult) -> None:
        for version in result.documents:
            if version.suspicions:
                kept = for_the_page(version)
                heapq.heappush(self.suspected, (len(version.suspicions), -self.suspected_documents, kept))
                self.suspected_documents += 1
                if len(self.suspected) > MAX_PAIRS:
                    heapq.heappop(self.suspected)
        for pair in result.pairs:
            row = pair.summary_row
            sides = for_the_page(pair.reference), for_the_page(pair.compared)
            kept = PairResult(*sides, pair.diffs, pair.aligned_sentences)
            heapq.heappush(self.kept, (flag_count(row), -self.pairs, row, kept))
            self.pairs += 1
            if len(self.kept) > MAX_PAIRS:
                heapq.heappop(self.kept)

    def finish(self, documents: Iterable[dict[str, object]]) -> Path:
        shown = [(row, pair) for _, _, row, pair in sorted(self.kept, key=lambda item: (-item[0], -item[1]))]
        suspected = [v for _, _, v in sorted(self.suspected, key=lambda item: (-item[0], -item[1]))]
        page = build_report(shown, self.pairs, suspected, self.suspected_documents)
        atomic_write(self.path, lambda stream: stream.write(page))
        return self.path

    def abort(self) -> None:
        """Nothing to remove: the page is written only by `finish`."""
