"""The meeting as JSON: the full record, documented in docs/json-export.md."""

from __future__ import annotations

import json
import re

from ..domain.model import Meeting

FORMAT = "gesprek-meeting"
VERSION = 1

# json.dumps escapes C0 controls but, with ensure_ascii=False, writes DEL, C1
# and bidi overrides as they are; escaping them too keeps the data exact while
# `cat export.json` stays harmless. They can only occur inside strings.
_UNESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_json(data: object) -> str:
    """Pretty-printed UTF-8 JSON with every terminal-active character escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def render_json(meeting: Meeting) -> str:
    """The meeting's dict form plus an "export" header, pretty-printed UTF-8."""
    return safe_json({"export": {"format": FORMAT, "version": VERSION}, **meeting.to_dict()})
