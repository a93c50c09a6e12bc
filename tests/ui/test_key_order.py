"""Keys that arrive in one burst (a laggy SSH line, a paste) act in the order they were typed."""

from __future__ import annotations

import ast
from pathlib import Path

import tui.ui
from tui.ui.screens.new_meeting import NewMeetingScreen
from tui.ui.screens.review.filter_form import FilterForm

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


# Seen over tmux in a live meeting: the backspaces ran after "Karim" had been typed ("cafeK").
# (pilot.press waits for the app to go idle after every key, so it never makes a burst.)
BURST = [*"cafe", *["backspace"] * 4, *"Karim"]


async def test_search_keeps_backspaces_in_a_burst_in_order(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.show_search()
        await pilot.pause()
        search = app.screen.query_one("#search-input")
        burst(app, BURST)
        await wait_until(pilot, lambda: len(search.value) >= 5)
        await pilot.pause()
        assert search.value == "Karim"


async def test_a_form_keeps_backspaces_in_a_burst_in_order(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.show_review()
        await pilot.pause()
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, FilterForm))
        employee = app.screen.query_one("#filter-employee")
        burst(app, [*BURST, "tab", "tab", *"2026"])
        period = app.screen.query_one("#filter-period")
        await wait_until(pilot, lambda: len(period.value) == 4)
        assert employee.value == "Karim"
        assert period.value == "2026"


TEXT_FIELDS = {"Input", "TextArea", "SafeInput", "SafeTextArea", "Select"}


def test_every_text_field_keeps_key_order():
    """Screens build text fields and choice lists only from ordered_keys."""
    root = Path(tui.ui.__file__).parent
    unordered = []
    for path in root.rglob("*.py"):
        if path.name in ("safe_inputs.py", "ordered_keys.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in TEXT_FIELDS:
                    unordered.append(f"{path.relative_to(root)}:{node.lineno} {name}")
    assert unordered == []
