"""People across conversations: one key per employee, whatever the spelling."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from .safe_text import single_line


class Named(Protocol):
    employee: str
    date: str


_SPACES = re.compile(r"\s+")


def employee_key(name: str) -> str:
    """One key per person: case, spacing and escape tricks do not make a second employee."""
    return _SPACES.sub(" ", single_line(name)).strip().casefold()


def employees(items: Iterable[Named]) -> list[str]:
    """Display names of all employees, one per person (the name in their latest meeting), sorted."""
    latest: dict[str, tuple[str, str]] = {}
    for item in items:
        key = employee_key(item.employee)
        if key and (key not in latest or item.date >= latest[key][0]):
            latest[key] = (item.date, single_line(item.employee))
    return sorted((name for _, name in latest.values()), key=str.casefold)
