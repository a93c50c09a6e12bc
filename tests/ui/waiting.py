"""Waiting for what a worker thread delivers, without fixed sleeps (CI machines are busy)."""

from __future__ import annotations

import asyncio


async def wait_until(pilot, condition, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not met in time"
        await pilot.pause(0.05)
