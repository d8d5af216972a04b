"""Text clean-up shared by every normaliser: quotes, dashes, accents, case, articles."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from text_to_num import alpha2digit

from pipeline.wraps import compound

_QUOTES = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‛": "'",
        "`": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "\u00a0": " ",
    }
    # characters no reader sees (zero-width, bidi controls): `Pa\u200bris` is `Paris`
    | dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:\s*'s|s')$", re.IGNORECASE)  # `next week 's`: a tokenised possessive
_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " \t\n\"'.,;:()[]{}"


# A word a hard-wrapped copy hyphenated at a line end (`Inter-\nnational`, `Tues-\nday`): one
# word again. Between lower-case letters the hyphen goes too; elsewhere it was the word's own
# (`Guinea-\nBissau`, `40-\nyear-old`) and stays.
_LINE_END_HYPHEN = re.compile(r"(?P<before>[A-Za-z]*[a-z])-[ \t]*\n\s*(?P<after>[a-z]+)")
_LINE_END_DASH = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def _joined(match: re.Match[str]) -> str:
    """A word hyphenated at a line end, whole again; a compound keeps its own hyphen."""
    before, after = match["before"], match["after"]
    return f"{before}-{after}" if compound(before, after) else before + after


def tidy(text: str) -> str:
    """Straight quotes and dashes, words hyphenated at a line end joined, one space between
    words, a decimal point for a `;`, `!` or `?` between digits, no edge punctuation."""
    if "\u00ad" in text:  # a soft hyphen: a line-end hyphen before a break, else nothing
        text = re.sub("\u00ad(?=[ \t]*\n)", "-", text).replace("\u00ad", "")
    text = _LINE_END_DASH.sub("-", _LINE_END_HYPHEN.sub(_joined, text.translate(_QUOTES)))
    text = _MISREAD_POINT.sub(".", _SPACES.sub(" ", text))
    text = _BARE_POINT.sub("0.", text.strip())  # `.4 per cent` = `0.4 per cent`
    return text.strip(_EDGE_PUNCTUATION)


_BARE_POINT = re.compile(r"^\.(?=\d)")  # a decimal written without its leading zero
# A decimal point that a copy's punctuation or OCR turned into another mark (`9;9 hours`, `9?9`,
# `22!4 seconds`): no number is written with one between its digits.
_MISREAD_POINT = re.compile(r"(?<=\d)[;!?](?=\d)")


def fold(text: str) -> str:
    """Case- and accent-insensitive form (Unicode NFKD, combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def strip_article(text: str) -> str:
    return _LEADING_ARTICLE.sub("", text)


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text)


def digits_for_words(text: str) -> str:
    """Number words as digits (`six` -> `6`, `fourth` -> `4th`), everything else kept."""
    try:
        return alpha2digit(text, "en", threshold=0)
    except (ValueError, IndexError):  # text2num gives up on some odd word sequences
        return text


