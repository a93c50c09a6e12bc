"""The domain core stays pure: importing it must not pull in Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tui.domain

DOMAIN = Path(tui.domain.__file__).parent
ROOT = DOMAIN.parent.parent

NAMED = ["model", "timer", "schedule", "dates", "agenda", "clock"]


def domain_modules() -> list[str]:
    """The named modules plus every other tui/domain/*.py, so new ones are covered too."""
    found = sorted(p.stem for p in DOMAIN.glob("*.py") if p.stem != "__init__")
    return ["tui.domain"] + [f"tui.domain.{name}" for name in dict.fromkeys(NAMED + found)]


def test_glob_finds_the_known_modules():
    modules = domain_modules()
    for name in NAMED:
        assert f"tui.domain.{name}" in modules


def test_domain_does_not_import_textual():
    modules = domain_modules()
    code = f"import {', '.join(modules)}; import sys; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False", f"importing {modules} loaded textual"


def test_domain_does_not_import_any_textual_submodule():
    modules = domain_modules()
    code = (
        f"import {', '.join(modules)}; import sys; "
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
