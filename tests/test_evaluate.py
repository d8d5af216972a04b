"""The scoring code behind `make eval` and `make bench`, on small hand-made inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.bench import scaling_exponent
from harness.evaluate.conll import _spans, read_conll
from harness.evaluate.corpora import read_meantime, read_tempeval
from harness.evaluate.pairs import _brings_or_drops_a_fact, _edited_spans, _fact_edits, _overlaps

MEANTIME_XML = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Boeing</token><token number="1" sentence="0" t_id="2">flew</token>
<token number="2" sentence="1" t_id="3">March</token><token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token><token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">$</token><token number="7" sentence="2" t_id="8">40</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="9" type="DATE" value="2008-03-01">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="10" type="DATE" value="2008"><token_anchor t_id="6"/></TIMEX3>
<VALUE m_id="11" type="MONEY"><token_anchor t_id="7"/><token_anchor t_id="8"/></VALUE>
</Markables></Document>"""

TEMPEVAL_TML = """<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
<TEXT>It ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3>,
<EVENT eid="e1">said</EVENT> CDC.</TEXT>
</TimeML>"""


def test_conll_reader_builds_typed_spans(tmp_path: Path) -> None:
    path = tmp_path / "test.txt"
    path.write_text("EU B-ORG\nrejects O\nGerman B-MISC\ncall O\n\nPeter B-PER\nBlackburn I-PER\n", encoding="utf-8")
    assert read_conll(path) == [
        (["EU", "rejects", "German", "call"], {(0, 1, "ORG"), (2, 3, "MISC")}),
        (["Peter", "Blackburn"], {(0, 2, "PER")}),
    ]
    assert _spans(["I-LOC", "I-LOC", "O"]) == {(0, 2, "LOC")}  # IOB1-style start


def test_meantime_reader_offsets_and_creation_date(tmp_path: Path) -> None:
    path = tmp_path / "doc.xml"
    path.write_text(MEANTIME_XML, encoding="utf-8")
    document = read_meantime(path)
    assert document.text == "Boeing flew\nMarch 01 , 2008\n$ 40"
    assert str(document.creation_date) == "2008-03-01"
    [timex] = document.timexes
    assert document.text[timex.start : timex.end] == "2008" and timex.value == "2008"
    [money] = document.values
    assert document.text[money.start : money.end] == "$ 40" and money.kind == "MONEY"


def test_tempeval_reader_inline_spans(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TEMPEVAL_TML, encoding="utf-8")
    document = read_tempeval(path)
    [timex] = document.timexes
    assert document.text[timex.start : timex.end] == "Thursday" and timex.value == "2013-03-21"
    assert "said CDC." in document.text and str(document.creation_date) == "2013-03-22"


def test_pair_scoring_helpers() -> None:
    assert _overlaps((0, 5), (4, 9)) and not _overlaps((0, 5), (5, 9)) and not _overlaps(None, (0, 1))
    before, after = "Prices rose 5 percent on Monday.", "Prices rose 7 percent on Monday."
    assert any(_overlaps(span, (12, 13)) for span in _edited_spans(before, after)[1])
    assert not any(_overlaps(span, (25, 31)) for span in _edited_spans(before, after)[1])
    before, after = "seen at Sunderland Railway station.", "seen at Sunderland station."
    edits_before, edits_after = _edited_spans(before, after)
    assert not any(_overlaps(span, (8, 18)) for span in edits_after)  # `Sunderland` itself stands
    assert any(_overlaps(span, (8, 26)) for span in edits_before)  # but `Sunderland Railway` was cut


def test_scaling_exponent() -> None:
    assert scaling_exponent([50, 500, 5000], [1.0, 10.0, 100.0]) == 1.0
    assert scaling_exponent([50, 500], [1.0, 100.0]) == 2.0
    assert scaling_exponent([50], [1.0]) is None


