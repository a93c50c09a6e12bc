"""The meeting record: dict form round trip, enums, unknown keys."""

from __future__ import annotations

import copy
import json

import pytest

from tui.domain.model import (
    SCHEMA_VERSION,
    Agreement,
    AgreementStatus,
    Approach,
    InvalidMeeting,
    Kind,
    Meeting,
    Note,
    Owner,
    PreparedPoint,
    RaisedBy,
    Report,
    Side,
    Signoff,
    Status,
    Topic,
    new_id,
)


def full_meeting() -> Meeting:
    return Meeting(
        employee="Anna de Vries",
        manager="Bram Jansen",
        date="2026-11-25",
        kind=Kind.CAREER,
        agenda="loopbaangesprek.en",
        lang="en",
        status=Status.PAUSED,
        topics=[
            Topic(
                title="Terugblik",
                planned_minutes=10,
                raised_by=RaisedBy.EMPLOYEE,
                prompts=["Wat ging goed?", "Wat kon beter?"],
                spent_seconds=312.5,
                done=True,
                notes=[Note(text="Project X afgerond", author=Side.EMPLOYEE, at="2026-11-25T10:03:00+01:00")],
                prepared=[PreparedPoint(text="Werkdruk", author=Side.MANAGER)],
            ),
            Topic(title="Afspraken", planned_minutes=15, raised_by=RaisedBy.MANAGER, carry_over=True),
        ],
        agreements=[
            Agreement(
                what="Cursus Python",
                owner=Owner.ORGANISATION,
                approach=Approach.TRAINING,
                approach_note="budget 2027",
                due="2027-03-01",
                follow_up="bij volgend gesprek",
                status=AgreementStatus.DONE,
                status_at="2026-11-25",
                origin="abc123",
            ),
            Agreement(what="Meelopen met team B", approach=Approach.SHADOWING, status=AgreementStatus.DROPPED),
            Agreement(what="Open punt"),
        ],
        active_topic=1,
        next_followup="2027-05-28",
        default_followup="6m",
        hard_end="11:30",
        report=Report(
            writer="Bram Jansen",
            kept_at="HR-dossier",
            employee_signoff=Signoff.AGREED,
            manager_signoff=Signoff.SEEN,
        ),
        profile={"name": "Ontwikkelaar", "text": "Bouwt software."},
        started_at="2026-11-25T10:00:00+01:00",
        planned_end="2026-11-25T10:25:00+01:00",
        updated_at="2026-11-25T10:10:00+01:00",
        revision=7,
    )


def test_round_trip_is_lossless():
    m = full_meeting()
    assert Meeting.from_dict(m.to_dict()) == m


def test_round_trip_through_json_is_lossless():
    m = full_meeting()
    text = json.dumps(m.to_dict())
    assert Meeting.from_dict(json.loads(text)) == m


def test_round_trip_of_a_bare_meeting():
    m = Meeting(employee="a", manager="b", date="2026-11-25")
    again = Meeting.from_dict(m.to_dict())
    assert again == m
    assert again.report == Report()
    assert again.topics == [] and again.agreements == []


def test_dict_form_uses_plain_values():
    data = full_meeting().to_dict()
    assert data["kind"] == "loopbaangesprek"
    assert data["status"] == "paused"
    assert data["topics"][0]["raised_by"] == "employee"
    assert data["topics"][0]["notes"][0]["author"] == "employee"
    assert data["topics"][0]["prepared"][0]["author"] == "manager"
    assert data["agreements"][0]["owner"] == "organisation"
    assert data["agreements"][0]["approach"] == "training"
    assert data["agreements"][1]["status"] == "dropped"
    assert data["report"]["employee_signoff"] == "agreed"
    assert data["report"]["manager_signoff"] == "seen"
    assert data["schema"] == SCHEMA_VERSION

    def no_enums(value):
        assert type(value) in (dict, list, str, int, float, bool, type(None)), type(value)
        if isinstance(value, dict):
            for k, v in value.items():
                assert type(k) is str
                no_enums(v)
        elif isinstance(value, list):
            for v in value:
                no_enums(v)

    no_enums(data)


