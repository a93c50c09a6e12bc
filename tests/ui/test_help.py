"""F1 lists every key of the screen once: one row per action, a two-meaning key as it is now."""

from __future__ import annotations

from tui.ui.dialogs.help import HelpScreen

SIZE = (80, 40)


async def test_help_rows_of_the_live_meeting(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = app.screen.rows()
        keys = [k for k, _ in rows]
        assert len(keys) == len(set(keys))
        assert [d for k, d in rows if "Ctrl+S" in k] == ["Punt"]  # before the start: a prepared point
        assert ("F11", "Vorige afspraken") in rows
        assert not any("Ctrl+P" in k for k in keys)  # the palette has its own row, once
        # Plain keys are typed into the notes: F1 lists them apart, as working in the agenda.
        assert not any(k in ("+, =", "i", "x", "v") for k in keys)
        agenda = app.screen.typing_rows()
        assert ("+, =", "Onderwerp: minuut erbij") in agenda and ("v", "Vorige afspraken") in agenda
        assert ("i", "Onderwerp toevoegen") in agenda
        shown = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "Alleen als de agenda de focus heeft (Tab):" in shown
        await pilot.press("escape", "ctrl+g", "f1")
        await pilot.pause()
        assert [d for k, d in app.screen.rows() if "Ctrl+S" in k] == ["Notitie"]


async def test_help_names_keys_as_typed_and_lists_plain_keys_with_the_rest(make_app):
    from tui.ui.screens.review.review import ReviewScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ReviewScreen())
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        keys = [k for k, _ in app.screen.rows()]
        assert any(k.startswith("/") for k in keys) and not any("slash" in k for k in keys)
        assert app.screen.typing_rows() == []  # no text field takes them first: one list

