"""The pure review functions: filters, periods, search, agreements, follow-ups, POP."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.domain import agreement_history, people, review
from tui.domain.dates import DateError
from tui.domain.model import AgreementStatus, Kind, Note, Side, Status
from tui.domain.review import Filter, Period, Search, fold, folded_entries, search_entries, terms_of

from .scenes import (
    ahmed_2025,
    all_meetings,
    lotte_2026,
    lotte_planned,
    sanne_2025,
    sanne_2026,
)

TODAY = pendulum.date(2026, 11, 25)


def ids(items):
    return [item.id for item in items]


# -- filters and periods -----------------------------------------------------------


def test_filter_by_employee_part_of_name_any_case():
    meetings = all_meetings()
    assert ids(review.filter_items(meetings, Filter(employee="SANNE"))) == ["s00000000001", "s00000000002"]
    assert ids(review.filter_items(meetings, Filter(employee="  el  amrani "))) == ["a00000000001"]


def test_filter_by_kind_and_period():
    meetings = all_meetings()
    assert ids(review.filter_items(meetings, Filter(kind=Kind.CAREER))) == ["l00000000001"]
    period = review.parse_period("2026", TODAY)
    assert ids(review.filter_items(meetings, Filter(period=period))) == ["s00000000002", "l00000000001", "l00000000002"]
    both = Filter(employee="lotte", kind=Kind.FUNCTIONING, period=period)
    assert ids(review.filter_items(meetings, both)) == ["l00000000002"]


def test_no_filter_keeps_everything_in_order():
    meetings = all_meetings()
    assert review.filter_items(meetings, Filter()) == meetings
    assert not Filter().active


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025", "2025-01-01", "2025-12-31"),
        ("2026-02", "2026-02-01", "2026-02-28"),
        ("12m", "2025-11-25", "2026-11-25"),
        ("6w", "2026-10-14", "2026-11-25"),
        ("2025-01-01..2025-06-30", "2025-01-01", "2025-06-30"),
        ("1-3-2026 tot 31-5-2026", "2026-03-01", "2026-05-31"),
        ("2026-06-30..2026-01-01", "2026-01-01", "2026-06-30"),
        ("2026-03-04", "2026-03-04", "2026-03-04"),
    ],
)
def test_parse_period(text, start, end):
    period = review.parse_period(text, TODAY)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_open_ended_period_and_empty():
    assert review.parse_period("", TODAY) is None
    period = review.parse_period("2026-01-01..", TODAY)
    assert period.end is None and period.contains("2030-01-01") and not period.contains("2025-12-31")


@pytest.mark.parametrize("text", ["gisteren", "2025-13", "12x", "2025-02-30"])
def test_bad_period(text):
    with pytest.raises(DateError):
        review.parse_period(text, TODAY)


def test_employees_one_per_person():
    meetings = all_meetings()
    meetings[0].employee = "sanne  DE vries"
    assert people.employees(meetings) == ["Ahmed El Amrani", "Lotte Bakker", "Sanne de Vries"]


def test_the_manager_of_each_employees_latest_conversation():
    meetings = all_meetings()
    meetings[1].manager = "Els  Bakker\x1b[2J"  # Sanne's 2026 conversation, her latest
    meetings[0].employee = "sanne  DE vries"
    managers = people.latest_managers(meetings)
    assert managers[people.employee_key("Sanne de Vries")] == "Els  Bakker\\x1b[2J"
    assert managers[people.employee_key("Lotte Bakker")] == "Pieter Janssens"
    assert len(managers) == 3


# -- search --------------------------------------------------------------------------


class Corpus:
    """Meetings searched in memory, ranked in the order given (the store's index ranks by its list)."""

    def __init__(self, meetings, order=None):
        self.meetings = list(meetings)
        self.order = list(range(len(self.meetings))) if order is None else order  # the order they are offered in

    def search(self, query, limit=200, snippet_width=70):
        search = Search(query, limit, snippet_width)
        for rank in self.order:
            entries = search_entries(self.meetings[rank])
            folded = folded_entries(entries)
            if search.wants(rank) and (found := search.matches(folded, 0, len(folded))):
                search.keep(rank, self.meetings[rank], found, entries)
        return search.result(lambda entries: entries)


def naive_hits(meetings, query, limit):
    """Every entry holding every word, meeting by meeting in order: what a search must list."""
    terms = terms_of(query)
    found = [
        (meeting.id, field, where, text)
        for meeting in meetings
        for field, where, text in search_entries(meeting)
        if terms and all(term in fold(text) for term in terms)
    ]
    return found[:limit], len(found) > limit


def test_search_notes_prepared_and_agreements():
    corpus = Corpus(all_meetings())
    hits = corpus.search("piekweken").hits
    assert {(h.meeting_id, h.field) for h in hits} == {
        ("s00000000001", "note"),
        ("s00000000001", "agreement"),
        ("s00000000002", "agreement"),
    }
    prepared = corpus.search("klantcontact").hits
    assert [(h.field, h.where) for h in prepared] == [("prepared", sanne_2025().topics[2].title)]


def test_search_all_words_any_case_and_accents():
    corpus = Corpus(all_meetings())
    assert [h.meeting_id for h in corpus.search("VOORAF planning").hits] == ["s00000000001"]
    assert corpus.search("planning teamleider").hits == []
    meeting = lotte_2026()
    meeting.topics[0].notes.append(Note("Veel ideeën over de financiële afdeling.", Side.EMPLOYEE, "2026-02-10T11:00:00+01:00"))
    corpus = Corpus([meeting])
    (hit,) = corpus.search("IDEEEN financiele").hits
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["ideeën", "financiële"]


def test_search_narrows_as_you_type():
    corpus = Corpus(all_meetings())
    counts = [len(corpus.search(prefix).hits) for prefix in ("c", "cu", "cur", "curs", "cursus", "cursus p")]
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] >= 1


