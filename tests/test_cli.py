"""The command line: list, export, check, agendas, new; and --help in both languages."""

from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.cli import main
from tui.domain.model import Status
from tui.i18n import tn
from tui.services.meetings import NewMeeting
from tui.store import open_store

from .ui.scenes import planned_meeting


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    path = tmp_path / "store"
    monkeypatch.setenv("GESPREK_STORE", str(path))
    monkeypatch.setenv("HOME", str(tmp_path))
    return path


@pytest.fixture
def stored(store_dir):
    store = open_store(store_dir)
    first = planned_meeting("aa0000000001")
    first.next_followup = "2027-05-25"
    second = planned_meeting("ab0000000002")
    second.employee = "Ahmed El Amrani"
    second.status = Status.FINISHED
    store.save(first)
    store.save(second)
    return store


def test_list_empty_store(store_dir, capsys):
    assert main(["list"]) == 0
    assert "Nog geen gesprekken" in capsys.readouterr().out


def test_list_json(stored, capsys):
    assert main(["list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == {"aa0000000001", "ab0000000002"}
    assert {r["status"] for r in rows} == {"planned", "finished"}


def test_export_md_to_a_private_file(stored, tmp_path, capsys):
    target = tmp_path / "verslag.md"
    assert main(["export", "aa", "--format", "md", "-o", str(target)]) == 0
    assert "Sanne de Vries" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_json_and_ics_to_stdout(stored, capsys):
    assert main(["export", "aa0000000001", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == "aa0000000001" and record["employee"] == "Sanne de Vries"
    assert main(["export", "aa0000000001", "--format", "ics"]) == 0
    assert "DTSTART;VALUE=DATE:20270525" in capsys.readouterr().out


def test_export_errors(stored, capsys):
    assert main(["export", "a", "--format", "md"]) == 1
    assert "meerdere gesprekken" in capsys.readouterr().err
    assert main(["export", "zz", "--format", "md"]) == 1
    assert "geen gesprek" in capsys.readouterr().err
    assert main(["export", "ab", "--format", "ics"]) == 1  # no follow-up date
    assert capsys.readouterr().err


def test_check_reports_open_permissions(stored, store_dir, capsys):
    assert main(["check"]) == 0
    os.chmod(store_dir, 0o755)
    assert main(["check"]) == 1
    assert "chmod" in capsys.readouterr().out


def test_agendas_listing_and_check(store_dir, tmp_path, capsys):
    assert main(["agendas", "--json"]) == 0
    names = {a["name"] for a in json.loads(capsys.readouterr().out)}
    assert {"functioneringsgesprek", "loopbaangesprek", "opvolgingsgesprek", "coachinggesprek"} <= names
    broken = tmp_path / "kapot.md"
    broken.write_text("# Kapot\n\n## Zonder minuten\n", encoding="utf-8")
    assert main(["agendas", "check", str(broken)]) == 1
    assert f"{broken}:3:" in capsys.readouterr().out
    assert main(["agendas", "show", "opvolgingsgesprek"]) == 0
    assert capsys.readouterr().out.startswith("# ")


def test_new_with_unknown_agenda_is_a_clear_error(store_dir, capsys):
    assert main(["new", "--employee", "A", "--manager", "B", "--agenda", "bestaatniet"]) == 1
    assert "bestaatniet" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        ("nl", ["gebruik: gesprek", "een nieuw gesprek", "opties:", "deze hulp tonen en stoppen", "algemene opties ("]),
        ("en", ["usage: gesprek", "start a new conversation", "options:", "show this help message and exit", "global options ("]),
    ],
)
def test_help_speaks_the_language(lang, phrases, tmp_path):
    # gettext's own choice (LANGUAGE, then LC_ALL, ...) is the other language: gesprek's wins.
    env = {**os.environ, "HOME": str(tmp_path), "GESPREK_LANG": lang, "LANGUAGE": "en" if lang == "nl" else "nl"}
    out = subprocess.run([sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, env=env, check=True)
    assert all(phrase in out.stdout for phrase in phrases), out.stdout
    sub = subprocess.run([sys.executable, "-m", "tui", "export", "--help"], capture_output=True, text=True, env=env, check=True)
    assert "--format" in sub.stdout and phrases[0].replace("gesprek", "gesprek export") in sub.stdout


def test_lang_on_the_command_line_wins_over_the_environment(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "GESPREK_LANG": "nl", "LANGUAGE": "nl"}
    run = subprocess.run([sys.executable, "-m", "tui", "list", "--bogus", "--lang", "en"], capture_output=True, text=True, env=env)
    assert run.returncode == 2
    assert "usage: gesprek " in run.stderr and "error: unrecognized arguments: --bogus" in run.stderr


@pytest.mark.parametrize(
    ("argv", "dutch", "english"),
    [
        (["agendas", "show"], "deze argumenten ontbreken: NAME", "the following arguments are required: NAME"),
        (["bogus"], "ongeldige keuze: 'bogus' (kies uit", "invalid choice: 'bogus' (choose from"),
        (["list", "--foo"], "onbekende argumenten: --foo", "unrecognized arguments: --foo"),
        (["new", "--employee"], "argument --employee: verwacht één waarde", "argument --employee: expected one argument"),
        (["list", "--json=ja"], "onverwachte waarde 'ja'", "ignored explicit argument 'ja'"),
    ],
)
def test_argument_errors_speak_the_language(store_dir, capsys, monkeypatch, argv, dutch, english):
    for lang, expected in (("nl", dutch), ("en", english)):
        monkeypatch.setenv("GESPREK_LANG", lang)
        with pytest.raises(SystemExit) as stop:
            main(argv)
        assert stop.value.code == 2
        err = capsys.readouterr().err
        assert expected in err and ("gebruik:" if lang == "nl" else "usage:") in err
        assert (": fout: " if lang == "nl" else ": error: ") in err


# -- global options anywhere ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--store", "STORE", "list", "--json"],
        ["list", "--store", "STORE", "--json"],
        ["list", "--json", "--store=STORE"],
        ["--store", "ELSEWHERE", "list", "--store", "STORE", "--json"],
        ["--lang", "en", "list", "--json", "--store", "STORE"],
    ],
)
def test_store_option_before_or_after_the_command(stored, tmp_path, monkeypatch, capsys, argv):
    monkeypatch.delenv("GESPREK_STORE")
    argv = [arg.replace("ELSEWHERE", str(tmp_path / "elders")).replace("STORE", str(stored.path)) for arg in argv]
    assert main(argv) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


@pytest.mark.parametrize("where", ["before", "after"])
def test_lang_option_after_a_nested_command(store_dir, capsys, where):
    argv = ["agendas", "show", "bestaatniet"]
    argv = ["--lang", "en", *argv] if where == "before" else [*argv, "--lang", "en"]
    assert main(argv) == 1
    assert "Unknown agenda 'bestaatniet'" in capsys.readouterr().err
    assert main(["agendas", "show", "bestaatniet"]) == 1
    assert "Onbekende agenda 'bestaatniet'" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        [], ["new"], ["list"], ["export"], ["delete"], ["retention"], ["purge"], ["check"], ["followups"], ["agendas"],
        ["agendas", "show"], ["agendas", "check"],
    ],
)
def test_every_help_lists_the_global_options(command, capsys):
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--store DIR" in out and "--lang {nl,en}" in out and "algemene opties (" in out


def test_list_json_keeps_terminal_controls_inert(store_dir, capsys):
    meeting = planned_meeting("ac0000000003")
    meeting.employee = "Eva\u202e\u009b2J"
    open_store(store_dir).save(meeting)
    assert main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\u009b" not in out
    assert json.loads(out)[0]["employee"] == "Eva\u202e\u009b2J"


def test_new_refuses_blank_names(store_dir, capsys):
    assert main(["new", "--employee", "  ", "--manager", "B"]) == 1
    assert capsys.readouterr().err


def test_a_broken_user_template_is_refused_with_its_line(store_dir, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "eigen"
    folder.mkdir()
    (folder / "kapot.nl.md").write_text("# Kapot\n\n## Zonder minuten\n", encoding="utf-8")
    monkeypatch.setenv("GESPREK_AGENDAS", str(folder))
    assert main(["new", "--employee", "A", "--manager", "B", "--agenda", "kapot"]) == 1
    assert "kapot.nl.md:3:" in capsys.readouterr().err


@pytest.fixture
def damaged(stored, store_dir):
    path = store_dir / "meetings" / "ac0000000003.json"
    path.write_bytes(b"[" * 100_000)
    path.chmod(0o600)
    return path


@pytest.mark.parametrize("argv", [["list"], ["list", "--json"], ["followups"], ["followups", "--json"]])
def test_list_and_followups_say_what_they_leave_out(damaged, capsys, argv):
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert err == tn("cli.left_out", 1) + "\n"
    assert "gesprek check" in err
    if "--json" in argv:
        json.loads(out)


def test_check_reports_the_damaged_file(damaged, capsys):
    assert main(["check"]) == 1
    assert str(damaged) in capsys.readouterr().out


@pytest.mark.parametrize("prefix", ["ac0000000003", "ac"])
def test_export_of_a_damaged_file_says_it_is_damaged(damaged, capsys, prefix):
    assert main(["export", prefix]) == 1
    err = capsys.readouterr().err
    assert str(damaged) in err and "beschadigd" in err
    assert "geen gesprek" not in err


def test_export_of_other_meetings_still_works(damaged, capsys):
    assert main(["export", "aa0000000001", "--format", "md"]) == 0
    assert "Sanne de Vries" in capsys.readouterr().out


# -- everything printed is inert ---------------------------------------------------------

HOSTILE = "\x1b]0;PWNED\x07\x1b]52;c;SGFja2Vk\x07\x9b2J\u202e"
ACTIVE = ("\x1b", "\x07", "\x9b", "\u202e")


def assert_inert(captured) -> None:
    for stream in (captured.out, captured.err):
        assert not [char for char in ACTIVE if char in stream], repr(stream)


@pytest.fixture
def hostile_agendas(tmp_path, monkeypatch):
    folder = tmp_path / "vijandig"
    folder.mkdir()
    template = folder / "vijandig.nl.md"
    template.write_text(f"# Vijandig {HOSTILE}\n\n## Opening {HOSTILE} (5 min)\n\n- vraag {HOSTILE}\n", encoding="utf-8")
    (folder / f"kapot{HOSTILE[:9]}.nl.md").write_text(f"# Kapot\n\n## Zonder {HOSTILE} minuten\n", encoding="utf-8")
    monkeypatch.setenv("GESPREK_AGENDAS", str(folder))
    return folder


@pytest.mark.parametrize(
    "argv",
    [
        ["agendas"],
        ["agendas", "--json"],
        ["agendas", "show", "vijandig"],
        ["agendas", "show", f"weg{HOSTILE}"],
        ["agendas", "check", "FOLDER/vijandig.nl.md", f"FOLDER/kapot{HOSTILE[:9]}.nl.md", f"FOLDER/weg{HOSTILE}.md"],
        ["agendas", "show", "vijandig", f"--onzin{HOSTILE}"],
    ],
)
def test_agendas_print_hostile_templates_inert(store_dir, hostile_agendas, capsys, argv):
    argv = [arg.replace("FOLDER", str(hostile_agendas)) for arg in argv]
    try:
        main(argv)
    except SystemExit:
        pass
    captured = capsys.readouterr()
    assert captured.out or captured.err
    assert_inert(captured)


def test_agendas_show_prints_the_template_visibly(store_dir, hostile_agendas, capsys):
    assert main(["agendas", "show", "vijandig"]) == 0
    assert "## Opening \\x1b]0;PWNED\\x07" in capsys.readouterr().out


@pytest.fixture
def hostile_meeting(store_dir):
    meeting = planned_meeting("ad0000000004")
    meeting.employee = f"Eva {HOSTILE}"
    meeting.manager = f"Bob {HOSTILE}"
    meeting.next_followup = "2027-05-25"
    meeting.topics[0].title = f"Opening {HOSTILE}"
    open_store(store_dir).save(meeting)
    return meeting


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["list", "--json"],
        ["followups"],
        ["followups", "--json"],
        ["export", "ad", "--format", "md"],
        ["export", "ad", "--format", "json"],
        ["export", "ad", "--format", "ics"],
        ["export", f"ad{HOSTILE}"],
        ["export", "ad", "-o", f"/nergens/{HOSTILE}/verslag.md"],
        ["check"],
    ],
)
def test_store_commands_print_hostile_meetings_inert(hostile_meeting, capsys, argv):
    main(argv)
    captured = capsys.readouterr()
    assert captured.out or captured.err
    assert_inert(captured)
    if "--json" in argv or "json" in argv:
        json.loads(captured.out)  # still valid JSON


