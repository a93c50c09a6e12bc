"""Deferring dateutil's parser keeps it out of start-up and changes nothing for its users."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from tui.startup import defer_seldom_used
defer_seldom_used()
import pendulum
print('dateutil.tz' in sys.modules)
print(pendulum.parse('2026-11-25T10:00:00+01:00').isoformat())
print('dateutil.tz' in sys.modules)
print(pendulum.parse('25 Nov 2026 10:30', strict=False).isoformat())
print('dateutil.tz' in sys.modules)
from dateutil import parser
print(parser.parse('2026-11-25 11:00').isoformat())
"""


def test_dateutil_parser_loads_only_when_used():
    # A fresh interpreter: this test process may have imported dateutil already.
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True).stdout.split()
    assert out == [
        "False",
        "2026-11-25T10:00:00+01:00",
        "False",
        "2026-11-25T10:30:00+00:00",
        "True",
        "2026-11-25T11:00:00",
    ]


def test_deferring_a_loaded_or_missing_module_changes_nothing():
    import json

    from tui.startup import defer

    defer("json")
    assert sys.modules["json"] is json
    defer("no_such_module_here.sub")  # the parent is missing too
    defer("json.no_such_module")
    assert "json.no_such_module" not in sys.modules
    defer("antigravity")  # a top-level module is not deferred (and not imported)
    assert "antigravity" not in sys.modules
