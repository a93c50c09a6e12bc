"""Dates: parsing what people type, and saying dates back in Dutch and English."""

from __future__ import annotations

import pendulum
import pytest

from tui import i18n
from tui.domain.dates import (
    DateError,
    as_date,
    beyond_a_year,
    describe,
    long_date,
    parse_date,
    parse_optional_date,
    relative,
)

TODAY = pendulum.date(2026, 11, 25)  # a Wednesday


def d(y: int, m: int, day: int) -> pendulum.Date:
    return pendulum.date(y, m, day)


# -- the language fixture --------------------------------------------------


def test_language_starts_dutch():
    assert i18n.language() == "nl"


def test_language_can_be_switched_per_test():
    i18n.set_language("en")
    assert i18n.language() == "en"


def test_language_is_reset_after_a_switch():
    # Runs after the test above; the autouse fixture put Dutch back.
    assert i18n.language() == "nl"


# -- absolute dates --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-05-28", d(2027, 5, 28)),
        ("2027-5-8", d(2027, 5, 8)),
        ("  2027-05-28 ", d(2027, 5, 28)),
        ("28-05-2027", d(2027, 5, 28)),
        ("8-5-2027", d(2027, 5, 8)),
        ("28/05/2027", d(2027, 5, 28)),
        ("28.05.2027", d(2027, 5, 28)),
        ("29-02-2028", d(2028, 2, 29)),  # leap year
        ("2028-02-29", d(2028, 2, 29)),
        ("31-12-2026", d(2026, 12, 31)),
    ],
)
def test_parse_absolute_dates(text, expected):
    assert parse_date(text, TODAY) == expected


def test_dutch_order_is_day_month():
    # 03-04 is 3 April in the Netherlands, not 4 March.
    assert parse_date("03-04-2027", TODAY) == d(2027, 4, 3)


@pytest.mark.parametrize(
    "text",
    ["31-02-2027", "29-02-2027", "2027-02-30", "2027-13-01", "00-01-2027", "32-01-2027", "31-04-2027", "2027-00-10"],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_impossible_dates_are_date_errors(text, lang):
    i18n.set_language(lang)
    with pytest.raises(DateError) as info:
        parse_date(text, TODAY)
    message = str(info.value)
    assert text in message
    assert message == i18n.t("date.error", value=text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "morgen",
        "soon",
        "6",
        "w6",
        "6x",
        "6 lichtjaar",
        "-6w",
        "1000d",
        "6w3d",
        "2027/05/28",
        "28-05-27",
        "28 mei 2027",
        "over 6 maanden",
        "in 6 months",
    ],
)
def test_junk_is_a_date_error_with_a_message(text):
    with pytest.raises(DateError) as info:
        parse_date(text, TODAY)
    assert str(info.value)
    assert repr(text) in str(info.value)


def test_date_error_message_in_dutch():
    with pytest.raises(DateError, match="Onbekende datum 'kwak'.*JJJJ-MM-DD.*DD-MM-JJJJ.*6w, 3m, 1j"):
        parse_date("kwak", TODAY)


def test_date_error_message_in_english():
    i18n.set_language("en")
    with pytest.raises(DateError, match="Unknown date 'quack'.*YYYY-MM-DD.*DD-MM-YYYY.*6w, 3m, 1y"):
        parse_date("quack", TODAY)


def test_date_error_is_a_value_error():
    with pytest.raises(ValueError):
        parse_date("31-02-2027", TODAY)


# -- relative shorthand ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10d", d(2026, 12, 5)),
        ("1 dag", d(2026, 11, 26)),
        ("3 dagen", d(2026, 11, 28)),
        ("2 days", d(2026, 11, 27)),
        ("6w", d(2027, 1, 6)),
        ("6W", d(2027, 1, 6)),
        ("6 weken", d(2027, 1, 6)),
        ("6 weeks", d(2027, 1, 6)),
        ("1 week", d(2026, 12, 2)),
        ("2wk", d(2026, 12, 9)),
        ("3m", d(2027, 2, 25)),
        ("3 maanden", d(2027, 2, 25)),
        ("3mnd", d(2027, 2, 25)),
        ("1 maand", d(2026, 12, 25)),
        ("6 months", d(2027, 5, 25)),
        ("1 month", d(2026, 12, 25)),
        ("12m", d(2027, 11, 25)),
        ("1y", d(2027, 11, 25)),
        ("1j", d(2027, 11, 25)),
        ("1 jaar", d(2027, 11, 25)),
        ("2jr", d(2028, 11, 25)),
        ("2 jaren", d(2028, 11, 25)),
        ("1 year", d(2027, 11, 25)),
        ("  6w  ", d(2027, 1, 6)),
        ("0d", TODAY),
    ],
)
def test_parse_relative_shorthand(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("today", "text", "expected"),
    [
        (d(2027, 1, 31), "1m", d(2027, 2, 28)),  # no 31 February: last day of the month
        (d(2028, 1, 31), "1m", d(2028, 2, 29)),  # leap year
        (d(2027, 1, 31), "3m", d(2027, 4, 30)),
        (d(2027, 3, 31), "1m", d(2027, 4, 30)),
        (d(2027, 8, 31), "6m", d(2028, 2, 29)),
        (d(2028, 2, 29), "1y", d(2029, 2, 28)),
        (d(2026, 12, 31), "2m", d(2027, 2, 28)),
    ],
)
def test_relative_month_end(today, text, expected):
    assert parse_date(text, today) == expected


