"""People across conversations: one key per employee, whatever the spelling."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from .safe_text import single_line


class Named(Protocol):
    employee: str
    date: str


class WithManager(Named, Protocol):
    manager: str


_SPACES = re.compile(r"\s+")


def employee_key(name: str) -> str:
    """One key per person: case, spacing and escape tricks do not make a second employee."""
    return _SPACES.sub(" ", single_line(name)).strip().casefold()


def _latest(items: Iterable[Named]) -> dict[str, Named]:
    """Per employee key, their latest meeting (by date; the later one listed on a tie)."""
    latest: dict[str, Named] = {}
    for item in items:
        key = employee_key(item.employee)
        if key and (key not in latest or item.date >= latest[key].date):
            latest[key] = item
    return latest


def employees(items: Iterable[Named]) -> list[str]:
    """Display names of all employees, one per person (the name in their latest meeting), sorted."""
    return sorted((single_line(item.employee) for item in _latest(items).values()), key=str.casefold)


def latest_managers(items: Iterable[WithManager]) -> dict[str, str]:
    """Per employee key, the manager (display-safe) of the employee's latest meeting."""
    return {key: single_line(item.manager) for key, item in _latest(items).items()}
