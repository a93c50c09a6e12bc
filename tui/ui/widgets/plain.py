"""Widgets that show text exactly as typed, and only as text.

Textual reads strings as console markup: a name like "Jan [/]" would crash a
screen and "Jan [de Vries]" would lose its brackets. Nothing gesprek shows uses
markup, so its text widgets and tables take every string literally. They also
make every control, escape, bidi and zero-width character in a string visible
(safe_text.inert), whoever built the string: an error message quoting a
template line is shown as text too.
"""

from __future__ import annotations

from textual.widgets import Label, Static

from ...domain.safe_text import inert


def _shown(content):
    """A string as it may be shown; anything else (Rich Text, a table) as it is."""
    return inert(content) if isinstance(content, str) else content


class _Literal:
    def __init__(self, content="", **kwargs) -> None:
        super().__init__(_shown(content), markup=False, **kwargs)

    def update(self, content="", *, layout: bool = True) -> None:
        super().update(_shown(content), layout=layout)


class Plain(_Literal, Static):
    pass


class PlainLabel(_Literal, Label):
    pass
