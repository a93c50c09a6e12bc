"""Finding templates: bundled, the user's folder, $GESPREK_AGENDAS; overrides and fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.domain.agenda_errors import AgendaError
from tui.domain.model import Kind
from tui.i18n import set_language
from tui.services import agendas as agenda_library
from tui.services.agendas import (
    BUNDLED,
    ENV_VAR,
    USER,
    UnknownAgendaError,
    check_files,
    default_agenda_name,
    list_agendas,
    load_agenda,
    split_filename,
)

BUNDLED_NAMES = {"functioneringsgesprek", "loopbaangesprek", "opvolgingsgesprek", "coachinggesprek"}


def write(folder: Path, filename: str, text: str) -> Path:
    path = folder / filename
    path.write_text(text, encoding="utf-8")
    return path


def test_default_name():
    assert default_agenda_name() == "functioneringsgesprek"


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("functioneringsgesprek.nl.md", ("functioneringsgesprek", "nl")),
        ("mine.en.md", ("mine", "en")),
        ("mine.md", ("mine", None)),
        ("v1.2.md", ("v1.2", None)),
        ("nl.md", ("nl", None)),
    ],
)
def test_split_filename(filename, expected):
    assert split_filename(Path(filename)) == expected


def test_bundled_listing(user_dir):
    infos = list_agendas()
    assert {(i.name, i.lang) for i in infos} == {(n, lang) for n in BUNDLED_NAMES for lang in ("nl", "en")}
    assert infos[0].name == "functioneringsgesprek"
    assert all(i.origin == BUNDLED and i.error is None for i in infos)
    dutch = {i.name: i for i in list_agendas("nl")}
    assert set(dutch) == BUNDLED_NAMES and all(i.lang == "nl" for i in dutch.values())
    assert dutch["functioneringsgesprek"].kind is Kind.FUNCTIONING


def test_bundled_dir_prefers_the_package_folder(tmp_path, monkeypatch):
    assert agenda_library.bundled_dir().name == "agendas"
    (tmp_path / "_bundled_agendas").mkdir()
    monkeypatch.setattr(agenda_library, "_PACKAGE", tmp_path)
    assert agenda_library.bundled_dir() == tmp_path / "_bundled_agendas"


def test_user_template_overrides_bundled_by_name(user_dir):
    write(user_dir, "functioneringsgesprek.nl.md", "# Ons eigen gesprek\n## Alles (30 min)\n")
    [info] = [i for i in list_agendas("nl") if i.name == "functioneringsgesprek"]
    assert (info.title, info.origin, info.total_minutes) == ("Ons eigen gesprek", USER, 30)
    assert load_agenda("functioneringsgesprek", "nl").title == "Ons eigen gesprek"
    # The English one is untouched.
    assert load_agenda("functioneringsgesprek", "en").title == "Performance and growth conversation"


def test_user_template_without_language_in_its_name(user_dir):
    write(user_dir, "eigen.md", "# Eigen\ntaal: en\n## A (5)\n")
    [info] = [i for i in list_agendas() if i.name == "eigen"]
    assert (info.lang, info.origin) == ("en", USER)


def test_gesprek_agendas_overrides_user_and_bundled(user_dir, tmp_path, monkeypatch):
    env_dir = tmp_path / "team"
    env_dir.mkdir()
    monkeypatch.setenv(ENV_VAR, str(env_dir))
    write(user_dir, "team.nl.md", "# Van mij\n## A (5)\n")
    write(env_dir, "team.nl.md", "# Van het team\n## A (5)\n")
    write(env_dir, "functioneringsgesprek.nl.md", "# Teamversie\n## A (45)\n")
    by_name = {i.name: i for i in list_agendas("nl")}
    assert (by_name["team"].title, by_name["team"].origin) == ("Van het team", ENV_VAR)
    assert by_name["functioneringsgesprek"].origin == ENV_VAR
    assert load_agenda("team", "nl").title == "Van het team"


def test_missing_gesprek_agendas_folder_is_ignored(user_dir, tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    assert {i.name for i in list_agendas("nl")} == BUNDLED_NAMES


def test_broken_user_template_is_listed_with_its_problem(user_dir):
    path = write(user_dir, "kapot.nl.md", "# Kapot\n## A (0 min)\n")
    write(user_dir, "binair.nl.md", "")
    (user_dir / "binair.nl.md").write_bytes(b"# \xff\n")
    infos = {i.name: i for i in list_agendas("nl")}
    assert infos["kapot"].error == f"{path}:2: 0 minuten kan niet: plan 1 tot 240 minuten per onderwerp."
    assert (infos["kapot"].lang, infos["kapot"].kind, infos["kapot"].title) == ("nl", None, "")
    assert "UTF-8" in infos["binair"].error
    with pytest.raises(AgendaError) as caught:
        load_agenda("kapot", "nl")
    assert [p.line for p in caught.value.problems] == [2]


def test_readme_and_hidden_files_are_not_templates(user_dir):
    write(user_dir, "README.md", "Just docs.")
    write(user_dir, ".draft.nl.md", "not yet")
    write(user_dir, "notes.txt", "not markdown")
    assert {i.name for i in list_agendas()} == BUNDLED_NAMES


def test_fallback_language(user_dir):
    write(user_dir, "alleen-nl.nl.md", "# Alleen Nederlands\n## A (5)\n")
    write(user_dir, "only-en.en.md", "# Only English\ntaal: en\n## A (5)\n")
    assert load_agenda("alleen-nl", "en").lang == "nl"
    assert load_agenda("only-en", "nl").lang == "en"
    listed = {i.name: i.lang for i in list_agendas("en")}
    assert (listed["alleen-nl"], listed["only-en"]) == ("nl", "en")


def test_load_by_name_with_language_and_by_path(user_dir):
    assert load_agenda("loopbaangesprek.en", "nl").lang == "en"
    path = write(user_dir.parent, "los.md", "# Los\n## A (5)\n")
    agenda = load_agenda(str(path), "nl")
    assert (agenda.name, agenda.title, agenda.source) == ("los", "Los", str(path))


def test_loaded_agenda_carries_the_name_meetings_use(user_dir):
    agenda = load_agenda(default_agenda_name(), "en")
    assert (agenda.name, agenda.lang, agenda.kind) == ("functioneringsgesprek", "en", Kind.FUNCTIONING)


def test_unknown_name_lists_the_available_ones(user_dir):
    with pytest.raises(UnknownAgendaError) as caught:
        load_agenda("beoordelingsgesprek", "nl")
    assert str(caught.value) == (
        "Onbekende agenda 'beoordelingsgesprek'. Beschikbaar: "
        "coachinggesprek, functioneringsgesprek, loopbaangesprek, opvolgingsgesprek."
    )
    assert isinstance(caught.value, AgendaError) and isinstance(caught.value, LookupError)
    set_language("en")
    assert str(caught.value).startswith("Unknown agenda 'beoordelingsgesprek'. Available: coachinggesprek")


def test_unknown_language_of_a_known_name(user_dir):
    with pytest.raises(UnknownAgendaError):
        load_agenda("eigen.en", "en")


def test_check_files(tmp_path):
    good = write(tmp_path, "goed.nl.md", "# Goed\n## A (5)\n## B (10)\n")
    bad = write(tmp_path, "fout.en.md", "# Fout\ntaal: nl\n## A\n")
    missing = tmp_path / "weg.md"
    lines, code = check_files([str(good)])
    assert (lines, code) == ([f"{good}: ok (2 onderwerpen, 15 min)"], 0)
    lines, code = check_files([good, bad, missing])
    assert code == 1
    assert lines[0] == f"{good}: ok (2 onderwerpen, 15 min)"
    assert lines[1] == f"{bad}:2: De bestandsnaam zegt taal 'en', maar hier staat 'nl'."
    assert lines[2].startswith(f"{bad}:3: Geen geplande minuten bij 'A'")
    assert lines[3].startswith(f"{missing}: Kan het bestand niet lezen: ")
    assert len(lines) == 4


def test_info_to_dict(user_dir):
    write(user_dir, "kapot.nl.md", "# Kapot\n## A\n")
    by_name = {i.name: i.to_dict() for i in list_agendas("nl")}
    assert by_name["opvolgingsgesprek"] == {
        "name": "opvolgingsgesprek",
        "lang": "nl",
        "title": "Opvolgingsgesprek",
        "kind": "opvolgingsgesprek",
        "total_minutes": 30,
        "origin": BUNDLED,
        "path": str(agenda_library.bundled_dir() / "opvolgingsgesprek.nl.md"),
        "problems": [],
    }
    assert by_name["kapot"]["kind"] is None
    assert by_name["kapot"]["problems"] == [
        {"line": 2, "message": "Geen geplande minuten bij 'A': schrijf bijvoorbeeld '## A (10 min)'."}
    ]
