"""The check after every delete: no file in the store (or among its rescued files) holds the text."""

from __future__ import annotations

import os
from pathlib import Path


def files_holding(word: str, *folders: Path) -> list[Path]:
    """Every file under `folders` (hidden ones too) whose bytes contain `word` (ASCII, as the
    store writes its JSON), as written or folded as the search index keeps text (lower case)."""
    needles = {word.encode("ascii"), word.lower().encode("ascii")}
    found = []
    for folder in folders:
        for parent, _, names in os.walk(folder):
            for name in names:
                path = Path(parent) / name
                if path.is_file() and any(needle in path.read_bytes() for needle in needles):
                    found.append(path)
    return found
