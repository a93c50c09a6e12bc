"""One of something is said in the singular: "1 eerder gesprek", not "1 eerdere gesprekken"."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Static

from tui.domain.model import Note, Side, Status
from tui.i18n import LANGUAGES, catalogue, tn

from .scenes import planned_meeting
from .waiting import wait_until

SIZE = (80, 24)


def test_no_message_hedges_its_plural():
    """No "versie(s)", "bestand(en)", "verschil(len)": tn() picks the form for the number."""
    hedged = re.compile(r"\w\((s|en|len|e)\)")
    found = [(key, text) for key, texts in catalogue().items() for text in texts.values() if hedged.search(text)]
    assert found == []


def test_every_singular_has_its_plural_in_both_languages():
    messages = catalogue()
    for key in (k for k in messages if k.endswith("_one")):
        plural = key.removesuffix("_one")
        assert plural in messages, key
        assert all(lang in messages[key] and lang in messages[plural] for lang in LANGUAGES), key


@pytest.mark.parametrize(
    ("key", "values", "one", "two"),
    [
        ("start.more", {}, "… en nog 1 eerder gesprek", "… en nog 2 eerdere gesprekken"),
        ("notes.earlier", {}, "1 eerdere notitie", "2 eerdere notities"),
        ("seat.line.proposals", {}, " · 1 voorstel", " · 2 voorstellen"),
        ("conflict.count", {}, "1 verschil:", "2 verschillen:"),
        ("rebalance.no_fit", {"end": "11:00", "left": 0}, "voor 1 onderwerp,", "voor 2 onderwerpen,"),
    ],
)
def test_dutch_one_and_two(key, values, one, two):
    assert one in tn(key, 1, "nl", **values)
    assert two in tn(key, 2, "nl", **values)


def test_english_one_and_two():
    assert tn("cli.left_out", 1, "en").startswith("1 file in the store cannot be read and is left out")
    assert tn("cli.left_out", 3, "en").startswith("3 files in the store cannot be read and are left out")
    assert "(1 topic," in tn("agenda.ok", 1, "en", source="x.md", minutes=5)


async def test_the_start_screen_says_one_earlier_conversation(make_app, store, monkeypatch):
    import tui.ui.screens.start as start

    monkeypatch.setattr(start, "RECENT_LIMIT", 1)  # one row shown, the other one below it
    for meeting_id, date in (("f00000000001", "2025-01-10"), ("f00000000002", "2025-06-10")):
        finished = planned_meeting(meeting_id)
        finished.date, finished.status = date, Status.FINISHED
        store.save(finished)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        below = app.screen.query_one("#start-empty", Static)
        await wait_until(pilot, lambda: "…" in str(below.render()))
        assert str(below.render()) == "… en nog 1 eerder gesprek: r opent het overzicht."


async def test_the_notes_say_one_earlier_note(make_app, monkeypatch):
    import tui.ui.widgets.notes_log as notes_log
    from tui.ui.widgets.notes_log import NotesLog

    monkeypatch.setattr(notes_log, "NOTES_SHOWN", 2)
    meeting = planned_meeting()
    meeting.topics[0].notes = [Note(f"notitie {i}", Side.MANAGER, "2026-11-25T10:00:00") for i in range(3)]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        shown = str(app.screen.query_one(NotesLog).query_one("#notes-text", Static).render())
        assert "1 eerdere notitie: het verslag toont die" in shown