def test_search_marks_every_match_in_the_snippet():
    corpus = Corpus([sanne_2025()])
    (hit,) = corpus.search("piekweken zwaar").hits
    assert [hit.snippet[s:e].lower() for s, e in hit.spans] == ["piekweken", "zwaar"]


def test_search_limit_and_more():
    meeting = sanne_2025()
    meeting.topics[0].notes = [Note(f"notitie {i} over koffie", Side.MANAGER, "2025-11-20T10:00:00+01:00") for i in range(30)]
    corpus = Corpus([meeting])
    result = corpus.search("koffie", limit=10)
    assert len(result.hits) == 10 and result.more
    assert not corpus.search("koffie", limit=30).more


def test_search_long_note_snippet_is_cut_around_the_match():
    meeting = sanne_2025()
    long = "begin " + "vulling " * 40 + "de naald in de hooiberg " + "vulling " * 40
    meeting.topics[0].notes = [Note(long, Side.MANAGER, "2025-11-20T10:00:00+01:00")]
    (hit,) = Corpus([meeting]).search("naald").hits
    assert len(hit.snippet) <= 70
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert [hit.snippet[s:e] for s, e in hit.spans] == ["naald"]


def test_search_shows_control_characters_inert():
    meeting = sanne_2025()
    meeting.employee = "Evil\x1b[2J Name"
    meeting.topics[0].notes = [Note("gevaar \x1b]52;c;aGFjaw==\x07 klembord\nregel twee", Side.MANAGER, "2025-11-20T10:00:00+01:00")]
    (hit,) = Corpus([meeting]).search("klembord").hits
    for text in (hit.snippet, hit.employee):
        assert "\x1b" not in text and "\x07" not in text and "\n" not in text
    assert "\\x1b" in hit.snippet and "\\x1b" in hit.employee


def test_empty_query_finds_nothing():
    corpus = Corpus(all_meetings())
    assert corpus.search("   ").hits == []


@given(st.text(max_size=60), st.text(min_size=1, max_size=8))
def test_fold_keeps_positions_and_spans_point_at_the_term(text, term):
    assert len(review.fold(text)) == len(text)
    folded_term = review.terms_of(term)
    if not folded_term:
        return
    meeting = sanne_2025()
    meeting.topics[0].notes = [Note(text, Side.MANAGER, "2025-11-20T10:00:00+01:00")]
    for hit in Corpus([meeting]).search(term).hits:
        for start, end in hit.spans:
            assert 0 <= start < end <= len(hit.snippet)