# -- export -o ---------------------------------------------------------------------------------


def test_export_refuses_to_overwrite_without_force(stored, tmp_path, capsys):
    target = tmp_path / "verslag.md"
    target.write_text("van iemand anders\n", encoding="utf-8")
    target.chmod(0o644)
    assert main(["export", "aa", "-o", str(target)]) == 1
    assert "--force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "van iemand anders\n"
    assert main(["export", "aa", "-o", str(target), "--force"]) == 0
    assert "Sanne de Vries" in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_to_a_folder_says_it_is_a_folder(stored, tmp_path, capsys):
    assert main(["export", "aa", "-o", str(tmp_path), "--force"]) == 1
    assert f"{tmp_path} is een map" in capsys.readouterr().err


def test_export_dash_is_stdout(stored, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["export", "aa", "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "aa0000000001"
    assert not (tmp_path / "-").exists()


# -- whose store -------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["list", "--json"], ["followups"], ["export", "aa", "--format", "json"]])
def test_every_command_warns_about_a_store_others_can_read(stored, store_dir, capsys, argv):
    os.chmod(store_dir / "meetings", 0o755)
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert f"chmod -R go-rwx {store_dir}" in captured.err and "chmod" not in captured.out


def test_check_reports_open_permissions_once(stored, store_dir, capsys):
    os.chmod(store_dir, 0o755)
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("chmod") == 1 and not captured.err


def test_a_store_others_can_write_in_is_refused(stored, store_dir, capsys):
    os.chmod(store_dir, 0o777)
    assert main(["list"]) == 1
    captured = capsys.readouterr()
    assert "Anderen kunnen schrijven in de opslagmap" in captured.err and not captured.out


# -- names and `ps` ----------------------------------------------------------------------------


def test_new_without_both_names_opens_the_form_with_what_was_given(store_dir, monkeypatch):
    import tui.cli

    opened = {}
    monkeypatch.setattr(
        tui.cli, "build_app", lambda store, meeting=None, form=None, *_, **__: opened.update(meeting=meeting, form=form)
    )
    monkeypatch.setattr(tui.cli, "_run_app", lambda app: 0)
    monkeypatch.setattr(tui.cli, "_hide_names", lambda command: None)  # not this test process's title
    assert main(["new", "--employee", "Anna", "--agenda", "opvolgingsgesprek"]) == 0
    assert opened == {"meeting": None, "form": NewMeeting("Anna", "", "opvolgingsgesprek", "", None)}
    assert main(["new"]) == 0
    assert opened == {"meeting": None, "form": NewMeeting("", "")}
    assert open_store(store_dir).list() == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/cmdline")
def test_names_on_the_command_line_leave_the_process_title(tmp_path):
    profile = tmp_path / "profiel.md"
    os.mkfifo(profile)  # reading it waits for us: the process is caught while it runs
    env = {**os.environ, "HOME": str(tmp_path), "GESPREK_STORE": str(tmp_path / "store"), "GESPREK_LANG": "nl"}
    argv = ["new", "--employee", "Anna Secret", "--manager", "Bob Geheim", "--profile", str(profile)]
    process = subprocess.Popen([sys.executable, "-m", "tui", *argv], env=env, stderr=subprocess.PIPE, text=True)
    try:
        writer = _open_when_read(profile, process)
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
        os.write(writer, b"\xff\xfe not UTF-8")
        os.close(writer)
        assert process.wait(timeout=30) == 1
    finally:
        process.kill()
        process.wait()
    assert b"Secret" not in cmdline and b"Geheim" not in cmdline
    assert cmdline.replace(b"\0", b" ").strip() == b"gesprek new"
    assert "profiel.md" in process.stderr.read()


def _open_when_read(fifo, process, timeout: float = 30.0) -> int:
    """The writing end of `fifo`, once `process` opened it to read."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as error:  # ENXIO: nobody reads it yet
            assert error.errno == errno.ENXIO
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.02)
