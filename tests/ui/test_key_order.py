"""Keys that arrive in one burst (a laggy SSH line, a paste) act in the order they were typed."""

from __future__ import annotations

from tui.ui.screens.new_meeting import NewMeetingScreen

from .waiting import wait_until


def burst(app, keys: list[str]) -> None:
    """Post keys without waiting in between, as one read from the terminal would."""
    for key in keys:
        app.simulate_key(key)


async def test_tab_in_a_burst_moves_between_the_right_characters(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen)
        burst(app, [*"Jan", "tab", *"Els"])
        manager = app.screen.query_one("#manager")
        await wait_until(pilot, lambda: len(manager.value) + len(app.screen.query_one("#employee").value) == 6)
        assert app.screen.query_one("#employee").value == "Jan"
        assert app.screen.query_one("#manager").value == "Els"


async def test_ctrl_s_in_a_burst_cuts_the_note_where_it_was_pressed(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        burst(app, [*"een", "ctrl+s", *"twee"])
        topic = meeting.topics[0]
        await wait_until(pilot, lambda: sum(len(n.text) for n in topic.notes) + len(topic.draft) == 7)
        assert [n.text for n in meeting.topics[0].notes] == ["een"]
        assert meeting.topics[0].draft == "twee"
