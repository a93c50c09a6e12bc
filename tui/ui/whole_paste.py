"""A bracketed paste is text: it arrives whole, in order, and nothing in it acts as a key.

Workaround for Textual 8.2.8 (no upstream issue found). Its XTermParser
(textual/_xterm_parser.py, ``parse``) buffers the text between ESC[200~ and
ESC[201~ into one Paste event, but an ESC inside the paste still starts its
escape-sequence matching, and a sequence it does not know is re-sent as separate
key presses, ahead of the Paste with what is left. So a paste of
``A ESC[31m B ESC[0m C`` lands as ``^[31mB^[0mCA``, and the BEL that ends an OSC
title (``ESC]0;...BEL``) arrives as Ctrl+G, which starts or pauses the clock.

The parser here runs the text inside a paste through safe_text.inert before
Textual's parser reads it: no ESC is left inside a paste for it to misread, and
no control character reaches any widget, Textual's own (the command palette's
input) included. tests/ui/test_paste.py checks that Textual still has the bug;
when it does not, this module can go.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from textual._xterm_parser import BRACKETED_PASTE_END, BRACKETED_PASTE_START, XTermParser
from textual.driver import Driver
from textual.message import Message

from ..domain.safe_text import inert


def _partial(text: str, marker: str) -> int:
    """How many characters at the end of `text` could be the start of `marker`."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:size]):
            return size
    return 0


class WholePasteParser(XTermParser):
    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pasting = False
        # Outside a paste: the end of what was passed on, in case a start marker is split
        # over two reads. Inside: held back, in case it is the start of the end marker or
        # the CR of a CRLF.
        self._tail = ""
        self._held = ""

    def feed(self, data: str) -> Iterable[Message]:
        if not data:
            return super().feed(data)  # the end of input
        text = self._disarm(data)
        # Empty text would tell the parser the input has ended.
        return super().feed(text) if text else ()

    def _disarm(self, data: str) -> str:
        """`data` with the text inside pastes neutralised; the markers stay for Textual's parser."""
        out: list[str] = []
        while data:
            if self._pasting:
                text, self._held = self._held + data, ""
                end = text.find(BRACKETED_PASTE_END)
                if end < 0:
                    keep = _partial(text, BRACKETED_PASTE_END) or int(text.endswith("\r"))
                    out.append(inert(text[: len(text) - keep]))
                    self._held = text[len(text) - keep :]
                    break
                out.append(inert(text[:end]) + BRACKETED_PASTE_END)
                self._pasting, data = False, text[end + len(BRACKETED_PASTE_END) :]
            else:
                seen = self._tail + data
                start = seen.find(BRACKETED_PASTE_START)
                if start < 0:
                    out.append(data)
                    self._tail = seen[len(seen) - _partial(seen, BRACKETED_PASTE_START) :]
                    break
                cut = start + len(BRACKETED_PASTE_START) - len(self._tail)
                out.append(data[:cut])
                self._pasting, self._tail, data = True, "", data[cut:]
        return "".join(out)


def read_pastes_whole(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class`, made to read its input with WholePasteParser.

    Textual's terminal drivers create their parser by the module-level name
    XTermParser (textual/drivers/linux_driver.py, run_input_thread), with no other
    way in; a driver without one (headless, in tests) is left as it is.
    """
    module = sys.modules[driver_class.__module__]
    if getattr(module, "XTermParser", None) is XTermParser:
        module.XTermParser = WholePasteParser
    return driver_class
