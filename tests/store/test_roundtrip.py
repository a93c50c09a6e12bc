"""Whatever text ends up in a meeting, it is saved and loaded back exactly."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.domain.model import Note, Side
from tui.store import open_store

from .conftest import make_meeting

# Every code point, lone surrogates included: a terminal decoding bad bytes can produce them.
# Not a high surrogate right before a low one: JSON reads that pair back as one character.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=200).filter(
    lambda text: not re.search("[\ud800-\udbff][\udc00-\udfff]", text)
)


@settings(max_examples=40, deadline=None)
@given(employee=ANY_TEXT, note=ANY_TEXT)
@example(employee="Ren\u00e9e \U0001f600", note="half \ud800 surrogate, NUL \x00, RTL \u202e")
def test_any_text_round_trips(employee, note):
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "store")
        meeting = make_meeting()
        meeting.employee = employee
        meeting.topics[0].notes.append(Note(note, Side.EMPLOYEE, "2026-11-25T10:00:00+01:00"))
        store.save(meeting)
        assert store.load(meeting.id) == meeting
        assert [s.employee for s in store.list()] == [employee]
