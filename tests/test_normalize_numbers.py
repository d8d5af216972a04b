"""Table-driven tests of the amount and ordinal normalisers, from the seed pair and real news."""

from __future__ import annotations

import pytest

from pipeline.normalize import kind_of, same_value
from pipeline.normalize.numbers import normalize_amount, normalize_ordinal

AMOUNTS = [
    # the seed pair
    ("six", "6"),
    ("6", "6"),
    ("Six", "6"),
    ("two", "2"),
    ("55 million", "55000000"),
    ("40 per cent", "40%"),
    ("40 percent", "40%"),
    ("100mw", "100 MW"),
    ("thousands", "~1000s"),
    # real news text (MEANTIME / Wikinews, Reuters style)
    ("$40 billion", "USD 40000000000"),
    ("$15 billion", "USD 15000000000"),
    ("£2m", "GBP 2000000"),
    ("1.5bn", "1500000000"),
    ("€1.5bn", "EUR 1500000000"),
    ("1.5bn euros", "EUR 1500000000"),
    ("40%", "40%"),
    ("about 3.5 per cent", "~3.5%"),
    ("290", "290"),
    ("7,000", "7000"),
    ("about 60", "~60"),
    ("up to 60", "<=60"),
    ("as long as 8 weeks", "<=8 weeks"),  # `as ... as` bounds an amount as `up to` does
    ("as high as 40 °C", "<=40 °C"),
    ("as far as 20 km", "<=20 km"),
    ("as few as 12", ">=12"),
    ("as little as 5 mg", ">=5 mg"),
    ("600 millimetres", "600 mm"),  # units in full and short are one unit
    ("2.5 milligrams", "2.5 mg"),
    ("30 centimetres", "30 cm"),
    ("250ml", "250 mL"),
    ("12 inches", "12 inch"),
    ("4,000 hectares", "4000 ha"),
    ("more than 2,000", ">2000"),
    ("at least 12", ">=12"),
    ("a minimum of 12", ">=12"),  # the article before it had hidden the qualifier
    ("a maximum of 12", "<=12"),
    ("nearly 300", "<~300"),
    ("tens of thousands", "~10000s"),
    ("hundreds of thousands", "~100000s"),
    ("dozens", "~12s"),
    ("a million", "1000000"),
    ("two and a half million", "2500000"),
    ("between 5 and 10", "5..10"),
    ("100 megawatts", "100 MW"),
    ("100 MW", "100 MW"),
    ("some 300 passengers", "~300 passengers"),
    ("one hundred and five", "105"),
    # compound number words: `one thousand` is not `1` then `thousand`
    ("one thousand two hundred", "1200"),
    ("one million two hundred thousand", "1200000"),
    ("a million", "1000000"),
    # pence, temperatures and signs as British and American news write them
    ("5p", "GBP 0.05"),  # pence and cents are the pounds and dollars they make
    ("120 pence", "GBP 1.2"),
    ("23 cents", "USD 0.23"),
    # thousands set apart by spaces, and scale abbreviations, as translated news writes them
    ("1 200 000", "1200000"),
    # thousands set off by dots, as a translated copy may keep them; a decimal point stays one
    ("1.500.000", "1500000"),
    ("about 15.000", "~15000"),
    ("1.000.000,50", "1000000.5"),
    ("1.500", "1.5"),
    ("2.000 percent", "2%"),
    # the scales of European copy
    ("3,2 milliard euros", "EUR 3200000000"),
    ("4,5 mio euros", "EUR 4500000"),
    ("EUR 2 mrd", "EUR 2000000000"),
    ("5 000 euros", "EUR 5000"),
    ("$3 bln", "USD 3000000000"),
    ("2.5 mln euros", "EUR 2500000"),
    # a share of a scale, and the scales of Indian news
    ("half a million", "500000"),
    ("a quarter of a million dollars", "USD 250000"),
    ("three-quarters of a billion", "750000000"),
    ("Rs 50 crore", "INR 500000000"),
    ("5 lakh rupees", "INR 500000"),
    ("half a per cent", "0.5%"),  # a share of a percentage point is a percentage
    ("a quarter of a per cent", "0.25%"),
    ("half a percentage point", "0.5% points"),
    ("$0.23", "USD 0.23"),
    ("40C", "40 °C"),
    ("40 degrees Celsius", "40 °C"),
    ("104F", "104 °F"),
    ("-5C", "-5 °C"),
    ("minus 5 degrees Celsius", "-5 °C"),
    ("-3%", "-3%"),
    # fractions, in words or with a count
    ("a third", "1/3"),
    ("one-third", "1/3"),
    ("two-thirds", "2/3"),
    ("three quarters", "3/4"),
    ("half", "1/2"),
    ("almost one 3rd", "<~1/3"),  # its part in digits, as a spinner writes ordinals
    ("a 3rd", "1/3"),  # `a third` so spun: the article is its count
    ("an 8th", "1/8"),
    ("a fourth", "1/4"),  # a spinner's `a quarter`
    ("three-fourths", "3/4"),
    ("an eighth", "1/8"),
    ("two 3rds", "2/3"),
    ("one-10th per cent", "0.1%"),
    # dozens and pairs counted
    ("a dozen", "12"),
    ("dozen", "12"),
    ("two dozen", "24"),
    ("half a dozen", "6"),
    ("about a dozen", "~12"),
    ("a pair of", "2"),
    # a decimal comma, as a translation back into English may keep it
    ("2,5 per cent", "2.5%"),
    ("1,5 million", "1500000"),
    ("€3,50", "EUR 3.5"),
    ("12,345,678", "12345678"),  # thousands separators stay separators
    # a currency code before the amount, as financial news writes it
    ("EUR 40 million", "EUR 40000000"),
    ("about EUR 40 million", "EUR ~40000000"),
    ("Rs 2,000", "INR 2000"),
    ("RMB10bn", "CNY 10000000000"),
    # a qualifier with a word of degree before it, and the synonyms of `nearly`
    ("just over 100", ">100"),
    ("well over 4,000", ">4000"),
    ("a little more than 100", ">100"),
    ("just under 100", "<~100"),  # `just under` is `nearly`, not `under`
    ("virtually 600,000", "<~600000"),
    ("near 200", "<~200"),
    # units of more than one word, and what follows the unit is what is measured
    ("a 55 square mile wildfire", "55 mi2"),
    ("55 sq. mi.", "55 mi2"),
    ("274 nautical miles", "274 nmi"),
    ("3,000 square feet of office space", "3000 ft2"),
    ("500 square metres", "500 m2"),
    ("12 km. of track", "12 km"),
]


