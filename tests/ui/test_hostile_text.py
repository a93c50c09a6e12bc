"""Hostile text in a stored record never reaches the terminal, on any screen the app can show.

Every text field of two meetings (and an agenda template) holds terminal escape sequences
(OSC title and clipboard, a cursor-position query, SGR, a one-byte C1 CSI), bidi, zero-width
and line-separator characters; the same text is pasted into the forms (as the Paste event
Textual makes of a bracketed paste; the parser's part is in test_paste.py). The app is driven
by keys through every screen it reaches, the way a person would, so the test does not depend
on where the screens live in the code.

What is checked is the screen as Textual composes it for the terminal, notifications
included, taken with App.export_screenshot() (public API). The SVG holds every cell's text as it would be written
(XML-escaped, styles as SVG attributes); the app's own escape sequences, which only style
and place that text, are not in it. So any control, bidi or zero-width character in it came
from the data. test_the_scan_sees_raw_text shows that it does find such text when a plain
Textual Input shows it.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

from tui.domain.carry_over import carry_over
from tui.domain.model import Agreement, Note, PreparedPoint, Side, Status

from .scenes import planned_meeting
from .waiting import wait_until

HOSTILE = "\x1b]0;PWNED\x07\x1b]52;c;SGFja2Vk\x07\x1b[6n\x1b[31m\x9b31m\u202e\u200b\u2028\ufeff"
TEMPLATE = f"""# Hostile {HOSTILE}

soort: functioneringsgesprek
taal: nl

## Opening {HOSTILE} (5 min)

