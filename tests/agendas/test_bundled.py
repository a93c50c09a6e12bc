"""The bundled templates: clean, both languages, the topics the seeds ask for, no scores."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.domain.model import Kind
from tui.services.agendas import bundled_dir, check_files, read_agenda

TEMPLATES = sorted(bundled_dir().glob("*.*.md"))
EXPECTED = {
    # name: (kind, follow-up, total minutes)
    "functioneringsgesprek": (Kind.FUNCTIONING, "12m", 55),
    "loopbaangesprek": (Kind.CAREER, "12m", 60),
    "opvolgingsgesprek": (Kind.FOLLOW_UP, "6m", 30),
    "coachinggesprek": (Kind.COACHING, "6w", 40),
}


def test_every_name_in_both_languages():
    assert sorted(p.name for p in TEMPLATES) == sorted(f"{n}.{lang}.md" for n in EXPECTED for lang in ("en", "nl"))


def test_all_pass_check():
    lines, code = check_files(TEMPLATES)
    assert code == 0, "\n".join(lines)


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.name)
def test_template(path: Path):
    agenda = read_agenda(path)
    kind, followup, minutes = EXPECTED[agenda.name]
    assert (agenda.kind, agenda.default_followup, agenda.total_minutes) == (kind, followup, minutes)
    assert agenda.lang == path.name.split(".")[1]
    assert sum(t.carry_over for t in agenda.topics) == 1
    assert all(t.prompts for t in agenda.topics)
    # Not an appraisal: nothing shown in the meeting asks for a score or a verdict.
    shown = " ".join([agenda.title] + [t.title + " " + " ".join(t.prompts) for t in agenda.topics]).lower()
    assert not re.search(r"\b(scores?|ratings?|rate|cijfers?|beoordel\w*|evaluat\w*)\b", shown)


def test_languages_have_the_same_shape():
    for name in EXPECTED:
        nl, en = (read_agenda(bundled_dir() / f"{name}.{lang}.md") for lang in ("nl", "en"))
        assert [(t.minutes, t.carry_over, len(t.prompts)) for t in nl.topics] == [
            (t.minutes, t.carry_over, len(t.prompts)) for t in en.topics
        ]


def test_functioneringsgesprek_covers_the_seed_topics():
    agenda = read_agenda(bundled_dir() / "functioneringsgesprek.nl.md")
    assert 45 <= agenda.total_minutes <= 60
    text = " ".join(t.title + " " + " ".join(t.prompts) for t in agenda.topics).lower()
    for word in ("werkinhoud", "werkvreugde", "motivatie", "team", "leidinggevende", "pop",
                 "competentieprofiel", "dubbellopen", "opleiding", "coaching", "verslag", "bewaard"):
        assert word in text, word
