"""Hard-wrapped copies (PDF, word-processor exports) read as running text."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from pipeline.options import RunOptions
from pipeline.run import run_extract
from pipeline.wraps import is_hard_wrapped, unwrapped

from .conftest import DATA, read_csv

ORIGINAL = (DATA / "000_c49ac1a8b086b6ac.txt").read_text(encoding="utf-8")
RUNNING = (
    "It was created by a hacker whose identity is a mystery, but who is known as Satoshi Nakamoto. "
    "The software was released in January 2009 and the first block was mined in Helsinki. "
    "Analysts at Goldman Sachs said the price rose 40 per cent in the following six months. "
    "The central bank of Sweden, the Riksbank, warned investors on Tuesday about the risks. "
)

RESULTS = """Leading scores after the first round of the Open golf championship on Thursday
Colin Montgomerie (Britain) 67
Ernie Els (South Africa) and Nick Faldo (Britain) both 68
Tiger Woods (U.S.) 69 after a bogey at the last hole
Greg Norman (Australia) 70
Fred Couples (U.S.), Vijay Singh (Fiji), Tom Lehman (U.S.) and Mark O'Meara (U.S.) 71
Jose Maria Olazabal (Spain) 72
Phil Mickelson (U.S.) 73, Davis Love (U.S.) 74
Lee Westwood (Britain) 75"""


def wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width))


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (wrap(RUNNING * 2, 62), True),  # a word-processor export
        (wrap(RUNNING * 3, 110), True),  # a PDF page
        (ORIGINAL, False),  # paragraphs between blank lines
        (RUNNING.replace(". ", ".\n") * 2, False),  # one sentence a line
        ("Sport\nPolitics\nWorld\nBusiness\nWeather\nCulture\nTravel\nScience\nHealth", False),  # a menu
        (RESULTS, False),  # a results table, one row a line: rows end anywhere
        ("\n".join(wrap(sentence, 70) for sentence in re.split(r"(?<=\.) ", RUNNING * 2)), True),  # no blank lines
    ],
)
def test_a_hard_wrapped_text_is_told_apart(text: str, wrapped: bool) -> None:
    assert is_hard_wrapped(text) is wrapped


def test_unwrapping_keeps_every_offset_and_every_paragraph() -> None:
    text = wrap(RUNNING, 60) + "\n\n" + wrap(RUNNING, 60)
    read = unwrapped(text)
    assert len(read) == len(text) and "\n\n" in read and read.count("\n") == 2
    assert all(a == b or (a == " " and b.isspace()) for a, b in zip(read, text, strict=True))


def test_a_name_broken_across_lines_is_one_fact_and_is_not_flagged(tmp_path: Path) -> None:
    story = tmp_path / "data" / "s"
    story.mkdir(parents=True)
    (story / "original.txt").write_text(RUNNING * 2, encoding="utf-8")
    width = next(w for w in range(45, 90) if "Satoshi\nNakamoto" in wrap(RUNNING * 2, w))
    copy = wrap(RUNNING * 2, width)
    (story / "copy.txt").write_text(copy, encoding="utf-8")
    run_extract(RunOptions(tmp_path / "data", tmp_path / "out", quiet=True, use_cache=False))
    facts = read_csv(tmp_path / "out" / "facts.csv")
    names = facts[(facts["version"] == "copy") & facts["value"].str.contains("Nakamoto")]
    assert "Satoshi\nNakamoto" in set(names["text"])  # as written, offsets into the copy
    diffs = read_csv(tmp_path / "out" / "fact_diffs.csv")
    assert not (diffs["status"].isin(["changed", "missing", "added"])).any()


@pytest.mark.parametrize(
    ("wrapped", "flat"),
    [
        ("Inter-\nnational Criminal Court", "International Criminal Court"),  # hyphenated at the line end
        ("Tues-\nday", "Tuesday"),
        ("Se- \n  curity Council", "Security Council"),
        ("Inter\u00ad\nnational", "International"),  # a soft hyphen
        ("Guinea-\nBissau", "Guinea-Bissau"),  # the word's own hyphen stays
        ("a 40-\nyear-old man", "a 40-year-old man"),
        ("the decades-\nlong war", "the decades-long war"),  # a compound of two words keeps its hyphen
        ("a fifty-\nyear lease", "a fifty-year lease"),
        ("a well-\nknown firm", "a well-known firm"),
        ("a multi-\nyear deal", "a multi-year deal"),  # a prefix no word of its own keeps its hyphen too
        ("an anti-\ngovernment protest", "an anti-government protest"),
        ("a pre-\nelection poll", "a pre-election poll"),
        ("the pre-\nsident", "the president"),  # but not inside a word
        ("inter-\nnational", "international"),
    ],
)
def test_a_word_hyphenated_at_a_line_end_is_one_word_again(wrapped: str, flat: str) -> None:
    from pipeline.normalize.text import tidy

    assert tidy(wrapped) == flat


def test_a_copy_hyphenated_at_its_line_ends_flags_only_what_changed() -> None:
    from .test_compare import _flagged

    reference = "The International Criminal Court said on Tuesday that the Security Council met in New York on 9 May."
    hyphenated = (
        "The Inter-\nnational Criminal Court said on Tues-\nday that the Se-\ncurity Council met in New\nYork on 9 May."
    )
    assert _flagged(reference, hyphenated) == []
    changed = hyphenated.replace("Criminal", "Wrongdoer")
    assert _flagged(reference, changed) == [("International Criminal Court", "Inter-\nnational Wrongdoer Court")]


SHORT_ARTICLE = (
    "Blue Springs, Missouri police say a woman they thought had tried to swallow her cell phone "
    "may have been the victim of assault. The cell phone was caught in the woman's throat when "
    "police arrived. Her boyfriend claimed she had swallowed it to keep it away from him. In a "
    "statement, Governor Matt Blunt said that Melinda Abell required emergency surgery to remove "
    "the phone from her throat. Police have now charged the boyfriend, Marlon Gill, with assault."
)


@pytest.mark.parametrize("width", [60, 75, 90])
def test_a_short_wrapped_copy_cut_inside_its_names_flags_nothing(width: int) -> None:
    """Five lines are enough to tell a wrapped copy (its lines are full), and a name the
    model cuts at a line-end hyphen (`Gover-` of `Gover-\\nnor`) is the whole word."""
    from .test_compare import _flagged

    wrapped = wrap(SHORT_ARTICLE, width)
    assert is_hard_wrapped(wrapped)
    assert _flagged(SHORT_ARTICLE, wrapped) == []
    hyphenated = wrapped.replace("Governor", "Gover-\nnor").replace("Melinda Abell", "Melinda\nAbell")
    assert _flagged(SHORT_ARTICLE, hyphenated) == []


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("the insulation made by Owens-\nIllinois has", "Illinois", "Owens-\nIllinois"),
        ("the insulation made by Owens-\nIllinois has", "Owens-", "Owens-\nIllinois"),
        ("shares in Rolls-\nRoyce fell", "Royce", "Rolls-\nRoyce"),
        ("results from Hewlett-\n  Packard, which", "Hewlett", "Hewlett-\n  Packard"),
        ("a Paris-\nbased bank", "Paris", "Paris"),  # a name before a compound's word: no part of it
        ("the strike. Workers-\nThe union", "The", "The"),  # a capital after a line of its own
    ],
)
def test_a_hyphenated_name_broken_at_a_line_end_is_whole_from_either_half(text: str, part: str, whole: str) -> None:
    from pipeline.wraps import over_a_names_line_end_hyphen

    start = text.index(part)
    found = over_a_names_line_end_hyphen(text, (start, start + len(part)))
    assert text[found[0] : found[1]] == whole


@pytest.mark.parametrize("width", [35, 53])
def test_a_place_before_a_compound_broken_at_its_hyphen_is_the_place(width: int) -> None:
    """`UAE-\nbased`: the counterpart of `UAE` is `UAE`, not `UAE-` (the word after is cut off
    with the hyphen that joins it)."""
    from .test_compare import _flagged

    article = (
        'Other analysts see a more direct link with the talks. "I have spoken with several traders," writes '
        'UAE-based economist Maria Lopez in a note to clients on Monday. "So far there is no sign of a deal." '
        "The strike in the port went on for a third day, and shipping rates rose again."
    )
    wrapped = textwrap.fill(article, width)
    assert "UAE-\nbased" in wrapped
    assert _flagged(article, wrapped) == []


@pytest.mark.parametrize(
    ("joined", "width"), [("US-Caribbean Banking Forum", 30), ("Israeli-Palestinian peace talks", 33)]
)
def test_two_names_joined_by_a_hyphen_a_wrapper_broke_stay_two(joined: str, width: int) -> None:
    """`US-\nCaribbean`: the counterpart of `US` is `US-`, not `US-\nCaribbean` (a name hyphenated
    in its own version, `Owens-Illinois`, is one name again)."""
    from .test_compare import _flagged

    article = (
        f"The prime minister spoke on Thursday to bankers and officials gathered at the {joined} in Miami, "
        "where he said small island states needed fair access to correspondent banking."
    )
    wrapped = textwrap.fill(article, width)
    assert joined.split("-")[0] + "-\n" in wrapped
    assert _flagged(article, wrapped) == []


def test_a_word_hyphenated_at_a_line_end_is_one_word_to_the_aligner() -> None:
    """So that a name the model does not see in the copy (`Kotu-\\nnica`) still has its counterpart;
    a compound's own hyphen keeps its words apart, as they are where no line breaks them."""
    from pipeline.align import tokenize

    text = 'independence," Kotu-\nnica said. Well-\nknown, Guinea-\nBissau'
    assert [t.key for t in tokenize(text)] == [
        "independence",
        ",",
        '"',
        "kotunica",
        "said",
        ".",
        "well",
        "-",
        "known",
        ",",
        "guinea",
        "-",
        "bissau",
    ]


