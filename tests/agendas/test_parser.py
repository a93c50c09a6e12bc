"""The template format: what parses, and every kind of problem with its line and message."""

from __future__ import annotations

import pytest

from tui import i18n
from tui.domain.agenda_parser import (
    AgendaError,
    Problem,
    check_agenda,
    parse_agenda,
    parse_agenda_bytes,
)
from tui.domain.model import Kind

GOOD = """\
# Functioneringsgesprek

soort: functioneringsgesprek
taal: nl
opvolging: 6m

<!-- a note for the editor -->

## Opening (5 min)

- Waarom dit gesprek?
- Wie maakt
  het verslag?

## Afspraken van vorige keer (10 minuten)
overdracht: ja

1. Wat is gelukt?

---

## Afsluiting (3m)
"""


def problems(text: str, lang: str | None = None) -> list[tuple[int, str]]:
    return [(p.line, p.key) for p in check_agenda(text, "x.md", lang)]


def only(text: str) -> Problem:
    found = check_agenda(text, "x.md")
    assert len(found) == 1, [str(p) for p in found]
    return found[0]


# -- what parses --------------------------------------------------------------


def test_parses_a_good_template():
    agenda = parse_agenda(GOOD, "functioneringsgesprek", "x.md")
    assert agenda.name == "functioneringsgesprek"
    assert agenda.title == "Functioneringsgesprek"
    assert (agenda.kind, agenda.lang, agenda.default_followup) == (Kind.FUNCTIONING, "nl", "6m")
    assert agenda.source == "x.md"
    assert [(t.title, t.minutes, t.line, t.carry_over) for t in agenda.topics] == [
        ("Opening", 5, 9, False),
        ("Afspraken van vorige keer", 10, 15, True),
        ("Afsluiting", 3, 22, False),
    ]
    assert agenda.topics[0].prompts == ["Waarom dit gesprek?", "Wie maakt het verslag?"]
    assert agenda.topics[1].prompts == ["Wat is gelukt?"]
    assert agenda.total_minutes == 18


def test_english_keys_and_defaults():
    agenda = parse_agenda("# C\nkind: coachinggesprek\n\n## A (5)\ncarry-over: yes\n", "c", "c.md")
    assert (agenda.kind, agenda.lang, agenda.default_followup) == (Kind.COACHING, "nl", "6w")
    assert agenda.topics[0].carry_over
    assert parse_agenda("# C\n## A (5)\n", "c", "c.md", lang="en").lang == "en"
    assert parse_agenda("# C\nLanguage: EN-gb\n## A (5)\n", "c", "c.md").lang == "en"


def test_crlf_and_bom():
    agenda = parse_agenda_bytes(b"\xef\xbb\xbf# T\r\ntaal: en\r\n\r\n## A (5 min)\r\n- q\r\n", "t", "t.md")
    assert (agenda.title, agenda.lang, agenda.topics[0].prompts) == ("T", "en", ["q"])


@pytest.mark.parametrize("minutes", ["5", "5 min", "5 minuten", "5m", "5 minutes", "5 Min."])
def test_minute_spellings(minutes):
    assert parse_agenda(f"# T\n## A ({minutes})\n", "t", "t.md").topics[0].minutes == 5


