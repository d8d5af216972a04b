"""Counterparts' edges: the qualifier before an amount, taken in whatever the spaces."""

from __future__ import annotations

import pytest

from pipeline.counterparts import onto_the_fact, with_qualifier_before


@pytest.mark.parametrize(
    ("text", "amount", "widened"),
    [
        ("Oil fell below $90 a barrel.", "$90", "below $90"),
        ("The Dow lost as much as $800 on Monday.", "$800", "as much as $800"),
        ("The Dow lost as  much as $800 on Monday.", "$800", "as  much as $800"),  # an OCR'd double space
        ("Oil fell to $90 a barrel.", "$90", "$90"),  # no qualifier: the amount alone
    ],
)
def test_an_amount_takes_in_the_qualifier_before_it(text: str, amount: str, widened: str) -> None:
    start = text.index(amount)
    found = with_qualifier_before(text, (start, start + len(amount)))
    assert text[found[0] : found[1]] == widened


def test_an_amount_narrowed_from_a_counterpart_keeps_its_qualifier_across_a_line_break() -> None:
    text = "The index went under\n10000  points"
    fact = (text.index("10000"), text.index("10000") + 5)
    found = onto_the_fact(text, (4, len(text)), fact, qualified=True)
    assert text[found[0] : found[1]] == "under\n10000"
