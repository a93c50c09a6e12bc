"""A DataTable whose string cells are shown literally and only as text (see plain.py for why).

Its own module: DataTable is heavy to import, and the live meeting screen has none.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from ...domain.safe_text import inert


def literal(value):
    return Text(inert(value)) if isinstance(value, str) else value


class PlainTable(DataTable):
    def add_row(self, *cells, label=None, **kwargs):
        return super().add_row(*(literal(c) for c in cells), label=literal(label), **kwargs)
