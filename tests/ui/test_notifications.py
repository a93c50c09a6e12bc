"""Notifications never hide what is being typed: over a form (which fills 80x24) plain news waits
until it closes, warnings sit at its top; in the meeting they sit above the notes editor."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from tui.ui.screens.meeting.agreement_form import AgreementForm
from tui.ui.screens.meeting.meeting import MeetingScreen

from .waiting import wait_until

SIZE = (80, 24)


def toasts(app) -> list:
    """The notifications on screen (Textual's Toast widgets, by their CSS type), with their place."""
    return [toast for toast in app.screen.query("Toast") if toast.display and toast.region.height]


def toast_text(app) -> str:
    return " ".join(str(toast.render()) for toast in toasts(app))


async def open_form(app, pilot) -> AgreementForm:
    await pilot.press("ctrl+o")
    await wait_until(pilot, lambda: isinstance(app.screen, AgreementForm))
    await pilot.pause()
    return app.screen


async def test_news_waits_while_a_form_is_open(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(app, pilot)
        app.notify("Sanne is verbonden vanaf haar eigen plek.")  # her seat joins meanwhile
        await pilot.pause()
        assert toasts(app) == []
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        await wait_until(pilot, lambda: bool(toasts(app)))
        assert "Sanne is verbonden" in toast_text(app)
        assert form is not app.screen


async def test_news_shown_before_a_form_opens_does_not_cover_it(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        app.notify("Alles past nog; niets herverdeeld.")
        await wait_until(pilot, lambda: bool(toasts(app)))
        await open_form(app, pilot)
        assert toasts(app) == []


async def test_a_warning_over_a_form_stays_clear_of_the_field_being_typed_in(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        form = await open_form(app, pilot)
        field = form.query_one("#what", Input)
        assert field.has_focus
        app.notify("sanne is weg; het gesprek gaat door. Met dezelfde code komt ze terug.", severity="warning")
        await wait_until(pilot, lambda: bool(toasts(app)))
        (toast,) = toasts(app)
        assert not toast.region.overlaps(field.region)
        assert toast.region.y < field.region.y  # at the form's top


async def test_in_the_meeting_news_covers_neither_the_editor_nor_the_clock(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g")  # "the clock runs, on topic 1 (Opening)"
        await wait_until(pilot, lambda: bool(toasts(app)))
        screen = app.screen
        for toast in toasts(app):
            for part in (screen.query_one("#editor", TextArea), screen.query_one("#editor-label"), screen.query_one("#clock")):
                assert not toast.region.overlaps(part.region), part
