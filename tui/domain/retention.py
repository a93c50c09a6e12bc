"""The retention period: how long finished conversations are kept, and which are past it.

The period is the organisation's policy, set per store (none by default); gesprek only applies
it. Counted from the conversation's date; a conversation that is not finished is never past it.
Pure: every function that depends on the day takes `today`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

import pendulum

from ..i18n import t, tn
from .dates import MAX_YEARS_AWAY, parse_span
from .model import Status

# The short form a period is kept in (settings.json) and shown with: 2y, 18m, 6w, 730d.
_LETTERS = {"years": "y", "months": "m", "weeks": "w", "days": "d"}


class RetentionError(ValueError):
    """Not a retention period; str() is a user-facing message."""


@dataclass(frozen=True)
class Period:
    count: int
    unit: str  # a pendulum unit: years, months, weeks or days

    @classmethod
    def parse(cls, text: str) -> Period:
        """'2y', '18 maanden', '730d' (the shorthand of dates.parse_date); RetentionError otherwise."""
        span = parse_span(text)
        if span is None or span[0] < 1:
            raise RetentionError(t("retention.invalid", value=text))
        period = cls(*span)
        reference = pendulum.date(2000, 1, 1)
        if reference.add(**{period.unit: period.count}) > reference.add(years=MAX_YEARS_AWAY):
            raise RetentionError(t("retention.too_long", value=text, years=MAX_YEARS_AWAY))
        return period

    def __str__(self) -> str:
        return f"{self.count}{_LETTERS[self.unit]}"

    def label(self, lang: str | None = None) -> str:
        """'2 jaar', '18 months'."""
        return tn(f"period.{self.unit}", self.count, lang)

    def cutoff(self, today: pendulum.Date) -> pendulum.Date:
        """Conversations dated before this day are older than the period."""
        return today.subtract(**{self.unit: self.count})


class Dated(Protocol):
    date: str  # ISO date of the conversation
    status: Status


D = TypeVar("D", bound=Dated)


def past_retention(items: Iterable[D], period: Period, today: pendulum.Date) -> list[D]:
    """The finished conversations dated before `period` ago, oldest first."""
    cutoff = period.cutoff(today).isoformat()
    past = [item for item in items if item.status == Status.FINISHED and item.date < cutoff]
    return sorted(past, key=lambda item: item.date)
