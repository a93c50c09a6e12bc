"""The agenda cache spares a start the Markdown parser, and is never trusted over the file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tui.domain import agenda_parser
from tui.domain.agenda import Agenda
from tui.domain.agenda_errors import AgendaError
from tui.services.agendas import load_agenda, read_agenda
from tui.store import agenda_cache, open_store

TEMPLATE = """# Kort gesprek
kind: functioneringsgesprek
lang: nl

## Opening (5 min)
- Hoe gaat het?

## Afspraken (10 min)
carry-over: ja
"""


@pytest.fixture
def template(tmp_path) -> Path:
    path = tmp_path / "agendas" / "kort.nl.md"
    path.parent.mkdir()
    path.write_text(TEMPLATE, encoding="utf-8")
    return path


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """Sources that went through the Markdown parser."""
    seen: list[str] = []
    real = agenda_parser.parse_agenda_bytes

    def counting(data, name, source, lang=None):
        seen.append(source)
        return real(data, name, source, lang)

    monkeypatch.setattr(agenda_parser, "parse_agenda_bytes", counting)
    return seen


def test_agenda_survives_its_dict_form(template):
    agenda = read_agenda(template)
    assert Agenda.from_dict(json.loads(json.dumps(agenda.to_dict()))) == agenda


def test_second_read_comes_from_the_cache(tmp_path, template, parses):
    first = read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    # A new store object, as in the next start of the app.
    second = read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    assert second == first
    assert parses == [str(template)]


def test_edited_template_is_parsed_again(tmp_path, template, parses):
    cache = open_store(tmp_path / "store").agenda_cache
    read_agenda(template, cache)
    # Same size and, on a coarse clock, the same mtime: only the text tells.
    template.write_text(TEMPLATE.replace("(5 min)", "(7 min)"), encoding="utf-8")
    agenda = read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    assert agenda.topics[0].minutes == 7
    assert len(parses) == 2


def test_broken_template_is_never_cached(tmp_path, template):
    store = open_store(tmp_path / "store")
    template.write_text("geen titel\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(AgendaError):
            read_agenda(template, store.agenda_cache)
    assert not (store.path / "agendas.json").exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{kapot",
        b'{"format": 1, "version": "0.0.0", "entries": {}}',
        b"[]",
        b'{"format": 1, "entries": 3}',
        b"[" * 100_000,
    ],
)
def test_damaged_cache_is_rebuilt(tmp_path, template, parses, damage):
    store = open_store(tmp_path / "store")
    (store.path / "agendas.json").write_bytes(damage)
    assert read_agenda(template, store.agenda_cache).title == "Kort gesprek"
    assert read_agenda(template, open_store(tmp_path / "store").agenda_cache).title == "Kort gesprek"
    assert len(parses) == 1


def test_cache_file_is_private(tmp_path, template):
    store = open_store(tmp_path / "store")
    read_agenda(template, store.agenda_cache)
    assert stat.S_IMODE((store.path / "agendas.json").stat().st_mode) == 0o600


@contextmanager
def read_only(folder: Path):
    """`folder` read-only: by its mode for an account, by a read-only bind mount for root (which
    writes through any mode); skipped where root cannot mount."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(0o700)
        return
    for options in (["--bind"], ["-o", "remount,bind,ro"]):
        if subprocess.run(["mount", *options, str(folder), str(folder)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
            pytest.skip("cannot make a read-only mount here")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_read_only_store_still_loads_templates(tmp_path, template):
    store = open_store(tmp_path / "store")
    with read_only(store.path):
        with pytest.raises(OSError):
            (store.path / "probe").write_text("")  # read-only indeed
        assert read_agenda(template, store.agenda_cache).title == "Kort gesprek"


def test_a_start_with_a_cached_template_does_not_import_the_parser(tmp_path):
    """What the cache is for: `gesprek new` on a used store never loads markdown-it."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tui.services.agendas import load_agenda\n"
        "from tui.store import open_store\n"
        f"store = open_store(Path({str(tmp_path / 'store')!r}))\n"
        "load_agenda('functioneringsgesprek', 'nl', store.agenda_cache)\n"
        "print('markdown_it' in sys.modules, 'tui.domain.agenda_parser' in sys.modules)\n"
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True) for _ in "12"]
    assert [run.stdout.strip() for run in runs] == ["True True", "False False"]


def test_load_agenda_uses_the_cache_for_bundled_templates(tmp_path, parses):
    store = open_store(tmp_path / "store")
    first = load_agenda("functioneringsgesprek", "en", store.agenda_cache)
    again = load_agenda("functioneringsgesprek", "en", open_store(tmp_path / "store").agenda_cache)
    assert again == first and again.lang == "en"
    assert len(parses) == 1


def test_a_changed_parser_does_not_use_old_entries(tmp_path, template, parses, monkeypatch):
    read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    # What a checkout sees after pulling a parser change: another size or time of its files.
    monkeypatch.setattr(agenda_cache, "parser_fingerprint", lambda: ["0.1.0", [1, 2]])
    read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    assert len(parses) == 2


def _kind_unknown(agenda: dict) -> None:
    agenda["kind"] = "geen-soort"


def _minutes_not_a_number(agenda: dict) -> None:
    agenda["topics"][0]["minutes"] = "x"


def _minutes_out_of_range(agenda: dict) -> None:
    agenda["topics"][0]["minutes"] = 0


def _topics_null(agenda: dict) -> None:
    agenda["topics"] = None


def _lang_unknown(agenda: dict) -> None:
    agenda["lang"] = "xx"


def _followup_not_a_term(agenda: dict) -> None:
    agenda["default_followup"] = "binnenkort"


@pytest.mark.parametrize(
    "damage",
    [_kind_unknown, _minutes_not_a_number, _minutes_out_of_range, _topics_null, _lang_unknown, _followup_not_a_term],
)
def test_damaged_entry_is_ignored(tmp_path, template, parses, damage):
    """Valid JSON, but not an agenda (tampered, or from a bug): parsed again, not used."""
    store = open_store(tmp_path / "store")
    parsed = read_agenda(template, store.agenda_cache)
    cache_file = store.path / "agendas.json"
    document = json.loads(cache_file.read_text())
    damage(document["entries"][str(template)]["agenda"])
    cache_file.write_text(json.dumps(document))
    agenda = read_agenda(template, open_store(tmp_path / "store").agenda_cache)
    assert agenda == parsed
    assert (agenda.kind.value, agenda.topics[0].minutes) == ("functioneringsgesprek", 5)
    assert len(parses) == 2


def test_template_without_language_in_its_name_is_cached_too(tmp_path, template, parses, monkeypatch):
    """NAME.md says its language inside: finding it must not parse it on every start."""
    plain = template.with_name("eigen.md")
    plain.write_text(TEMPLATE, encoding="utf-8")
    monkeypatch.setenv("GESPREK_AGENDAS", str(template.parent))
    for _ in range(3):
        agenda = load_agenda("eigen", "nl", open_store(tmp_path / "store").agenda_cache)
        assert agenda.title == "Kort gesprek" and agenda.lang == "nl"
    assert parses == [str(plain)]
