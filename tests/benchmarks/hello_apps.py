"""Reference apps and launchers for bench_ui.py (run by tuiprobe under a pseudo-terminal).

    python hello_apps.py static            # hello world: a Static that says "Ready"
    python hello_apps.py input             # hello world: "Ready" and a focused Input
    python hello_apps.py textarea          # reference: "Ready" and a focused TextArea set up
                                           # like gesprek's notes editor (5 rows, soft wrap,
                                           # no line numbers, no cursor blink)
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

PRESS_AFTER = 1.0  # seconds after the meeting screen is pushed


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


def run_gesprek_running(argv: list[str]) -> int:
    from textual import events

    from tui import cli
    from tui.ui import app as app_module

    original = app_module.GesprekApp.open_meeting

    def open_meeting(self, meeting) -> None:
        original(self, meeting)

        def press() -> None:
            if type(self.screen).__name__ != "MeetingScreen":
                self.set_timer(0.1, press)
                return
            # What the xterm driver posts for Ctrl+G (byte 0x07).
            self.post_message(events.Key("ctrl+g", "\x07"))

        self.set_timer(PRESS_AFTER, press)

    app_module.GesprekApp.open_meeting = open_meeting
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
    elif which == "gesprek-running":
        return run_gesprek_running(rest)
    else:
        sys.exit(f"unknown app {which!r}; want static, input, textarea or gesprek-running")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
