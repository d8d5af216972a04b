"""Hard-wrapped text read as running text.

Copies extracted from PDF or word-processor files break their lines every 60 to 110
characters, inside sentences and inside names: "known as Satoshi\\nNakamoto". spaCy, trained
on running text, then splits the name in two and the line break starts a sentence, so the
copy's facts no longer match the original's. In a document whose lines are wrapped like
that, each line break between two lines of text is read as a space: the same length, so
every offset still indexes the text as written. A blank line still ends a paragraph.
"""

from __future__ import annotations

import re
import statistics
from itertools import pairwise

MIN_LINES = 4  # too few lines to tell a wrapped text from a list of headlines (full lines tell them apart)
WRAP_WIDTH = (25, 130)  # the median line length of a hard-wrapped text (a newspaper column: 25-45) lies in this range
COLUMN_WIDTH = 40  # narrower lines are a column only if most go on in lower case (a list of headlines does not)
LOWER_SHARE = 0.5
WRAPPED_SHARE = 0.5  # share of line breaks inside a sentence (no full stop before them)
FILLED_SHARE = 0.75  # of those, the share of full lines (PDF and word-processor copies: 0.79 to 1.0)
SHORT_LINE = 0.5  # of the width: a shorter line ends a paragraph or is a heading, even in a wrapped text
FULL_LINE = 0.95  # of the width: the next word would have taken the line past it, so a wrapper broke it
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")
_NEXT_WORD = re.compile(r"\s*(\S+)")
_LINE_BREAK_IN_TEXT = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*\S)")


def is_hard_wrapped(text: str) -> bool:
    """Whether the text's lines are broken at a width rather than at sentence ends."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    median = statistics.median(len(line) for line in lines)
    if not WRAP_WIDTH[0] <= median <= WRAP_WIDTH[1]:
        return False
    if median < COLUMN_WIDTH and sum(line.lstrip()[:1].islower() for line in lines[1:]) < LOWER_SHARE * (
        len(lines) - 1
    ):
        return False
    inside = sum(1 for line in lines[:-1] if not _SENTENCE_END.search(line))
    return inside >= WRAPPED_SHARE * (len(lines) - 1) and _filled_share(text) >= FILLED_SHARE


def _filled_share(text: str) -> float:
    """Of the lines that break inside a sentence, the share that are full: the next line's
    first word would have taken them past the width. A wrapper breaks a line only there; a
    list, a table or one short paragraph a line (a results table, headlines) breaks anywhere."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = _wrap_width(lines)
    breaks = [
        _fills(line, following.split()[0], width)
        for line, following in pairwise(lines)
        if line.strip() and following.strip() and not _SENTENCE_END.search(line)
    ]
    return sum(breaks) / len(breaks) if breaks else 0.0


def _wrap_width(lines: list[str]) -> int:
    """The width the lines were wrapped at: the 95th percentile of their lengths, robust to
    one over-long line."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return widths[int(0.95 * (len(widths) - 1))] if widths else 0


def _fills(line: str, next_word: str, width: int) -> bool:
    """The next line's first word would have taken the line past the width: a wrapper broke it."""
    return len(line) + 1 + len(next_word) > FULL_LINE * width


def unwrapped(text: str) -> str:
    """The text as the NER should read it: line breaks inside paragraphs of a hard-wrapped
    text become spaces (same length, same offsets), but not after a line too short to have
    been wrapped (a heading, a paragraph's last line) nor before a capitalised word it had room
    for (a list's next item); in any other text, only a break after
    a full line inside a sentence, where a copy wrapped a paragraph among headings and lists."""
    width = _wrap_width(text.split("\n"))
    wrapped = is_hard_wrapped(text)
    if not wrapped and not WRAP_WIDTH[0] <= width <= WRAP_WIDTH[1]:
        return text

    def wrapped_here(match: re.Match[str]) -> bool:
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip()
        following = _NEXT_WORD.match(text, match.end())[1]  # type: ignore[index]  # the break's pattern saw one
        if wrapped and len(line) >= SHORT_LINE * width:
            # a capitalised word the line had room for begins a line of its own: a list's item,
            # a label (`8 GB RAM` / `Multiplayer? No`); a wrapper breaks only where it did not fit
            return _fills(line, following, width) or not following[:1].isupper()
        return _fills(line, following, width) and not _SENTENCE_END.search(line)

    breaks = [match.span() for match in _LINE_BREAK_IN_TEXT.finditer(text) if wrapped_here(match)]
    if not wrapped and len(breaks) < MIN_LINES:  # a list's longest lines, not a wrapped paragraph
        return text
    pieces, at = [], 0
    for start, end in breaks:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join([*pieces, text[at:]])


