"""The house keeps its shape: the import contracts in pyproject.toml hold and ruff is clean.

Both run as part of the test command, so a change that breaks the layering (the domain
importing Textual, a screen importing another, a circle in the UI) fails the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_contracts_hold():
    # The venv's own script: import-linter has no `python -m` entry.
    result = _run(str(Path(sys.executable).with_name("lint-imports")), "--config", "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_is_clean():
    result = _run(sys.executable, "-m", "ruff", "check", "tui", "tests")
    assert result.returncode == 0, result.stdout + result.stderr
