"""The footer (KeyBar) follows focus and bindings as Textual's Footer does, and repaints only on change."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input

from tui.ui.widgets.key_bar import KeyBar


class Named(Input):
    BINDINGS = [Binding("ctrl+e", "erase", "Wissen"), Binding("ctrl+k", "hidden", "Verborgen", show=False)]


class Plain(Input):
    pass


class Keys(App[None]):
    BINDINGS = [Binding("ctrl+q", "quit", "Stop", key_display="^Q"), Binding("f1", "help", "Help"),
                Binding("f2", "help", "Help again")]
    enabled = True

    def compose(self) -> ComposeResult:
        yield Named(id="named")
        yield Plain(id="plain")
        yield KeyBar()

    def check_action(self, action: str, parameters) -> bool | None:
        return None if action == "help" and not self.enabled else True


def shown(app: App) -> str:
    return app.query_one(KeyBar).render().plain


async def test_keys_follow_focus_and_show_one_key_per_action():
    app = Keys()
    async with app.run_test() as pilot:
        app.query_one("#named").focus()
        await pilot.pause()
        assert shown(app) == "^e Wissen ^Q Stop f1 Help "
        app.query_one("#plain").focus()
        await pilot.pause()
        assert shown(app) == "^Q Stop f1 Help "


async def test_disabled_key_is_dimmed_not_dropped():
    app = Keys()
    async with app.run_test() as pilot:
        app.enabled = False
        app.refresh_bindings()
        await pilot.pause()
        bar = app.query_one(KeyBar)
        help_span = next(s for s in bar.render().spans if bar.render().plain[s.start:s.end] == "f1")
        assert help_span.style.dim


async def test_unchanged_keys_do_not_repaint(monkeypatch):
    app = Keys()
    async with app.run_test() as pilot:
        app.query_one("#plain").focus()
        await pilot.pause()
        bar = app.query_one(KeyBar)
        repaints = []
        monkeypatch.setattr(bar, "refresh", lambda *a, **k: repaints.append(1))
        app.screen.refresh_bindings()
        await pilot.pause()
        assert repaints == []


async def test_textual_s_own_menu_key_speaks_dutch():
    """A Select's open menu brings Textual's 'Dismiss menu' binding into the footer."""
    from textual.widgets import Select

    class Menu(App[None]):
        def compose(self) -> ComposeResult:
            yield Select([("een", 1), ("twee", 2)], value=1)
            yield KeyBar()

    app = Menu()
    async with app.run_test() as pilot:
        app.query_one(Select).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "esc Menu sluiten" in shown(app)