def test_meaning_changed_edits_that_touch_a_fact_map_to_both_texts() -> None:
    before = "Police said the crash happened at 0200. The road was closed."
    record = {
        "edit_actions": [
            {
                "type": "R",
                "before": "0200",
                "after": "02:00",
                "start_char_pos": 34,
                "end_char_pos": 38,
                "major_intent": "fluency",
            },
            {
                "type": "A",
                "before": None,
                "after": " involving a Ford Mondeo",
                "start_char_pos": 30,
                "end_char_pos": 30,
                "major_intent": "meaning-changed",
            },
            {
                "type": "R",
                "before": "closed",
                "after": "shut",
                "start_char_pos": 53,
                "end_char_pos": 59,
                "major_intent": "meaning-changed",
            },  # no number, no name: not a fact edit
        ]
    }
    after = "Police said the crash happened involving a Ford Mondeo at 02:00. The road was shut."
    ((reference, compared),) = _fact_edits(record)
    assert reference == (29, 31) and before[29:31] == "d "
    assert after[compared[0] + 1 : compared[1] - 1] == " involving a Ford Mondeo"


def test_a_range_read_as_one_fact_is_right_for_each_gold_end_it_holds() -> None:
    from harness.evaluate.corpora import GoldSpan
    from harness.evaluate.values import _an_end_of
    from pipeline.records import Mention

    text = "then between 2014 and 2016 it will"
    mention = Mention("d", 0, 5, 26, "DATE", "between 2014 and 2016")
    first, second = text.index("2014"), text.index("2016")
    assert _an_end_of("2014/2016", mention, GoldSpan(first, first + 4, "DATE", "2014"))
    assert _an_end_of("2014/2016", mention, GoldSpan(second, second + 4, "DATE", "2016"))
    assert not _an_end_of("2014/2016", mention, GoldSpan(first, first + 4, "DATE", "2015"))
    assert not _an_end_of("2014/2016", mention, GoldSpan(5, 26, "DATE", "2014"))  # the whole span: the range itself


SPIN_TEXT = (
    "The International Criminal Court said on Tuesday that six people were held in France last year. "
    "Sales rose 40 per cent to $5 million, the company said on June 9, 2009."
)


def test_the_harness_spinner_is_repeatable_and_leaves_the_model_s_entities_alone() -> None:
    from harness.evaluate.selfspun import Spinner
    from pipeline.ner import DEFAULT_MODEL, load_model

    nlp = load_model(DEFAULT_MODEL)
    first, again = Spinner(nlp, 7).spin(SPIN_TEXT), Spinner(nlp, 7).spin(SPIN_TEXT)
    assert first == again != SPIN_TEXT
    for entity in ("International Criminal Court", "France", "$5 million"):
        assert entity in first


def test_the_harness_spinner_says_where_each_change_stands() -> None:
    from harness.evaluate.selfspun import Spinner
    from pipeline.ner import DEFAULT_MODEL, load_model

    changed, changes = Spinner(load_model(DEFAULT_MODEL), 3).change(SPIN_TEXT)
    assert 1 <= len(changes) <= 3
    assert {kind for kind, _, _ in changes} <= {"number", "month", "country", "relative_date", "name_part"}
    _, start, end = min(changes, key=lambda change: change[1])  # the first: nothing before it moved
    assert changed[:start] == SPIN_TEXT[:start]
    assert changed[start:end].strip() and changed[start:end] != SPIN_TEXT[start:end]


@pytest.mark.parametrize(
    ("edit_before", "edit_after", "before", "after", "brings"),
    [
        # a sentence moved to another place: its facts are in both versions
        ("", "30 homes burned.", "Fires spread. 30 homes burned.", "30 homes burned. Fires spread.", False),
        # words reworded around a fact that stays
        ("closed on", "shut on", "The plant closed on Monday in Ohio.", "The plant shut on Monday in Ohio.", False),
        # a new number, and a name dropped from the text after
        ("", "at least 30", "Fires spread.", "Fires spread, at least 30 of them.", True),
        ("Judge Smith said", "he said", "Then Judge Smith said no.", "Then he said no.", True),
        # a number that is part of a longer one elsewhere is still new
        ("", "about 300", "Fires spread over 3000 acres.", "Fires spread over 3000 acres, about 300.", True),
    ],
)
def test_an_iterater_edit_brings_or_drops_a_fact_only_when_a_fact_word_is_new_to_the_other_version(
    edit_before: str, edit_after: str, before: str, after: str, brings: bool
) -> None:
    assert _brings_or_drops_a_fact(edit_before, edit_after, before, after) is brings
