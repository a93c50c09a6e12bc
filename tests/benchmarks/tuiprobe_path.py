"""Where the benchmarks find tuiprobe: $TUIPROBE, else shared/tools/tuiprobe beside the repository
(looked for upwards, so a worktree deeper down finds it too)."""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
_RELATIVE = Path("shared/tools/tuiprobe/tuiprobe.py")

TUIPROBE = Path(
    os.environ.get("TUIPROBE")
    or next((p / _RELATIVE for p in _REPO.parents if (p / _RELATIVE).is_file()), _REPO.parent / _RELATIVE)
)
