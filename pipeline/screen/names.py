"""name_variant: a name with a dictionary word where its other spellings have a name.

One spelling of a name differs from a more common spelling by one word, and that word is a
common English word ("Unified States" where GeoNames and the run write "United States";
"Steve Businesses" where the run writes "Steve Jobs"). Within one document, names that share
a slot are no evidence (`Republican Party`, `Democratic Party`): there a name counts only as
a WordNet synonym (`name_synonym`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from pipeline.screen import Finding, Page, detector
from pipeline.screen.book import KNOWN_DOCUMENTS, PLACE, Name, NameBook, holds_a_name, name_spans, place_names
from pipeline.screen.words import (
    COMPASS,
    STOPWORDS,
    Chain,
    Token,
    is_common_word,
    joined,
    next_word,
    place_words,
    without_possessive,
    zipf,
)

MORE_COMMON = 3  # a spelling is the known one when written in this many times more documents
SLOT_SHARE = 0.6  # ... and when it holds this share of the names that differ at the same word
RARER_BY = 1.0  # Zipf points: how much rarer than the written word the original may be


def _same_word(a: str, b: str) -> bool:
    """Spellings of one word: case, a plural s, a possessive."""

    def stem(word: str) -> str:
        return without_possessive(word).lower().rstrip("s")

    return stem(a) == stem(b)


def windows(chain: Chain) -> Iterator[tuple[Name, tuple[Token, ...], bool]]:
    """Each name window of a chain, its tokens, and whether it is the whole chain."""
    for first, last in name_spans(chain):
        tokens = chain.tokens[first : last + 1]
        yield tuple(t.word for t in tokens), tokens, len(tokens) == len(chain.tokens)


def names_here(page: Page) -> Counter[Name]:
    """How often the document writes each of its whole names (chains of two to four words)."""
    return Counter(name for chain in page.chains for name, _, whole in windows(chain) if whole)


def inside(position: int, tokens: tuple[Token, ...], chain: Chain) -> bool:
    """The window is a name of its own around the word at `position`: it ends where the chain
    does or goes on past the word (`Mac OS` is no name within `Mac OS X`), and it begins where
    the chain does or after a country code or a place (`US Air Force` and `United States Air
    Force` are an `Air Force`; `Energy Agency` within `International Energy Agency` is not the
    `News Agency`, nor `York Times` a `York Stock`)."""
    at = chain.tokens.index(tokens[0])
    return (at == 0 or _a_place_before(chain, at)) and (position < len(tokens) - 1 or tokens[-1] is chain.tokens[-1])


def _a_place_before(chain: Chain, at: int) -> bool:
    """The words of the chain before `at` end with an acronym or a whole place name."""
    if chain.tokens[at - 1].text != chain.tokens[at - 1].word:
        return True  # after a possessive: `Apple Computer's | Macintosh OS X`
    before = tuple(t.word for t in chain.tokens[:at])
    places = place_names()
    return before[-1].isupper() or before[-1] in place_words() or any(before[i:] in places for i in range(len(before)))


def _swappable(original: str, written: str, titles: bool) -> bool:
    """Could a spinner have written `written` for `original`? Only for a dictionary word (a
    title too, where `titles`: `General Motors` -> `Basic Motors`), and compass points are no
    synonyms of each other (`North Wales`, `South Wales`)."""
    if not is_common_word(original, titles=titles):
        return False  # `Samoa`, `Virginia`, `Martin`: names, which a spinner leaves alone
    if zipf(original) < zipf(written) - RARER_BY:
        return False  # a synonym seldom is far more common than the word it replaces (`People`, `Dominican`)
    return not (original.lower() in COMPASS and written.lower() in COMPASS)


def _where_known(family: list[Name], own: Name, book: NameBook, head_final: bool) -> str:
    """Why `family` (spellings of one name: `Singapore Airlines`, `Singapore Airline`) is the known
    name of `own`, or '' when it is not. A name of the run counts only when the window ends
    where the name does."""
    alternative, own_count = family[0], book.count(own)
    corpus = min(PLACE, sum(book.count(spelling) for spelling in family))
    spelled = " ".join(alternative)
    if corpus >= PLACE:
        return f"the place is '{spelled}' (GeoNames)"
    if not head_final:
        return ""
    if corpus >= KNOWN_DOCUMENTS and corpus >= MORE_COMMON * max(1, own_count):
        return f"'{spelled}' is how {corpus} documents of this run write it"
    return ""


def _blank(name: Name, position: int) -> Name:
    return (*name[:position], "", *name[position + 1 :])


Slots = dict[tuple[Name, int], dict[str, int]]  # (name with one word blank, its place) -> word -> uses


def slots(here: Counter[Name], book: NameBook) -> Slots:
    """The whole names of this document by slot; places come from GeoNames alone, where one
    place fills a slot (`United Kingdom` and `United States` leave `United _` open)."""
    slots: Slots = {}
    for name, uses in here.items():
        if book.count(name) < PLACE:
            for position, word in enumerate(name):
                slots.setdefault((_blank(name, position), position), {})[word] = uses
    return slots


def fillers(book: NameBook, name: Name, position: int, whole: bool, local: Slots) -> dict[str, int]:
    """The words that stand at `position` in the names of the run (and, for a whole chain, of
    this document) whose other words are those of `name`, each with its documents (or uses here)."""
    fillers = dict(book.alternatives(name, position))
    if whole:
        for word, uses in local.get((_blank(name, position), position), {}).items():
            fillers[word] = max(fillers.get(word, 0), uses)
    return {word: n for word, n in fillers.items() if not _same_word(word, name[position])}


def _written(
    page: Page, token: Token, after: Token | None, chain: Chain, original: str, titles: bool
) -> tuple[int, str] | None:
    """Where the swapped words end, and the words, if a spinner could have written them for
    `original`: one word, or two where one was (`Singapore Air hoses` for `Singapore Airlines`:
    the second in lower case after the name)."""
    if _swappable(original, token.word, titles):
        return token.start + len(token.word), token.word
    if token is chain.tokens[-1] and after is not None and after.text.islower() and joined(page.text, token, after):
        pair = f"{token.word} {after.text}"
        if after.text not in STOPWORDS and _swappable(original, pair, titles):
            return after.end, pair
    return None


def _families(fillers: dict[str, int]) -> list[tuple[list[str], int]]:
    """Fillers grouped by word (`Airlines`, `Airline`), most used spelling first, most used family first."""
    families: list[tuple[list[str], int]] = []
    for word, n in sorted(fillers.items(), key=lambda item: (-item[1], item[0])):
        family = next((f for f in families if _same_word(f[0][0], word)), None)
        if family is None:
            families.append(([word], n))
        else:
            family[0].append(word)
            families[families.index(family)] = (family[0], min(PLACE, family[1] + n))
    return sorted(families, key=lambda item: (-item[1], item[0][0]))


def _holds_a_place(chain: Chain) -> bool:
    """`New York Times` is built on `New York`: a name of its own, not a changed place."""
    places, words = place_names(), tuple(t.word for t in chain.tokens)
    return any(words[i:j] in places for i in range(len(words)) for j in range(i + 2, len(words) + 1))


@detector("name_variant")
def name_variant(page: Page) -> Iterator[Finding]:
    book = page.names or NameBook()
    found = [(chain, *window) for chain in page.chains for window in windows(chain)]
    here = names_here(page)
    local = slots(here, book)
    flagged: set[int] = set()
    for chain, name, tokens, whole in found:
        for position, token in enumerate(tokens):
            if token.start in flagged or token.starts_sentence or not inside(position, tokens, chain):
                continue
            if not is_common_word(token.word) or not holds_a_name(name, position):
                continue
            families = _families(fillers(book, name, position, whole, local))
            if not families:
                continue
            words, documents = families[0]
            a_place = (*name[:position], words[0], *name[position + 1 :]) in place_names()  # `Saint` is its name
            swapped = _written(page, token, next_word(page.text, token), chain, words[0], titles=not a_place)
            if documents < SLOT_SHARE * sum(n for _, n in families) or swapped is None:
                continue  # an open slot (`Air Force`, `Air China`, ...), or no word a spinner would swap
            end, written = swapped
            family = [(*name[:position], word, *name[position + 1 :]) for word in words]
            head_final = tokens[-1] is chain.tokens[-1]  # `Microsoft CEO Steve` is no name of its own
            if family[0] in place_names() and _holds_a_place(chain):
                continue  # `New York Times` is built on `New York`: a name of its own, not a changed place
            if why := _where_known(family, name, book, head_final):
                flagged.add(token.start)
                reason = f"'{' '.join(name)}' differs by one common word, '{written}', from a known name: {why}"
                yield Finding(token.start, end, reason)
