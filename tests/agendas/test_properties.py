"""Whatever a file holds, the parser answers with an Agenda or an AgendaError, never a crash."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.domain.agenda_parser import AgendaError, check_agenda, parse_agenda, parse_agenda_bytes

FAST = settings(max_examples=200, deadline=None)

LINES = st.one_of(
    st.sampled_from(
        [
            "",
            "# Titel",
            "#",
            "## Opening (5 min)",
            "## Werk (10 minuten)",
            "## (3m)",
            "## Zonder minuten",
            "## Nul (0)",
            "## Veel (999 min)",
            "## Raar (x min)",
            "### Dieper",
            "#### Nog dieper",
            "Titel\n=====",
            "Onderwerp\n---",
            "- een vraag",
            "-",
            "  - genest",
            "1. genummerd",
            "* ster",
            "soort: functioneringsgesprek",
            "kind: onbekend",
            "taal: en",
            "lang: xx",
            "opvolging: 12m",
            "followup: 20j",
            "overdracht: ja",
            "carry-over: misschien",
            "foo: bar",
            ": leeg",
            "losse tekst",
            "> citaat",
            "    code",
            "```",
            "<!-- commentaar -->",
            "<div>html</div>",
            "---",
            "| a | b |",
            "\t- tab",
            "\r",
            "\x00",
        ]
    ),
    st.text(max_size=30),
)
MARKDOWNISH = st.lists(LINES, max_size=25).map("\n".join)


def parses_or_reports(text: str) -> None:
    try:
        agenda = parse_agenda(text, "x", "x.md")
    except AgendaError as err:
        lines = len(re.split(r"\r\n?|\n", text))
        assert err.problems and all(1 <= p.line <= lines for p in err.problems)
        assert str(err)  # every message renders
    else:
        assert agenda.topics and all(1 <= t.minutes <= 240 for t in agenda.topics)
        assert check_agenda(text, "x.md") == []


@FAST
@given(st.text())
def test_arbitrary_text(text):
    parses_or_reports(text)


@FAST
@given(MARKDOWNISH)
def test_markdown_like_text(text):
    parses_or_reports(text)


@FAST
@given(st.binary())
def test_arbitrary_bytes(data):
    try:
        parse_agenda_bytes(data, "x", "x.md")
    except AgendaError as err:
        assert str(err)


@FAST
@given(MARKDOWNISH)
def test_markdown_like_bytes_in_other_encodings(text):
    for encoding in ("utf-8", "latin-1", "utf-16"):
        try:
            parse_agenda_bytes(text.encode(encoding, errors="replace"), "x", "x.md")
        except AgendaError as err:
            assert str(err)
