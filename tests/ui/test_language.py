"""The UI speaks one language at a time: no English in the Dutch UI, no Dutch in the English one,
and no letter that means one side in Dutch and the other side in English (issue item 18)."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input

from tui.i18n import catalogue

from .waiting import wait_until

ROOT = Path(__file__).parent.parent.parent


async def test_the_command_palette_asks_in_dutch(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        assert app.screen.query_one(Input).placeholder == "Zoek een opdracht…"


def test_english_says_pdp_not_pop():
    english = {key: texts["en"] for key, texts in catalogue().items()}
    assert [key for key, text in english.items() if re.search(r"\bPOP\b", text)] == []


def test_no_agenda_mark_means_the_other_side_in_the_other_language():
    marks = catalogue()
    employee = {marks["agenda.mark_employee"][lang] for lang in ("nl", "en")}
    manager = {marks["agenda.mark_manager"][lang] for lang in ("nl", "en")}
    assert employee.isdisjoint(manager)
    for lang in ("nl", "en"):
        legend = marks["agenda.legend"][lang]
        assert legend.startswith(marks["agenda.mark_employee"][lang] + " ")
        assert f"· {marks['agenda.mark_manager'][lang]} " in legend


CONFIRM = textwrap.dedent(
    """
    import asyncio, sys
    from tui.i18n import set_language
    set_language(sys.argv[1])
    from textual.app import App
    from tui.ui.dialogs.confirm import ConfirmScreen
    from tui.ui.widgets.key_bar import KeyBar

    async def answer(key):
        app = App()
        answers = []
        async with app.run_test() as pilot:
            app.push_screen(ConfirmScreen("?"), answers.append)
            await pilot.pause()
            footer = app.screen.query_one(KeyBar).render().plain
            await pilot.press(key)
            await pilot.pause()
        return footer, answers

    for key in ("j", "y"):
        footer, answers = asyncio.run(answer(key))
        print(key, answers, footer.split()[0])
    """
)


def confirm_in(lang: str) -> list[str]:
    """The app's language is chosen before the UI is imported: run it as the app does."""
    result = subprocess.run(
        [sys.executable, "-c", CONFIRM, lang], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_confirm_shows_and_takes_the_languages_own_yes():
    # Dutch shows j (and takes y too); English shows y and does not take j.
    assert confirm_in("nl") == ["j [True] j", "y [True] j"]
    assert confirm_in("en") == ["j [] y", "y [True] y"]


# -- Textual's own English, said in the UI's language ----------------------------------------


async def test_ctrl_c_says_how_to_quit_in_dutch(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        for focus in ("editor", "agenda"):  # a text field copies; the agenda does not
            assert app.focused.id == focus
            await pilot.press("ctrl+c")
            await wait_until(pilot, lambda: len(app._notifications) > 0)
            shown = [(n.title, n.message) for n in app._notifications]
            assert shown == [("Stoppen?", "Ctrl+C stopt gesprek niet: Ctrl+Q bewaart alles en stopt.")]
            assert "quit" not in app.export_screenshot()
            app.clear_notifications()
            await pilot.press("tab")


async def test_the_command_palette_says_no_match_in_dutch(make_app):
    from textual.command import CommandList

    from tui.ui.dialogs.help import HelpScreen

    from .keys import type_text

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await type_text(pilot, "qqzzy")
        commands = app.screen.query_one(CommandList)
        await wait_until(pilot, lambda: commands.option_count == 1)
        assert str(commands.get_option_at_index(0).prompt).startswith("Geen opdracht gevonden")
        await pilot.pause(0.6)  # past Textual's own 0.5 s "No matches found" countdown
        assert "No matches" not in app.export_screenshot()
        await pilot.press("enter")  # it offers F1's list
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))


async def test_help_and_footer_name_keys_in_the_ui_language(make_app):
    from tui.ui.dialogs.help import HelpScreen
    from tui.ui.screens.review.review import ReviewScreen
    from tui.ui.widgets.key_bar import KeyBar

    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await pilot.pause()
        footer = app.screen.query_one(KeyBar).render().plain
        assert "^P opdrachten" in footer and "^p" not in footer
        app.push_screen(ReviewScreen())
        await pilot.pause()
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen))
        keys = [k for k, _ in app.screen.rows()]
        assert "x, Del" in keys and not any("delete" in k for k in keys)
        footer = app.screen.query_one(KeyBar).render().plain
        assert footer.startswith("Esc Sluiten")


def test_key_names_follow_the_language():
    from tui.i18n import set_language
    from tui.ui.key_names import key_display, key_name

    try:
        assert (key_name("space"), key_name("ctrl+s"), key_name("delete"), key_name("plus")) == ("Spatie", "Ctrl+S", "Del", "+")
        set_language("en")
        assert (key_name("space"), key_display("ctrl+p"), key_display("escape")) == ("Space", "^P", "Esc")
    finally:
        set_language("nl")


def test_no_message_hard_coded_in_english_reaches_a_screen():
    """Every text a screen shows goes through the message tables: no string literal that reads
    as a sentence is handed to a widget, a notification or a binding in tui/ui."""
    literal = re.compile(r"""(notify|Static|Plain|Label|Hit|SystemCommand|update|Binding\("[^"]+", "[^"]+",)\(?\s*f?["'][A-Z][a-z]+ [a-z]""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in (ROOT / "tui" / "ui").rglob("*.py")
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []
