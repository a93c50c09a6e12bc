"""Reference apps and launchers for bench_ui.py (run by tuiprobe under a pseudo-terminal).

    python hello_apps.py static            # hello world: a Static that says "Ready"
    python hello_apps.py input             # hello world: "Ready" and a focused Input
    python hello_apps.py textarea          # reference: "Ready" and a focused TextArea set up
                                           # like gesprek's notes editor (5 rows, soft wrap,
                                           # no line numbers, no cursor blink)
    python hello_apps.py meeting-floor     # reference: the live meeting screen's layout and
                                           # text drawn with Textual's stock widgets only (no
                                           # store, agenda parser, pendulum or gesprek code):
                                           # what Textual alone needs to show that screen
    python hello_apps.py gesprek-running -- [gesprek arguments]
        # the real `gesprek` command line; once its live meeting screen is up, Ctrl+G
        # is pressed (started clock), exactly as the terminal driver would deliver it

tuiprobe can only send keys in its keylat and screen commands, not before idle-bytes,
so the running-clock measurements start the clock from inside the process, one second
after the meeting screen is shown (once start-up repaints are over, as a person would). The key
event is the one Textual's xterm parser makes of byte 0x07 and goes through the same
bindings (MeetingScreen's ctrl+g), so the screen is in the same state as after a key press.

Textual is imported inside the functions so `static`/`input` pay only for what a
minimal Textual app needs.
"""

from __future__ import annotations

import sys

PRESS_AFTER = 1.0  # seconds after the app (and its first screen, the meeting) is mounted


def run_static() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class HelloStatic(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Ready")

    HelloStatic().run()


def run_input() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Input, Static

    class HelloInput(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("Ready")
            yield Input()

        def on_mount(self) -> None:
            self.query_one(Input).focus()

    HelloInput().run()


def run_textarea() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static, TextArea

    class HelloTextArea(App[None]):
        CSS = "TextArea { height: 5; border: none; padding: 0 1; }"

        def compose(self) -> ComposeResult:
            yield Static("Ready")
            yield TextArea(soft_wrap=True, show_line_numbers=False, tab_behavior="focus")

        def on_mount(self) -> None:
            area = self.query_one(TextArea)
            area.cursor_blink = False
            area.focus()

    HelloTextArea().run()


FLOOR_TOPICS = [("Opening", 3), ("Afspraken van vorige keer", 5), ("Jouw eigen kijk", 5),
                ("Werkinhoud en werkbeleving", 10), ("Samenwerking in het team", 5),
                ("Samenwerking met je leidinggevende", 6), ("Ontwikkeling en ontwikkeldoelen", 8),
                ("Ondersteuning vanuit de organisatie", 4), ("Nieuwe afspraken en opvolging", 7),
                ("Afsluiting", 2)]
FLOOR_CSS = """
#title { height: 1; padding: 0 1; background: $primary-background; text-style: bold; }
#clock { height: 2; background: $boost; }
#body { height: 1fr; }
#agenda { width: 32; height: 100%; border: round $primary-background; padding: 0; }
#topic { width: 1fr; }
#notes { height: 1fr; padding: 0 1; }
#label { height: 1; padding: 0 1; background: $boost; }
#editor { height: 5; border: none; padding: 0 1; }
"""


def run_meeting_floor() -> None:
    from textual.app import App, ComposeResult
    from textual.binding import Binding
    from textual.containers import Horizontal, Vertical, VerticalScroll
    from textual.widgets import Footer, OptionList, Static, TextArea

    keys = [("ctrl+s", "Punt"), ("ctrl+t", "Spreker"), ("ctrl+g", "Klok"), ("ctrl+n", "Verder"),
            ("ctrl+o", "Afspraak"), ("ctrl+r", "Afronden"), ("ctrl+q", "Stop"), ("f1", "Help")]

    class MeetingFloor(App[None]):
        CSS = FLOOR_CSS
        # One action per key: the Footer shows one key per action.
        BINDINGS = [Binding(key, f"key_{i}", label) for i, (key, label) in enumerate(keys)]
        AUTO_FOCUS = "#editor"

        def compose(self) -> ComposeResult:
            yield Static("functioneringsgesprek · X met Y · 2026-11-25", id="title")
            yield Static(" GEPLAND  1/10 Opening  nog 03:00 van 03:00\n Totaal 00:00 / 55:00  nu starten: "
                         "einde 15:42", id="clock")
            with Horizontal(id="body"):
                agenda = OptionList(*(f" · {title[:22]:<22} {minutes:>2}m" for title, minutes in FLOOR_TOPICS),
                                    id="agenda")
                agenda.border_title = "Agenda"
                agenda.border_subtitle = "M medewerker · L leiding"
                yield agenda
                with Vertical(id="topic"):
                    with VerticalScroll(id="notes"):
                        yield Static(" ? Waarom voeren we dit gesprek?\n ? Hebben we allebei kunnen "
                                     "voorbereiden?\nNog geen notities bij dit onderwerp.")
                    yield Static("Voorbereiding van leidinggevende (^S)", id="label")
                    yield TextArea(soft_wrap=True, show_line_numbers=False, tab_behavior="focus", id="editor")
            yield Footer(compact=True, show_command_palette=False)

        def on_mount(self) -> None:
            self.query_one(TextArea).cursor_blink = False

    MeetingFloor().run()


def run_gesprek_running(argv: list[str]) -> int:
    from textual import events

    from tui import cli
    from tui.ui import app as app_module

    original = app_module.GesprekApp.on_mount

    def on_mount(self) -> None:
        original(self)

        def press() -> None:
            if type(self.screen).__name__ != "MeetingScreen":
                self.set_timer(0.1, press)
                return
            # What the xterm driver posts for Ctrl+G (byte 0x07).
            self.post_message(events.Key("ctrl+g", "\x07"))

        self.set_timer(PRESS_AFTER, press)

    app_module.GesprekApp.on_mount = on_mount
    return cli.main(argv)


def run_gesprek_without_tricks(argv: list[str]) -> int:
    """gesprek with tui/startup.py's tricks switched off: the collector runs from the start and
    dateutil's parser is imported eagerly. The start-up benchmark's proof that they pay."""
    from tui import cli, startup

    startup.pause_collector = lambda: None
    startup.defer_seldom_used = lambda: None
    return cli.main(argv)


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    which, rest = argv[0], argv[1:]
    if rest[:1] == ["--"]:
        rest = rest[1:]
    if which == "static":
        run_static()
    elif which == "input":
        run_input()
    elif which == "textarea":
        run_textarea()
    elif which == "meeting-floor":
        run_meeting_floor()
    elif which == "gesprek-running":
        return run_gesprek_running(rest)
    elif which == "gesprek-without-tricks":
        return run_gesprek_without_tricks(rest)
    else:
        sys.exit(f"unknown app {which!r}; want static, input, textarea, meeting-floor, gesprek-running or gesprek-without-tricks")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