def test_from_dict_restores_enum_members():
    again = Meeting.from_dict(full_meeting().to_dict())
    assert again.kind is Kind.CAREER
    assert again.status is Status.PAUSED
    assert again.topics[0].raised_by is RaisedBy.EMPLOYEE
    assert again.topics[0].notes[0].author is Side.EMPLOYEE
    assert again.topics[0].prepared[0].author is Side.MANAGER
    assert again.agreements[0].owner is Owner.ORGANISATION
    assert again.agreements[0].approach is Approach.TRAINING
    assert again.agreements[0].status is AgreementStatus.DONE
    assert again.report.employee_signoff is Signoff.AGREED
    assert again.report.manager_signoff is Signoff.SEEN
    assert isinstance(again.topics[0], Topic)
    assert isinstance(again.topics[0].notes[0], Note)
    assert isinstance(again.agreements[0], Agreement)
    assert isinstance(again.report, Report)


def test_to_dict_is_a_copy():
    m = full_meeting()
    data = m.to_dict()
    data["topics"][0]["prompts"].append("extra")
    data["profile"]["name"] = "changed"
    assert m.topics[0].prompts == ["Wat ging goed?", "Wat kon beter?"]
    assert m.profile["name"] == "Ontwikkelaar"


def test_from_dict_does_not_change_its_input():
    data = full_meeting().to_dict()
    before = copy.deepcopy(data)
    Meeting.from_dict(data)
    assert data == before


def test_unknown_keys_are_ignored_at_every_level():
    m = full_meeting()
    data = m.to_dict()
    data["future_field"] = {"x": 1}
    data["topics"][0]["colour"] = "blue"
    data["topics"][0]["notes"][0]["mood"] = "happy"
    data["topics"][0]["prepared"][0]["votes"] = 3
    data["agreements"][0]["priority"] = "high"
    data["report"]["archived"] = True
    assert Meeting.from_dict(data) == m


def test_missing_keys_take_their_defaults():
    m = Meeting.from_dict(
        {"employee": "a", "manager": "b", "date": "2026-11-25", "topics": [{"title": "T", "planned_minutes": 5}]}
    )
    assert m.kind is Kind.FUNCTIONING
    assert m.status is Status.PLANNED
    assert m.lang == "nl"
    assert m.default_followup == "12m"
    assert m.topics[0].raised_by is RaisedBy.BOTH
    assert m.topics[0].spent_seconds == 0.0
    assert m.topics[0].notes == []
    assert m.report == Report()
    assert len(m.id) == 12


def test_agreement_without_id_gets_a_fresh_one():
    m = Meeting.from_dict({"employee": "a", "manager": "b", "date": "x", "agreements": [{"what": "A"}, {"what": "B"}]})
    ids = [a.id for a in m.agreements]
    assert all(len(i) == 12 for i in ids)
    assert ids[0] != ids[1]


def test_none_values_stay_none():
    m = Meeting(employee="a", manager="b", date="2026-11-25")
    data = m.to_dict()
    assert data["next_followup"] is None and data["hard_end"] is None and data["profile"] is None
    again = Meeting.from_dict(data)
    assert again.next_followup is None and again.profile is None


def test_invalid_enum_value_is_rejected():
    data = full_meeting().to_dict()
    data["status"] = "exploded"
    with pytest.raises(InvalidMeeting, match="^status$"):
        Meeting.from_dict(data)


@pytest.mark.parametrize("bad", [[], "meeting", 3, None])
def test_non_object_is_rejected(bad):
    with pytest.raises(InvalidMeeting, match="^record$"):
        Meeting.from_dict(bad)


def test_nested_non_object_is_rejected():
    data = full_meeting().to_dict()
    data["topics"] = ["not a topic"]
    with pytest.raises(InvalidMeeting, match=r"^topics\[0\]$"):
        Meeting.from_dict(data)


def test_planned_minutes_and_open_agreements():
    m = full_meeting()
    assert m.planned_minutes == 25
    assert [a.what for a in m.open_agreements] == ["Open punt"]


def test_new_id_is_short_and_unique():
    ids = {new_id() for _ in range(200)}
    assert len(ids) == 200
    assert all(len(i) == 12 and int(i, 16) >= 0 for i in ids)


def test_enums_compare_to_their_strings():
    # str-based enums: handy for JSON and for the store's queries.
    assert Status.RUNNING == "running"
    assert Kind.FUNCTIONING.value == "functioneringsgesprek"
    assert Signoff.AGREED.value == "agreed"