words = st.sampled_from(["koffie", "thee", "Koffie", "théé", "plan", "planning", "de", "x"])


@given(
    st.lists(st.lists(st.lists(words, min_size=1, max_size=4).map(" ".join), max_size=5), min_size=1, max_size=8),
    st.lists(words, min_size=1, max_size=2).map(" ".join),
    st.integers(1, 12),
    st.randoms(use_true_random=False),
)
def test_search_in_any_offering_order_lists_the_hits_of_a_scan_in_list_order(notes, query, limit, rng):
    meetings = []
    for number, texts in enumerate(notes):
        meeting = sanne_2025()
        meeting.id = f"m{number:011d}"
        meeting.agreements = []
        for topic in meeting.topics:
            topic.notes, topic.prepared = [], []
        meeting.topics[0].notes = [Note(text, Side.MANAGER, "2025-11-20T10:00:00+01:00") for text in texts]
        meetings.append(meeting)
    order = list(range(len(meetings)))
    rng.shuffle(order)
    result = Corpus(meetings, order).search(query, limit=limit)
    expected, more = naive_hits(meetings, query, limit)
    got = [(h.meeting_id, h.field, h.where, h.snippet) for h in result.hits]
    assert got == expected and result.more == more
    assert result == Corpus(meetings).search(query, limit=limit)


# -- agreements ------------------------------------------------------------------------


def test_open_agreements_one_per_agreement_latest_copy_wins_overdue_first():
    views = agreement_history.open_agreements(all_meetings(), TODAY)
    assert [v.agreement.id for v in views] == ["agr000000010", "agr000000001", "agr000000004", "agr000000002", "agr000000020"]
    assert [v.overdue(TODAY) for v in views] == [True, True, True, False, False]
    carried = views[1]
    assert carried.meeting_id == "s00000000002"  # the copy to change
    assert carried.agreed_in == "s00000000001" and carried.agreed_on == "2025-11-20"
    assert carried.meetings == ("s00000000001", "s00000000002") and carried.carried


def test_done_in_a_later_meeting_closes_the_agreement():
    later = sanne_2026()
    later.agreements[0].status = AgreementStatus.DONE
    later.agreements[0].status_at = "2026-05-12"
    views = agreement_history.open_agreements([sanne_2025(), later], TODAY)
    assert "agr000000001" not in [v.agreement.id for v in views]
    closed = [v for v in agreement_history.all_agreements([sanne_2025(), later], TODAY) if v.agreement.id == "agr000000001"]
    assert closed[0].status is AgreementStatus.DONE


def test_open_agreements_of_one_employee():
    views = agreement_history.open_agreements(all_meetings(), TODAY, employee="lotte bakker")
    assert [v.agreement.id for v in views] == ["agr000000020"]


def test_overdue_only_when_open_and_past_due():
    (done,) = [a for a in sanne_2025().agreements if a.status is AgreementStatus.DONE]
    assert not agreement_history.is_overdue(done, TODAY)
    agreement = sanne_2025().agreements[0]
    assert agreement_history.is_overdue(agreement, TODAY)
    assert not agreement_history.is_overdue(agreement, pendulum.date(2026, 3, 1))  # due today is not late


def test_pop_in_time_order_with_status():
    views = agreement_history.pop(all_meetings(), "Sanne de Vries")
    assert [(v.agreement.id, v.agreed_on, v.status.value) for v in views] == [
        ("agr000000001", "2025-11-20", "open"),
        ("agr000000002", "2025-11-20", "open"),
        ("agr000000003", "2025-11-20", "done"),
        ("agr000000004", "2026-05-12", "open"),
    ]
    counts = agreement_history.pop_counts(views, TODAY)
    assert (counts.open, counts.done, counts.dropped, counts.overdue) == (3, 1, 0, 2)


# -- follow-ups -------------------------------------------------------------------------


