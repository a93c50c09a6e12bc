import json
import re
from pathlib import Path

from tui.domain.model import Agreement, Meeting, Seat, Side, Signature, Signoff
from tui.export.json_export import render_json

from .fixtures import meeting

REQUIRED = {
    "export", "id", "kind", "agenda", "lang", "employee", "manager", "date", "status",
    "topics", "agreements", "next_followup", "report",
}


def test_round_trip_gives_the_same_meeting():
    m = meeting()
    document = json.loads(render_json(m))
    assert Meeting.from_dict(document) == m
    assert {k: v for k, v in document.items() if k != "export"} == m.to_dict()


def test_header_and_required_fields():
    document = json.loads(render_json(meeting()))
    assert document["export"] == {"format": "gesprek-meeting", "version": 1}
    assert list(document)[0] == "export"
    assert REQUIRED <= document.keys()
    topic = document["topics"][0]
    assert {"title", "planned_minutes", "spent_seconds", "raised_by", "notes", "prepared"} <= topic.keys()
    assert set(topic["notes"][0]) == {"text", "author", "at"}
    assert {"what", "owner", "approach", "due", "follow_up", "status"} <= document["agreements"][0].keys()
    assert set(document["report"]) == {
        "writer", "kept_at", "employee_signoff", "manager_signoff", "employee_signed", "manager_signed"
    }


def test_controls_are_escaped_and_text_stays_readable():
    m = meeting()
    m.topics[0].notes[0].text = "Zoë: del\x7f c1\x9b bidi\u202e ok"
    text = render_json(m)
    assert "\\u001b[2J" in text and "\x1b" not in text
    assert "Zoë: del\\u007f c1\\u009b bidi\\u202e ok" in text
    assert "🎓" in text
    assert Meeting.from_dict(json.loads(text)) == m
    assert text.endswith("}\n") and text.startswith('{\n  "export"')


def _keys(value, found: set[str]) -> set[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            found.add(key)
            _keys(item, found)
    elif isinstance(value, list):
        for item in value:
            _keys(item, found)
    return found


def test_every_field_is_documented():
    m = meeting()
    m.profile = {"name": "Profiel", "text": "tekst"}
    m.seat = Seat("sanne", received=["3f9a1c0b"], proposals=[Agreement("Cursus")])
    m.report.sign(Side.EMPLOYEE, Signoff.AGREED, Signature(Side.EMPLOYEE, "sanne", "2026-11-25T11:03:10+01:00"))
    docs = (Path(__file__).parents[2] / "docs" / "json-export.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", docs, re.MULTILINE))
    assert _keys(json.loads(render_json(m)), set()) - {"format", "version", "name"} <= documented
