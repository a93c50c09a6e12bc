"""What can be wrong with an agenda template: problems by file and line.

Apart from the parser so that code which only reports them (the CLI, the new-meeting
form, the agenda library on a cache hit) need not import the parser and markdown-it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import t


@dataclass
class Problem:
    """One problem in one file; the message is rendered in the current language when read."""

    source: str
    line: int  # 1-based; 0 when it concerns the file as a whole
    key: str  # message key in the catalogue
    values: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return t(self.key, **self.values)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


class AgendaError(ValueError):
    """An agenda that cannot be used; str() lists `FILE:LINE: message`, one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
