"""A record from disk either becomes a meeting every part of gesprek can handle, or names the bad field."""

from __future__ import annotations

import pytest

from tui.domain.validate import InvalidMeeting, is_date, is_timestamp, meeting_from_record

from ..export.fixtures import meeting


def _set(path: str, value):
    """A change to the fixture's record: `path` is how the error names the field."""

    def change(record):
        *parents, last = path.replace("[", ".").replace("]", "").split(".")
        target = record
        for key in parents:
            target = target[int(key) if key.isdigit() else key]
        target[int(last) if last.isdigit() else last] = value

    return change


BAD = [
    ("topics[1].notes", None),
    ("topics[0].prepared", None),
    ("topics[0].raised_by", None),
    ("topics[0].spent_seconds", float("inf")),
    ("topics[0].spent_seconds", float("nan")),
    ("topics[0].spent_seconds", -1),
    ("topics[0].spent_seconds", True),
    ("topics[0].planned_minutes", "5"),
    ("topics[0].done", "yes"),
    ("topics[0].notes[1].at", "gisteren"),
    ("topics[0].notes[1].author", "boss"),
    ("topics[0].prepared[0].text", None),
    ("topics[2]", "a topic"),
    ("topics", {"0": {}}),
    ("hard_end", -0.5),
    ("hard_end", "16.30"),
    ("hard_end", "24:00"),
    ("next_followup", "9999-12-31"),
    ("next_followup", "0001-01-01"),
    ("next_followup", "2027-W05-1"),
    ("date", None),
    ("started_at", "9999-12-31T23:59:59-01:00"),
    ("employee", ["niet", "tekst"]),
    ("lang", "xx"),
    ("default_followup", "binnenkort"),
    ("revision", -1),
    ("revision", 2**31),
    ("active_topic", 4),
    ("profile", {"name": "x"}),
    ("report", None),
    ("report.writer", None),
    ("report.employee_signoff", "maybe"),
    ("agreements[1].id", "a1b2c3d4e5f6"),
    ("agreements[0].id", ""),
    ("agreements[0].origin", ["x"]),
    ("agreements[0].due", "31-03-2027"),
    ("agreements[0].owner", None),
    ("agreements", None),
]


@pytest.mark.parametrize(("field", "value"), BAD, ids=[f"{f}={v!r}" for f, v in BAD])
def test_an_unusable_value_is_refused_by_its_field(field, value):
    record = meeting().to_dict()
    _set(field, value)(record)
    with pytest.raises(InvalidMeeting) as caught:
        meeting_from_record(record)
    assert str(caught.value) == field


def test_a_missing_field_is_named():
    record = meeting().to_dict()
    del record["topics"][1]["title"]
    with pytest.raises(InvalidMeeting, match=r"^topics\[1\]\.title$"):
        meeting_from_record(record)


def test_the_fixture_itself_is_fine():
    assert meeting_from_record(meeting().to_dict()) == meeting()


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2026-11-25", True), ("1900-01-01", True), ("2200-12-31", True), ("1899-12-31", False),
     ("2201-01-01", False), ("2026-02-30", False), ("20261125", False), (None, False), (20261125, False)],
)
def test_dates(value, ok):
    assert is_date(value) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("2026-11-25T10:00:00+01:00", True), ("2026-11-25T10:00:00.123456+01:00", True), ("2026-11-25T10:00Z", True),
     ("2026-11-25", True), ("2026-11-25 10:00", False), ("9999-12-31T23:00:00+01:00", False), ("gisteren", False)],
)
def test_timestamps(value, ok):
    assert is_timestamp(value) is ok
