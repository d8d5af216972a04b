"""Texts set aside on disk while stories are out on a cluster, and read back to send."""

from __future__ import annotations

from pipeline.records import Document
from pipeline.spool import TextSpool


def _story() -> list[Document]:
    texts = ("Le président a visité Besançon le 9 mai.", "Angela Merkel — 40 per cent.\n\nZürich, 2015.", "")
    return [Document("s", f"v{n}", "compared", f"s/v{n}.txt", text=text) for n, text in enumerate(texts)]


def test_texts_set_aside_leave_the_documents_and_come_back_whole() -> None:
    story = _story()
    texts = [document.text for document in story]
    spool = TextSpool().set_aside(story)
    try:
        assert [document.text for document in story] == ["", "", ""]  # the client holds no text
        restored = spool.restored(story)
        assert [document.text for document in restored] == texts  # accents, dashes, line breaks intact
        assert [document.doc_id for document in restored] == [document.doc_id for document in story]
        assert story[0].text == ""  # copies were sent; the originals stay empty
        assert spool.restored(story[::-1])[0].text == texts[-1]  # in any order
    finally:
        spool.close()


def test_a_second_batch_of_texts_is_added_not_written_over() -> None:
    first, second = _story(), _story()
    for document in second:
        document.story = "t"
    spool = TextSpool().set_aside(first)
    spool.restored(first)  # reading moves the file position
    spool.set_aside(second)
    try:
        assert [d.text for d in spool.restored(first)] == [d.text for d in _story()]
        assert [d.text for d in spool.restored(second)] == [d.text for d in _story()]
    finally:
        spool.close()