def differing_words(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """The words of two versions once their common first and last words are set aside."""
    while old and new and old[0] == new[0]:
        old, new = old[1:], new[1:]
    while old and new and old[-1] == new[-1]:
        old, new = old[:-1], new[:-1]
    return old, new


def plain_key(text: str) -> str:
    """The fallback canonical form: folded, article and possessive gone, digits for words."""
    words = re.sub(r"(?<=\w)-(?=[a-z])", " ", strip_possessive(strip_article(fold(tidy(text)))))
    return _NUMBER_RANGE.sub("-", digits_for_words(words))  # `60 to 40` = `60-40`, a score or a vote


_NUMBER_RANGE = re.compile(r"(?<=\d)\s*(?:-|\bto\b)\s*(?=\d)")  # dashes are hyphens once tidied


_ACRONYM = re.compile(r"(?:\w\.)+\w?\.?")


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # `Attendance 5,300` = `Attendance 5300`


@lru_cache(maxsize=65_536)  # every comparison of two names asks for both keys
def name_key(text: str) -> str:
    """What identifies a name: its words from the first to the last capitalised word or
    number, folded, dots out of acronyms (U.S. = US) and abbreviations (St. = St), run
    together (`JP Morgan` = `JPMorgan`, `and` = `&`). Lower-case
    words at the edges are wording, not identity (`Wayne's World for radio`); inside a name
    they are part of it (`Air out France` is not `Air France`)."""
    words = [  # `St.` = `St`: the full stop of an abbreviation is spelling, not identity
        "-".join(part.replace(".", "") if _ACRONYM.fullmatch(part) else part for part in w.split("-")).rstrip(".")
        for w in _THOUSANDS.sub("", digits_for_words(strip_possessive(tidy(text)))).split()
    ]  # `Russian-U.S.` = `Russian-US`
    marked = [i for i, w in enumerate(words) if w[:1].isupper() or w[:1].isdigit()]
    if any(w[:1].isupper() for w in words):  # a value already folded (`world war 2`) keeps every word
        words = words[marked[0] : marked[-1] + 1]
    key = plain_key(" ".join(_unabbreviated(word, i, len(words)) for i, word in enumerate(words)))
    return _BETWEEN_WORDS.sub("", _AND.sub("&", key))


def legal_form_left_out(left: str, right: str) -> bool:
    """One name is the other less its legal form (`General Motors Corp.` = `General Motors`);
    two forms (`Ford Motor Co.`, `Ford Motor Corp.`) are two names, and so is a form swapped
    for a plain word (`Hewlett-Packard Company` -> `Hewlett-Packard troupe`), as spinners make."""
    names = [tidy(name).split() for name in (left, right)]
    if not all(names):
        return False
    shorter = [without_designator(words) for words in names]
    # every word counts, a lower-case one too (`Nasdaq composite`, as AP writes the index; but
    # `Hewlett-Packard troupe` is not `Hewlett-Packard`)
    keys = [name_key(" ".join(word[:1].upper() + word[1:] for word in words)) for words in shorter]
    return (shorter[0] == names[0] or shorter[1] == names[1]) and keys[0] == keys[1]


# A company's legal form after its name, left out, leaves the company: `General Motors Corp.`
# = `General Motors`, `Merrill Lynch & Co.` = `Merrill Lynch`, `Deutsche Bank AG` = `Deutsche Bank`.
DESIGNATORS = frozenset(
    {"corporation", "incorporated", "company", "limited", "llc", "plc", "ag", "sa", "nv", "gmbh", "lp", "llp"}
    | {"index"}  # what kind of thing a market's index is: `the Nasdaq Composite Index` = `the Nasdaq Composite`
    | {"party"}  # `the Labour Party` = `Labour`, `the Likud party` = `Likud`
    | {"stadium", "airport", "arena"}  # `Wembley Stadium` = `Wembley`, `Heathrow Airport` = `Heathrow`
    | {"province", "county", "prefecture", "district", "region"}  # `Sichuan Province` = `Sichuan` (not `City`:
    # `Mexico City` is not `Mexico`)
)


def is_legal_form(text: str) -> bool:
    """`LLC`, `Inc.`, `Corp.` alone: the model tags them apart from the name they end (`Chrysler
    LLC`), and alone they name no one."""
    return len(text.split()) == 1 and _is_designator(text.strip())


def without_designator(words: list[str]) -> list[str]:
    """A name's words less the legal form at its end (and the `&` of `& Co.`), and the `.com`
    a web company's name ends with (`Amazon.com Inc.` = `Amazon`); one word stays."""
    end = len(words)
    while end > 1 and (_is_designator(words[end - 1]) or words[end - 1] == "&"):
        end -= 1
    kept = words[:end]
    if re.fullmatch(r"[A-Za-z][\w-]*\.com", kept[-1], re.IGNORECASE):
        kept = [*kept[:-1], kept[-1][:-4]]
    return kept


# How a name's words are set apart is spelling, not identity: `JPMorgan` = `JP Morgan`,
# `Wal-Mart Stores, Inc.` = `Wal-Mart Stores Inc`, `S&P` = `S & P` = `S and P`.
_AND = re.compile(r"\band\b")
_BETWEEN_WORDS = re.compile(r"[\s,\-]+")


# Words of names written short (`Treasury Dept.`, `Mt. Everest`, `Ford Motor Co.`): the same name.
NAME_ABBREVIATIONS = {
    "dept": "department",
    "mt": "mount",
    "ft": "fort",
    "co": "company",
    "corp": "corporation",
    "inc": "incorporated",
    "ltd": "limited",
    "bros": "brothers",
    "intl": "international",
    "natl": "national",
    "govt": "government",
    "univ": "university",
    "assn": "association",
    "ave": "avenue",
    "blvd": "boulevard",
    "rd": "road",
}
# Ranks and offices written short before a name (`Det. Insp. Mark Dawson`, `Lt. Col.`); alone,
# they name no one.
RANKS_WRITTEN_SHORT = {
    "det": "detective", "insp": "inspector", "supt": "superintendent", "sgt": "sergeant", "cpl": "corporal",
    "lt": "lieutenant", "capt": "captain", "maj": "major", "col": "colonel", "brig": "brigadier",
    "gen": "general", "cmdr": "commander", "cllr": "councillor", "gov": "governor", "sen": "senator",
}  # fmt: skip
NAME_ABBREVIATIONS |= RANKS_WRITTEN_SHORT


def only_ranks(text: str) -> bool:
    """`Det.`, `Lt. Col.`: the model tags a rank written short as a name of its own."""
    words = text.split()
    return bool(words) and all(w.endswith(".") and w[:-1].lower() in RANKS_WRITTEN_SHORT for w in words)


def _is_designator(word: str) -> bool:
    bare = word.lower().replace(".", "").strip(",")  # `Corp.`, `S.A.`
    return NAME_ABBREVIATIONS.get(bare, bare) in DESIGNATORS


def _unabbreviated(word: str, index: int, count: int) -> str:
    """A name's word written in full; `St` is a saint before a name and a street after one."""
    if word.lower() == "st" and count > 1:
        return "saint" if index == 0 else "street"
    return NAME_ABBREVIATIONS.get(word.lower(), word)


# Characters that OCR reads for letters (`8itcoin`, `wa11et`, `$tudios`, `€haotic`): a
# counterpart that differs only by them is the same name misread, and a "number" that is
# a word with them (`0nce`, `0r`) is no number at all.
_LOOKALIKES = frozenset(
    {("0", "o"), ("1", "l"), ("1", "i"), ("5", "s"), ("8", "b"), ("$", "s"), ("€", "c"), ("€", "e"), ("|", "l")}
)
_AS_LETTERS = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "$": "s"})
_DIGITS_IN_A_WORD = re.compile(r"0[A-Za-z]+|[A-Za-z]+[0158$]+[A-Za-z]*")
WORD_ZIPF = 3.0  # wordfreq's Zipf scale: once per million words