- Vraag {HOSTILE}
"""


def raw_characters(text: str) -> set[str]:
    """Characters a terminal acts on or that hide or reorder text: all Python finds unprintable."""
    return {c for c in text if not c.isprintable() and c not in "\n "}


def hostile(label: str) -> str:
    return f"{label} {HOSTILE} end"


def fill_every_field(meeting, status: Status) -> None:
    meeting.employee, meeting.manager = hostile("Sanne"), hostile("Pieter")
    meeting.status = status
    meeting.profile = {"name": hostile("profiel"), "text": f"# {hostile('Competenties')}\n\n{hostile('tekst')}"}
    meeting.report.writer, meeting.report.kept_at = hostile("schrijver"), hostile("map")
    for topic in meeting.topics:
        topic.title = hostile(topic.title)
        topic.prompts = [hostile("vraag")]
        topic.prepared.append(PreparedPoint(hostile("punt"), Side.EMPLOYEE))
        topic.notes.append(Note(hostile("notitie"), Side.MANAGER, "2026-05-12T10:00:00+02:00"))
        topic.draft = hostile("concept")
    meeting.agreements = [
        Agreement(hostile("afspraak"), approach_note=hostile("aanpak"), due="2026-12-01", follow_up=hostile("opvolging"))
    ]


@pytest.fixture
def hostile_store(store, tmp_path, monkeypatch):
    """A finished meeting with an open agreement and a follow-up soon, and a planned one after it."""
    agendas = tmp_path / "agendas"
    agendas.mkdir()
    (agendas / "hostile.md").write_text(TEMPLATE, encoding="utf-8")
    monkeypatch.setenv("GESPREK_AGENDAS", str(agendas))
    earlier = planned_meeting("p00000000001")
    earlier.date, earlier.next_followup = "2026-05-12", "2026-12-10"
    fill_every_field(earlier, Status.FINISHED)
    now = planned_meeting("p00000000002")
    fill_every_field(now, Status.PLANNED)
    carry_over(now, [earlier])
    store.save(earlier)
    store.save(now)
    return store


class Scan:
    """Takes the screen after each step: which screen it is, whether it shows the record, and any leak."""

    def __init__(self, pilot) -> None:
        self.pilot = pilot
        self.seen: list[tuple[str, bool]] = []
        self.leaks: dict[str, set[str]] = {}

    async def __call__(self, *keys: str, paste: str | None = None) -> None:
        """Press `keys` (then paste `paste`), let the app settle, and take the screen."""
        pilot = self.pilot
        await pilot.press(*keys)
        if paste is not None:
            pilot.app.post_message(events.Paste(paste))
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.export_screenshot()
        # The record's text in its visible form: the screen really shows it.
        self.seen.append((type(pilot.app.screen).__name__, "\\x1b" in screen))
        if found := raw_characters(screen):
            self.leaks[f"{len(self.seen)}. {self.seen[-1][0]} after {' '.join(keys)}"] = found


async def test_the_scan_sees_raw_text():
    class Raw(App[None]):
        def compose(self) -> ComposeResult:
            yield Input(HOSTILE)

    app = Raw()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert {"\x1b", "\x9b", "\u202e", "\u200b"} <= raw_characters(app.export_screenshot())


async def start(app, pilot) -> Scan:
    await wait_until(pilot, lambda: bool(getattr(app.screen, "summaries", None)))
    return Scan(pilot)


@pytest.mark.slow
async def test_no_screen_of_a_live_meeting_shows_raw_text(make_app, hostile_store):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        scan = await start(app, pilot)
        await scan()  # the start screen, with its resume notice
        await scan("enter")  # the planned meeting: agenda, notes, prepared points, draft
        await scan("ctrl+l")  # the competency profile
        await scan("f1")
        await scan("escape", "tab", "e")  # rename the topic
        # Esc on a form with pasted text asks first; "j" throws it away.
        # Each agenda key gives the focus back to the notes: Tab to the agenda again.
        await scan("escape", "tab", "i", paste=HOSTILE)  # insert a topic
        await scan("escape", "j", "tab", "v")  # last time's agreements
        await scan("escape", "f9", paste=HOSTILE)  # hard end
        await scan("escape", "j", "ctrl+o", paste=HOSTILE)  # new agreement
        await scan("escape", "j", "ctrl+f")  # this meeting's agreements
        await scan("enter")  # edit one
        await scan("escape", "escape", "ctrl+r", paste=HOSTILE)  # closing, pasted into the follow-up date
        await scan("escape", "ctrl+g", "ctrl+s")  # the clock runs: the draft becomes a note
        await scan("ctrl+r", "ctrl+r")
        await scan("j")  # yes, end it: the summary
        await scan("escape")  # the start screen, the meeting finished
    assert scan.leaks == {}
    assert scan.seen == [
        ("StartScreen", True), ("MeetingScreen", True), ("MeetingScreen", True), ("HelpScreen", False),
        ("PromptScreen", True), ("TopicForm", True), ("CarryOverScreen", True), ("PromptScreen", True),
        ("AgreementForm", True), ("AgreementsScreen", True), ("AgreementForm", True), ("ClosingScreen", True),
        # The notification naming the topic the clock started on waits behind the confirm dialog.
        ("MeetingScreen", True), ("ConfirmScreen", False), ("SummaryScreen", True), ("StartScreen", True),
    ]


@pytest.mark.slow
async def test_no_review_screen_shows_raw_text(make_app, hostile_store):
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        scan = await start(app, pilot)
        await scan("n", "tab", "tab", "enter")  # new conversation: the template among the agendas
        await scan("escape", "escape", "escape", "r")  # all conversations
        await scan("slash", paste="notitie")  # search with hits
        await scan("enter")  # the report at the hit
        await scan("e")  # export: the file name
        await scan("escape", "p")  # development (POP)
        await scan("escape", "escape", "escape", "a")  # open agreements
        await scan("escape", "o")  # follow-ups
        await scan("escape", "p")
        await scan("escape", "f", paste=HOSTILE)  # the filter form
        await scan("ctrl+s")  # filtered: the list says on what
        await scan("f1")
    assert scan.leaks == {}
    assert scan.seen == [
        ("NewMeetingScreen", True), ("ReviewScreen", True), ("SearchScreen", True), ("ViewScreen", True),
        ("PromptScreen", False), ("PopScreen", True), ("OpenAgreementsScreen", True), ("FollowupsScreen", True),
        ("PopScreen", True), ("FilterForm", True), ("ReviewScreen", True), ("HelpScreen", False),
    ]
