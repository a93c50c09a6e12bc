"""A whole meeting driven by keyboard, asserted on what reached the store."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from tui.domain.model import AgreementStatus, FormKind, Owner, Side, Signoff, Status
from tui.ui.screens.meeting.closing import ClosingScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.meeting.summary import SummaryScreen

from .keys import type_text
from .waiting import wait_until

SIZE = (80, 24)


async def test_whole_meeting_is_stored(make_app, store, clock, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        first_title = meeting.topics[0].title
        planned_second = meeting.topics[1].planned_minutes

        # Shape the agenda before the clock starts: focus the agenda, move, +minutes, raised by.
        await pilot.press("tab")
        assert app.focused.id == "agenda"
        # Each agenda key gives the focus back to the notes editor: Tab again for the next.
        await pilot.press("down", "plus", "tab", "plus", "tab", "w")
        assert meeting.topics[1].planned_minutes == planned_second + 2
        assert meeting.topics[1].raised_by.value == "employee"
        await pilot.press("tab", "up", "full_stop")  # move the first topic down one place
        assert meeting.topics[1].title == first_title

        # Nothing counts before the start.
        clock.advance(60)
        assert screen.timer.elapsed() == 0
        await pilot.press("ctrl+g")
        assert meeting.status is Status.RUNNING
        clock.advance(90)

        # A note by the manager on the first topic.
        screen.query_one("#editor", TextArea).focus()
        await type_text(pilot, "Goed begin")
        await pilot.press("ctrl+s")
        # Switch to the employee, next topic, another note.
        await pilot.press("ctrl+t", "ctrl+n")
        clock.advance(30)
        await type_text(pilot, "Wil meer *klanten* zien")
        await pilot.press("ctrl+s")

        # An agreement, one key away.
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Cursus presenteren")
        await pilot.press("tab", "tab", "tab")  # owner, approach, approach note
        await type_text(pilot, "via HR")
        await pilot.press("tab")
        await type_text(pilot, "3m")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)

        # Closing: follow-up, report writer, kept at, sign-off.
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert isinstance(app.screen, ClosingScreen)
        followup = app.screen.query_one("#followup", Input)
        followup.value = ""
        await type_text(pilot, "6m")
        await pilot.press("tab")
        await type_text(pilot, "Pieter")
        await pilot.press("tab")
        await type_text(pilot, "personeelsdossier")
        await pilot.press("ctrl+r", "j")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)

    stored = store.load(meeting.id)
    assert stored.status is Status.FINISHED
    assert stored.topics[0].title == meeting.topics[0].title
    notes = [n for t in stored.topics for n in t.notes]
    assert [(n.text, n.author) for n in notes] == [
        ("Goed begin", Side.MANAGER),
        ("Wil meer *klanten* zien", Side.EMPLOYEE),
    ]
    assert stored.topics[0].spent_seconds == 90
    assert stored.topics[0].done
    assert stored.topics[1].spent_seconds == 30
    [agreement] = stored.agreements
    assert agreement.what == "Cursus presenteren"
    assert agreement.owner is Owner.EMPLOYEE
    assert agreement.approach_note == "via HR"
    assert agreement.due == "2027-02-25"
    assert agreement.status is AgreementStatus.OPEN
    assert stored.next_followup == "2027-05-25"
    assert stored.report.writer == "Pieter"
    assert stored.report.kept_at == "personeelsdossier"
    assert stored.report.employee_signoff is Signoff.OPEN


async def test_start_screen_offers_to_resume_an_unfinished_meeting(make_app, store, clock):
    from .scenes import running_meeting

    meeting = running_meeting(clock)
    store.save(meeting)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any("Enter hervat" in n.message for n in app._notifications))
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.meeting.id == meeting.id
        assert screen.meeting.active_topic == 3
        assert screen.timer.spent(3) == meeting.topics[3].spent_seconds


async def test_quit_with_a_form_that_would_lose_its_typing_asks_first(make_app):
    from tui.ui.dialogs.confirm import ConfirmScreen
    from tui.ui.screens.new_meeting import NewMeetingScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_new_meeting_form(pilot)
        await type_text(pilot, "Sanne")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen)
        assert app.screen.query_one("#employee").value == "Sanne"


async def test_quit_with_an_agreement_form_open_keeps_it_as_a_draft_for_the_resume(make_app, store, meeting):
    from tui.ui.screens.meeting.agreement_form import AgreementForm

    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Belangrijk")
        await pilot.press("ctrl+q")  # nothing to ask: the form comes back when the meeting resumes
        await pilot.pause()
    stored = store.load(meeting.id)
    assert stored.agreements == []
    assert stored.form_draft.form is FormKind.AGREEMENT
    assert stored.form_draft.values["what"] == "Belangrijk"
    again = make_app(open_meeting=stored)
    async with again.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(again.screen, AgreementForm))
        await wait_until(pilot, lambda: again.screen.query_one("#what").value == "Belangrijk")
        await pilot.press("ctrl+s")
        await pilot.pause()
    stored = store.load(meeting.id)
    assert [a.what for a in stored.agreements] == ["Belangrijk"]
    assert stored.form_draft is None


async def open_new_meeting_form(pilot) -> None:
    """From the start screen (the app's first screen), `n`."""
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()


async def test_esc_closes_an_untouched_form_and_asks_once_something_is_typed(make_app):
    from tui.ui.dialogs.confirm import ConfirmScreen
    from tui.ui.screens.new_meeting import NewMeetingScreen
    from tui.ui.screens.start import StartScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_new_meeting_form(pilot)
        assert isinstance(app.screen, NewMeetingScreen)  # its date is filled in: not typed
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        await open_new_meeting_form(pilot)
        await type_text(pilot, "Eva")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)


async def test_f1_on_a_form_shows_its_keys(make_app):
    from tui.ui.dialogs.help import HelpScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_new_meeting_form(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_a_dropped_line_keeps_a_half_typed_agreement_as_a_draft_not_an_agreement(make_app, store, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Mentor zoeken")
        app.save_and_exit()  # what the SIGHUP handler runs
        await pilot.pause()
    stored = store.load(meeting.id)
    assert stored.agreements == []
    assert stored.form_draft.values["what"] == "Mentor zoeken"
