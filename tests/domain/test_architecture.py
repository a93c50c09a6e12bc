"""The domain core stays pure: importing it must not pull in Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import tui.domain

DOMAIN = Path(tui.domain.__file__).parent
ROOT = DOMAIN.parent.parent

def domain_modules() -> list[str]:
    """Every module of tui.domain, so a new one is covered too (the import contracts in
    pyproject.toml check the same statically; this imports them for real)."""
    return ["tui.domain"] + [m.name for m in pkgutil.iter_modules(tui.domain.__path__, "tui.domain.")]


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
