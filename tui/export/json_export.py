"""The meeting as JSON: the full record, documented in docs/json-export.md."""

from __future__ import annotations

import json

from ..domain.model import Meeting
from ..domain.safe_text import inert_json

FORMAT = "gesprek-meeting"
VERSION = 1


def safe_json(data: object) -> str:
    """Pretty-printed UTF-8 JSON with every terminal-active character escaped."""
    return inert_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def render_json(meeting: Meeting) -> str:
    """The meeting's dict form plus an "export" header, pretty-printed UTF-8."""
    return safe_json({"export": {"format": FORMAT, "version": VERSION}, **meeting.to_dict()})