@pytest.mark.parametrize(("text", "value"), AMOUNTS)
def test_amount_values(text: str, value: str) -> None:
    assert normalize_amount(text) == value


ORDINALS = [
    ("fourth", 4),
    ("4th", 4),
    ("first", 1),
    ("very first", 1),
    ("1st", 1),
    ("80th", 80),
    ("75th", 75),
    ("seventy-fifth", 75),
    ("Second", 2),
    ("third", 3),
    ("21st", 21),
    ("twelfth", 12),
    ("2nd", 2),
]


@pytest.mark.parametrize(("text", "number"), ORDINALS)
def test_ordinal_values(text: str, number: int) -> None:
    assert normalize_ordinal(text) == f"ordinal:{number}"


@pytest.mark.parametrize(
    ("left", "right"),
    [("six", "6"), ("two", "2"), ("40 per cent", "40 percent"), ("40 percent", "40%"), ("100mw", "100 megawatts")],
)
def test_rewordings_compare_equal(left: str, right: str) -> None:
    assert normalize_amount(left) == normalize_amount(right)


@pytest.mark.parametrize(
    ("left", "right"), [("51", "41"), ("thousands", "1000"), ("about 60", "60"), ("up to 60", "60"), ("$2m", "£2m")]
)
def test_different_amounts_do_not(left: str, right: str) -> None:
    assert normalize_amount(left) != normalize_amount(right)


