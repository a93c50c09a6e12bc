"""People's text is shown as typed: brackets are not Textual markup and cannot crash a screen."""

from __future__ import annotations

from textual.widgets import Input

from tui.domain.model import Agreement, Note, Side
from tui.ui.screens.meeting.agreements import AgreementsScreen
from tui.ui.screens.meeting.meeting import MeetingScreen

from .scenes import planned_meeting
from .waiting import wait_until

TRICKY = "Jan [/] [b]de Vries[/b]"


def screen_text(screen) -> str:
    return "\n".join(str(w.render()) for w in screen.query("Static"))


async def test_brackets_in_names_notes_and_agreements(make_app, store):
    meeting = planned_meeting()
    meeting.employee = TRICKY
    meeting.topics[0].title = "Opening [/]"
    meeting.topics[0].notes.append(Note("Zei [red]niets[/red]", Side.EMPLOYEE, "2026-11-25T10:00:00+01:00"))
    meeting.agreements.append(Agreement(what="Cursus [/]"))
    store.save(meeting)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: bool(getattr(app.screen, "summaries", None)))
        await pilot.press("enter")  # open it from the start screen list
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        text = screen_text(screen)
        assert TRICKY in text and "Zei [red]niets[/red]" in text
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert isinstance(app.screen, AgreementsScreen)
        await pilot.press("escape")
        # A date error repeats what was typed: it must not be read as markup either.
        await pilot.press("ctrl+r")
        await pilot.pause()
        followup = app.screen.query_one("#followup", Input)
        followup.value = "[/]"
        await pilot.pause()
        assert "[/]" in str(app.screen.query_one("#followup-text").render())
