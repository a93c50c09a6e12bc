"""Carry-over: open agreements come back in the next conversation, decided there."""

from __future__ import annotations

import json

import pendulum

from tui.cli.followups import followups_text as followups_command
from tui.domain import agreement_history
from tui.domain.carry_over import (
    Decision,
    carried,
    carry_over,
    carry_over_topic,
    decide,
    decision_of,
)
from tui.domain.model import AgreementStatus, Status

from .scenes import _meeting, ahmed_2025, all_meetings, sanne_2025, sanne_2026

TODAY = pendulum.date(2026, 11, 25)
AT = pendulum.datetime(2026, 11, 25, 10, 5, tz="Europe/Amsterdam")


def new_sanne():
    return _meeting("s00000000003", "Sanne de Vries", "2026-11-25")


def test_open_agreements_are_copied_with_same_id_and_origin():
    new = new_sanne()
    assert carry_over(new, all_meetings()) == 3
    assert [(a.id, a.origin, a.status) for a in new.agreements] == [
        ("agr000000001", "s00000000001", AgreementStatus.OPEN),
        ("agr000000002", "s00000000001", AgreementStatus.OPEN),
        ("agr000000004", "s00000000002", AgreementStatus.OPEN),
    ]
    assert carried(new) == new.agreements


def test_copies_are_independent_objects():
    previous = [sanne_2025(), sanne_2026()]
    new = new_sanne()
    carry_over(new, previous)
    new.agreements[0].status = AgreementStatus.DONE
    assert previous[1].agreements[0].status is AgreementStatus.OPEN


def test_they_show_on_the_carry_over_topic():
    new = new_sanne()
    topic = carry_over_topic(new)
    before = list(topic.prompts)
    carry_over(new, all_meetings())
    added = topic.prompts[len(before):]
    assert len(added) == 3
    assert added[0].startswith("↻ Cursus presenteren volgen — medewerker, uiterlijk 1 mrt")
    assert "afgesproken 20 nov" in added[0]


def test_twice_adds_nothing():
    new = new_sanne()
    carry_over(new, all_meetings())
    prompts = list(carry_over_topic(new).prompts)
    assert carry_over(new, all_meetings()) == 0
    assert carry_over_topic(new).prompts == prompts and len(new.agreements) == 3


def test_only_this_employee_and_only_earlier_meetings():
    new = _meeting("x00000000001", "sanne de  VRIES", "2026-01-01")
    assert carry_over(new, all_meetings()) == 2  # only the 2025 meeting is earlier
    assert {a.id for a in new.agreements} == {"agr000000001", "agr000000002"}
    other = _meeting("x00000000002", "Nieuwe Collega", "2026-11-25")
    assert carry_over(other, all_meetings()) == 0 and other.agreements == []


def test_done_and_dropped_do_not_come_back():
    previous = [sanne_2025(), sanne_2026()]
    previous[1].agreements[0].status = AgreementStatus.DONE
    previous[1].agreements[2].status = AgreementStatus.DROPPED
    new = new_sanne()
    assert carry_over(new, previous) == 1
    assert [a.id for a in new.agreements] == ["agr000000002"]


def test_origin_stays_the_first_meeting_through_a_chain():
    new = new_sanne()
    carry_over(new, [sanne_2025(), sanne_2026()])
    assert new.agreements[0].origin == "s00000000001"


def test_without_a_carry_over_topic_agreements_still_come():
    new = new_sanne()
    for topic in new.topics:
        topic.carry_over = False
    assert carry_over(new, all_meetings()) == 3


def test_without_a_carry_over_topic_the_first_topic_shows_them_and_keeps_decisions():
    new = new_sanne()
    for topic in new.topics:
        topic.carry_over = False
    carry_over(new, all_meetings())
    assert carry_over_topic(new) is new.topics[0]
    first = carried(new)[0]
    decide(new, first.id, Decision.KEPT, TODAY, AT)
    assert decision_of(new, first) is Decision.KEPT


