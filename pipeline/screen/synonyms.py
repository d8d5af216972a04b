"""name_synonym: a name word swapped for its WordNet synonym, where the name is known unswapped.

Spinners take their synonyms from WordNet, names included: `Air Force` becomes `Air
Pressure`, `Air France` becomes `Air out France`, `Singapore Airlines` becomes `Singapore
Airline businesses`, and `Steve Jobs`, once named, becomes `Lines` alone. A name whose one
word (or two-word term) is a synonym of the word that the same name has where the run, the
document or GeoNames writes it is suspect, common word or not; so is a word standing alone
that is a synonym of the surname of a person the document names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import accumulate

from pipeline.screen import Finding, Page, detector
from pipeline.screen.book import LONGEST_NAME, PLACE, Name, NameBook, places_at
from pipeline.screen.names import fillers, inside, names_here, slots, windows
from pipeline.screen.wordnet import in_wordnet, synonymous
from pipeline.screen.words import (
    STOPWORDS,
    Token,
    is_given_name,
    is_month,
    is_title,
    joined,
    next_word,
    place_words,
    zipf,
)

PLACE_RARER_BY = 1.0  # Zipf points: `Submits` (3.0) for `States` (5.5), but `United Nations` (4.8) is meant
ELSEWHERE = 2  # other documents of the run that must write a name the document does not
REPEATED = 3  # a spinner varies its synonyms: a word alone this often in one document is its own
SHORTEST_SURNAME = 3  # letters: `Jerry C` gives no surname to find synonyms of


@dataclass(frozen=True)
class Swap:
    """A word of a name as written, perhaps with the lower-case word a spinner wrote after it."""

    name: Name  # the name as written, the term at `position` whole: (`Air out`, `France`)
    position: int
    start: int
    end: int
    written: str  # `Air out`
    whole: Name = ()  # the whole name the window is part of (`World Health Organization`)
    head_final: bool = True  # the window ends where the whole name does


def _swappable(word: str) -> bool:
    """A word a spinner could have written: in WordNet, no acronym, given name, place or month."""
    return (
        word.isalpha()
        and not word.isupper()
        and word.lower() not in STOPWORDS
        and not (is_given_name(word) or word in place_words() or is_month(word))
        and in_wordnet(word)
    )


def _with_next(page: Page, token: Token) -> tuple[str, int] | None:
    """The word and the lower-case word after it, as one term (`Air out`, `Lake herring`)."""
    after = next_word(page.text, token)
    if after is None or after.text in STOPWORDS or not joined(page.text, token, after):
        return None
    return f"{token.word} {after.text}", after.end


def _in_chains(page: Page) -> Iterator[Swap]:
    """Every word of every name window, alone or with a lower-case word after the chain."""
    for chain in page.chains:
        for name, tokens, _ in windows(chain):
            for position, token in enumerate(tokens):
                if token.starts_sentence or not token.capitalised or not inside(position, tokens, chain):
                    continue
                whole, final = tuple(t.word for t in chain.tokens), tokens[-1] is chain.tokens[-1]
                yield Swap(name, position, token.start, token.start + len(token.word), token.word, whole, final)
                pair = _with_next(page, token) if token is chain.tokens[-1] else None
                if pair:
                    written = (*name[:position], pair[0], *name[position + 1 :])
                    yield Swap(written, position, token.start, pair[1], pair[0], whole, final)


def _across_a_word(page: Page) -> Iterator[Swap]:
    """A capitalised word, a lower-case word, then a name goes on: `Air out France`, `the
    Defensive measure Ministry`; the chain is broken where the spinner wrote two words for one."""
    tokens = page.tokens
    for index, token in enumerate(tokens[:-1]):
        pair = _with_next(page, token) if token.capitalised else None
        if pair is None:
            continue
        following = [t for t in tokens[index + 1 : index + LONGEST_NAME] if t.capitalised]
        after = page.text[pair[1] : following[0].start] if following else ""
        if not following or after.strip(" ") or following[0].starts_sentence:
            continue
        rest = [following[0]]
        for word in following[1:]:
            if not joined(page.text, rest[-1], word) or word.starts_sentence:
                break
            rest.append(word)
        yield Swap((pair[0], *(t.word for t in rest)), 0, token.start, pair[1], pair[0])


def _known(swap: Swap, alternative: Name, page: Page, here: Counter[Name]) -> str:
    """Why the alternative spelling is the known one, or '': GeoNames; or, for a window that
    ends where its name does (`World Health` within `World Health Organization` is no
    `Public Health`), more of the run's other documents, then more uses in this one, then
    the more common word (a spinner's synonym is seldom commoner than the writer's word)."""
    own, position = swap.name, swap.position
    book = page.names or NameBook()
    spelled, corpus, written = " ".join(alternative), book.count(alternative), book.count(own)
    if written >= PLACE:
        return ""  # `United States` is a place, whatever `United Nations` is
    if corpus >= PLACE:  # a place word's synonym is a far rarer word (`Submits`), else a name of its own
        far_rarer = zipf(own[position]) <= zipf(alternative[position]) - PLACE_RARER_BY
        return f"the place is '{spelled}' (GeoNames)" if far_rarer and page.text.count(" ".join(own)) < 2 else ""
    if not swap.head_final:
        return ""
    other_documents = (corpus - (here[alternative] > 0), written - (here[own] > 0))
    evidence = (other_documents[0], here[alternative], zipf(alternative[position]))
    if not corpus or evidence <= (other_documents[1], here[own], zipf(own[position])):
        return ""
    if not here[alternative] and other_documents[0] < ELSEWHERE:
        return ""  # one other document is no evidence: it may be spun itself
    if here[alternative]:
        return f"this document writes '{spelled}' too"
    return f"{corpus} documents of this run write '{spelled}'"


def _established(swap: Swap, book: NameBook, here: Counter[Name]) -> bool:
    """The whole name the window stands in is written so in other documents of the run
    (`World Health Organization`): a name of its own, not a spinner's one-off."""
    longer = len(swap.whole) > len(swap.name)
    return longer and book.count(swap.whole) - (here[swap.whole] > 0) >= ELSEWHERE


