"""Agenda templates: the parsed form of an `agendas/*.md` file, and a meeting made from one.

The Markdown parser itself lives in `agenda_parser.py`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..i18n import LANGUAGES
from .dates import valid_followup
from .model import Kind, Meeting, RaisedBy, Topic
from .shaping import MAX_MINUTES


@dataclass
class AgendaTopic:
    title: str
    minutes: int
    prompts: list[str] = field(default_factory=list)
    line: int = 0  # 1-based line of the heading in the source file
    carry_over: bool = False  # receives last time's open agreements


@dataclass
class Agenda:
    name: str  # template name without language, e.g. "functioneringsgesprek"
    title: str
    kind: Kind
    lang: str
    default_followup: str  # relative shorthand, e.g. "12m"
    topics: list[AgendaTopic]
    source: str = ""  # path of the file it came from

    @property
    def total_minutes(self) -> int:
        return sum(t.minutes for t in self.topics)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Agenda:
        """The inverse of to_dict; KeyError, TypeError or ValueError if `data` is not one."""
        topics = [AgendaTopic(**topic) for topic in data["topics"]]
        agenda = cls(**{**data, "kind": Kind(data["kind"]), "topics": topics})
        texts = (agenda.name, agenda.title, agenda.lang, agenda.default_followup, agenda.source)
        if not all(isinstance(text, str) for text in texts):
            raise TypeError("an agenda's names and texts are strings")
        # What a meeting made from it must hold to load again (validate.py).
        if agenda.lang not in LANGUAGES or not valid_followup(agenda.default_followup):
            raise ValueError("not an agenda's language or follow-up term")
        for t in topics:
            prompts_ok = isinstance(t.prompts, list) and all(isinstance(p, str) for p in t.prompts)
            if not (isinstance(t.title, str) and type(t.minutes) is int and 1 <= t.minutes <= MAX_MINUTES
                    and type(t.line) is int and type(t.carry_over) is bool and prompts_ok):
                raise TypeError(f"not an agenda topic: {t!r}")
        return agenda


def meeting_from_agenda(agenda: Agenda, employee: str, manager: str, date: str) -> Meeting:
    return Meeting(
        employee=employee,
        manager=manager,
        date=date,
        kind=agenda.kind,
        agenda=agenda.name,
        lang=agenda.lang,
        default_followup=agenda.default_followup,
        topics=[
            Topic(
                title=t.title,
                planned_minutes=t.minutes,
                raised_by=RaisedBy.BOTH,
                prompts=list(t.prompts),
                carry_over=t.carry_over,
            )
            for t in agenda.topics
        ],
    )
