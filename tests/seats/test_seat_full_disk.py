"""Her store's disk full: her seat says so while it lasts."""

from __future__ import annotations

import pytest

import tui.seats.guest as guest_module

from ..ui.keys import type_text
from ..ui.waiting import wait_until
from .conftest import SIZE
from .test_seat_typing import PROMISE, offline, on_disk


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch):
    # The test waits for the retry that works, not the app's 0.5 s doubling.
    monkeypatch.setattr(guest_module, "SAVE_RETRY", 0.05)


def label(app) -> str:
    return str(app.screen.query_one("#editor-label").render())


def errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def test_while_her_store_does_not_take_her_typing_her_seat_says_so(guest_app, code, employee_store, her_disk):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Eerst")
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Eerst", PROMISE)
        assert "NIET OPGESLAGEN" not in label(guest)
        her_disk.full = True
        await type_text(gp, " en dan")
        await wait_until(gp, lambda: "NIET OPGESLAGEN" in label(guest))
        shown = guest.screen.query_one("#editor-label").content_region.width  # at 80 columns, not cut off
        assert label(guest).index("NIET OPGESLAGEN") + len("NIET OPGESLAGEN") <= shown
        await type_text(gp, " nog meer")  # fails again, and is retried: said once
        refused = her_disk.refused
        await wait_until(gp, lambda: her_disk.refused >= refused + 3)
        assert len([m for m in errors(guest) if "schijf is vol" in m]) == 1
        assert on_disk(employee_store, code.meeting).draft == "Eerst"
        her_disk.full = False  # she types nothing more: the retry gets it there
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Eerst en dan nog meer")
        await wait_until(gp, lambda: "NIET OPGESLAGEN" not in label(guest))
        assert any("weer opgeslagen" in n.message for n in guest._notifications)
