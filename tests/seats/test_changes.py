"""What her seat sends, as the host applies it: once, as hers, where she meant it."""

from __future__ import annotations

from tui.domain.clock import FakeClock
from tui.domain.model import Agreement, AgreementStatus, RaisedBy, Side, Signoff, Status
from tui.domain.shaping import move_topic
from tui.seats.changes import Applied, accept, apply, decline
from tui.seats.invite import invite
from tui.seats.protocol import FROM_GUEST, GUEST_LIMIT, decode, encode

from ..ui.scenes import planned_meeting


def message(kind: str, **fields):
    return decode(encode(kind, **fields), FROM_GUEST, GUEST_LIMIT)


def meeting():
    m = planned_meeting()
    invite(m, "root")
    return m


def test_a_note_is_hers_once_inert_and_on_the_topic_she_saw():
    m, clock = meeting(), FakeClock()
    title = m.topics[3].title
    move_topic(m, 3, -2)  # the manager moved it since she saw the agenda
    note = message("note", id="n1", topic=3, title=title, text="  Ik \x1b]52;c;AAAA\x07 vind  ")
    assert apply(m, note, "sanne", clock).applied is Applied.NEW
    assert apply(m, note, "sanne", clock).applied is Applied.AGAIN  # sent again after a reconnect
    [saved] = m.topics[1].notes
    assert (saved.text, saved.author) == ("Ik \\x1b]52;c;AAAA\\x07 vind", Side.EMPLOYEE)
    assert m.seat.received == ["n1"]


def test_points_made_before_she_saw_the_agenda_go_to_the_first_topic():
    m = meeting()
    apply(m, message("point", id="p1", topic=-1, title="", text="Werkdruk"), "sanne", FakeClock())
    assert [(p.text, p.author) for p in m.topics[0].prepared] == [("Werkdruk", Side.EMPLOYEE)]


def test_her_topic_her_signoff_and_nothing_after_the_end():
    m, clock = meeting(), FakeClock()
    last = m.topics[-1].title
    apply(m, message("topic", id="t1", title="Thuiswerken", minutes=5), "sanne", clock)
    assert (m.topics[-2].title, m.topics[-2].raised_by, m.topics[-1].title) == ("Thuiswerken", RaisedBy.EMPLOYEE, last)
    apply(m, message("signoff", id="s1", value="seen"), "sanne", clock)
    assert m.report.employee_signoff is Signoff.SEEN and m.report.employee_signed.login == "sanne"
    m.status = Status.FINISHED
    late = message("note", id="n9", topic=0, title="", text="Te laat")
    assert apply(m, late, "sanne", clock).applied is Applied.TOO_LATE
    assert "n9" not in m.seat.received and not m.topics[0].notes


def test_a_proposal_accepted_keeps_its_id_and_one_declined_stays_visible_to_her():
    m, clock = meeting(), FakeClock()
    fields = dict(owner="employee", approach="training", approach_note="", due=None, follow_up="")
    apply(m, message("agreement", id="a1", what="Cursus", **fields), "sanne", clock)
    apply(m, message("agreement", id="a2", what="Vier dagen werken", **fields), "sanne", clock)
    accept(m, "a1", Agreement(what="Cursus, door HR betaald", id="whatever"))
    decline(m, "a2", "2026-11-25")
    assert [(a.id, a.what) for a in m.agreements] == [("a1", "Cursus, door HR betaald")]
    [declined] = m.seat.proposals
    assert (declined.id, declined.status, declined.status_at) == ("a2", AgreementStatus.DROPPED, "2026-11-25")


def test_a_proposal_is_accepted_once_and_a_replayed_id_is_not_accepted_again():
    m, clock = meeting(), FakeClock()
    fields = dict(owner="employee", approach="training", approach_note="", due=None, follow_up="")
    apply(m, message("agreement", id="a1", what="Cursus", **fields), "sanne", clock)
    assert accept(m, "a1", Agreement(what="Cursus, door HR betaald"))
    # Accepting it again (a second form on the same proposal) adds nothing and says so.
    assert not accept(m, "a1", Agreement(what="Cursus, nog eens"))
    assert [(a.id, a.what) for a in m.agreements] == [("a1", "Cursus, door HR betaald")]
    # A seat invited afresh has received nothing yet: her old message replayed is no new proposal.
    m.seat.received.clear()
    again = message("agreement", id="a1", what="Vier dagen werken", **fields)
    assert apply(m, again, "sanne", clock).applied is Applied.AGAIN
    assert m.seat.proposals == []
    # Nor one that names an agreement of the manager's (her seat sees their ids).
    m.agreements.append(Agreement(what="Van hem", id="m1"))
    assert apply(m, message("agreement", id="m1", what="Overschreven", **fields), "sanne", clock).applied is Applied.AGAIN
    assert m.seat.proposals == []
    assert not accept(m, "m1", Agreement(what="Overschreven"))
    assert [(a.id, a.what) for a in m.agreements] == [("a1", "Cursus, door HR betaald"), ("m1", "Van hem")]


def test_only_an_open_proposal_is_accepted():
    m, clock = meeting(), FakeClock()
    fields = dict(owner="employee", approach="training", approach_note="", due=None, follow_up="")
    apply(m, message("agreement", id="a2", what="Thuiswerken", **fields), "sanne", clock)
    decline(m, "a2", "2026-11-25")
    assert not accept(m, "a2", Agreement(what="Thuiswerken"))
    assert not accept(m, "nooit", Agreement(what="Nooit voorgesteld"))
    assert m.agreements == []
    [declined] = m.seat.proposals
    assert declined.status is AgreementStatus.DROPPED