def test_decide_done_kept_dropped_with_a_note_on_the_topic():
    new = new_sanne()
    carry_over(new, all_meetings())
    first, second, third = new.agreements
    assert decision_of(new, first) is None
    decide(new, first.id, Decision.DONE, TODAY, AT)
    decide(new, second.id, Decision.KEPT, TODAY, AT)
    decide(new, third.id, Decision.DROPPED, TODAY, AT)
    assert (first.status, first.status_at) == (AgreementStatus.DONE, "2026-11-25")
    assert (second.status, second.status_at) == (AgreementStatus.OPEN, None)
    assert third.status is AgreementStatus.DROPPED
    assert [decision_of(new, a) for a in new.agreements] == [Decision.DONE, Decision.KEPT, Decision.DROPPED]
    notes = [n.text for n in carry_over_topic(new).notes]
    assert notes == [
        "Afspraak “Cursus presenteren volgen”: gedaan.",
        "Afspraak “Roosters piekweken herzien”: loopt door.",
        "Afspraak “Mentor zoeken in het team”: vervallen.",
    ]


def test_changing_a_decision_replaces_its_note():
    new = new_sanne()
    carry_over(new, all_meetings())
    first = new.agreements[0]
    decide(new, first.id, Decision.DONE, TODAY, AT)
    decide(new, first.id, Decision.KEPT, TODAY, AT)
    assert first.status is AgreementStatus.OPEN and first.status_at == "2026-11-25"
    assert [n.text for n in carry_over_topic(new).notes] == ["Afspraak “Cursus presenteren volgen”: loopt door."]


def test_done_in_the_new_meeting_is_what_overviews_show():
    new = new_sanne()
    new.status = Status.RUNNING
    carry_over(new, all_meetings())
    decide(new, "agr000000001", Decision.DONE, TODAY, AT)
    open_ids = [v.agreement.id for v in agreement_history.open_agreements([*all_meetings(), new], TODAY)]
    assert "agr000000001" not in open_ids and "agr000000002" in open_ids


def test_english_meeting_gets_english_lines():
    new = new_sanne()
    new.lang = "en"
    carry_over(new, all_meetings())
    assert "due 1 Mar 2026" in carry_over_topic(new).prompts[-3]
    decide(new, "agr000000001", Decision.KEPT, TODAY, AT)
    assert carry_over_topic(new).notes[-1].text == "Agreement “Cursus presenteren volgen”: continues."


# -- the followups CLI function ---------------------------------------------------------


def test_followups_command_text_and_json(store):
    for meeting in all_meetings():
        store.save(meeting)
    text = followups_command(store, TODAY, as_json=False)
    assert "Opvolging te laat (1)" in text and "Ahmed El Amrani" in text
    assert "Binnen 30 dagen (2)" in text and "Langer dan 12 maanden geen gesprek (1)" in text
    assert "Afspraken te laat of binnen 30 dagen (3)" in text
    assert "Sanne de Vries           ⚠ te laat: 2026-09-01 (2 maanden geleden) · Mentor zoeken in het team" in text
    data = json.loads(followups_command(store, TODAY, as_json=True))
    assert data["today"] == "2026-11-25"
    assert [f["employee"] for f in data["due_soon"]] == ["Lotte Bakker", "Sanne de Vries"]
    assert data["overdue"][0] == {
        "employee": "Ahmed El Amrani",
        "manager": "Pieter Janssens",
        "meeting_id": "a00000000001",
        "last_conversation": "2025-06-03",
        "due": "2026-06-03",
        "reason": "followup",
        "days": -175,
    }
    assert [a["what"] for a in data["agreements"]] == [
        "Security-cursus uitzoeken", "Cursus presenteren volgen", "Mentor zoeken in het team",
    ]


def test_followups_command_names_are_inert(store):
    m = ahmed_2025()
    m.employee = "Kwaad\x1b]0;titel\x07 Persoon"
    store.save(m)
    text = followups_command(store, TODAY, as_json=False)
    assert "\x1b" not in text and "\x07" not in text and "\\x1b" in text


def test_followups_command_empty_store(store):
    assert "(geen)" in followups_command(store, TODAY, as_json=False)
