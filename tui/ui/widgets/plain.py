"""Widgets that show text exactly as typed.

Textual reads strings as console markup: a name like "Jan [/]" would crash a
screen and "Jan [de Vries]" would lose its brackets. Nothing gesprek shows uses
markup, so its text widgets and tables take every string literally.
"""

from __future__ import annotations

from textual.widgets import Label, Static


class Plain(Static):
    def __init__(self, content="", **kwargs) -> None:
        super().__init__(content, markup=False, **kwargs)


class PlainLabel(Label):
    def __init__(self, content="", **kwargs) -> None:
        super().__init__(content, markup=False, **kwargs)
