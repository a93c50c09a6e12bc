"""What is typed in an open form reaches the disk within 2 s as the meeting's form draft
(never as a real agreement), and a resumed meeting opens that form again as it was."""

from __future__ import annotations

import asyncio
import json
import signal
import time

import pytest

from tui.domain.model import FormDraft, FormKind
from tui.store import open_store
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.agreement_form import AgreementForm
from tui.ui.screens.meeting.closing import ClosingScreen
from tui.ui.screens.meeting.topic_form import TopicForm

from .keys import type_text
from .terminal import new_meeting
from .waiting import wait_until

SIZE = (80, 24)
PROMISE_SECONDS = 2.0
# What each form shows, and the meeting screen does not: the form is open.
SHOWN = {"agreement": "Tegen wanneer", "closing": "Afronden — gesprek met", "rename_topic": "Nieuwe titel"}


def _stored_draft(store_dir) -> dict | None:
    """The form draft in the one meeting file, read as raw JSON (as a crash leaves it)."""
    paths = list((store_dir / "meetings").glob("*.json"))
    if not paths:
        return None  # a new meeting reaches the disk on the clock's first tick
    record = json.loads(paths[0].read_text())["meeting"]["1"]
    return record.get("form_draft")


@pytest.mark.parametrize(
    ("keys", "form", "field", "typed"),
    [
        (b"\x0f", "agreement", "what", "Mentor zoeken"),  # ctrl+o: new agreement
        (b"\x12", "closing", "followup", "28-05-20"),  # ctrl+r: closing; a date half typed
        (b"\te", "rename_topic", "prompt-input", "Opening en koffie"),  # tab to the agenda, e: rename
    ],
)
def test_kill_9_keeps_what_an_open_form_holds(tmp_path, keys, form, field, typed):
    term, store_dir = new_meeting(tmp_path)
    try:
        term.wait_for(b"Opening")
        term.type(keys)
        term.wait_for(SHOWN[form].encode())  # and typed into at once: kept from the first key
        if form == "closing":
            term.type(b"\x15")  # ctrl+u: the follow-up field starts filled with the default
        elif form == "rename_topic":
            term.type(b"\x15")
        term.type(typed.encode())
        typed_at = time.monotonic()
        while True:
            draft = _stored_draft(store_dir)
            if draft and draft["values"].get(field) == typed:
                break
            assert time.monotonic() - typed_at < PROMISE_SECONDS, f"not on disk within {PROMISE_SECONDS} s: {draft}"
            time.sleep(0.05)
        term.process.send_signal(signal.SIGKILL)
        term.process.wait(timeout=10)
    finally:
        term.close()
    store = open_store(store_dir)
    [summary] = store.list()
    meeting = store.load(summary.id)
    assert meeting.form_draft.form.value == form
    assert meeting.form_draft.values[field] == typed
    assert meeting.agreements == []


@pytest.mark.parametrize(
    ("draft", "screen_type", "field"),
    [
        (FormDraft(FormKind.AGREEMENT, "", {"what": "Cursus volgen", "due": "3m"}), AgreementForm, "#what"),
        (FormDraft(FormKind.CLOSING, "", {"kept_at": "dossier"}), ClosingScreen, "#kept_at"),
        (FormDraft(FormKind.RENAME_TOPIC, "2", {"prompt-input": "Eigen kijk"}), PromptScreen, "#prompt-input"),
        (FormDraft(FormKind.HARD_END, "", {"prompt-input": "16:3"}), PromptScreen, "#prompt-input"),
        (FormDraft(FormKind.INSERT_TOPIC, "1", {"title": "Thuiswerken"}), TopicForm, "#title"),
    ],
)
async def test_a_resumed_meeting_opens_the_form_again_as_it_was(make_app, store, meeting, draft, screen_type, field):
    meeting.form_draft = draft
    store.save(meeting)
    app = make_app(open_meeting=store.load(meeting.id))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, screen_type))
        expected = next(iter(draft.values.values())) if field == "#prompt-input" else draft.values[field[1:]]
        await wait_until(pilot, lambda: app.screen.query_one(field).value == expected)
        assert app.screen.dirty  # Esc asks before throwing it away
        assert any("stond nog open" in n.message for n in app._notifications)


async def test_an_edited_agreement_changes_only_when_its_form_is_saved(make_app, store, meeting):
    from tui.domain.model import Agreement

    meeting.agreements.append(Agreement(what="Oud"))
    meeting.form_draft = FormDraft(FormKind.AGREEMENT, meeting.agreements[0].id, {"what": "Nieuw"})
    store.save(meeting)
    app = make_app(open_meeting=store.load(meeting.id))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, AgreementForm))
        await wait_until(pilot, lambda: app.screen.query_one("#what").value == "Nieuw")
        assert app.screen.agreement.what == "Oud"
        await pilot.press("ctrl+s")
        await pilot.pause()
    stored = store.load(meeting.id)
    assert [a.what for a in stored.agreements] == ["Nieuw"]
    assert stored.form_draft is None


async def test_typing_as_soon_as_the_form_has_the_focus_is_kept(make_app, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.simulate_key("ctrl+o")

        def form_has_the_focus() -> bool:
            screen = app.screen
            return isinstance(screen, AgreementForm) and screen.is_mounted and app.focused is screen.query_one("#what")

        # The first moment a person can type into it (a laggy line delivers keys just then).
        for _ in range(10_000):
            if form_has_the_focus():
                break
            await asyncio.sleep(0)
        assert form_has_the_focus()
        for key in "Mentor":
            app.simulate_key(key)
        await wait_until(pilot, lambda: app.screen.query_one("#what").value == "Mentor")
        await pilot.pause()
        assert meeting.form_draft is not None and meeting.form_draft.values["what"] == "Mentor"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # Esc asks before throwing typing away


async def test_cancelling_the_form_drops_its_draft(make_app, store, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Weg")
        await wait_until(pilot, lambda: meeting.form_draft is not None)
        await pilot.press("escape")  # asks: throw it away?
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert meeting.form_draft is None
    assert store.load(meeting.id).form_draft is None


async def test_her_signoff_arriving_from_her_seat_is_not_typing_in_the_closing_form(make_app, meeting):
    from tui.domain.model import Signoff
    from tui.ui.messages import SeatChanged

    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: isinstance(app.screen, ClosingScreen))
        assert not app.screen.dirty
        meeting.report.employee_signoff = Signoff.AGREED  # as her seat sets it
        app.screen.post_message(SeatChanged())
        await wait_until(pilot, lambda: app.screen.query_one("#employee_signoff").value == Signoff.AGREED.value)
        assert not app.screen.dirty
        await pilot.press("escape")  # nothing of his to throw away: it closes without asking
        await wait_until(pilot, lambda: not isinstance(app.screen, ClosingScreen))
        assert not isinstance(app.screen, ConfirmScreen)
