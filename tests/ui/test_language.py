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
