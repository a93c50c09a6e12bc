"""Follow-up dates: parsing what people type, and saying them back in nl or en."""

from __future__ import annotations

import re
from functools import lru_cache

import pendulum

from ..i18n import language, t

_RELATIVE = re.compile(r"^\s*(\d{1,3})\s*([a-z]+)\s*$", re.IGNORECASE)
_UNITS = {
    "d": "days", "dag": "days", "dagen": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "week": "weeks", "weken": "weeks", "weeks": "weeks",
    "m": "months", "mnd": "months", "maand": "months", "maanden": "months",
    "month": "months", "months": "months",
    "j": "years", "y": "years", "jr": "years", "jaar": "years", "jaren": "years",
    "year": "years", "years": "years",
}
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_YMD = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateError(ValueError):
    """A date that could not be understood; str() is a user-facing message."""


def parse_date(value: str, today: pendulum.Date) -> pendulum.Date:
    """Parse an ISO date, a Dutch DD-MM-YYYY date or a relative shorthand (6w, 3m, 1y)."""
    date = _parse(value.strip(), today)
    # Far-off years are typos, and date arithmetic near year 9999 overflows.
    if date is None or abs(date.year - today.year) > MAX_YEARS_AWAY:
        raise DateError(t("date.error", value=value))
    return date


MAX_YEARS_AWAY = 100


def _parse(text: str, today: pendulum.Date) -> pendulum.Date | None:
    try:
        if m := _YMD.match(text):
            return pendulum.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(text):
            return pendulum.date(int(m[3]), int(m[2]), int(m[1]))
        if span := parse_span(text):
            count, unit = span
            return today.add(**{unit: count})
    except (ValueError, OverflowError):
        pass
    return None


def parse_span(text: str) -> tuple[int, str] | None:
    """A shorthand such as 6w, 3 maanden, 1y as (count, pendulum unit: days, weeks, months or
    years); None if it is not one."""
    if m := _RELATIVE.match(text):
        unit = _UNITS.get(m[2].lower())
        if unit is not None:
            return int(m[1]), unit
    return None


def parse_optional_date(value: str, today: pendulum.Date) -> pendulum.Date | None:
    return parse_date(value, today) if value.strip() else None


@lru_cache(maxsize=64)  # every meeting read from disk is checked; there are only a few terms
def valid_followup(value: str) -> bool:
    """A relative term (6w, 3m, 12m) of at least a day and at most a year."""
    # Any fixed day works as "today": only the distance matters.
    today = pendulum.date(2000, 1, 1)
    try:
        date = parse_date(value, today)
    except DateError:
        return False
    # An absolute date parses to the same day whatever "today" is.
    relative = parse_date(value, today.add(days=1)) != date
    return relative and today < date and not beyond_a_year(date, today)


def beyond_a_year(date: pendulum.Date, today: pendulum.Date) -> bool:
    return date > today.add(years=1)


def relative(date: pendulum.Date, today: pendulum.Date, lang: str | None = None) -> str:
    """'over 6 maanden', '3 weeks ago', 'vandaag'."""
    days = (date - today).in_days() if date >= today else -(today - date).in_days()
    if days == 0:
        return t("date.today", lang)
    future = days > 0
    span = abs(days)
    prefix = "date.in_" if future else "date.ago_"
    if span == 1:
        return t(prefix + "day", lang)
    if span < 14:
        return t(prefix + "days", lang, n=span)
    if span < 60:
        return t(prefix + "weeks", lang, n=round(span / 7))
    early, late = (today, date) if future else (date, today)
    # Count calendar months the way parse_date adds them (month-ends clamp).
    months = early.diff(late).in_months()
    while early.add(months=months + 1) <= late:
        months += 1
    if months < 24:
        return t(prefix + "month", lang) if months == 1 else t(prefix + "months", lang, n=months)
    years = months // 12
    return t(prefix + "years", lang, n=years)


def long_date(date: pendulum.Date, lang: str | None = None) -> str:
    """'vrijdag 28 mei 2027' / 'Friday 28 May 2027'."""
    return date.format("dddd D MMMM YYYY", locale=lang or language())


def describe(date: pendulum.Date, today: pendulum.Date, lang: str | None = None) -> str:
    """'vrijdag 28 mei 2027 (over 6 maanden)'."""
    return f"{long_date(date, lang)} ({relative(date, today, lang)})"


def as_date(value: str | None) -> pendulum.Date | None:
    """An ISO date string from the record as a pendulum Date."""
    if not value:
        return None
    return pendulum.parse(value, exact=True)


def safe_date(iso: str | None) -> pendulum.Date | None:
    """as_date, or None for a value that is not a date (a damaged or hand-edited record)."""
    try:
        return as_date(iso)
    except (ValueError, TypeError):
        return None
