"""Agenda templates and the meeting made from one."""

from __future__ import annotations

from tui.domain.agenda import Agenda, AgendaTopic, meeting_from_agenda
from tui.domain.model import Kind, Meeting, RaisedBy, Status


def agenda() -> Agenda:
    return Agenda(
        name="functioneringsgesprek.en",
        title="Performance conversation",
        kind=Kind.FUNCTIONING,
        lang="en",
        default_followup="6m",
        topics=[
            AgendaTopic(title="Looking back", minutes=10, prompts=["What went well?"], line=5),
            AgendaTopic(title="Agreements", minutes=15, line=12, carry_over=True),
            AgendaTopic(title="Growth", minutes=20, prompts=["Where to?", "How?"], line=20),
        ],
        source="agendas/functioneringsgesprek.en.md",
    )


def test_total_minutes():
    assert agenda().total_minutes == 45
    assert Agenda("x", "X", Kind.CAREER, "nl", "12m", []).total_minutes == 0


def test_meeting_from_agenda():
    a = agenda()
    m = meeting_from_agenda(a, "Anna", "Bram", "2026-11-25")
    assert isinstance(m, Meeting)
    assert (m.employee, m.manager, m.date) == ("Anna", "Bram", "2026-11-25")
    assert m.kind is Kind.FUNCTIONING
    assert m.agenda == "functioneringsgesprek.en"
    assert m.lang == "en"
    assert m.default_followup == "6m"
    assert m.status is Status.PLANNED
    assert m.active_topic == 0
    assert m.planned_minutes == a.total_minutes == 45
    assert [t.title for t in m.topics] == ["Looking back", "Agreements", "Growth"]
    assert [t.planned_minutes for t in m.topics] == [10, 15, 20]
    assert [t.prompts for t in m.topics] == [["What went well?"], [], ["Where to?", "How?"]]
    assert [t.carry_over for t in m.topics] == [False, True, False]
    assert all(t.raised_by is RaisedBy.BOTH for t in m.topics)
    assert all(t.spent_seconds == 0 and not t.done and t.notes == [] for t in m.topics)
    assert m.agreements == []
    assert m.started_at is None and m.planned_end is None


def test_meeting_from_agenda_copies_the_prompts():
    a = agenda()
    m = meeting_from_agenda(a, "Anna", "Bram", "2026-11-25")
    m.topics[0].prompts.append("Added during the meeting")
    assert a.topics[0].prompts == ["What went well?"]


def test_each_meeting_from_an_agenda_is_new():
    a = agenda()
    one = meeting_from_agenda(a, "Anna", "Bram", "2026-11-25")
    two = meeting_from_agenda(a, "Anna", "Bram", "2026-11-25")
    assert one.id != two.id
    assert one.topics[0] is not two.topics[0]


def test_meeting_from_agenda_round_trips():
    m = meeting_from_agenda(agenda(), "Anna", "Bram", "2026-11-25")
    assert Meeting.from_dict(m.to_dict()) == m


def test_other_kinds_carry_over():
    a = agenda()
    a.kind = Kind.COACHING
    a.lang = "nl"
    m = meeting_from_agenda(a, "Anna", "Bram", "2026-11-25")
    assert m.kind is Kind.COACHING
    assert m.lang == "nl"
