"""Table-driven tests of the date and time normalisers (anchored on publication dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.normalize.dates import normalize_date, normalize_time
from pipeline.normalize.tense import date_tense, in_tense, sentence_tense, tense_of

SEED = dt.date(2025, 3, 4)  # the seed pair's publication date (a Tuesday)
DATES: list[tuple[str, dt.date | None, str | None]] = [
    # the seed pair
    ("9 May", SEED, "2025-05-09"),
    ("January", SEED, "2025-01"),
    ("last year", SEED, "2024"),
    ("in 2015", SEED, "2015"),
    ("February this year", SEED, "2025-02"),
    ("November 2024", SEED, "2024-11"),
    ("2021", SEED, "2021"),
    # real news text (TempEval-3 / MEANTIME style), anchored on their creation dates
    ("March 22, 2013", dt.date(2013, 3, 22), "2013-03-22"),
    ("Friday", dt.date(2013, 3, 22), "2013-03-22"),
    ("Thursday", dt.date(2013, 3, 22), "2013-03-21"),
    ("this week", dt.date(2013, 3, 22), "2013-W12"),
    ("next year", dt.date(2013, 3, 22), "2014"),
    ("early December", dt.date(2013, 1, 10), "2012-12"),
    ("last summer", dt.date(2013, 3, 22), "2012-SU"),
    ("May 2010", dt.date(2013, 3, 22), "2010-05"),
    ("early 2011", dt.date(2013, 3, 22), "2011"),
    ("now", dt.date(2013, 3, 22), "PRESENT_REF"),
    ("December 16, 2009", dt.date(2009, 12, 16), "2009-12-16"),
    ("16 December 2009", SEED, "2009-12-16"),
    ("the 1990s", SEED, "199"),
    ("summer 2007", SEED, "2007-SU"),
    ("first quarter of 2008", SEED, "2008-Q1"),
    ("on Monday", SEED, "2025-03-03"),
    ("yesterday", SEED, "2025-03-03"),
    ("three years ago", SEED, "2022"),
    ("December", SEED, "2024-12"),
    ("late last July", SEED, "2024-07"),
    ("mid-2008", SEED, "2008"),
    ("last quarter", dt.date(2007, 1, 18), "2006-Q4"),
    ("the third quarter", dt.date(2007, 1, 18), "2006-Q3"),
    ("Wednesday", dt.date(2006, 3, 28), "2006-03-29"),
    ("Wednesday", dt.date(2013, 3, 22), "2013-03-20"),
    ("the first half of 2008", SEED, "2008-H1"),
    ("recent months", SEED, "PAST_REF"),
    ("a year earlier", SEED, "2024"),
    ("September 01 , 2007", SEED, "2007-09-01"),
    ("November 11 , three days later", dt.date(2005, 11, 14), "2005-11-11"),
    ("last year's", SEED, "2024"),
    ("next week 's", dt.date(2007, 6, 1), "2007-W23"),  # a possessive as tokenised corpora write it
    # a qualifier leaves the date where it is (TimeML marks it in `mod`)
    ("approximately three months ago", dt.date(2007, 6, 1), "2007-03"),
    ("more than two years ago", dt.date(2007, 6, 1), "2005"),
    ("roughly two weeks earlier", dt.date(2007, 6, 1), "2007-W20"),
    ("some 10 days ago", dt.date(2007, 6, 1), "2007-05-22"),
    # two-digit years with an apostrophe take the century nearest the anchor; decades in words
    ("'98", dt.date(2013, 3, 14), "1998"),
    ("in ’04", dt.date(2013, 3, 14), "2004"),
    ("the summer of '04", dt.date(2013, 3, 14), "2004-SU"),
    ("March '09", dt.date(2013, 3, 14), "2009-03"),
    ("'15", dt.date(2013, 3, 14), "2015"),  # two years ahead: this century
    ("'24", dt.date(2013, 3, 14), "1924"),  # eleven years ahead: the last one
    ("the '90s", dt.date(2013, 3, 14), "199"),  # a decade, not a year
    ("the eighties", dt.date(2013, 3, 14), "198"),  # and in words
    ("the mid-seventies", dt.date(2013, 3, 14), "197"),
    ("the Sixties", dt.date(2013, 3, 14), "196"),
    # a period named against the year before, or the year itself
    ("the same month a year ago", dt.date(2013, 3, 14), "2012-03"),
    ("the same quarter last year", dt.date(2013, 8, 2), "2012-Q3"),
    ("the same week a year earlier", dt.date(2013, 3, 14), "2012-W11"),
    ("the same day last year", dt.date(2012, 2, 29), "2011-02-28"),  # no 29 February
    ("the first three months of the year", dt.date(2013, 5, 2), "2013-Q1"),
    ("the first six months of 2012", dt.date(2013, 5, 2), "2012-H1"),
    ("the first nine months of 2008", dt.date(2009, 2, 2), "2008-01/2008-09"),  # not dateparser's 2008-02-01
    ("the first 10 months of the year", dt.date(2008, 11, 7), "2008-01/2008-10"),
    ("the first two months of last year", dt.date(2008, 11, 7), "2007-01/2007-02"),
    ("the first three months of last year", dt.date(2013, 5, 2), "2012-Q1"),
    # a spinner's synonyms for `earlier` and for the part of a period
    ("a year previously", dt.date(2008, 11, 7), "2007"),
    ("two months prior", dt.date(2008, 11, 7), "2008-09"),
    ("three weeks beforehand", dt.date(2008, 11, 7), "2008-W42"),
    ("the close of September", dt.date(2008, 11, 7), "2008-09"),
    ("the outset of 2008", dt.date(2008, 11, 7), "2008"),
    ("the midst of June", dt.date(2008, 11, 7), "2008-06"),
    ("Previously this month", dt.date(2008, 11, 7), "2008-11"),
    # day and month in digits: the reading nearer the publication date, day first on a tie
    ("7/8/07", dt.date(2007, 7, 9), "2007-07-08"),  # American: the month first
    ("3/4/2008", dt.date(2008, 3, 5), "2008-03-04"),
    ("02/03/2015", dt.date(2015, 3, 5), "2015-03-02"),  # the day first
    ("10/15/2008", dt.date(2008, 11, 7), "2008-10-15"),  # only one reading is a date
    ("02/03/2015", None, "2015-03-02"),  # no anchor: the day first
    ("the September quarter", dt.date(2008, 11, 7), "2008-Q3"),  # named by the month it ends in
    ("the December 2008 quarter", dt.date(2009, 2, 1), "2008-Q4"),
    ("the June quarter", dt.date(2008, 11, 7), "2008-Q2"),
    ("14.02.2024", dt.date(2024, 2, 20), "2024-02-14"),  # dots: the day first, always
    ("02.03.2015", dt.date(2015, 2, 4), "2015-03-02"),
    # a hedge before a date leaves its value; so does a preposition after a modifier
    ("around 2005", dt.date(2008, 11, 7), "2005"),
    ("circa 1900", dt.date(2008, 11, 7), "1900"),
    ("approximately 2001", dt.date(2008, 11, 7), "2001"),
    ("late on Friday", dt.date(2008, 11, 7), "2008-11-07"),
    ("the latter half of the year", dt.date(2008, 11, 7), "2008-H2"),
    ("the former half of 2007", dt.date(2008, 11, 7), "2007-H1"),
    ("the fiscal second quarter", dt.date(2008, 11, 7), "2008-Q2"),  # as `the second fiscal quarter`
    ("fiscal third-quarter", dt.date(2008, 11, 7), "2008-Q3"),
    ("the fiscal fourth quarter of 2008", dt.date(2009, 2, 1), "2008-Q4"),
    # a unit written short
    ("the end of the yr", dt.date(2008, 11, 7), "2008"),
    ("two yrs ago", dt.date(2008, 11, 7), "2006"),
    ("3 wks ago", dt.date(2008, 11, 7), "2008-W42"),
    # after an event the words do not date: the same span in any wording
    ("a year later", dt.date(2008, 11, 7), "1 year later"),
    ("a year afterwards", dt.date(2008, 11, 7), "1 year later"),
    ("six months subsequently", dt.date(2008, 11, 7), "6 months later"),
    # the nth weekday of a month is that day
    ("the first Sunday of April", dt.date(2013, 3, 14), "2013-04-07"),
    ("the second Tuesday of March", dt.date(2013, 3, 14), "2013-03-12"),
    ("the last Friday in May 2009", dt.date(2013, 3, 14), "2009-05-29"),
    ("the fourth Thursday of November", dt.date(2013, 3, 14), "2012-11-22"),  # past, by nearness
    ("the fifth Monday of February 2013", dt.date(2013, 3, 14), "2013-02"),  # there is none: the month
    # dates written in digits: day first, month first where the second number is no month
    ("02/03/2015", None, "2015-03-02"),  # day first
    ("12/31/2015", None, "2015-12-31"),  # month first: 31 is no month
    ("15/06/24", dt.date(2025, 1, 1), "2024-06-15"),
    ("4-11-2019", SEED, "2019-11-04"),
    ("31/02/2015", SEED, None),  # no such day
    ("Mon.", dt.date(2009, 3, 14), "2009-03-16"),  # a weekday written short, as tables write it
    ("last Fri", dt.date(2009, 3, 14), "2009-03-13"),
    ("on Thurs.", dt.date(2009, 3, 14), "2009-03-12"),
    ("nineteen fifty", SEED, "1950"),  # a year said in words
    ("in nineteen ninety-eight", SEED, "1998"),
    ("twenty twelve", SEED, "2012"),
    ("1996-12-06", SEED, "1996-12-06"),  # year first, as datelines write it
    ("1996-12-8", SEED, "1996-12-08"),
    ("1996-12", SEED, "1996-12"),  # a month, not the years 1996 to 1912
    ("2011-12", SEED, "2011/2012"),  # a season
    ("2008-02-30", SEED, None),
    ("February 30, 2008", SEED, None),  # nor in words (a spinner changed the day)
    ("31 April", SEED, None),
    ("29 February 2007", SEED, None),  # not a leap year
    ("29 February 2008", SEED, "2008-02-29"),
    ("14.02.2024", None, "2024-02-14"),  # with dots, as Europe writes it
    ("1.3.2019", None, "2019-03-01"),
    ("10.4.1", SEED, None),  # a version number
]


@pytest.mark.parametrize(("text", "anchor", "value"), DATES)
def test_date_values(text: str, anchor: dt.date | None, value: str | None) -> None:
    assert normalize_date(text, anchor) == value


@pytest.mark.parametrize("text", ["68", "75th anniversary", "its fourth year", "9 Might", "the day", "five years"])
def test_what_is_not_a_date_stays_out(text: str) -> None:
    assert normalize_date(text, SEED) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("last year", "REF-1Y"), ("this month", "REF+0M"), ("yesterday", "REF-1D"), ("9 May", "XXXX-05-09")],
)
def test_relative_values_without_an_anchor(text: str, value: str) -> None:
    assert normalize_date(text, None) == value


def test_corruptions_change_the_value() -> None:
    assert normalize_date("last year", SEED) != normalize_date("in 2015", SEED)
    assert normalize_date("June 9, 2009", SEED) == normalize_date("9 June 2009", SEED)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18:00", "T18:00"),
        ("18:00 UTC", "T18:00Z"),
        ("6 pm", "T18:00"),
        ("this morning", "2025-03-04TMO"),
        ("21:00", "T21:00"),
        ("10:30 am", "T10:30"),
        ("3 p.m.", "T15:00"),
        ("9.30pm", "T21:30"),
        ("18:00 GMT", "T18:00Z"),
        ("noon", "T12:00"),
        ("midnight", "T00:00"),
        ("tonight", "2025-03-04TNI"),
        ("this afternoon", "2025-03-04TAF"),
        ("Monday night", "2025-03-03TNI"),
        ("12:15 p.m.", "T12:15"),
        # clock times in words, or as Europe writes them
        ("14h30", "T14:30"),
        ("9h", "T09:00"),
        ("half past two in the afternoon", "T14:30"),
        ("quarter to three", "T02:45"),
        ("8 o'clock in the evening", "T20:00"),
        ("10 o'clock", "T10:00"),
    ],
)
def test_time_values(text: str, value: str) -> None:
    assert normalize_time(text, SEED) == value


@pytest.mark.parametrize(
    ("label", "text", "kind"),
    [
        ("CARDINAL", "14:30", "time"),
        ("CARDINAL", "18:00 GMT", "time"),
        ("CARDINAL", "9.30am", "time"),
        ("CARDINAL", "10.15 p.m.", "time"),
        ("CARDINAL", "2:1", "amount"),  # a score
        ("CARDINAL", "9.30", "amount"),  # a decimal
        ("CARDINAL", "25:40", "amount"),  # no such hour
        ("MONEY", "12:30", "amount"),
    ],
)
def test_a_clock_time_the_model_calls_a_number_is_a_time(label: str, text: str, kind: str) -> None:
    from pipeline.normalize import kind_of, normalize_value

    assert kind_of(label, text) == kind
    if kind == "time":  # and two clock times compare by their value: 14:30 is not 18:30
        assert normalize_value(label, text, None)[0].startswith("T")


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("January 1 next year", dt.date(2007, 6, 1), "2008-01-01"),
        ("the 1st of January next year", dt.date(2007, 6, 1), "2008-01-01"),
        ("July 4 last year", dt.date(2009, 3, 2), "2008-07-04"),
        ("3 March of last year", dt.date(2009, 3, 2), "2008-03-03"),
        ("January 1 in 2010", dt.date(2007, 6, 1), "2010-01-01"),
        ("January 1 in 2010", None, "2010-01-01"),
        ("January 1 next year", None, "REF+1Y-01-01"),
    ],
)
def test_a_day_and_month_keep_the_year_written_after_them(text: str, anchor: dt.date | None, value: str) -> None:
    """`January 1 next year` had lost `next year` (read as the nearest January 1)."""
    assert normalize_date(text, anchor) == value


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Tuesday, December 1, 2015", None, "2015-12-01"),
        ("Tuesday, 1 December 2015", None, "2015-12-01"),
        ("Friday 9 May", dt.date(2025, 3, 4), "2025-05-09"),
        ("Sunday, March 8", dt.date(2020, 3, 10), "2020-03-08"),
    ],
)
def test_a_weekday_before_a_full_date_is_redundant(text: str, anchor: dt.date | None, value: str) -> None:
    assert normalize_date(text, anchor) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("0800 GMT", "T08:00Z"), ("2300 hours", "T23:00"), ("0630", "T06:30"), ("1600 UTC", "T16:00Z")],
)
def test_a_24_hour_clock_time_without_a_colon(text: str, value: str) -> None:
    assert normalize_time(text) == value


@pytest.mark.parametrize(
    ("label", "text", "kind"),
    [("CARDINAL", "0800", "time"), ("DATE", "0630", "time"), ("CARDINAL", "1500", "amount"), ("DATE", "2015", "date")],
)
def test_four_digits_with_a_leading_zero_are_a_time(label: str, text: str, kind: str) -> None:
    from pipeline.normalize import kind_of

    assert kind_of(label, text) == kind


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("between April and June", dt.date(2009, 8, 1), "2009-04/2009-06"),
        ("April to June 2009", None, "2009-04/2009-06"),
        ("9-12 May 2025", None, "2025-05-09/2025-05-12"),
        ("from 2008 to 2010", None, "2008/2010"),
        ("1957-58", None, "1957/1958"),
        ("March 3 to March 5, 2009", None, "2009-03-03/2009-03-05"),
        ("Jan. 5 - 7, 2010", None, "2010-01-05/2010-01-07"),
    ],
)
def test_a_date_range_has_both_ends(text: str, anchor: dt.date | None, value: str) -> None:
    assert normalize_date(text, anchor) == value


def test_a_changed_end_of_a_range_is_a_changed_date() -> None:
    assert normalize_date("April to June 2009") != normalize_date("April to August 2009")
    assert normalize_date("9-12 May 2025") == normalize_date("9–12 May 2025")  # an en dash rewords it


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("in February and March", dt.date(2009, 1, 22), "2009-02 & 2009-03"),
        ("2005 and 2006", None, "2005 & 2006"),
        ("2005, 2006 and 2007", None, "2005 & 2006 & 2007"),
        ("May, June or July", dt.date(2009, 1, 22), "2009-05 & 2009-06 & 2009-07"),
        ("January and February 2008", dt.date(2009, 1, 22), "2008-01 & 2008-02"),  # the year is the last's
        ("Feb. 17 and 18", dt.date(2009, 1, 22), "2009-02-17 & 2009-02-18"),  # the month is the first's
        ("17 and 18 February 2009", None, "2009-02-17 & 2009-02-18"),
        ("Jan. 5, 2009 and Feb. 3, 2009", None, "2009-01-05 & 2009-02-03"),
        ("the 1980s and 1990s", None, "198 & 199"),
    ],
)
def test_a_list_of_dates_holds_each_of_them(text: str, anchor: dt.date | None, value: str) -> None:
    assert normalize_date(text, anchor) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the same period last year", "2007"),  # a period of no named unit: the year
        ("the same time a year earlier", "2007"),
        ("the prior-year period", "2007"),
        ("the year-earlier quarter", "2007-Q1"),  # = `the same quarter last year`
        ("the year-ago month", "2007-03"),
        ("the same week last year", "2007-W11"),
        ("the same period of the last year", "2007"),  # as a translation words it
    ],
)
def test_the_same_part_of_the_year_before(text: str, value: str) -> None:
    assert normalize_date(text, dt.date(2008, 3, 14)) == value


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("", "the 18th", "2008-03-18"),
        ("", "on the 3rd", "2008-03-03"),
        ("past", "the 28th", "2008-02-28"),  # done: the last 28th before the anchor
        ("future", "the 3rd", "2008-04-03"),  # ahead: the next 3rd
        ("past", "the 31st", "2008-01-31"),  # February has none
    ],
)
def test_a_day_of_the_month_alone_is_in_the_month_its_tense_points_to(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, dt.date(2008, 3, 14)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("Monday, Jan. 5, 2009", "2009-01-05"), ("March, 2008", "2008-03"), ("the first and second quarters", None)],
)
def test_commas_inside_one_date_make_no_list(text: str, value: str | None) -> None:
    assert normalize_date(text, dt.date(2009, 1, 22)) == value


def test_a_changed_date_of_a_list_is_a_changed_date() -> None:
    anchor = dt.date(2009, 1, 22)
    assert normalize_date("February and March", anchor) != normalize_date("February and December", anchor)
    assert normalize_date("February and March", anchor) == normalize_date("March and February", anchor)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Sales fell sharply in January, the company said.", "January", "2009-01"),  # past: last January
        ("The plant will open in January.", "January", "2010-01"),  # future: next January
        ("Talks are scheduled to resume on 3 February.", "3 February", "2010-02-03"),
        ("The minister visited Paris on November 30.", "November 30", "2008-11-30"),
        ("Markets in January and February.", "January", "2010-01"),  # no tense: the nearest
    ],
)
def test_a_date_without_its_year_follows_the_tense_of_its_sentence(sentence: str, text: str, value: str) -> None:
    with tense_of(sentence):
        assert normalize_date(text, dt.date(2009, 8, 20)) == value


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("He said the deal was signed.", "past"),
        ("The company will announce results.", "future"),
        ("Officials said the bridge is to reopen next week.", "future"),  # the event, not the saying
        ("Mr Putin announced that a unit would take part in the parade.", "future"),  # reported plans
        ("Boeing is a large company.", ""),
    ],
)
def test_sentence_tense(sentence: str, tense: str) -> None:
    assert sentence_tense(sentence) == tense


@pytest.mark.parametrize(
    ("sentence", "text", "tense"),
    [
        ("Apple announced today another event, to be held on October 12.", "October 12", "future"),
        ("Boeing on Tuesday delivered the last 717 jet to AirTran.", "Tuesday", "past"),
        ("The airline said the planes, ordered in March, will arrive later.", "March", "past"),  # ordered in
        ("Officials said the bridge is due to reopen in May.", "May", "future"),
        ("The company, based in Ohio, is a large one in June.", "June", ""),  # `based` is no verb here
        ("Since November, prices have doubled.", "November", "past"),  # `since`: the date lies behind
        ("He has been in custody since October.", "October", "past"),
        ("Shares have risen in March, traders said.", "March", "past"),  # the present perfect
        ("By December the fund could run dry.", "December", "future"),  # a modal
        ("It plans more cuts in December.", "December", "future"),
        ("The firm expects a rebound in the spring.", "spring", "future"),
        # a verb of the past right before the date governs it, not the clause after it
        ("Ford said Thursday it will cut 1,000 jobs.", "Thursday", "past"),
        ("The union announced on Monday that workers would strike.", "Monday", "past"),
        ("Shares closed Friday at a record, and will open lower.", "Friday", "past"),
        ("The results will be announced on Monday.", "Monday", "future"),  # a participle
        # irregular verbs in the past
        ("Timothy Geithner spoke on Monday.", "Monday", "past"),
        ("She wrote to the board in January.", "January", "past"),
        ("The fund sought new investors in the spring.", "spring", "past"),
    ],
)
def test_the_words_around_a_date_give_its_tense(sentence: str, text: str, tense: str) -> None:
    assert date_tense(sentence, text) == tense


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("past", "Tuesday", "2009-08-11"),  # said on Monday 17 August of what was done: last Tuesday
        ("future", "Thursday", "2009-08-20"),  # will happen: this coming Thursday
        ("", "Wednesday", "2009-08-19"),  # no tense: a day or two ahead is tomorrow's news
        ("", "Friday", "2009-08-14"),  # ... else the last one
        ("future", "last Friday", "2009-08-14"),
    ],
)
def test_a_bare_weekday_follows_the_tense(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, dt.date(2009, 8, 17)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the financial year", "FY2007"),
        ("last fiscal year", "FY2006"),
        ("next financial year", "FY2008"),
        ("financial year 2005", "FY2005"),
        ("fiscal 2009", "FY2009"),
    ],
)
def test_fiscal_years(text: str, value: str) -> None:
    assert normalize_date(text, dt.date(2007, 1, 18)) == value


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("43 years old", "43 years", True),  # an age said two ways
        ("just about three months", "about three months", True),
        ("two hours", "2 hours", True),
        ("three months", "four months", False),
        ("about three months", "three months", False),  # the hedge is part of the fact
        ("nearly three years", "over three years", False),
        ("a decade", "10 years", True),  # a unit said in another
        ("about two decades", "about 20 years", True),
        ("a fortnight", "two weeks", True),
        ("a century", "100 years", True),
        ("a year", "one year", True),
        ("a decade", "11 years", False),
        ("one-quarter", "a quarter", True),  # a quarter of a year
        ("two quarters", "six months", True),
        ("a quarter", "four months", False),
    ],
)
def test_a_span_of_time_is_one_value_however_written(left: str, right: str, same: bool) -> None:
    from pipeline.normalize import normalize_value

    assert (normalize_value("DATE", left, None) == normalize_value("DATE", right, None)) is same


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("future", "the spring", "2014-SP"),  # this spring is over: the next one
        ("future", "the summer", "2013-SU"),  # this summer is ahead
        ("past", "the spring", "2013-SP"),
        ("past", "the autumn", "2012-FA"),  # last autumn
        ("", "the autumn", "2013-FA"),  # no tense: the anchor's year, as before
        ("future", "last winter", "2012-WI"),  # a named one is as named
    ],
)
def test_a_bare_season_follows_the_tense(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, dt.date(2013, 6, 15)) == value


MID_MARCH = dt.date(2007, 3, 14)  # a Wednesday, in the first quarter


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("past", "second-quarter", "2006-Q2"),  # `second-quarter earnings`: the latest such quarter
        ("past", "first-quarter", "2007-Q1"),
        ("", "2006 fourth-quarter", "2006-Q4"),
        ("future", "the fourth quarter", "2007-Q4"),  # expected: the next one not over
        ("future", "the first quarter", "2007-Q1"),
        ("past", "the second half", "2006-H2"),
        ("future", "the second half", "2007-H2"),
        ("", "the final quarter of 2006", "2006-Q4"),
        ("", "the last quarter of last year", "2006-Q4"),
        ("", "the quarter ended Dec. 31", "2006-Q4"),
        ("", "the quarter ended June 30, 2005", "2005-Q2"),
        ("future", "year-end", "2007"),
        ("", "the year's first quarter", "2007-Q1"),  # a year's part, the year written first
        ("", "last year's fourth quarter", "2006-Q4"),
        ("", "2008's first half", "2008-H1"),
    ],
)
def test_quarters_and_halves_follow_the_tense(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, MID_MARCH) == value


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("future", "next Tuesday", "2007-03-20"),
        ("", "next Wednesday", "2007-03-21"),  # said on a Wednesday: a week ahead
        ("future", "coming Friday", "2007-03-16"),
        ("past", "the weekend", "2007-W10-WE"),  # said on a Wednesday: the one just gone
        ("", "this past weekend", "2007-W10-WE"),
        ("future", "the weekend", "2007-W11-WE"),
        ("past", "Christmas", "2006-12-25"),
        ("", "Christmas Eve 2005", "2005-12-24"),
        ("past", "Thanksgiving", "2006-11-23"),
        ("past", "Labor Day", "2006-09-04"),
        ("future", "Memorial Day", "2007-05-28"),
        ("future", "Easter", "2007-04-08"),
        ("", "Good Friday 2008", "2008-03-21"),
        ("", "New Year's Eve", "2006-12-31"),
        ("past", "Halloween", "2006-10-31"),
        ("past", "Valentine's Day", "2007-02-14"),
        ("", "Presidents' Day 2006", "2006-02-20"),
    ],
)
def test_days_named_by_the_week_or_the_calendar(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, MID_MARCH) == value


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("past", "several years ago", "PAST_REF"),  # a past no one counted
        ("past", "a few weeks ago", "PAST_REF"),
        ("past", "years ago", "PAST_REF"),
        ("future", "the years ahead", "FUTURE_REF"),
        ("future", "the months to come", "FUTURE_REF"),
        ("future", "the end of the decade", "200"),
        ("past", "the 19th century", "18"),  # TIMEX3 writes a century by its first two digits
        ("past", "the early 20th century", "19"),
        ("past", "this Monday", "2007-03-12"),
        ("past", "last night", "2007-03-13TNI"),  # a time: read by normalize_time below
        ("future", "this Friday", "2007-03-16"),
    ],
)
def test_vague_times_decades_and_centuries(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert (normalize_time if "T" in value else normalize_date)(text, MID_MARCH) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the week", "2007-W11"),  # `shares fell during the week`: this one
        ("the month", "2007-03"),
        ("week", "2007-W11"),  # as the mention is left once `the` is cut
        ("a week", None),  # a span of time
    ],
)
def test_the_week_and_the_month_a_report_speaks_of_are_the_current_ones(text: str, value: str | None) -> None:
    assert normalize_date(text, MID_MARCH) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the three months ended Sept. 30", "P3M/2008-09-30"),
        ("three months ended September 30", "P3M/2008-09-30"),  # however the end is written
        ("the 12 months to June", "P12M/2008-06"),
        ("the nine months ended Sept. 30, 2008", "P9M/2008-09-30"),
        ("the six months through June 30", "P6M/2008-06-30"),
        ("the 12 months ended in January", "P12M/2008-01"),
    ],
)
def test_a_span_that_ends_on_a_date_is_the_span_and_its_end(text: str, value: str) -> None:
    with in_tense("past"):
        assert normalize_date(text, dt.date(2008, 10, 6)) == value


@pytest.mark.parametrize(
    ("tense", "text", "value"),
    [
        ("past", "October", "2008-10"),  # said on 6 October: this October has begun
        ("past", "November", "2007-11"),
        ("future", "October", "2008-10"),  # nor is it over
        ("", "the month of October", "2008-10"),
        ("future", "Oct. 28-29", "2008-10-28/2008-10-29"),  # the end's month is the start's
        ("past", "Sept. 29-30", "2008-09-29/2008-09-30"),
    ],
)
def test_a_month_of_the_anchor_and_a_range_of_days_in_one_month(tense: str, text: str, value: str) -> None:
    with in_tense(tense):
        assert normalize_date(text, dt.date(2008, 10, 6)) == value


CRISIS = dt.date(2008, 10, 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 2009 fiscal year", "FY2009"),  # a fiscal year named after its year
        ("fiscal 2009", "FY2009"),
        ("FY 2009", "FY2009"),
        ("the 2008 financial year", "FY2008"),
        ("2008-09", "2008/2009"),  # a season or a year across two years, however it is written
        ("2008/09", "2008/2009"),
        ("the 2008/2009 season", "2008/2009"),
        ("fiscal 2008-09", "FY2008/2009"),
        ("2008-12", "2008-12"),  # no year after 2008: December
        ("the middle of the 1990s", "199"),  # a part of a decade is that decade, as `mid-1990s` is
        ("the end of the 1990s", "199"),
    ],
)
def test_fiscal_years_seasons_and_parts_of_decades(text: str, value: str) -> None:
    assert normalize_date(text, CRISIS) == value


@pytest.mark.parametrize(
    ("left", "right"), [("a single day", "one day"), ("single day", "a day"), ("a single year", "one-year")]
)
def test_a_single_unit_of_time_is_one(left: str, right: str) -> None:
    from pipeline.normalize.durations import duration_key

    assert duration_key(left) == duration_key(right) is not None


THANKSGIVING_WEEK = dt.date(2008, 11, 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the Thanksgiving holiday", "2008-11-27"),  # a holiday named with the word
        ("the Christmas holidays", "2008-12-25"),
        ("the holiday", None),  # no holiday named: no date
        ("fiscal year ending March 31, 2009", "P1Y/2009-03-31"),  # a fiscal year by its end
        ("fiscal year ending 31 March 2009", "P1Y/2009-03-31"),
        ("the fiscal year that ended June 30", "P1Y/2008-06-30"),
        ("the year to March", "P1Y/2009-03"),  # a span and its end, no range from `year` to March
        ("April to June 2009", "2009-04/2009-06"),
    ],
)
def test_holidays_and_years_by_their_end(text: str, value: str | None) -> None:
    assert normalize_date(text, THANKSGIVING_WEEK) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10 a.m. to 9 p.m.", "T10:00/T21:00"),
        ("from 9am to 5pm", "T09:00/T17:00"),
        ("9 to 11 a.m.", "T09:00/T11:00"),  # the first time takes the second's a.m.
        ("between 12 and 8 p.m.", "T12:00/T20:00"),
        ("0800-1800 GMT", "T08:00/T18:00Z"),
        ("noon to 8 pm", "T12:00/T20:00"),
        ("6 pm", "T18:00"),  # one time: as before
        ("Monday 10 a.m.", "2025-03-03T10:00"),  # with its day
        ("2 p.m. yesterday", "2025-03-03T14:00"),
        ("10 a.m. GMT", "T10:00Z"),  # a zone is no day
        ("this morning", "2025-03-04TMO"),
    ],
)
def test_a_span_of_clock_times_is_read_at_both_ends(text: str, value: str) -> None:
    from pipeline.normalize.times import normalize_clock_span

    assert normalize_clock_span(text, dt.date(2025, 3, 4)) == value


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("between 12 and 8 p.m.", True),
        ("10 a.m. to 9 p.m.", True),
        ("0800-1800 GMT", True),
        ("Monday 10 a.m.", False),
        ("May 2 to 5", False),
        ("between 2014 and 2016", False),  # years, though 20:14 is a time of day
        ("1998-2001", False),
    ],
)
def test_two_clock_times_and_nothing_else_are_a_span_of_time(text: str, span: bool) -> None:
    from pipeline.normalize import kind_of
    from pipeline.normalize.times import is_clock_span

    assert is_clock_span(text) is span
    assert (kind_of("DATE", text) == "time") is span


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Protesters gathered outside the ministry.", "past"),  # a regular past after its subject
        ("The flight was delayed by fog.", "past"),
        ("Officials agreed a plan.", "past"),
        ("The talks broke down.", "past"),  # an irregular past
        ("A planned strike worries the airline.", ""),  # an adjective after a determiner
        ("Prices are expected to stay high.", "future"),
        ("Trading in the shares is suspended.", ""),  # a present passive
        ("Five hundred people need help.", ""),  # words that end in -ed and are no verbs
    ],
)
def test_a_regular_past_makes_a_sentence_of_the_past(sentence: str, tense: str) -> None:
    assert sentence_tense(sentence) == tense


OCTOBER_15_2008 = dt.date(2008, 10, 15)  # a Wednesday, a fortnight into the fourth quarter


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The talks broke down over the weekend.", "the weekend", "2008-W41-WE"),  # the one just past
        ("Protesters gathered at the weekend.", "the weekend", "2008-W41-WE"),
        ("Talks will resume over the weekend.", "the weekend", "2008-W42-WE"),
        ("Profit fell 20% in the quarter.", "the quarter", "2008-Q3"),  # results come after their quarter
        ("Revenue in the latest quarter was $4 billion.", "the latest quarter", "2008-Q3"),
        ("Analysts expect a loss in the quarter.", "the quarter", "2008-Q4"),  # the quarter under way
        ("Net income in the year-ago quarter was $1.1 billion.", "the year-ago quarter", "2007-Q3"),
        ("Sales rose 5% from the same quarter last year.", "the same quarter last year", "2007-Q3"),
        ("Profit rose in its fiscal second quarter.", "its fiscal second quarter", "2008-Q2"),  # the company's
        ("Their first half of 2007 was weak.", "Their first half of 2007", "2007-H1"),
        ("Its fiscal year ended in June.", "Its fiscal year", "FY2008"),
    ],
)
def test_a_date_a_report_does_not_spell_out_is_the_one_it_speaks_of(sentence: str, text: str, value: str) -> None:
    with in_tense(date_tense(sentence, text)):
        assert normalize_date(text, OCTOBER_15_2008) == value


def test_a_quarter_named_in_january_is_last_year_s_last() -> None:
    with in_tense(date_tense("Profit fell in the quarter.", "the quarter")):
        assert normalize_date("the quarter", dt.date(2009, 1, 20)) == "2008-Q4"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the last three months of 2007", "2007-Q4"),
        ("the final three months of last year", "2007-Q4"),
        ("the last six months of the year", "2008-H2"),
        ("the last two months of 2008", "2008-11/2008-12"),
        ("the first three months of 2008", "2008-Q1"),
        ("the first nine months of the year", "2008-01/2008-09"),
    ],
)
def test_the_first_or_last_months_of_a_year_are_its_parts(text: str, value: str) -> None:
    assert normalize_date(text, OCTOBER_15_2008) == value
