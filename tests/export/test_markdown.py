from pathlib import Path

from markdown_it import MarkdownIt

from tui.domain.model import Agreement, Kind, Note, Side, Topic
from tui.export.markdown import render_markdown

from .fixtures import meeting

EXPECTED = Path(__file__).parent / "expected"
PARSER = MarkdownIt("commonmark").enable("table")


def test_dutch_report_matches_reviewed_file():
    assert render_markdown(meeting()) == (EXPECTED / "verslag.nl.md").read_text(encoding="utf-8")


def test_english_report_matches_reviewed_file():
    assert render_markdown(meeting(), "en") == (EXPECTED / "verslag.en.md").read_text(encoding="utf-8")


def test_language_follows_the_meeting():
    m = meeting()
    m.lang = "en"
    assert render_markdown(m) == render_markdown(meeting(), "en")


def _top_level_headings(text: str) -> list[tuple[str, str]]:
    tokens = PARSER.parse(text)
    return [
        (tok.tag, tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open" and tok.level == 0
    ]


def test_structure_survives_hostile_notes():
    m = meeting()
    m.topics[0].notes += [
        Note("```python\nnooit gesloten", Side.MANAGER, "2026-11-25T10:15:00+01:00"),
        Note("<!-- open commentaar\n\n## Afspraken\n\n=====", Side.EMPLOYEE, "2026-11-25T10:16:00+01:00"),
    ]
    m.topics[1].prepared[0].text = "# Kop in voorbereiding\n\n---"
    text = render_markdown(m)
    headings = _top_level_headings(text)
    assert [h for h in headings if h[0] == "h1"] == [("h1", "Functioneringsgesprek met Sanne de Vries")]
    assert [h for h in headings if h[0] == "h2"] == [
        ("h2", title) for title in ("Onderwerpen", "Afspraken", "Volgend gesprek", "Verslag", "Ondertekening")
    ]
    assert [h[1] for h in headings if h[0] == "h3"] == [f"{i}. {t.title}" for i, t in enumerate(m.topics, 1)]
    assert "\x1b" not in text


def _agreement_items(tokens) -> list[list[str]]:
    """Per item of the agreements' numbered list: its text, then the text of each fact under it."""
    items: list[list[str]] = []
    depth = 0
    for tok in tokens:
        if tok.type == "ordered_list_open":
            depth += 1
        elif tok.type == "ordered_list_close":
            depth -= 1
        elif depth and tok.type == "inline":
            if tok.level == 3:  # the agreement's own paragraph (list > item > paragraph)
                items.append([tok.content])
            else:
                items[-1].append(tok.content)
    return items


def test_each_agreement_is_one_item_with_all_its_facts():
    """Not a table: six columns cut every field short at 80 columns (issue item 17)."""
    m = meeting()
    m.agreements.append(Agreement(what="a | b\nc", follow_up="|", approach_note="x|y\n# kop"))
    items = _agreement_items(PARSER.parse(render_markdown(m)))
    assert len(items) == len(m.agreements)
    assert items[0] == [
        "**Twee dagen per maand dubbellopen met Fatima (team Analyse)**",
        "**Wie:** medewerker",
        "**Aanpak:** dubbellopen met een collega",
        "**Uiterlijk:** woensdag 31 maart 2027",
        "**Opvolging:** Korte terugblik in het maandelijkse overleg",
        "**Status:** open",
    ]
    assert items[2] == [
        "**a | b c**", "**Wie:** medewerker", "**Aanpak:** anders: x|y # kop",
        "**Uiterlijk:** —", "**Opvolging:** |", "**Status:** open",
    ]


def test_empty_meeting_says_so():
    m = meeting()
    m.topics = [Topic(title="Werk", planned_minutes=10)]
    m.agreements = []
    m.next_followup = None
    m.report.writer = ""
    text = render_markdown(m)
    for line in ("Geen notities.", "Er zijn geen afspraken gemaakt.", "Er is nog geen datum afgesproken.",
                 "- **Verslag gemaakt door:** nog niet afgesproken"):
        assert line in text


def test_not_an_evaluation_line_only_for_functioneringsgesprek():
    m = meeting()
    assert "geen beoordeling" in render_markdown(m)
    m.kind = Kind.CAREER
    text = render_markdown(m)
    assert "geen beoordeling" not in text
    assert text.startswith("# Loopbaangesprek met Sanne de Vries\n")


def test_typed_line_breaks_stay_line_breaks_and_lists_stay_lists():
    m = meeting()
    m.topics[0].notes = [Note("Eerste regel\nTweede regel\n\n- punt een\n- punt twee", Side.MANAGER,
                              "2026-11-25T10:15:00+01:00")]
    html = PARSER.render(render_markdown(m))
    assert "Eerste regel<br />\nTweede regel" in html
    assert "<li>punt een</li>\n<li>punt twee</li>" in html
