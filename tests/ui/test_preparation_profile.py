"""Preparation by both sides before the clock starts, and the competency profile panel."""

from __future__ import annotations

from textual.widgets import MarkdownViewer

from tui.domain.model import Side, Status
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.widgets.notes_log import NotesLog

from .keys import type_text

SIZE = (80, 24)
PROFILE = "# Profiel senior ontwikkelaar\n\n## Kennis\n\n- Architectuur\n- **Mentoring**\n"


async def test_points_typed_before_the_start_are_preparation(make_app, store, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await type_text(pilot, "Werkdruk")
        await pilot.press("ctrl+s")  # the manager's point
        await pilot.press("ctrl+t")
        await type_text(pilot, "Opleiding")
        await pilot.press("ctrl+s")  # the employee's point
        assert meeting.status is Status.PLANNED
        assert [(p.text, p.author) for p in meeting.topics[0].prepared] == [
            ("Werkdruk", Side.MANAGER),
            ("Opleiding", Side.EMPLOYEE),
        ]
        assert meeting.topics[0].notes == []
        shown = str(app.screen.query_one(NotesLog).query_one("#notes-text").render())
        assert "Werkdruk" in shown and "Opleiding" in shown
        # Once the clock runs, typing makes notes again.
        await pilot.press("ctrl+g")
        await type_text(pilot, "Start")
        await pilot.press("ctrl+s")
        assert [n.text for n in meeting.topics[0].notes] == ["Start"]
    stored = store.load(meeting.id)
    assert [p.text for p in stored.topics[0].prepared] == ["Werkdruk", "Opleiding"]


async def test_profile_attached_by_path_and_toggled(make_app, store, meeting, tmp_path):
    profile = tmp_path / "profiel.md"
    profile.write_text(PROFILE, encoding="utf-8")
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("ctrl+l")  # no profile yet: asks for a path
        await pilot.pause()
        # A path is set, not typed: typing it key by key took 5 s and is not what this tests.
        app.screen.query_one("Input").value = str(tmp_path / "missing.md")
        await pilot.press("enter")
        await pilot.pause()
        assert "missing.md" in str(app.screen.query_one("#prompt-error").render())
        app.screen.query_one("Input").value = str(profile)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert meeting.profile == {"name": "profiel.md", "text": PROFILE}
        viewer = screen.query_one("#profile", MarkdownViewer)
        assert viewer.display and screen.query_one(NotesLog).display  # side by side with the notes
        await pilot.press("ctrl+l")
        assert not viewer.display
    assert store.load(meeting.id).profile["name"] == "profiel.md"