def test_relative_depends_on_today_only():
    assert parse_date("6w", d(2030, 1, 1)) == d(2030, 2, 12)


def test_parse_optional_date():
    assert parse_optional_date("", TODAY) is None
    assert parse_optional_date("   ", TODAY) is None
    assert parse_optional_date("6w", TODAY) == d(2027, 1, 6)
    with pytest.raises(DateError):
        parse_optional_date("nooit", TODAY)


def test_as_date():
    assert as_date(None) is None
    assert as_date("") is None
    assert as_date("2027-05-28") == d(2027, 5, 28)


# -- saying it back --------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "nl", "en"),
    [
        (TODAY, "vandaag", "today"),
        (d(2026, 11, 26), "morgen", "tomorrow"),
        (d(2026, 11, 24), "gisteren", "yesterday"),
        (d(2026, 11, 28), "over 3 dagen", "in 3 days"),
        (d(2026, 11, 20), "5 dagen geleden", "5 days ago"),
        (d(2027, 1, 6), "over 6 weken", "in 6 weeks"),
        (d(2026, 10, 14), "6 weken geleden", "6 weeks ago"),
        (d(2027, 2, 25), "over 3 maanden", "in 3 months"),
        (d(2027, 5, 25), "over 6 maanden", "in 6 months"),
        (d(2027, 5, 28), "over 6 maanden", "in 6 months"),
        (d(2026, 5, 25), "6 maanden geleden", "6 months ago"),
        (d(2027, 11, 25), "over 12 maanden", "in 12 months"),
        (d(2028, 11, 25), "over 2 jaar", "in 2 years"),
        (d(2023, 11, 25), "3 jaar geleden", "3 years ago"),
    ],
)
def test_relative_wording(date, nl, en):
    assert relative(date, TODAY, "nl") == nl
    assert relative(date, TODAY, "en") == en
    # Without an explicit language: the current one.
    assert relative(date, TODAY) == nl
    i18n.set_language("en")
    assert relative(date, TODAY) == en


def test_relative_one_month():
    assert relative(d(2027, 1, 25), TODAY, "nl") == "over 2 maanden"
    assert relative(d(2026, 9, 25), TODAY, "en") == "2 months ago"
    # 61 days on either side of a 31-day boundary still reads as months, not weeks.
    assert relative(d(2027, 3, 2), d(2026, 12, 31), "nl") == "over 2 maanden"


def test_relative_of_parsed_shorthand_says_what_was_typed():
    today = d(2027, 1, 31)
    assert relative(parse_date("3m", today), today, "nl") == "over 3 maanden"
    assert relative(parse_date("6m", today), today, "en") == "in 6 months"
    assert relative(parse_date("6w", today), today, "nl") == "over 6 weken"


def test_relative_after_leap_day_shorthand():
    today = d(2028, 2, 29)
    assert relative(parse_date("1j", today), today, "nl") == "over 12 maanden"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "vrijdag 28 mei 2027"), ("en", "Friday 28 May 2027")],
)
def test_long_date(lang, expected):
    assert long_date(d(2027, 5, 28), lang) == expected
    i18n.set_language(lang)
    assert long_date(d(2027, 5, 28)) == expected


def test_describe_in_dutch_and_english():
    date = d(2027, 5, 28)
    assert describe(date, TODAY) == "vrijdag 28 mei 2027 (over 6 maanden)"
    assert describe(date, TODAY, "en") == "Friday 28 May 2027 (in 6 months)"
    i18n.set_language("en")
    assert describe(date, TODAY) == "Friday 28 May 2027 (in 6 months)"
    assert describe(date, TODAY, "nl") == "vrijdag 28 mei 2027 (over 6 maanden)"


# -- beyond a year ---------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (TODAY, False),
        (d(2027, 5, 28), False),
        (d(2027, 11, 25), False),  # exactly a year: still fine
        (d(2027, 11, 26), True),
        (d(2029, 1, 1), True),
        (d(2025, 1, 1), False),  # the past is not "beyond a year"
    ],
)
def test_beyond_a_year(date, expected):
    assert beyond_a_year(date, TODAY) is expected


def test_beyond_a_year_from_a_leap_day():
    today = d(2028, 2, 29)
    assert not beyond_a_year(d(2029, 2, 28), today)
    assert beyond_a_year(d(2029, 3, 1), today)


def test_shorthands_against_beyond_a_year():
    assert not beyond_a_year(parse_date("12m", TODAY), TODAY)
    assert not beyond_a_year(parse_date("1j", TODAY), TODAY)
    assert beyond_a_year(parse_date("13m", TODAY), TODAY)
    assert beyond_a_year(parse_date("53w", TODAY), TODAY)


@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-3", "0001-01-01", "999y", "2500-01-01"])
def test_far_off_years_are_refused_not_crashed_on(value):
    today = pendulum.date(2026, 11, 25)
    with pytest.raises(DateError):
        parse_date(value, today)