def _lookalike(written: str, meant: str) -> bool:
    return (written, meant.lower()) in _LOOKALIKES or (meant, written.lower()) in _LOOKALIKES


def misread(written: str, meant: str) -> bool:
    """`written` is `meant` with characters OCR takes for letters, each beside a letter."""
    if len(written) != len(meant) or written == meant:
        return False
    for at, (left, right) in enumerate(zip(written, meant, strict=True)):
        if left.lower() == right.lower():
            continue
        beside = written[max(0, at - 1) : at] + written[at + 1 : at + 2]
        if not _lookalike(left, right) or not any(c.isalpha() for c in beside):
            return False
    return True


_NUMBER_SEPARATOR = re.compile(r"(?<=\d)[.,\u00a0\u202f ](?=\d)")


def separators_swapped(written: str, meant: str) -> bool:
    """The same digits grouped the same way, a full stop where the other has a comma or a space:
    `1.200` = `1,200`, `3,5` = `3.5`, as the continent writes them (a translation, a European
    copy). Alone, `1.200` reads as 1.2; beside its counterpart, it is the same number."""
    return written != meant and _NUMBER_SEPARATOR.sub("|", written) == _NUMBER_SEPARATOR.sub("|", meant)


_CODE_GAP = re.compile(r"(?<=[A-Za-z])[\s-]+(?=\d)")


def code_spaced(written: str, meant: str) -> bool:
    """The same code of letters and a number, with or without a space or hyphen between them:
    `PM2.5` = `PM 2.5`, `COVID-19` = `Covid 19`."""
    return written != meant and _CODE_GAP.sub("", written).lower() == _CODE_GAP.sub("", meant).lower()


def written_alike(written: str, meant: str) -> bool:
    """`written` is `meant` misread by OCR, with its numbers' separators swapped, or a code
    spaced another way."""
    return misread(written, meant) or separators_swapped(written, meant) or code_spaced(written, meant)


def misread_word(text: str) -> bool:
    """One word that OCR wrote with digits for letters (`0nce`, `wa11et`): read as letters,
    a dictionary word. A code such as `G8`, `A380` or `H1N1` reads as none."""
    if not _DIGITS_IN_A_WORD.fullmatch(text):
        return False
    letters = text.translate(_AS_LETTERS).lower()
    if not text.startswith("0") and len(letters) < 4:
        return False  # `G8`, `F15`: short codes, whatever they spell
    from wordfreq import zipf_frequency

    return zipf_frequency(letters, "en") >= WORD_ZIPF
