"""A bracketed paste is text: it lands whole and in order, and nothing in it acts as a key."""

from __future__ import annotations

import inspect

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.drivers import linux_driver

from tui.domain.model import Status
from tui.domain.safe_text import inert
from tui.store import open_store
from tui.ui.whole_paste import WholePasteParser

from .terminal import new_meeting

START, END = "\x1b[200~", "\x1b[201~"
COLOURED = "A\x1b[31mB\x1b[0mC"
# An OSC title ends in BEL, which is Ctrl+G: the clock's key.
TITLE = "x\x1b]0;PWNED\x07y"


def parsed(parser, *reads: str) -> list[events.Event]:
    return [event for data in reads for event in parser.feed(data)]


def describe(found: list[events.Event]) -> list[tuple[str, str]]:
    return [(type(e).__name__, e.text if isinstance(e, events.Paste) else e.key) for e in found]


def test_textual_still_turns_escapes_in_a_paste_into_keys():
    """Textual 8.2.8's own parser sends an escape sequence inside a paste as key presses, ahead
    of a Paste with what is left (BEL as ctrl+g). When this fails, Textual has fixed it:
    tui/ui/whole_paste.py and GesprekApp.get_driver_class can go."""
    coloured = describe(parsed(XTermParser(), START + COLOURED + END))
    assert coloured[-1] == ("Paste", "A") and ("Key", "B") in coloured
    assert ("Key", "ctrl+g") in describe(parsed(XTermParser(), START + TITLE + END))


def test_the_app_reads_with_the_whole_paste_parser(make_app):
    """Textual's driver still creates its parser by the module-level name that read_pastes_whole
    swaps, when its input thread starts; and the app has it swapped."""
    assert "XTermParser(" in inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    make_app()
    assert linux_driver.XTermParser is WholePasteParser


@pytest.mark.parametrize("text", [COLOURED, TITLE, "a\x07b\x03c\x1b", "\x1b[201", "een\r\ntwee\rdrie"])
def test_a_paste_is_one_event_with_its_text_in_order_and_neutralised(text):
    found = parsed(WholePasteParser(), START + text + END)
    assert describe(found) == [("Paste", inert(text))]


def test_keys_around_a_paste_stay_keys_in_their_place():
    found = parsed(WholePasteParser(), "a\x07" + START + COLOURED + END + "\x1b[Ab")
    assert describe(found) == [("Key", "a"), ("Key", "ctrl+g"), ("Paste", inert(COLOURED)), ("Key", "up"), ("Key", "b")]


def test_a_paste_split_over_reads_is_still_one_event():
    whole = "k" + START + "een\r\n" + COLOURED + TITLE + END + "l"
    expected = describe(parsed(WholePasteParser(), whole))
    assert expected == [("Key", "k"), ("Paste", inert("een\r\n" + COLOURED + TITLE)), ("Key", "l")]
    for cut in range(1, len(whole)):
        assert describe(parsed(WholePasteParser(), whole[:cut], whole[cut:])) == expected, cut
    assert describe(parsed(WholePasteParser(), *whole)) == expected  # one character per read


def test_a_paste_reaches_the_app_whole_over_a_real_terminal(tmp_path):
    """Under a pty, as over SSH: the paste is the draft, in order; its BEL did not start the clock."""
    term, store_dir = new_meeting(tmp_path)
    try:
        term.wait_for(b"Opening")
        term.type((START + COLOURED + " " + TITLE + END).encode())
        term.wait_for(b"PWNED")  # the paste is in the editor
        term.type(b"\x11")  # ctrl+q: save and quit
        assert term.process.wait(timeout=15) == 0
    finally:
        term.close()
    assert b"\x1b]0;PWNED" not in term.output
    store = open_store(store_dir)
    [summary] = store.list()
    meeting = store.load(summary.id)
    assert meeting.topics[0].draft == inert(COLOURED + " " + TITLE)
    assert meeting.status is Status.PLANNED
