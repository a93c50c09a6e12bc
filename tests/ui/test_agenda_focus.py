"""Typing with the agenda focused: its keys say so, each gives the focus back to the notes,
and a character that is none of its keys goes to the notes instead of vanishing."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.meeting.topic_form import TopicForm
from tui.ui.widgets.agenda_list import AgendaList
from tui.ui.widgets.key_bar import KeyBar

from .keys import type_text
from .waiting import wait_until

SIZE = (80, 24)


def editor(app) -> TextArea:
    return app.screen.query_one("#editor", TextArea)


def footer(app) -> str:
    return app.screen.query_one(KeyBar).render().plain


async def to_agenda(app, pilot) -> AgendaList:
    await pilot.press("tab")
    agenda = app.screen.query_one(AgendaList)
    assert agenda.has_focus
    return agenda


async def test_after_moving_a_topic_typing_is_a_note_again(make_app, meeting):
    first, second = meeting.topics[0].title, meeting.topics[1].title
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await to_agenda(app, pilot)
        await pilot.press("full_stop")  # the first topic one place down
        assert [meeting.topics[0].title, meeting.topics[1].title] == [second, first]
        assert editor(app).has_focus
        await type_text(pilot, "wie ik ben")  # w, i and e are agenda keys: none acts now
        assert editor(app).text.endswith("wie ik ben")
        assert isinstance(app.screen, MeetingScreen) and meeting.topics[0].raised_by.value == "both"


async def test_after_a_form_opened_from_the_agenda_the_notes_have_the_focus(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key, form in (("e", PromptScreen), ("i", TopicForm)):
            await to_agenda(app, pilot)
            await pilot.press(key)
            await wait_until(pilot, lambda form=form: isinstance(app.screen, form))
            await pilot.press("escape")
            await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
            await pilot.pause()
            assert editor(app).has_focus, key
        await to_agenda(app, pilot)
        await pilot.press("x")  # remove: asks first
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        await pilot.pause()
        assert editor(app).has_focus


async def test_a_character_that_is_no_agenda_key_goes_to_the_notes(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await to_agenda(app, pilot)
        await type_text(pilot, "Hallo, goed gesprek")  # H is no agenda key: it and the rest are typed
        assert editor(app).has_focus
        assert editor(app).text.endswith("Hallo, goed gesprek")
        assert meeting.topics[0].title == "Opening"  # no comma moved a topic


async def test_a_paste_into_the_agenda_goes_to_the_notes(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await to_agenda(app, pilot)
        app.post_message(events.Paste("i x w: geplakt"))
        await wait_until(pilot, lambda: editor(app).text.endswith("i x w: geplakt"))
        assert editor(app).has_focus and isinstance(app.screen, MeetingScreen)


async def test_the_focused_agenda_says_so_in_its_title_and_the_footer(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        agenda = app.screen.query_one(AgendaList)
        assert agenda.border_title == "Agenda" and footer(app).startswith("^S Punt")
        await to_agenda(app, pilot)
        await wait_until(pilot, lambda: footer(app).startswith("Enter Kies"))
        assert agenda.border_title == "AGENDA: toetsen actief"
        assert "+/- Min" in footer(app) and "i Nieuw" in footer(app) and "Tab Notities" in footer(app)
        await pilot.press("tab")  # back to the notes
        await wait_until(pilot, lambda: footer(app).startswith("^S Punt"))
        assert editor(app).has_focus and agenda.border_title == "Agenda"