# a word a hard-wrapped copy hyphenated at a line end, on either side of a counterpart's edge
_HYPHENATED_ON = re.compile(r"-?[ \t]*\n\s*[a-z]+")
_HYPHENATED_BEFORE = re.compile(r"[A-Za-z]+-[ \t]*\n\s*$")


def over_line_end_hyphens(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span (a mention, a counterpart) that ends or starts inside a word hyphenated at a line
    end takes in the whole word (`Gove-` of `Gove-\\nrnor Spitzer`)."""
    start, end = span
    if text[end - 1 : end] == "-" or (text[end : end + 1] == "-" and text[end - 1 : end].isalpha()):
        joined = _HYPHENATED_ON.match(text, end)
        if joined and not compound(text[max(0, end - 30) : end], joined[0]):
            end = joined.end()
    if text[start : start + 1].islower() and (before := _HYPHENATED_BEFORE.search(text, max(0, start - 40), start)):
        if not compound(before[0], text[start : start + 30]):
            start = before.start()
    return start, end


# a hyphenated name a wrapper broke after its hyphen (`Owens-\nIllinois`); the next line's first
# word no word that starts a sentence (`Workers-\nThe union` is a dash, then a sentence)
_STARTS_A_SENTENCE = r"(?!(?:The|A|An|In|On|At|It|He|She|We|They|This|That|But|And|Or|I)\b)"
_NAME_GOES_ON = re.compile(rf"-?[ \t]*\n\s*{_STARTS_A_SENTENCE}[A-Z][A-Za-z]*")
_NAME_BEGAN_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-[ \t]*\n\s*$")


def over_a_names_line_end_hyphen(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span that ends or starts at a line-end hyphen between two capitalised words takes in
    the other half: the counterpart of a hyphenated name (`Owens-Illinois`) whose copy the
    model read as two (`Owens-` and `Illinois`). Only for a name hyphenated in its own version:
    `US-\\nCaribbean` is two names where the other version reads `US` and `Caribbean`."""
    start, end = span
    if text[end - 1 : end] == "-" or text[end : end + 1] == "-":
        if (goes_on := _NAME_GOES_ON.match(text, end)) and re.search(r"[A-Z][A-Za-z]*-?$", text[start:end]):
            end = goes_on.end()
    if text[start : start + 1].isupper() and re.match(_STARTS_A_SENTENCE, text[start:]):
        if began := _NAME_BEGAN_BEFORE.search(text, max(0, start - 40), start):
            start = began.start()
    return start, end


def over_a_break(words: str, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A counterpart cut at a line break that the fact's own `words` run over takes in the rest
    of them where they stand on the other side: a copy spaced another way (`10\\nminutes` of a
    recipe card is `10\\n\\nminutes` there, two paragraphs to the model) has the same words."""
    wanted, found = words.split(), text[span[0] : span[1]].split()
    if not found or len(found) >= len(wanted):
        return span
    if wanted[: len(found)] == found:
        rest = re.compile(r"[ \t]*\n\s*" + r"\s+".join(map(re.escape, wanted[len(found) :])) + r"(?!\w)")
        if after := rest.match(text, span[1]):
            return span[0], after.end()
    if wanted[-len(found) :] == found:
        rest = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, wanted[: -len(found)])) + r"[ \t]*\n\s*$")
        if before := rest.search(text, max(0, span[0] - 200), span[0]):
            return before.start(), span[1]
    return span


_NUMBER_END = re.compile(r"teen|ty|th", re.IGNORECASE)  # `seven-\nteen` is one number cut in two


# Prefixes that are no words of their own, before a word they keep a hyphen with where the two
# written together are no word either (`multi-year`, `anti-government`, `pre-election`)
_PREFIXES = frozenset(
    {"multi", "non", "semi", "anti", "pre", "post", "mid", "co", "ex", "sub", "inter", "intra", "ultra", "pseudo"}
)


def compound(before: str, after: str) -> bool:
    """The line-end hyphen between `before` and `after` is a compound's own: the halves are
    words of their own and the two written together are none (`decades-\\nlong`,
    `fifty-\\nyear`), not halves of one word (`Gove-\\nrnor`, `Inter-\\nnational`)."""
    from pipeline.normalize.number_words import NUMBER_WORD  # here: normalize imports this module
    from pipeline.screen.wordnet import in_wordnet  # here: the screen's package imports normalize

    first, second = re.findall(r"[A-Za-z]+", before)[-1:], re.findall(r"[A-Za-z]+", after)[:1]
    if first and second and NUMBER_WORD.fullmatch(first[0].lower()) and not _NUMBER_END.fullmatch(second[0]):
        return True  # `one-\ntime`, `two-\nyear`: a count's compound, though `onetime` is a word too
    if not (first and second) or in_wordnet(first[0] + second[0]):
        return False
    return (in_wordnet(first[0]) or first[0].lower() in _PREFIXES) and in_wordnet(second[0])
