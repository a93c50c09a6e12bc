"""When the disk refuses (full, read-only), nothing typed is lost: it stays in memory, the
user is told, and saving is retried until it works."""

from __future__ import annotations

import errno
from functools import partial

import tui.ui.app as app_module
from tui.store import Autosaver, SaveState, atomic

from .keys import type_text
from .waiting import wait_until


async def test_while_preparing_the_warning_is_not_cut_off_at_80_columns(make_app, store, meeting, monkeypatch):
    # "Voorbereiding van leidinggevende (^S)" nearly fills the notes column: the warning comes first.
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def full_disk(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic, "_write_all", full_disk)
        await type_text(pilot, "Punt")
        label = app.screen.query_one("#editor-label")
        await wait_until(pilot, lambda: "NIET OPGESLAGEN" in str(label.render()))
        shown = str(label.render())[: label.content_region.width]
        assert "NIET OPGESLAGEN" in shown and "Voorbereiding" in shown


async def test_full_disk_mid_meeting_then_recovery(make_app, store, meeting, monkeypatch):
    real_write = atomic._write_all
    # Retries from 50 ms on, not the app's 0.5 s doubling: the test waits for the retry that succeeds.
    monkeypatch.setattr(app_module, "Autosaver", partial(Autosaver, retry_initial=0.05))
    app = make_app(open_meeting=meeting)

    def label() -> str:
        return str(app.screen.query_one("#editor-label").render())

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: app.save_status is not None and app.save_status.state is SaveState.SAVED)

        def full_disk(*args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic, "_write_all", full_disk)
        await type_text(pilot, "Belangrijk punt")
        await pilot.press("ctrl+s")
        # The label follows the app's status a message later: wait for what the user sees.
        await wait_until(pilot, lambda: "NIET OPGESLAGEN" in label())
        assert app.save_status.state is SaveState.RETRYING
        assert any("ruimte" in n.message.lower() or "space" in n.message.lower() for n in app._notifications)
        assert meeting.topics[0].notes[-1].text == "Belangrijk punt"  # still in memory
        assert store.load(meeting.id).topics[0].notes == []

        monkeypatch.setattr(atomic, "_write_all", real_write)
        await wait_until(pilot, lambda: app.save_status.state is SaveState.SAVED and "NIET OPGESLAGEN" not in label())
    assert [n.text for n in store.load(meeting.id).topics[0].notes] == ["Belangrijk punt"]


async def test_quit_while_the_disk_refuses_keeps_the_app_open_once(make_app, store, meeting, monkeypatch):
    app = make_app(open_meeting=meeting)
    monkeypatch.setattr(app.autosaver, "flush", lambda timeout=5.0: False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        assert any("Ctrl+Q" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_quitting_anyway_rescues_what_the_store_did_not_take(make_app, store, meeting, monkeypatch, tmp_path):
    from tui.store import rescue

    monkeypatch.setattr(rescue, "places", lambda: [tmp_path / "gered"])
    app = make_app(open_meeting=meeting)
    monkeypatch.setattr(app.autosaver, "flush", lambda timeout=5.0: False)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "nog niet bewaard")
        await pilot.press("ctrl+q", "ctrl+q")
        await pilot.pause()
    [message] = app.rescue_messages  # the command line prints it once the terminal is back
    [path] = (tmp_path / "gered").glob("*.json")
    assert str(path) in message
    assert "nog niet bewaard" in path.read_text()
