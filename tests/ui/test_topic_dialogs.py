"""Renaming, removing or inserting after a topic acts on the topic the dialog was opened on, even
when the agenda changed while it was open (her seat adds a topic before the last one), and on
none once that topic is gone."""

from __future__ import annotations

from textual.widgets import Input

from tui.domain import shaping
from tui.domain.model import RaisedBy
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.meeting.topic_form import TopicForm

from .waiting import wait_until

SIZE = (80, 24)


def her_topic_arrives(meeting) -> None:
    """What her seat does with a proposed topic (seats/changes.py): before the last one."""
    shaping.add_topic(meeting, len(meeting.topics) - 2, "Van Sanne", 5, RaisedBy.EMPLOYEE)


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def on_the_last_topic(app, pilot, key: str, dialog: type):
    await pilot.press("tab", "end", key)  # each agenda key gives the focus back to the notes
    await wait_until(pilot, lambda: isinstance(app.screen, dialog))
    return app.screen


async def test_remove_takes_away_the_topic_it_asked_about(make_app, meeting):
    last = meeting.topics[-1]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_last_topic(app, pilot, "x", ConfirmScreen)
        her_topic_arrives(meeting)
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    assert all(topic is not last for topic in meeting.topics)
    assert meeting.topics[-1].title == "Van Sanne"


async def test_rename_renames_the_topic_it_asked_about(make_app, meeting):
    last = meeting.topics[-1]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        prompt = await on_the_last_topic(app, pilot, "e", PromptScreen)
        her_topic_arrives(meeting)
        prompt.query_one(Input).value = "Tot slot"
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    assert last.title == "Tot slot" and meeting.topics[-1] is last
    assert meeting.topics[-2].title == "Van Sanne"


async def test_insert_lands_after_the_topic_it_was_opened_on(make_app, meeting):
    last = meeting.topics[-1]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        form = await on_the_last_topic(app, pilot, "i", TopicForm)
        form.query_one("#title", Input).value = "Thuiswerk"
        her_topic_arrives(meeting)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    assert [topic.title for topic in meeting.topics[-3:]] == ["Van Sanne", last.title, "Thuiswerk"]


async def test_a_topic_gone_meanwhile_is_neither_removed_nor_renamed(make_app, meeting):
    titles = [topic.title for topic in meeting.topics]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_last_topic(app, pilot, "x", ConfirmScreen)
        gone = meeting.topics.pop()  # taken away meanwhile
        await pilot.press("j")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        assert [topic.title for topic in meeting.topics] == titles[:-1]  # no other topic went instead
        meeting.topics.append(gone)
        prompt = await on_the_last_topic(app, pilot, "e", PromptScreen)
        meeting.topics.pop()
        prompt.query_one(Input).value = "Tot slot"
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        assert [topic.title for topic in meeting.topics] == titles[:-1]
        assert sum("niet meer op de agenda" in m for m in messages(app)) == 2