# -- each kind of problem, with its line ----------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("# T\n\n## Opening\n", 3, "agenda.no_minutes"),
        ("# T\n\n## Opening (0 min)\n", 3, "agenda.minutes_range"),
        ("# T\n\n## Opening (-5 min)\n", 3, "agenda.minutes_range"),
        ("# T\n\n## Opening (241 min)\n", 3, "agenda.minutes_range"),
        ("# T\n\n## Opening (vijf min)\n", 3, "agenda.minutes_not_number"),
        ("# T\n\n## Opening (2.5 min)\n", 3, "agenda.minutes_not_number"),
        ("# T\n\n## (5 min)\n", 3, "agenda.no_topic_title"),
        ("# T\n## A (5)\n## B (5)\n## a  (5)\n", 4, "agenda.duplicate_topic"),
        ("# T\ntaal: nl\n\nHallo allemaal.\n\n## A (5)\n", 4, "agenda.outside_topic"),
        ("# T\n\n- een vraag te vroeg\n\n## A (5)\n", 3, "agenda.outside_topic"),
        ("# T\n## A (5)\n- q\n\nLosse tekst.\n", 5, "agenda.stray_text"),
        ("# T\n## A (5)\n\n> citaat\n", 4, "agenda.stray_text"),
        ("# T\n## A (5)\n\n    code\n", 4, "agenda.stray_text"),
        ("# T\nfoo: bar\n## A (5)\n", 2, "agenda.unknown_key"),
        ("# T\n## A (5)\ntaal: nl\n", 3, "agenda.unknown_key"),
        ("# T\nsoort: loopbaangesprek\nkind: coachinggesprek\n## A (5)\n", 3, "agenda.duplicate_key"),
        ("# T\ntaal:\n## A (5)\n", 2, "agenda.empty_value"),
        ("# T\nsoort: beoordelingsgesprek\n## A (5)\n", 2, "agenda.unknown_kind"),
        ("# T\ntaal: de\n## A (5)\n", 2, "agenda.unknown_lang"),
        ("# T\nopvolging: morgen\n## A (5)\n", 2, "agenda.bad_followup"),
        ("# T\nopvolging: 18m\n## A (5)\n", 2, "agenda.bad_followup"),
        ("# T\nopvolging: 0d\n## A (5)\n", 2, "agenda.bad_followup"),
        ("# T\nopvolging: 2027-01-01\n## A (5)\n", 2, "agenda.bad_followup"),
        ("# T\n## A (5)\noverdracht: misschien\n", 3, "agenda.bad_yes_no"),
        ("# T\n## A (5)\noverdracht: ja\n## B (5)\noverdracht: ja\n", 5, "agenda.second_carry_over"),
        ("# T\n## A (5)\n### Detail\n", 3, "agenda.heading_level"),
        ("# T\n## A (5)\n# Nog een titel\n", 3, "agenda.extra_title"),
        ("## A (5)\n", 1, "agenda.no_title"),
        ("#\n## A (5)\n", 1, "agenda.empty_title"),
        ("# T\n\ntaal: nl\n", 1, "agenda.no_topics"),
        ("", 1, "agenda.empty"),
        ("\n  \n<!-- alleen commentaar -->\n", 1, "agenda.empty"),
        ("# T\n## A (5)\n- q\n  - genest\n", 4, "agenda.prompt_not_text"),
        ("# T\n## A (5)\n- q\n-\n", 4, "agenda.empty_prompt"),
    ],
)
def test_each_problem(text, line, key):
    problem = only(text)
    assert (problem.line, problem.key) == (line, key)
    assert problem.message  # every key exists in the catalogue
    assert str(problem).startswith(f"x.md:{line}: ")


def test_language_mismatch_with_file_name():
    assert problems("# T\nlang: nl\n## A (5)\n", lang="en") == [(2, "agenda.lang_mismatch")]


def test_not_utf8():
    with pytest.raises(AgendaError) as caught:
        parse_agenda_bytes(b"# T\n## A (5)\n- caf\xe9\n", "t", "t.md")
    [problem] = caught.value.problems
    assert (problem.line, problem.key) == (3, "agenda.not_utf8")
    assert str(problem) == "t.md:3: Geen UTF-8-tekst (ongeldige byte 0xe9): bewaar het bestand als UTF-8."


def test_all_problems_are_reported_in_line_order():
    text = "Hallo\n# T\nfoo: 1\n## A\n## B (0)\n### C\n"
    assert problems(text) == [
        (1, "agenda.no_title"),
        (1, "agenda.outside_topic"),
        (2, "agenda.extra_title"),
        (3, "agenda.unknown_key"),
        (4, "agenda.no_minutes"),
        (5, "agenda.minutes_range"),
        (6, "agenda.heading_level"),
    ]


def test_settings_paragraph_with_a_stray_line():
    assert problems("# T\ntaal: nl\nWelkom!\nsoort: loopbaangesprek\n## A (5)\n") == [
        (3, "agenda.outside_topic")
    ]


# -- messages in both languages -------------------------------------------------


def test_message_in_dutch_and_english():
    problem = only("# T\n\n## Opening (0 min)\n")
    assert str(problem) == "x.md:3: 0 minuten kan niet: plan 1 tot 240 minuten per onderwerp."
    i18n.set_language("en")
    assert str(problem) == "x.md:3: 0 minutes is not possible: plan 1 to 240 minutes per topic."


def test_unknown_key_in_both_languages():
    problem = only("# T\nfoo: bar\n## A (5)\n")
    assert problem.message == (
        "Onbekende instelling 'foo'; hier kan: kind, soort, lang, language, taal, followup, follow-up, opvolging."
    )
    i18n.set_language("en")
    assert problem.message.startswith("Unknown setting 'foo'; possible here: kind, soort")


def test_agenda_error_lists_file_line_message():
    with pytest.raises(AgendaError) as caught:
        parse_agenda("# T\n## A\n## B (0)\n", "t", "dir/t.md")
    i18n.set_language("en")
    assert str(caught.value).splitlines() == [
        "dir/t.md:2: No planned minutes for 'A': write for example '## A (10 min)'.",
        "dir/t.md:3: 0 minutes is not possible: plan 1 to 240 minutes per topic.",
    ]


def test_check_agenda_is_empty_for_a_good_template():
    assert check_agenda(GOOD, "x.md") == []