COLUMN = """About $1.2 trillion in market value
was wiped out, according to Wilshire
Associates. Financial shares led the
decline: Citigroup Inc. fell 12
percent after agreeing to buy
Wachovia Corp.'s banking operations
for $2.16 billion, and the shares of
other banks followed it down."""
HEADLINES = """Stocks fall as bailout fails
Oil drops below 100 dollars
GM to cut 5,500 jobs
Toyota passes GM in sales
Gold rises on safe-haven buying
Dollar weakens against the euro"""


def test_a_narrow_newspaper_column_is_hard_wrapped_and_a_list_of_headlines_is_not() -> None:
    assert is_hard_wrapped(COLUMN)
    assert "Wilshire Associates." in unwrapped(COLUMN)
    assert not is_hard_wrapped(HEADLINES)  # as short, but every line opens with a capital


@pytest.mark.parametrize(
    ("reference", "compared"),
    [
        ("GM took a one-time charge of $39 billion.", "GM took a one-\ntime charge of $39 billion."),
        ("The firm signed a two-year deal in May.", "The firm signed a two-\nyear deal in May."),
        ("Rebels held a three-day truce in June.", "Rebels held a three-\nday truce in June."),
        ("Output rose ten-fold in 2020.", "Output rose ten-\nfold in 2020."),  # `tenfold` is a word too
        ("Seventeen people died on Monday.", "Seven-\nteen people died on Monday."),  # one number cut in two
    ],
)
def test_a_count_hyphenated_at_a_line_end_stays_the_count(reference: str, compared: str) -> None:
    """`one-\\ntime` is the compound `one-time`, though `onetime` is a word: its count keeps its
    own counterpart instead of running on into the next line's word."""
    from .test_compare import _flagged

    assert _flagged(reference, compared) == []