def _spelling(written: str, original: str) -> bool:
    """Two spellings of one word, which WordNet lists as synonyms: `Defense`, `Defence`."""
    return abs(len(written) - len(original)) <= 1 and SequenceMatcher(None, written, original).ratio() >= 0.8


@detector("name_synonym")
def name_synonym(page: Page) -> Iterator[Finding]:
    book = page.names or NameBook()
    here = names_here(page)
    local = slots(here, book)
    flagged: set[int] = set()
    for swap in (*_in_chains(page), *_across_a_word(page)):
        if swap.start in flagged or not _swappable(swap.written.split()[0]) or _established(swap, book, here):
            continue
        whole = swap.name in here
        candidates = fillers(book, swap.name, swap.position, whole, local)
        candidates |= dict.fromkeys(places_at(swap.name, swap.position), PLACE)  # `United States` and `Kingdom`
        for word, _ in sorted(candidates.items(), key=lambda w: -w[1]):
            alternative = (*swap.name[: swap.position], word, *swap.name[swap.position + 1 :])
            if not synonymous(swap.written, word) or _spelling(swap.written, word):
                continue
            if why := _known(swap, alternative, page, here):
                flagged.add(swap.start)
                reason = f"'{swap.written}' is a synonym of '{word}', and {why}: a name swapped word for word?"
                yield Finding(swap.start, swap.end, reason)
                break
    yield from _lone_surnames(page, book)


def _surnames(page: Page) -> dict[str, Name]:
    """The surname of each person the document names with a given name and the model tags a
    person: surname -> full name (`Steve Jobs`; not `Paris Agreement`, nor `Jerry C`)."""
    people = sorted((m.start, m.end) for m in page.parsed.mentions if m.label == "PERSON")
    starts = [start for start, _ in people]
    reach = list(accumulate((end for _, end in people), max))  # the furthest end of a person begun so far
    found: dict[str, Name] = {}
    for chain in page.chains:
        words = chain.capitals
        if not 2 <= len(words) <= 3:
            continue
        k = bisect_right(starts, words[0].start) - 1  # the people begun where the chain begins or before
        if k < 0 or reach[k] < words[-1].end:
            continue
        names = tuple(t.word for t in words)
        if names[0].lower() not in STOPWORDS and is_given_name(names[0]) and len(names[-1]) >= SHORTEST_SURNAME:
            found[names[-1]] = names
    return found


def _lone_surnames(page: Page, book: NameBook) -> Iterator[Finding]:
    """A word standing alone that is a synonym of a person's surname: `Steve Businesses` ...
    `Lines welcomed everyone` (both are synonyms of `Jobs`). The word alone is the original
    where the document repeats it, or the run knows the person by it as well."""
    surnames = _surnames(page)
    in_chains = {t.start for chain in page.chains for t in chain.tokens}
    alone = [t for t in page.tokens if t.capitalised and t.start not in in_chains and t.word not in surnames]
    uses = Counter(t.word for t in alone)
    for token in alone:
        if uses[token.word] >= REPEATED or is_title(token.word) or not _swappable(token.word):
            continue
        for surname, person in surnames.items():
            if not synonymous(token.word, surname, nouns_only=True) or _spelling(token.word, surname):
                continue
            if book.count((*person[:-1], token.word)) >= max(1, book.count(person)):
                continue  # the run knows the person by this word too: it is the name
            reason = (
                f"'{token.word}' stands alone as a synonym of '{surname}', the surname of '{' '.join(person)}' "
                "in this document: a surname swapped for a synonym?"
            )
            yield Finding(token.start, token.start + len(token.word), reason)
            break