def test_vague_words_are_not_amounts() -> None:
    assert normalize_amount("countless") is None
    assert normalize_ordinal("final") is None


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("half", "50 per cent", True),
        ("a quarter", "25%", True),
        ("a third", "33 percent", True),  # rounded as a writer rounds it
        ("two-thirds", "66.7%", True),
        ("a third", "34%", False),
        ("half", "40 per cent", False),
        ("half", "50", False),  # a number, not a share
        # or the decimal it is, to the digits the decimal is written with
        ("half", "0.5", True),  # `half a percentage point` = `0.5 percentage point`
        ("two-thirds", "0.67", True),
        ("three-quarters", "0.75", True),
        ("a quarter", "0.5", False),
    ],
)
def test_a_fraction_is_the_percentage_it_rounds_to(left: str, right: str, same: bool) -> None:
    assert same_value("amount", normalize_amount(left) or "", normalize_amount(right) or "") is same


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("448,000 missed", "448,000", True),  # the model's span ran past the number
        ("over 50,000 moldiness", "over 50,000", True),
        ("30 homes", "30", True),
        ("3700 acres", "3700 hectares", False),  # a unit is part of the amount
        ("5 km", "5", False),
        ("448,000 missed", "449,000", False),
    ],
)
def test_words_after_a_number_that_are_no_unit_leave_it_the_same(left: str, right: str, same: bool) -> None:
    assert same_value("amount", normalize_amount(left) or "", normalize_amount(right) or "") is same


@pytest.mark.parametrize(
    ("label", "text", "kind"),
    [
        ("PRODUCT", "EUR 3.2bn", "amount"),  # money the model calls a name
        ("ORG", "US$ 5m", "amount"),
        ("PERSON", "Rs. 2,000", "amount"),
        ("ORG", "Try 3", "name"),  # a word like a currency code is no code
        ("PRODUCT", "iPhone 3G", "name"),
        ("DATE", "7,552.60", "amount"),  # no date has a decimal point or thousands
        ("DATE", "281.40", "amount"),
        ("DATE", "2009", "date"),
    ],
)
def test_money_and_decimals_are_amounts_whatever_the_model_calls_them(label: str, text: str, kind: str) -> None:
    assert kind_of(label, text) == kind


@pytest.mark.parametrize(("text", "value"), [("1/5", "1/5"), ("nearly 1/5", "<~1/5"), ("about 3/4", "~3/4")])
def test_a_fraction_written_with_a_slash_is_the_fraction(text: str, value: str) -> None:
    assert normalize_amount(text) == value


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("75 basis points", "0.75 percentage points", True),  # a hundredth of a percentage point
        ("50 basis points", "half a percentage point", True),
        ("25 bps", "a quarter of a percentage point", True),
        ("fifty basis points", "50 bp", True),
        ("50 basis points", "0.75 percentage points", False),
        ("50 basis points", "50 percentage points", False),
    ],
)
def test_basis_points_are_hundredths_of_a_percentage_point(left: str, right: str, same: bool) -> None:
    assert same_value("amount", normalize_amount(left) or "", normalize_amount(right) or "") is same


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("3 1/2 percent", "3.5 percent"),  # a whole number and a fraction, as US rates were written
        ("$12 3/8", "$12.375"),
        ("2 1/4 miles", "2.25 miles"),
        ("3½ percent", "3.5%"),  # a vulgar fraction
        ("¾ percent", "0.75%"),
    ],
)
def test_a_mixed_number_is_its_decimal(left: str, right: str) -> None:
    assert normalize_amount(left) == normalize_amount(right)


@pytest.mark.parametrize(("text", "value"), [("24/7", "24/7"), ("3 5/4", "3 5/4"), ("2 1/3 percent", "2.3333%")])
def test_what_is_no_mixed_number_stays_as_written(text: str, value: str) -> None:
    assert normalize_amount(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("8 pounds", "8 lb"),  # a weight: money in pounds has a sign or a scale
        ("eight pounds", "8 lb"),
        ("£8", "GBP 8"),
        ("40m pounds", "GBP 40000000"),
        ("40 million pounds", "GBP 40000000"),
        ("a quarter of a million pounds", "GBP 250000"),
        ("300 pounds sterling", "GBP 300"),
    ],
)
def test_pounds_are_money_with_a_sign_a_scale_or_sterling_else_a_weight(text: str, value: str) -> None:
    assert normalize_amount(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a quarter point", "0.25% points"),
        ("a half-point", "0.5% points"),
        ("half a point", "0.5% points"),
        ("three-quarters of a percentage point", "0.75% points"),
        ("about a quarter point", "~0.25% points"),
        ("25 basis points", "0.25% points"),
        ("a quarter", "1/4"),  # no points: a share
    ],
)
def test_a_fraction_of_a_point_is_a_rate_s_move_in_percentage_points(text: str, value: str) -> None:
    assert normalize_amount(text) == value