WEB_PAGE = (
    "Cowboys fans react\n"
    "By Lori Hunt\n"
    "January 22, 2014\n"
    "A generally accepted myth says men talk about sports and women do not. The truth is that 45 percent of "
    "the fans who wrote to us about the Dallas Cowboys this season were women, and many of them had followed "
    "the team since the days of Tom Landry.\n"
    "Top teams\n"
    "Green Bay Packers\n"
    "New England Patriots\n"
    "Fans in Arlington said the San Francisco 49ers game at AT&T Stadium was the loudest they had heard in "
    "years, and the Dallas Morning News counted 91,000 people in the stands.\n"
)


def test_a_wrapped_paragraph_among_headings_is_running_text_and_a_heading_is_not() -> None:
    """A web page's copy wraps its paragraphs but keeps its headings and list lines: a break
    after a full line inside a sentence is a space, a break after a short line stays a break
    (`Green Bay Packers` and `New England Patriots` are not one name)."""
    copy = "\n".join(textwrap.fill(line, 64) for line in WEB_PAGE.splitlines())
    assert not is_hard_wrapped(copy)
    read = unwrapped(copy)
    assert len(read) == len(copy)
    assert "the Dallas Cowboys this season" in read
    assert "Green Bay Packers\nNew England Patriots\nFans" in read
    assert "By Lori Hunt\nJanuary 22, 2014\nA generally" in read


