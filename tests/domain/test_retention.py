"""The retention period: typed as a shorthand, kept as one, and which conversations are past it."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum
import pytest

from tui.domain.model import Status
from tui.domain.retention import Period, RetentionError, past_retention

TODAY = pendulum.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "period", "text"),
    [
        ("2y", Period(2, "years"), "2y"),
        ("2j", Period(2, "years"), "2y"),
        ("2 jaar", Period(2, "years"), "2y"),
        ("18m", Period(18, "months"), "18m"),
        ("18 maanden", Period(18, "months"), "18m"),
        ("730d", Period(730, "days"), "730d"),
        ("6w", Period(6, "weeks"), "6w"),
        (" 1Y ", Period(1, "years"), "1y"),
    ],
)
def test_a_period_parses_and_keeps_a_short_form(typed, period, text):
    assert Period.parse(typed) == period
    assert str(period) == text
    assert Period.parse(str(period)) == period


@pytest.mark.parametrize("typed", ["", "0y", "2x", "-1y", "twee jaar", "2026-11-25", "101y", "1201m"])
def test_what_is_no_period_is_refused_in_words(typed):
    with pytest.raises(RetentionError) as error:
        Period.parse(typed)
    assert "2y" in str(error.value)  # the message shows how it is written


def test_a_period_reads_in_both_languages():
    assert Period(2, "years").label("nl") == "2 jaar"
    assert Period(1, "years").label("en") == "1 year"
    assert Period(18, "months").label("nl") == "18 maanden"
    assert Period(1, "months").label("nl") == "1 maand"
    assert Period(730, "days").label("en") == "730 days"


@dataclass
class Row:
    id: str
    date: str
    status: Status


def test_only_finished_conversations_older_than_the_period_are_past_it():
    rows = [
        Row("old-finished", "2024-11-24", Status.FINISHED),
        Row("exactly-two-years", "2024-11-25", Status.FINISHED),
        Row("old-unfinished", "2020-01-01", Status.PAUSED),
        Row("old-planned", "2020-01-01", Status.PLANNED),
        Row("recent", "2026-01-01", Status.FINISHED),
        Row("oldest-finished", "2019-05-01", Status.FINISHED),
    ]
    past = past_retention(rows, Period(2, "years"), TODAY)
    assert [row.id for row in past] == ["oldest-finished", "old-finished"]  # oldest first
    # 2025 and 2026 have 730 days: the day itself is not older than the period, the day before is.
    assert [row.id for row in past_retention(rows, Period(730, "days"), TODAY)][-1] == "old-finished"
    assert [row.id for row in past_retention(rows, Period(729, "days"), TODAY)][-1] == "exactly-two-years"
