"""The meeting as JSON: the full record, documented in docs/json-export.md."""

from __future__ import annotations

import json

from ..domain.model import Meeting
from .text import escaped

FORMAT = "gesprek-meeting"
VERSION = 1


def safe_json(data: object) -> str:
    """Pretty-printed UTF-8 JSON with every terminal-active character escaped."""
    # json.dumps escapes C0 controls but, with ensure_ascii=False, writes DEL, C1, bidi
    # overrides and lone surrogates as they are; escaping them too keeps the data exact while
    # `cat export.json` stays harmless. They can only occur inside strings.
    return escaped(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def render_json(meeting: Meeting) -> str:
    """The meeting's dict form plus an "export" header, pretty-printed UTF-8."""
    return safe_json({"export": {"format": FORMAT, "version": VERSION}, **meeting.to_dict()})