@pytest.mark.parametrize(("width", "cut"), [(44, "Dallas\nMorning"), (50, "Tom\nLandry"), (80, "Tom\nLandry")])
def test_a_web_page_wrapped_one_newline_a_paragraph_flags_nothing(width: int, cut: str) -> None:
    """Its names cut by a line end (`Dallas\\nCowboys`) are whole, whether or not the whole text
    reads as hard-wrapped, and no heading runs on into the line after it."""
    from .test_compare import _flagged

    copy = "\n".join(textwrap.fill(line, width) for line in WEB_PAGE.splitlines())
    assert cut in copy
    assert _flagged(WEB_PAGE, copy) == []


def test_a_list_whose_longest_line_has_no_full_stop_is_left_as_it_is() -> None:
    """A list's longest line looks full, but one such line is no wrapped paragraph: joined with
    the next, `Asian trading` would run on into `Fed`."""
    headlines = (
        "Stocks fall as oil prices surge to a record in Asian trading\n"
        "Fed holds rates\n"
        "Bank of England Governor warns of slowdown\n"
        "Apple unveils new iPhone in California\n"
    )
    assert unwrapped(headlines) == headlines


SPECIFICATIONS = (
    2 * RUNNING
    + (
        "The game tells the story of a small town through the eyes of a fictional group of its "
        "citizens, and it does so with more care than most strategy games of its kind.\n"
        "Expect to pay $15\n"
        "Developer Paintbucket Games and Publisher HandyGames of Germany\n"
        "Reviewed on GeForce GTX 1650, AMD Ryzen 5 3550H, 8 GB RAM\n"
        "Multiplayer? No\n"
        "Link Official site\n"
        "No matter how patient you are, the first hours of the campaign are slow, and the "
        "tutorial explains less than it should about supply lines and morale. "
    )
    + 2 * RUNNING
)


@pytest.mark.parametrize("width", [80, 90, 100])
def test_a_wrapped_copy_keeps_a_line_of_its_own_where_the_line_had_room(width: int) -> None:
    """A hard-wrapped copy of a page with labelled lines: a line that stops where its next,
    capitalised word would still have fitted ends there (`8 GB RAM` / `Multiplayer? No`); a
    wrapper breaks a line only where the next word does not fit, and those breaks are spaces."""
    copy = "\n".join(textwrap.fill(line, width) for line in SPECIFICATIONS.splitlines())
    assert is_hard_wrapped(copy)
    read = unwrapped(copy)
    assert "8 GB RAM\nMultiplayer? No\nLink" in read
    assert "\n" not in read[: read.index("Expect")].rstrip()  # the paragraph before runs on
    assert "and the\ntutorial" not in read and "and the\ncampaign" not in read


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("It was created by a hacker whose identity is a mystery, but who is known as", "Satoshi", True),
        ("The warning came in a statement issued on Tuesday by the Riksbank's Governor", "Stefan", True),
        ("Reviewed on GeForce GTX 1650, AMD Ryzen 5 3550H, 8 GB RAM", "Multiplayer?", False),
        ("Reviewed on GeForce GTX 1650, AMD Ryzen 5 3550H, 8 GB RAM and", "more", True),
    ],
)
def test_a_break_in_a_wrapped_text_is_a_space_unless_a_capital_fitted(line: str, following: str, joined: bool) -> None:
    """In a text wrapped at 80: a break where the next word did not fit is a space; a break
    before a capitalised word that fitted is a line's end; one before a lower-case word is a
    space whatever the room (it goes on the sentence)."""
    filler = "\n".join(textwrap.wrap(RUNNING * 3, 80))
    text = f"{filler}\n{line}\n{following} and then the text goes on for a while longer.\n{filler}"
    read = unwrapped(text)
    assert (f"{line} {following}" in read) is joined
