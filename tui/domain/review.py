"""Reviewing past conversations: filters, full-text search and follow-ups.

Pure functions over meetings (and, where enough, over the store's one-line
summaries: anything with `id`, `employee`, `manager`, `date`, `kind`, `status`
and `next_followup`). Nothing here reads files or imports Textual; every
function that depends on the day takes `today`. Agreements across conversations
and the POP are in agreement_history.py, one key per person in people.py.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pendulum

from .agreement_history import AgreementView, HoldsAgreements, agreements_due
from .dates import _UNITS, DateError, parse_date, safe_date
from .model import Kind, Meeting, Status
from .people import employee_key
from .safe_text import single_line

FOLLOWUP_HORIZON_DAYS = 30
MISSING_AFTER_MONTHS = 12


class MeetingLike(Protocol):
    id: str
    employee: str
    manager: str
    date: str
    kind: Kind
    status: Status
    next_followup: str | None


# -- filtering -----------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Inclusive range of dates; either end may be open."""

    start: pendulum.Date | None = None
    end: pendulum.Date | None = None

    def contains(self, iso: str | None) -> bool:
        if not iso:
            return False
        # ISO dates compare as strings, which keeps filtering 10,000 rows cheap.
        if self.start is not None and iso < self.start.isoformat():
            return False
        return self.end is None or iso[:10] <= self.end.isoformat()

    def label(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"{start} – {end}"


_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_RANGE = re.compile(r"\s*(?:\.\.|–|—|\s-\s|\stot\s|\sto\s)\s*")
_LAST = re.compile(r"^\s*(\d{1,3})\s*([a-z]+)\s*$", re.IGNORECASE)


def parse_period(text: str, today: pendulum.Date) -> Period | None:
    """'' (none), '2025' (a year), '2025-03' (a month), '12m' (the last 12 months),
    'FROM..TO' with dates as dates.parse_date understands them (either side may be empty).
    Raises DateError for anything else."""
    text = text.strip()
    if not text:
        return None
    if m := _YEAR.match(text):
        year = int(m[1])
        return Period(pendulum.date(year, 1, 1), pendulum.date(year, 12, 31))
    if m := _MONTH.match(text):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise DateError(text)
        start = pendulum.date(year, month, 1)
        return Period(start, start.end_of("month"))
    parts = _RANGE.split(text, maxsplit=1)
    if len(parts) == 2:
        start = parse_date(parts[0], today) if parts[0].strip() else None
        end = parse_date(parts[1], today) if parts[1].strip() else None
        if start and end and end < start:
            start, end = end, start
        return Period(start, end)
    if (m := _LAST.match(text)) and (unit := _UNITS.get(m[2].lower())):
        # '12m', '6w', '1j': that long back until today.
        return Period(today.subtract(**{unit: int(m[1])}), today)
    day = parse_date(text, today)
    return Period(day, day)


@dataclass(frozen=True)
class Filter:
    employee: str = ""  # part of the name, any case
    kind: Kind | None = None
    period: Period | None = None

    @property
    def active(self) -> bool:
        return bool(self.employee.strip()) or self.kind is not None or self.period is not None

    def matches(self, item: MeetingLike) -> bool:
        if self.kind is not None and item.kind != self.kind:
            return False
        if self.period is not None and not self.period.contains(item.date):
            return False
        wanted = employee_key(self.employee)
        return not wanted or wanted in employee_key(item.employee)


def filter_items(items: Iterable[MeetingLike], flt: Filter) -> list:
    """The items that pass `flt`, in their given order."""
    if not flt.active:
        return list(items)
    return [item for item in items if flt.matches(item)]



# -- full-text search ------------------------------------------------------------


def _fold_table() -> dict[int, str]:
    """Accented Latin letters to their base letter, one character for one (é -> e, ë -> e)."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case without accents, with exactly one character for each character of `text`,
    so a position in the folded text is the same position in the original."""
    lowered = text.lower()
    if len(lowered) != len(text):  # rare: 'İ' lowers to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_FOLD)


class Field:
    NOTE = "note"
    PREPARED = "prepared"
    AGREEMENT = "agreement"


@dataclass(frozen=True)
class Hit:
    """One piece of text that matches: where it is, and a snippet with the matches marked."""

    meeting_id: str
    date: str
    employee: str  # display-safe (single_line)
    kind: Kind
    field: str  # Field.*
    where: str  # topic title, or the agreement's text; display-safe
    snippet: str  # display-safe, one line
    spans: tuple[tuple[int, int], ...]  # (start, end) of each match inside snippet


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    more: bool  # True when there were more hits than the limit


def terms_of(query: str) -> list[str]:
    """The folded words of a query; quotes are ignored."""
    return [w for w in fold(query).replace('"', " ").split() if w]


Entry = tuple[str, str, str]  # field (Field.*), where, text: each one display-safe line


def search_entries(meeting: Meeting) -> list[Entry]:
    """What search looks through in a meeting, in the order its hits are listed: per topic
    its prepared points and notes, then the agreements."""
    entries: list[Entry] = []
    for topic in meeting.topics:
        title = single_line(topic.title)
        entries += [(Field.PREPARED, title, line) for point in topic.prepared if (line := single_line(point.text))]
        entries += [(Field.NOTE, title, line) for note in topic.notes if (line := single_line(note.text))]
    for agreement in meeting.agreements:
        text = " · ".join(part for part in (agreement.what, agreement.approach_note, agreement.follow_up) if part.strip())
        if line := single_line(text):
            entries.append((Field.AGREEMENT, single_line(agreement.what), line))
    return entries


_SEPARATOR = b"\n"  # never inside an entry: entries are single_line()'d


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a pasted lone surrogate in a query finds nothing, no error


def folded_entries(entries: Sequence[Entry]) -> bytes:
    """The entries as a search scans them: folded, each ended by a newline, UTF-8.

    Matching bytes of UTF-8 is matching characters, and bytes.find is a C-level scan:
    a query over 10,000 meetings' text takes milliseconds.
    """
    return _utf8("".join(fold(text) + "\n" for _, _, text in entries))


class Search:
    """One query over many meetings' folded entries, keeping only the best-ranked hits.

    Meetings come in any order, each with its rank (its place in the list of conversations,
    0 first); the result lists hits by rank and then in each meeting's entry order, as a
    scan of all meetings in list order would, while holding only the meetings of about
    `limit` hits. Check wants(rank) first: most meetings need no scan once the limit is met.
    """

    def __init__(self, query: str, limit: int = 200, snippet_width: int = 70) -> None:
        # Scan for the longest word: it has the fewest occurrences; check the others per entry.
        self.terms = sorted(terms_of(query), key=len, reverse=True)
        needles = [_utf8(term) for term in self.terms]
        self._first, self._others = (needles[0], needles[1:]) if needles else (b"", [])
        self._limit = limit
        self._width = snippet_width
        self._kept: list[tuple[int, list[int], MeetingLike, object]] = []  # a heap, worst rank on top
        self._total = 0  # hits in _kept

    @property
    def first(self) -> bytes:
        """The word every hit holds (UTF-8); b"" for a query without words."""
        return self._first

    @property
    def full(self) -> bool:
        """Whether more hits than the limit are held: from now on only better-ranked meetings count."""
        return self._total > self._limit

    def wants(self, rank: int) -> bool:
        """Whether a meeting of this rank could still have hits that are listed."""
        if not self.terms:
            return False
        return self._total <= self._limit or rank < -self._kept[0][0]

    def matches(self, folded: bytes, start: int, end: int) -> list[int]:
        """The numbers of the entries in folded[start:end] (one meeting's) that hold every word."""
        found: list[int] = []
        first, others = self._first, self._others
        counted, number = start, 0
        position = folded.find(first, start, end)
        while position != -1:
            line = max(folded.rfind(_SEPARATOR, start, position) + 1, start)
            line_end = folded.find(_SEPARATOR, position, end)
            if all(folded.find(other, line, line_end) != -1 for other in others):
                number += folded.count(_SEPARATOR, counted, line)
                counted = line
                found.append(number)
            position = folded.find(first, line_end + 1, end)
        return found

    def keep(self, rank: int, meeting: MeetingLike, found: list[int], shown: object) -> None:
        """Hold the hits `found` in a meeting; `shown` is what result() turns into its entries."""
        heapq.heappush(self._kept, (-rank, found, meeting, shown))
        self._total += len(found)
        # Drop the worst-ranked meeting while the others still make more than the limit.
        while self._total - len(self._kept[0][1]) > self._limit:
            self._total -= len(heapq.heappop(self._kept)[1])

    def result(self, entries_of: Callable[[object], Sequence[Entry]]) -> SearchResult:
        """The hits, at most `limit`; entries_of(shown) gives a kept meeting's entries."""
        hits: list[Hit] = []
        for _, found, meeting, shown in sorted(self._kept, key=lambda kept: -kept[0]):
            entries = entries_of(shown)
            employee = single_line(meeting.employee)
            for number in found:
                if len(hits) == self._limit:
                    return SearchResult(hits, True)
                field, where, text = entries[number]
                snippet, spans = make_snippet(text, fold(text), self.terms, self._width)
                hits.append(Hit(meeting.id, meeting.date, employee, meeting.kind, field, where, snippet, spans))
        return SearchResult(hits, False)


def match_spans(folded: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Every occurrence of every term in `folded`, merged where they overlap."""
    spans: list[tuple[int, int]] = []
    for term in terms:
        at = folded.find(term)
        while at != -1:
            spans.append((at, at + len(term)))
            at = folded.find(term, at + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, folded: str, terms: Sequence[str], width: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """At most `width` characters of `text` around the first match, with '…' where cut,
    and the spans of all matches inside it."""
    spans = match_spans(folded, terms)
    if len(text) <= width:
        return text, tuple(spans)
    first = spans[0][0] if spans else 0
    begin = max(0, min(first - width // 3, len(text) - (width - 1)))
    # Start at a word boundary when one is close.
    if begin > 0:
        space = text.find(" ", begin, first)
        if space != -1 and space - begin < 12:
            begin = space + 1
    prefix = "…" if begin > 0 else ""
    room = width - len(prefix)
    end = begin + room
    suffix = ""
    if end < len(text):
        end -= 1
        suffix = "…"
    shift = len(prefix) - begin
    inside = tuple(
        (max(s, begin) + shift, min(e, end) + shift) for s, e in spans if e > begin and s < end
    )
    return prefix + text[begin:end] + suffix, inside


# -- follow-ups --------------------------------------------------------------------


class Reason:
    PLANNED = "planned"  # a conversation is planned on that date
    FOLLOWUP = "followup"  # the follow-up date agreed in the last conversation
    NONE_AGREED = "none_agreed"  # the last conversation set no follow-up date


@dataclass(frozen=True)
class FollowUp:
    employee: str  # display-safe
    manager: str  # display-safe
    meeting_id: str  # the meeting the date comes from
    last_date: str | None  # ISO date of the last conversation held (None: none yet)
    when: str | None  # ISO date the next conversation is due (None: not agreed)
    reason: str  # Reason.*
    days: int  # when - today (negative: overdue); for 'missing', days since the last conversation

    def to_dict(self) -> dict[str, object]:
        return {
            "employee": self.employee,
            "manager": self.manager,
            "meeting_id": self.meeting_id,
            "last_conversation": self.last_date,
            "due": self.when,
            "reason": self.reason,
            "days": self.days,
        }


@dataclass(frozen=True)
class AgreementDue:
    """An open agreement due within the horizon, or overdue."""

    view: AgreementView
    days: int  # due - today (negative: overdue)

    @property
    def overdue(self) -> bool:
        return self.days < 0

    def to_dict(self) -> dict[str, object]:
        agreement = self.view.agreement
        return {
            "employee": self.view.employee,
            "manager": self.view.manager,
            "meeting_id": self.view.meeting_id,  # the conversation holding its current state
            "what": single_line(agreement.what),
            "owner": agreement.owner.value,
            "due": agreement.due,
            "days": self.days,
            "overdue": self.overdue,
        }


@dataclass
class FollowUps:
    due_soon: list[FollowUp] = field(default_factory=list)  # within the horizon, soonest first
    overdue: list[FollowUp] = field(default_factory=list)  # most overdue first
    missing: list[FollowUp] = field(default_factory=list)  # last conversation > 12 months ago, longest first
    agreements: list[AgreementDue] = field(default_factory=list)  # overdue first, then by due date

    def to_dict(self) -> dict[str, object]:
        return {
            "due_soon": [f.to_dict() for f in self.due_soon],
            "overdue": [f.to_dict() for f in self.overdue],
            "missing": [f.to_dict() for f in self.missing],
            "agreements": [a.to_dict() for a in self.agreements],
        }


def _days(later: str, earlier: pendulum.Date) -> int:
    date = safe_date(later)
    if date is None:
        return 0
    return (date - earlier).in_days() if date >= earlier else -(earlier - date).in_days()


def followups(
    items: Iterable[MeetingLike],
    today: pendulum.Date,
    horizon_days: int = FOLLOWUP_HORIZON_DAYS,
    missing_months: int = MISSING_AFTER_MONTHS,
    records: Iterable[HoldsAgreements] = (),
    dates: Mapping[str, str] | None = None,
) -> FollowUps:
    """Per employee, from their conversations (summaries are enough):

    - the next conversation is the earliest one planned (not finished) from today on, or else
      the follow-up date agreed in the latest conversation held;
    - *due soon*: that date is within `horizon_days` from today;
    - *overdue*: that date has passed with no conversation since;
    - *missing*: the last conversation held is more than `missing_months` ago and nothing is
      planned or agreed for the future (a future follow-up date or planned meeting means it is
      in hand). An employee can be both overdue and missing.

    An employee with a conversation under way (running or paused) is in none of these lists.

    And from the meetings' agreements (`records`, with the `dates` of the meetings they were
    carried from; summaries hold no agreements), *agreements*: the open agreements due within
    `horizon_days` or overdue.
    """
    today_iso = today.isoformat()
    horizon = today.add(days=horizon_days).isoformat()
    cutoff = today.subtract(months=missing_months).isoformat()
    people: dict[str, list[MeetingLike]] = {}
    for item in items:
        people.setdefault(employee_key(item.employee), []).append(item)
    result = FollowUps()
    for meetings in people.values():
        meetings.sort(key=lambda m: (m.date, m.id))
        if any(m.status in (Status.RUNNING, Status.PAUSED) for m in meetings):
            continue  # a conversation is under way: nothing to chase
        planned = [m for m in meetings if m.status is not Status.FINISHED and m.date >= today_iso]
        held = [m for m in meetings if m.status is Status.FINISHED or m.date < today_iso]
        last = held[-1] if held else None
        if planned:
            nxt = planned[0]
            entry = FollowUp(
                single_line(nxt.employee), single_line(nxt.manager), nxt.id,
                last.date if last else None, nxt.date, Reason.PLANNED, _days(nxt.date, today),
            )
        elif last is not None:
            entry = FollowUp(
                single_line(last.employee), single_line(last.manager), last.id, last.date,
                last.next_followup, Reason.FOLLOWUP if last.next_followup else Reason.NONE_AGREED,
                _days(last.next_followup, today) if last.next_followup else 0,
            )
        else:
            continue
        if entry.when is not None and entry.when[:10] < today_iso:
            result.overdue.append(entry)
        elif entry.when is not None and entry.when[:10] <= horizon:
            result.due_soon.append(entry)
        in_hand = entry.when is not None and entry.when[:10] >= today_iso
        if last is not None and last.date < cutoff and not in_hand:
            days_since = -_days(last.date, today)
            result.missing.append(
                FollowUp(entry.employee, entry.manager, last.id, last.date, entry.when, entry.reason, days_since)
            )
    result.due_soon.sort(key=lambda f: (f.when or "", f.employee.casefold()))
    result.overdue.sort(key=lambda f: (f.when or "", f.employee.casefold()))
    result.missing.sort(key=lambda f: (f.last_date or "", f.employee.casefold()))
    result.agreements = [
        AgreementDue(view, _days(view.agreement.due, today))
        for view in agreements_due(records, today, horizon_days, dates)
    ]
    return result
