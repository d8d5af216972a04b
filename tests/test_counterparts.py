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


@pytest.mark.parametrize(
    ("card", "respaced"),
    [
        ("Easy lentil soup\nReady in\n45\nminutes\nIngredients\n- 200g red lentils", None),
        ("Chocolate mousse\nChill for\n2\nhours\nServe cold.", None),
        ("Pizza dough\nRise time\n90\nminutes\nKnead well.", None),
        ("Easy lentil soup\nReady in\n45\nminutes\nIngredients\n- 200g red lentils", "45\n\nseconds"),
    ],
)
def test_a_fact_over_a_line_break_is_whole_in_a_copy_that_breaks_it_into_paragraphs(
    card: str, respaced: str | None
) -> None:
    """A recipe card's `45\\nminutes` is `45\\n\\nminutes` in a copy spaced with blank lines, where
    the model reads `45` alone: the counterpart takes in the rest of the fact's words, and
    nothing is flagged unless those words changed."""
    from .test_compare import _flagged

    copy = card.replace("\n", "\n\n")
    if respaced:
        copy = copy.replace(respaced.replace("\n\nseconds", "\n\nminutes"), respaced)
    assert bool(_flagged(card, copy)) is bool(respaced)
