"""The model's entities made into mentions: cleaned, widened, split, and the money and numbers it
misses or cuts short found by their shape."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Span

from pipeline.mentions import clean_mentions
from pipeline.ner import load_model, parse_doc
from pipeline.normalize import normalize_value


@pytest.mark.parametrize(
    ("sentence", "money", "value"),
    [
        ("It cost HK$100 to enter the park.", "HK$100", "HKD 100"),  # no entity at all
        ("The club paid AU$5m for the striker.", "AU$5m", "AUD 5000000"),  # cut short to `AU$5`
        ("Singapore paid S$2m for the land.", "S$2m", "SGD 2000000"),
        ("Exports were worth R$10 billion last year.", "R$10 billion", "BRL 10000000000"),
        ("The deal was worth A$5 million in cash.", "A$5 million", "AUD 5000000"),
        ("Shares rose $1.25 to $30.50 on Monday.", "$30.50", "USD 30.5"),
        ("He was fined Rs 2,000 last year.", "Rs 2,000", "INR 2000"),  # a code before it
        ("The EU pledged EUR 40 million to the fund.", "EUR 40 million", "EUR 40000000"),
    ],
)
def test_money_is_found_whole_with_its_currency(sentence: str, money: str, value: str) -> None:
    mentions = parse_doc("d", load_model()(sentence)).mentions
    found = {m.text: m for m in mentions}
    assert money in found and found[money].label == "MONEY"
    assert sentence[found[money].start : found[money].end] == money
    assert normalize_value("MONEY", money, None)[0] == value


def test_the_money_rule_leaves_other_entities_alone() -> None:
    sentence = "Apple paid $5 for 3 apples in Paris on 9 May."
    mentions = {(m.text, m.label) for m in parse_doc("d", load_model()(sentence)).mentions}
    assert ("$5", "MONEY") in mentions and ("3", "CARDINAL") in mentions and ("Paris", "GPE") in mentions


def test_a_comma_after_an_amount_is_not_part_of_it() -> None:
    sentence = "The fund paid US$200,000, the court said."
    assert "US$200,000" in {m.text for m in parse_doc("d", load_model()(sentence)).mentions}


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("Parties met before the 22 October vote.", "22 October", "XXXX-10-22"),  # tagged `22` and `October`
        ("Crowds gathered for the 3rd May rally.", "3rd May", "XXXX-05-03"),  # tagged `3rd` only
        ("The 30 June deadline passed quietly.", "30 June", "XXXX-06-30"),
        ("The 4 July holiday is near.", "4 July holiday", "XXXX-07-04"),  # the model's own span kept
    ],
)
def test_a_day_and_month_before_the_word_they_qualify_are_one_date(sentence: str, date: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert date in mentions
    assert mentions[date].label == "DATE"
    assert normalize_value("DATE", date, None)[0] == value


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("| 7:00 AM | Wakes up |\n| 8:00 PM | Goes to bed |", [("7:00 AM", "TIME"), ("8:00 PM", "TIME")]),
        ("| Rate | 0.18% | 0.08% |", [("0.18%", "PERCENT"), ("0.08%", "PERCENT")]),  # tagged as one
        ("Category:April 7, 2005 400px|In the above file illustration, a line.", [("April 7, 2005", "DATE")]),
    ],
)
def test_no_fact_runs_over_a_table_s_or_an_image_s_bar(text: str, facts: list[tuple[str, str]]) -> None:
    mentions = [(m.text, m.label) for m in parse_doc("d", load_model()(text)).mentions]
    assert all(fact in mentions for fact in facts)
    assert not [words for words, _ in mentions if "|" in words]


@pytest.mark.parametrize(
    ("sentence", "share", "value"),
    [
        ("Turnout was 40 to 50 per cent.", "40 to 50 per cent", "40..50%"),  # tagged `40` (a date) and `50`
        ("Turnout was between 40 and 50 per cent.", "between 40 and 50 per cent", "40..50%"),  # a date
        ("Rates could rise 2 to 3 percent.", "2 to 3 percent", "2..3%"),  # tagged `2`
        ("Shares fell 5 to 6% on Monday.", "5 to 6%", "5..6%"),  # tagged `5` and `6%`
    ],
)
def test_a_range_of_shares_is_one_share(sentence: str, share: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert share in mentions
    assert normalize_value(mentions[share].label, share, None)[0] == value


@pytest.mark.parametrize(
    ("words", "unit"),
    [("15-20", "seconds"), ("10", "minutes"), ("2", "hrs")],
)
def test_seconds_minutes_or_hours_the_model_leaves_off_a_number_are_its_unit(words: str, unit: str) -> None:
    doc = load_model().make_doc(f"Wait {words} {unit}.")
    doc.ents = [doc.char_span(5, 5 + len(words), label="DATE")]  # as the model tags it in some contexts
    assert [(m.text, m.label) for m in clean_mentions(doc.ents[0], 0)] == [(f"{words} {unit}", "TIME")]


def test_a_count_before_a_lower_case_may_is_no_date() -> None:
    mentions = parse_doc("d", load_model()("Only 3 may attend the hearing.")).mentions
    assert not [m for m in mentions if m.label == "DATE"]


@pytest.mark.parametrize(
    ("sentence", "time", "value"),
    [
        ("The strike began at 0800 GMT on Friday.", "0800 GMT", "T08:00Z"),
        ("Troops left at 0630 on Monday.", "0630", "T06:30"),
        ("Trading stopped at 14:30 GMT after the fall.", "14:30 GMT", "T14:30Z"),
        ("The flight left at 0800 GMT.", "0800 GMT", "T08:00Z"),  # tagged whole, as a quantity
        ("The polls are open from 7 am until 9 pm on Tuesday.", "7 am", "T07:00"),  # `7 am` tagged a quantity
        ("The polls are open from 7 am until 9 pm on Tuesday.", "9 pm", "T21:00"),
        ("Hours run from 10 a.m. to 9 p.m. on voting days.", "10 a.m. to 9 p.m.", "T10:00/T21:00"),
        # a clock time in words, which the model reads as a date or a number
        ("The meeting ended at around half past four.", "around half past four", "T04:30"),
        ("The alarm was raised at ten past nine at night.", "ten past nine at night", "T21:10"),
        ("They arrived at about a quarter to six in the evening.", "about a quarter to six in the evening", "T17:45"),
        ("The shop opens at 20 past 8.", "20 past 8", "T08:20"),
    ],
)
def test_clock_times_are_time_facts(sentence: str, time: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert time in mentions
    assert normalize_value(mentions[time].label, time, None)[0] == value


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The Boeing 737-800 has the best technical reliability.", "737-800"),  # the model tags `737`
        ("The FTSE 100 fell sharply on Monday.", "100"),
        ("Terminal 3 will open to passengers soon.", "3"),
        ("Wait for the first point release (10.4.1) before upgrading.", "10.4.1"),
        ("The A380 carries more passengers than any other airliner.", "A380"),
    ],
)
def test_a_number_inside_a_name_is_a_fact(sentence: str, number: str) -> None:
    mentions = {m.text: m.label for m in parse_doc("d", load_model()(sentence)).mentions}
    assert mentions.get(number) in ("CARDINAL", "PRODUCT")


def test_a_number_inside_another_fact_is_left_to_it() -> None:
    mentions = {(m.text, m.label) for m in parse_doc("d", load_model()(ORIGINAL_LIKE)).mentions}
    assert ("9 May 2025", "DATE") in mentions and ("$40 billion", "MONEY") in mentions
    assert not {text for text, label in mentions if label == "CARDINAL"} & {"9", "2025", "40"}


ORIGINAL_LIKE = "The parade on 9 May 2025 cost $40 billion, officials said."


def _mentions(sentence: str) -> dict[str, str]:
    return {m.text: m.label for m in parse_doc("d", load_model()(sentence)).mentions}


@pytest.mark.parametrize(
    ("sentence", "money", "value"),
    [
        ("The EU pledged 40 million euros to the fund.", "40 million euros", "EUR 40000000"),
        ("The mayor spent 12,000 euros on flowers.", "12,000 euros", "EUR 12000"),  # tagged a CARDINAL
        ("He was paid 20 million rupees.", "20 million rupees", "INR 20000000"),
        ("Investors lost 6 billion Hong Kong dollars.", "6 billion Hong Kong dollars", "HKD 6000000000"),
        # after the scale word the model left off too (`at least one` tagged, then `trillion`)
        ("Its debts were at least one trillion roubles.", "at least one trillion roubles", "RUB >=1000000000000"),
        ("The state owes nearly two billion rupees.", "nearly two billion rupees", "INR <~2000000000"),
    ],
)
def test_a_currency_written_after_the_amount_is_part_of_it(sentence: str, money: str, value: str) -> None:
    assert _mentions(sentence).get(money) == "MONEY"
    assert normalize_value("MONEY", money, None)[0] == value


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Barges left at 120 percent (basis one each week).", "one each week"),  # tagged `each week`
        ("The clinic treated one every day in June.", "one every day"),
        ("Take the pill 1 per day.", "1 per day"),  # `1` tagged: the rate after it is read too
        ("Patients got two a day at first.", "two a day"),
    ],
)
def test_a_rate_keeps_the_count_before_it(sentence: str, rate: str) -> None:
    assert _mentions(sentence).get(rate) == "DATE"


def test_a_weight_in_pounds_does_not_become_money() -> None:
    assert not any(label == "MONEY" for label in _mentions("The baby weighed 8 pounds at birth.").values())


@pytest.mark.parametrize(
    ("sentence", "wanted", "unwanted"),
    [
        (
            "The match was played on the first Sunday of April (two weeks later than planned).",
            {"first Sunday of April", "two weeks later"},
            "first Sunday of April (two weeks later",
        ),
        ("The sale closed on Sunday (20th March) after a delay.", {"Sunday", "20th March"}, "Sunday (20th March"),
        ("The race is on Saturday (15th June) in Leeds.", {"Saturday", "15th June"}, "Saturday (15th June"),
    ],
)
def test_a_span_that_opens_a_bracket_without_closing_it_is_cut_there(
    sentence: str, wanted: set[str], unwanted: str
) -> None:
    found = _mentions(sentence)
    assert wanted <= set(found) and unwanted not in found


def test_a_closed_bracket_inside_a_name_stays() -> None:
    sentence = "The Democratic Republic of Congo (DRC) signed the deal."
    found = _mentions(sentence)
    assert not any("(" in text and ")" not in text for text in found)


@pytest.mark.parametrize(
    ("text", "start", "end", "kept"),
    [
        ("$ pipenv install $PACKAGE_NAME", 0, 3, False),  # a shell's prompt and command
        ("Set it to $VENV_PATH now.", 3, 5, False),  # a shell's variable
        ("Run $ source $VENV/bin/activate first.", 1, 4, False),
        ("Millions of dollars were lost.", 0, 3, True),  # a scale in words is a sum
        ("It cost several hundred euros.", 2, 5, True),
        ("It cost half a million pounds.", 2, 6, True),
        ("It cost $5 in 2010.", 2, 4, True),
        ("It cost fifteen dollars.", 2, 4, True),  # a number in words
        ("It cost seventy-five cents.", 2, 6, True),
    ],
)
def test_money_that_holds_no_amount_is_no_fact(text: str, start: int, end: int, kept: bool) -> None:
    """A shell's prompt or variable (`$ pipenv install`, `$VENV_PATH`) tagged as money holds no
    number, no fraction and no scale: no sum to compare, and a copy that changes its command has
    changed no fact."""
    doc = load_model().make_doc(text)
    found = clean_mentions(Span(doc, start, end, label="MONEY"), 0)
    assert bool(found) is kept


@pytest.mark.parametrize(
    ("sentence", "span", "label", "kept"),
    [
        ("The Second World War ended in 1945.", "Second World War ended in", "EVENT", "Second World War"),
        ("The Bank of England ended in 1999.", "Bank of England ended in", "ORG", "Bank of England"),
        ("Officials at Acme Holdings said no.", "Acme Holdings said", "ORG", "Acme Holdings"),
        ("He read Gone with the wind twice.", "Gone with the wind", "WORK_OF_ART", "Gone with the wind"),  # a title
        ("The iPhone sold well.", "iPhone", "PRODUCT", "iPhone"),
    ],
)
def test_a_name_span_ends_at_its_last_capitalised_word(sentence: str, span: str, label: str, kept: str) -> None:
    import spacy

    from pipeline.mentions import clean_mentions

    doc = spacy.blank("en")(sentence)
    start = sentence.index(span)
    ent = doc.char_span(start, start + len(span), label=label)
    assert [m.text for m in clean_mentions(ent, 0)] == [kept]


def test_the_model_s_name_run_on_into_a_verb_is_cut() -> None:
    assert _mentions("The Second World War ended in 1945.").get("Second World War") == "EVENT"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The couple married on 02/03/2015.", "02/03/2015"),  # untagged
        ("Payment is due on 15/06/24 at the latest.", "15/06/24"),  # untagged
        ("The form, dated 4-11-2019, was lost.", "4-11-2019"),  # tagged CARDINAL
        ("The talks on 12/05/2019 failed.", "12/05/2019"),  # tagged DATE already
        ("It was signed on 1.3.2019 by both sides.", "1.3.2019"),  # with dots
        ("BRATISLAVA 1996-12-06", "1996-12-06"),  # a dateline's date, year first (tagged `1996-12`)
        ("NEW YORK 1996-12-07", "1996-12-07"),
        ("The file, dated 2008-3-5, was lost.", "2008-3-5"),
    ],
)
def test_a_date_written_in_digits_is_one_date(sentence: str, date: str) -> None:
    assert _mentions(sentence).get(date) == "DATE"


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Around 2,000 - maybe more - came.", "2,000"),  # untagged by the model: whole, not `2`
        ("Votes 23,456 / 30,000 counted.", "30,000"),  # the second untagged
        ("He was fined Rs 2,000 last year.", "Rs 2,000"),  # untagged, and money
    ],
)
def test_an_untagged_number_keeps_its_thousands(sentence: str, number: str) -> None:
    assert _mentions(sentence).get(number) in ("CARDINAL", "MONEY")


@pytest.mark.parametrize(
    ("sentence", "span", "label", "value"),
    [
        ("Sales rose by twenty-one per cent.", "twenty-one per cent", "PERCENT", "21%"),  # tagged `twenty-one`
        ("Forty-five per cent of voters agreed.", "Forty-five per cent", "PERCENT", "45%"),
        ("Turnout was sixty percent this time.", "sixty percent", "PERCENT", "60%"),
        ("In the 1990's, the company grew.", "1990's", "DATE", "199"),  # tagged `1990`
        ("Prices fell in the 1980’s, he said.", "1980’s", "DATE", "198"),
    ],
)
def test_the_unit_the_model_leaves_off_a_number_is_part_of_it(sentence: str, span: str, label: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert span in mentions and mentions[span].label == label
    assert normalize_value(label, span, None)[0] == value


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Shares fell on Wednesday afternoon.", "Wednesday afternoon", "2007-03-14TAF"),  # tagged apart
        ("The index fell yesterday afternoon.", "yesterday afternoon", "2007-03-13TAF"),
        ("The index will open tomorrow morning.", "tomorrow morning", "2007-03-15TMO"),  # `morning` untagged
        ("The talks ended on Friday night.", "Friday night", "2007-03-09TNI"),
    ],
)
def test_a_day_and_the_part_of_it_after_it_are_one_time(sentence: str, span: str, value: str) -> None:
    from pipeline.normalize.tense import date_tense, in_tense

    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert span in mentions and mentions[span].label == "TIME"
    with in_tense(date_tense(sentence, span)):
        assert normalize_value("TIME", span, dt.date(2007, 3, 14))[0] == value


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        ("The firm hired 1 200 000 workers last year.", "1 200 000", "1200000"),  # the model tags `1 200`
        ("The city has 3\u00a0500 inhabitants.", "3\u00a0500", "3500"),  # a no-break space
        ("The army has 2 500 000 reservists.", "2 500 000", "2500000"),
    ],
)
def test_a_number_with_its_thousands_spaced_is_one_number(sentence: str, number: str, value: str) -> None:
    mentions = {m.text: m for m in parse_doc("d", load_model()(sentence)).mentions}
    assert number in mentions
    assert normalize_value(mentions[number].label, number, None)[0] == value


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kim Jong-il visited Pyongyang.", "Kim Jong-il"),  # tagged whole, its lower-case end had been cut
        ("Jean-claude Juncker spoke on Monday.", "Jean-claude"),
        ("Rolls-Royce said no.", "Rolls-Royce"),
    ],
)
def test_a_hyphenated_name_keeps_its_last_part(sentence: str, name: str) -> None:
    assert name in _mentions(sentence)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Steve Jobs died aged 56 October 6, 2011.", "October 6, 2011"),
        ("The firm, founded 25 years ago, listed 12 March 3, 2008.", "March 3, 2008"),
        ("Jobs, 56 October 6, 2011, was mourned.", "October 6, 2011"),
    ],
)
def test_a_count_the_model_runs_into_a_full_date_is_not_part_of_it(sentence: str, date: str) -> None:
    found = _mentions(sentence)
    assert found.get(date) == "DATE" and not any(text.endswith(date) and text != date for text in found)


@pytest.mark.parametrize(
    ("sentence", "fact", "label"),
    [
        # a page's heading glued to the line after it: the sentence's end is no part of the fact
        (
            "What is the secret to its recovery?Monday, December 6, 2020 was the day.",
            "Monday, December 6, 2020",
            "DATE",
        ),
        ("Where did it all go wrong?Tuesday, May 4, 2021 was the start.", "Tuesday", "DATE"),
        ("Who won the vote?Thursday, April 1, 2021 saw the count.", "Thursday", "DATE"),
        ("Read the full story below!Sunday, June 5, 2022 was warm.", "Sunday, June 5, 2022", "DATE"),
    ],
)
def test_a_sentence_end_glued_before_a_fact_is_no_part_of_it(sentence: str, fact: str, label: str) -> None:
    assert _mentions(sentence).get(fact) == label


def test_a_name_written_with_a_full_stop_and_no_space_stays_whole() -> None:
    assert "St.Louis" in _mentions("The Cardinals play in St.Louis on Sunday.")


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("Annotate the commit message with # skip-blame and push.", 5, 6, "CARDINAL"),  # a comment sign
        ("$ pyenv virtualenv $PYTHON_VERSION $VENV", 0, 1, "CARDINAL"),  # a shell prompt
        ("What the $%#! We only changed one line.", 2, 3, "MONEY"),  # a curse written in signs
        ("Slice, serve & enjoy 🙂", 5, 6, "ORG"),
    ],
)
def test_a_span_of_signs_alone_is_no_fact(text: str, start: int, end: int, label: str) -> None:
    """The model tags a lone sign now and then; with no letter or digit in it there is no fact
    to compare, and a copy that drops or changes the sign has changed none."""
    doc = load_model().make_doc(text)
    span = Span(doc, start, end, label=label)
    assert not any(c.isalnum() for c in span.text)
    assert clean_mentions(span, 0) == []


@pytest.mark.parametrize(
    ("sentence", "span", "label", "kept"),
    [
        ("Redonda was mined in the late 19th and early 20th centuries.", "the late 19th and", "DATE", "late 19th"),
        (
            "It was the best ensemble in the 26 year-history of the awards.",
            "the 26 year-history of",
            "DATE",
            "26 year-history",
        ),
        ("Sales rose 5% and then fell.", "5% and", "PERCENT", "5%"),
        ("She sang My Heart Will Go On at the show.", "My Heart Will Go On", "WORK_OF_ART", "My Heart Will Go On"),
    ],
)
def test_a_function_word_the_model_ran_a_fact_on_into_is_no_part_of_it(
    sentence: str, span: str, label: str, kept: str
) -> None:
    """The model's span of a date or an amount that ends with `and`, `of`, `on` ran into the
    next phrase (`the late 19th and early 20th centuries` cut after `and`)."""
    doc = load_model().make_doc(sentence)
    start = sentence.index(span)
    ent = doc.char_span(start, start + len(span), label=label)
    assert isinstance(ent, Span)
    assert [m.text for m in clean_mentions(ent, 0)] == [kept]
