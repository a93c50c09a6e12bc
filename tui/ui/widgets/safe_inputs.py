"""Text fields that never hold a character a terminal would act on.

Textual draws an Input's value and a TextArea's text as they are, so a stored
title holding ``ESC]52;...BEL`` would set the clipboard of whoever renames it.
These fields neutralise text as it comes in (from the store, typed, pasted): it
is shown in its visible form (``\\x1b``), and that is what is saved once edited.
"""

from __future__ import annotations

from dataclasses import replace

from textual.widgets import Input, TextArea
from textual.widgets.text_area import Edit, EditResult

from ...domain.safe_text import inert, input_line


class SafeInput(Input):
    def validate_value(self, value: str) -> str:
        return input_line(value)

    def replace(self, text: str, start: int, end: int) -> None:
        # Neutralised before Input places the cursor after it, so the cursor counts what is shown.
        super().replace(input_line(text), start, end)


class SafeTextArea(TextArea):
    def __init__(self, text: str = "", **kwargs) -> None:
        super().__init__(inert(text), **kwargs)

    def load_text(self, text: str) -> None:
        super().load_text(inert(text))

    def edit(self, edit: Edit) -> EditResult:
        # Every insertion (typed, pasted, API) is an Edit: its text is neutralised before it lands.
        return super().edit(replace(edit, text=inert(edit.text)))
