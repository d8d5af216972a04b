"""The lines a copy of an article adds or drops around its text without touching a fact of
the story: the dateline before the first sentence (`DETROIT (Reuters) -`), the byline (`By
David Bailey`), credit lines (`(Reporting by David Bailey; Editing by Richard Chang)`) and
copyright notices. A syndicated copy drops them or writes its own; a fact found only in one
of them is kept in the table (every fact has its row) but flagged at the lowest severity,
and the change says which line it stood in. A fact that changed inside them (a dateline's
date) is compared as any other.
"""

from __future__ import annotations

import re

_CREDIT = re.compile(
    r"^\W*(?:(?:additional\s+)?(?:reporting|editing|writing|compiled|edited|written|photos?|graphics?)"
    r"(?:\s+and\s+\w+)?\s+by\b|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|"
    r"follow\s+\S+\s+on\s+(?:twitter|x|facebook)|contact\s+(?:the\s+)?(?:author|reporter|writer)\b)",
    re.IGNORECASE,
)
# Each name word is set off by a space, a comma or `and`: no way to split a word in two, so no
# backtracking blows up on a long line.
_BYLINE = re.compile(r"^\s*(?:By|BY)\s+[A-Z][\w.'’-]*(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w.'’-]*){0,7}[.,]?\s*$")
# `DETROIT (Reuters) -`, `WASHINGTON, Feb 10 (Reuters) -`, `NEW YORK (AP) —`, `LONDON -`
_DATELINE = re.compile(
    r"^\s*(?=[A-Z.'’ -]*[A-Z]{3})[A-Z][A-Z.'’ -]{1,40}"  # the place, in capitals
    r"(?:,[^()\n]{1,30}?)?\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s"  # a date, the agency, a dash
)


def boilerplate_line(sentence: str, text: str) -> str:
    """`credit line`, `byline` or `dateline` when `text` stands in such a part of `sentence`, else ''."""
    if _CREDIT.search(sentence):
        return "credit line"
    if _BYLINE.match(sentence):
        return "byline"
    dateline = _DATELINE.match(sentence)
    at = sentence.find(text)
    if dateline and 0 <= at and at + len(text) <= dateline.end():
        return "dateline"
    return ""
