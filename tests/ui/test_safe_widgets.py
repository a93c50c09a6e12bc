"""Widgets never show a character a terminal would act on.

Text fields hold none: not from the store, not typed, not pasted. Stored text is shown in its
visible form (ESC as the four characters ``\\x1b``); that form is what is saved once the user
edits the field. The widgets that show text (Plain, PlainLabel, PlainTable, notifications)
make any string visible the same way, whoever builds it.
"""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult

from tui.domain.safe_text import inert, input_line
from tui.ui.widgets.ordered_keys import NoteEditor, OrderedInput
from tui.ui.widgets.plain import Plain, PlainLabel
from tui.ui.widgets.plain_table import PlainTable
from tui.ui.widgets.safe_inputs import SafeInput

HOSTILE = "Opening \x1b]0;PWNED\x07\x1b]52;c;SGFja2Vk\x07 \x9b31m\u202eJa\u200bn\ufeff\u2028(5 min)"


class Fields(App[None]):
    def compose(self) -> ComposeResult:
        yield SafeInput(HOSTILE, id="safe")
        yield OrderedInput(HOSTILE, id="ordered")
        yield NoteEditor(HOSTILE, id="editor")


async def test_stored_text_is_shown_in_its_visible_form():
    app = Fields()
    async with app.run_test() as pilot:
        await pilot.pause()
        for field in ("#safe", "#ordered"):
            assert app.query_one(field).value == input_line(HOSTILE)
        editor = app.query_one("#editor", NoteEditor)
        assert editor.text == inert(HOSTILE)
        editor.load_text("a\x1b[2Jb")
        assert editor.text == "a\\x1b[2Jb"
        editor.text = "c\u202ed"
        assert editor.text == "c\\u202ed"


async def test_a_value_set_later_is_neutralised_too():
    app = Fields()
    async with app.run_test() as pilot:
        field = app.query_one("#ordered", OrderedInput)
        field.value = "Jan\x1b[6n"
        await pilot.pause()
        assert field.value == "Jan\\x1b[6n"


async def paste(pilot, widget, text: str) -> None:
    """Paste into `widget` as a terminal's paste reaches it: through the app, to the focus."""
    widget.focus()
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def test_pasted_text_lands_neutralised_with_the_cursor_after_it():
    app = Fields()
    async with app.run_test() as pilot:
        field = app.query_one("#safe", SafeInput)
        field.value = "AZ"
        field.cursor_position = 1
        await paste(pilot, field, "b\x1b[31mc\x07")
        assert field.value == "Ab\\x1b[31mc\\x07Z"
        assert field.cursor_position == len("Ab\\x1b[31mc\\x07")

        editor = app.query_one("#editor", NoteEditor)
        editor.load_text("")
        await paste(pilot, editor, "een\r\ntwee\x1b]52;c;eA==\x07\u2028drie")
        assert editor.text == "een\ntwee\\x1b]52;c;eA==\\x07\ndrie"
        assert editor.cursor_location == (2, len("drie"))


async def test_typed_text_keeps_its_spaces():
    app = Fields()
    async with app.run_test() as pilot:
        field = app.query_one("#safe", SafeInput)
        field.value = ""
        field.focus()
        await pilot.press(*"Jan ", "space")
        assert field.value == "Jan  "


class Shown(App[None]):
    def compose(self) -> ComposeResult:
        yield Plain(HOSTILE, id="plain")
        yield PlainLabel(HOSTILE, id="label")
        yield PlainTable(id="table")


async def test_text_widgets_show_any_string_in_its_visible_form():
    app = Shown()
    async with app.run_test():
        for widget in ("#plain", "#label"):
            assert str(app.query_one(widget).render()) == inert(HOSTILE)
        plain = app.query_one("#plain", Plain)
        plain.update("fout: \x1b[2J")
        assert str(plain.render()) == "fout: \\x1b[2J"
        table = app.query_one(PlainTable)
        table.add_column("a")
        table.add_row(HOSTILE, label="r\x9b")
        assert str(table.get_row_at(0)[0]) == inert(HOSTILE)


async def test_notifications_show_the_message_in_its_visible_form(make_app):
    app = make_app()
    async with app.run_test(notifications=True) as pilot:
        app.notify(HOSTILE)
        await pilot.pause()
        screen = app.export_screenshot()
        assert "PWNED" in screen and not {"\x1b", "\x9b", "\u202e", "\u200b"} & set(screen)