def test_followups_dashboard():
    data = review.followups(all_meetings(), TODAY)
    assert [(f.employee, f.when, f.reason) for f in data.overdue] == [("Ahmed El Amrani", "2026-06-03", "followup")]
    assert [(f.employee, f.when, f.reason, f.days) for f in data.due_soon] == [
        ("Lotte Bakker", "2026-12-01", "planned", 6),
        ("Sanne de Vries", "2026-12-10", "followup", 15),
    ]
    assert [(f.employee, f.last_date) for f in data.missing] == [("Ahmed El Amrani", "2025-06-03")]


def test_a_conversation_under_way_takes_the_employee_off_every_list():
    now = lotte_planned()
    now.status = Status.RUNNING
    now.date = TODAY.isoformat()
    old = ahmed_2025()
    old.employee = now.employee  # long ago and overdue, but a conversation is happening now
    data = review.followups([old, now], TODAY)
    assert data.missing == [] and data.overdue == [] and data.due_soon == []


def test_a_future_followup_means_not_missing():
    old = ahmed_2025()
    old.next_followup = "2027-01-10"
    data = review.followups([old], TODAY)
    assert data.missing == [] and data.overdue == [] and data.due_soon == []


def test_a_later_conversation_satisfies_an_earlier_followup():
    early = sanne_2025()  # follow-up 2026-05-12, held that day
    data = review.followups([early, sanne_2026()], TODAY)
    assert [f.meeting_id for f in data.due_soon] == ["s00000000002"] and data.overdue == []


def test_no_followup_agreed_and_long_ago_is_missing_not_overdue():
    old = ahmed_2025()
    old.next_followup = None
    data = review.followups([old], TODAY)
    assert data.overdue == [] and [f.reason for f in data.missing] == ["none_agreed"]


def test_horizon_is_thirty_days_inclusive():
    m = sanne_2026()
    m.next_followup = TODAY.add(days=30).isoformat()
    assert len(review.followups([m], TODAY).due_soon) == 1
    m.next_followup = TODAY.add(days=31).isoformat()
    assert review.followups([m], TODAY).due_soon == []


def test_followups_work_on_summaries():
    from tui.store import MeetingSummary

    summaries = [MeetingSummary.of(m) for m in all_meetings()]
    assert review.followups(summaries, TODAY).to_dict() == review.followups(all_meetings(), TODAY).to_dict()


def test_planned_meeting_in_the_past_counts_as_held():
    m = lotte_planned()
    m.date = "2026-01-05"
    m.status = Status.PLANNED
    data = review.followups([m], TODAY)
    assert [f.reason for f in data.missing + data.overdue + data.due_soon] == []


def test_period_contains_compares_iso_dates():
    period = Period(pendulum.date(2026, 1, 1), pendulum.date(2026, 1, 31))
    assert period.contains("2026-01-31") and not period.contains("2026-02-01") and not period.contains(None)


def test_followups_list_open_agreements_due_soon_or_overdue():
    """Issue item 19: the dashboard lists agreements that are due, as their own group."""
    meetings = all_meetings()
    meetings[1].agreements[1].due = "2026-12-25"  # 'Roosters' in its latest copy: 30 days on, inclusive
    data = review.followups(meetings, TODAY, records=meetings)
    assert [(a.view.employee, a.view.agreement.what, a.view.agreement.due) for a in data.agreements] == [
        ("Ahmed El Amrani", "Security-cursus uitzoeken", "2025-09-01"),
        ("Sanne de Vries", "Cursus presenteren volgen", "2026-03-01"),
        ("Sanne de Vries", "Mentor zoeken in het team", "2026-09-01"),
        ("Sanne de Vries", "Roosters piekweken herzien", "2026-12-25"),
    ]  # overdue first, by due date; done ones and 'Leiderschapstraject' (2028) are not listed
    assert data.to_dict()["agreements"][-1] == {
        "employee": "Sanne de Vries",
        "manager": "Pieter Janssens",
        "meeting_id": "s00000000002",
        "what": "Roosters piekweken herzien",
        "owner": "manager",
        "due": "2026-12-25",
        "days": 30,
        "overdue": False,
    }
    assert data.to_dict()["agreements"][0]["overdue"] is True
    meetings[1].agreements[1].due = "2026-12-26"
    assert len(review.followups(meetings, TODAY, records=meetings).agreements) == 3
    assert review.followups(meetings, TODAY).agreements == []  # from summaries alone: none
