"""The check after every delete: no file in the store (or among its rescued files) holds the text."""

from __future__ import annotations

import os
from pathlib import Path


def files_holding(word: str, *folders: Path) -> list[Path]:
    """Every file under `folders` (hidden ones too) whose bytes contain `word` (ASCII, as the
    store writes its JSON)."""
    needle = word.encode("ascii")
    found = []
    for folder in folders:
        for parent, _, names in os.walk(folder):
            for name in names:
                path = Path(parent) / name
                if path.is_file() and needle in path.read_bytes():
                    found.append(path)
    return found
