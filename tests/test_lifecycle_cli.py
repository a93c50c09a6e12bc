"""Personal data over its whole life, from the command line: delete one conversation or everything
about one person, a retention period and purge, and an employee's access request (export --employee).

After every delete and purge the whole store is searched for a word of what went: no file may hold it.
"""

from __future__ import annotations

import io
import json
import stat
import sys

import pendulum
import pytest

from tests.leftovers import files_holding
from tui.cli import main
from tui.domain.dates import as_date, long_date
from tui.domain.model import (
    Agreement,
    AgreementStatus,
    Approach,
    Meeting,
    Note,
    Owner,
    PreparedPoint,
    Report,
    Side,
    Signoff,
    Status,
    Topic,
)
from tui.store import open_store, rescue

TODAY = pendulum.today().date()

# One unique word per kind of field of Sanne's conversations; one in someone else's.
NOTE, PREPARED, WHAT, APPROACH, FOLLOW_UP = "Kwakzalf", "Pindakaas", "Zonnewijzer", "Koekoeksklok", "Tuinkabouter"
WRITER, KEPT_AT, LATER_NOTE, TITLE = "Bolhoed", "Archiefkast", "Mosselbank", "Schaatsbaan"
OTHER = "Walvisspek"
UNFINISHED = "Zandloper"


def _ago(**kwargs) -> str:
    return TODAY.subtract(**kwargs).isoformat()


def sanne_first() -> Meeting:
    agreement = Agreement(
        f"Cursus {WHAT}", Owner.EMPLOYEE, Approach.TRAINING, approach_note=f"bij {APPROACH}", due=_ago(years=4),
        follow_up=f"overleg {FOLLOW_UP}", id="agr000000001",
    )
    topic = Topic(
        f"Werk en {TITLE}", 10,
        notes=[Note(f"Het gaat goed, {NOTE}.", Side.EMPLOYEE, "2022-11-25T10:00:00+01:00")],
        prepared=[PreparedPoint(f"Punt {PREPARED}", Side.EMPLOYEE)],
    )
    return Meeting(
        employee="Sanne de Vries", manager="Pieter Janssens", date=_ago(years=5), id="sa0000000001",
        status=Status.FINISHED, topics=[topic], agreements=[agreement], next_followup=_ago(years=4),
        report=Report(f"Pieter {WRITER}", f"de {KEPT_AT}", Signoff.AGREED, Signoff.SEEN),
    )


def sanne_later() -> Meeting:
    carried = sanne_first().agreements[0]
    carried.origin = "sa0000000001"
    carried.set_status(AgreementStatus.DONE, _ago(months=11))
    topic = Topic("Terugblik", 10, notes=[Note(f"Later: {LATER_NOTE}.", Side.MANAGER, "2025-11-25T10:00:00+01:00")])
    return Meeting(
        employee="sanne  de VRIES", manager="Pieter Janssens", date=_ago(years=1), id="sb0000000002",
        status=Status.FINISHED, topics=[topic], agreements=[carried],
    )


def ahmed() -> Meeting:
    topic = Topic("Werk", 10, notes=[Note(f"Iets over {OTHER}.", Side.EMPLOYEE, "2022-11-25T10:00:00+01:00")])
    return Meeting(employee="Ahmed El Amrani", manager="Pieter Janssens", date=_ago(years=4), id="ah0000000003",
                   status=Status.FINISHED, topics=[topic])


def lotte_unfinished() -> Meeting:
    topic = Topic("Werk", 10, notes=[Note(f"Nog bezig: {UNFINISHED}.", Side.EMPLOYEE, "2020-11-25T10:00:00+01:00")])
    return Meeting(employee="Lotte Bakker", manager="Pieter Janssens", date=_ago(years=6), id="lo0000000004",
                   status=Status.PAUSED, topics=[topic])


@pytest.fixture(autouse=True)
def _keep_the_process_title(monkeypatch):
    import tui.cli

    monkeypatch.setattr(tui.cli, "_hide_names", lambda command: None)  # not this test process's title


@pytest.fixture
def store(tmp_path, monkeypatch):
    path = tmp_path / "store"
    monkeypatch.setenv("GESPREK_STORE", str(path))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setattr(rescue, "places", lambda: [tmp_path / "rescued"])
    store = open_store(path)
    for meeting in (sanne_first(), sanne_later(), ahmed(), lotte_unfinished()):
        store.save(meeting)
        store.save(meeting)  # a .bak too
    return store


def answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def leftovers(store, word: str):
    return files_holding(word, store.path, store.path.parent / "rescued")


# -- delete ID ---------------------------------------------------------------------------------


def test_delete_names_what_goes_asks_and_leaves_nothing(store, monkeypatch, capsys):
    store.write_conflict_copy(sanne_first().to_dict())
    store.rescue(sanne_first().to_dict())
    answer(monkeypatch, "j\n")
    assert main(["delete", "sa"]) == 0
    out = capsys.readouterr().out
    assert "Sanne de Vries" in out and _ago(years=5) in out
    assert "1 notitie" in out and "1 voorbereid punt" in out and "1 afspraak" in out and "1 versie apart" in out
    assert "Latere gesprekken houden" in out  # the agreement carried into her later conversation stays there
    assert "Verwijderd" in out
    for word in (NOTE, PREPARED, WRITER, KEPT_AT, TITLE):
        assert leftovers(store, word) == [], word
    # Her later conversation keeps the copy that was carried into it (and nothing else went).
    kept = {path.name for path in leftovers(store, WHAT) if path.parent.name != "search"}
    assert kept == {"sb0000000002.json", "sb0000000002.json.bak"}
    assert {s.id for s in store.list()} == {"sb0000000002", "ah0000000003", "lo0000000004"}


@pytest.mark.parametrize("reply", ["", "n\n", "nee\n", "x\n"])
def test_anything_but_yes_deletes_nothing(store, monkeypatch, capsys, reply):
    answer(monkeypatch, reply)
    assert main(["delete", "sa0000000001"]) == 1
    assert "Niets verwijderd" in capsys.readouterr().out
    assert store.load("sa0000000001").employee == "Sanne de Vries"


def test_yes_on_the_command_line_does_not_ask(store, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", None)  # reading would fail
    assert main(["delete", "ah", "--yes"]) == 0
    assert leftovers(store, OTHER) == []
    assert len(store.list()) == 3


def test_delete_in_english(store, monkeypatch, capsys):
    answer(monkeypatch, "y\n")
    assert main(["delete", "ah", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Ahmed El Amrani" in out and "1 note" in out and "Deleted" in out


def test_a_meeting_open_in_a_running_app_is_not_deleted(store, capsys):
    held = store.hold_open("sa0000000001")
    try:
        assert main(["delete", "sa", "--yes"]) == 1
        assert "open" in capsys.readouterr().err
        assert main(["delete", "--employee", "Sanne de Vries", "--yes"]) == 1
        assert "open" in capsys.readouterr().err
    finally:
        held.release()
    assert len(store.list()) == 4  # her other conversation was not deleted either
    assert leftovers(store, NOTE) and leftovers(store, LATER_NOTE)


@pytest.mark.parametrize("argv", [["delete", "sa"], ["delete", "--employee", "sanne de vries"], ["purge"]])
def test_a_meeting_open_in_a_running_app_is_refused_before_asking(store, monkeypatch, capsys, argv):
    main(["retention", "2y"])  # her first conversation is past it
    monkeypatch.setattr(sys, "stdin", None)  # asking would read it: it must not come to that
    held = open_store(store.path).hold_open("sa0000000001")  # another window
    try:
        assert main(argv) == 1
    finally:
        held.release()
    out, err = capsys.readouterr()
    assert "open in gesprek" in err and "sa0000000001" in err
    assert "Verwijderen?" not in out and "Dit gaat volledig weg" not in out
    assert len(store.list()) == 4


@pytest.mark.parametrize("argv", [["delete"], ["delete", "sa", "--employee", "Sanne"]])
def test_delete_needs_an_id_or_an_employee(store, capsys, argv):
    assert main(argv) == 1
    assert "--employee" in capsys.readouterr().err
    assert len(store.list()) == 4


# -- delete --employee -------------------------------------------------------------------------


def test_delete_everything_about_one_person(store, monkeypatch, capsys):
    store.write_conflict_copy(sanne_later().to_dict())
    answer(monkeypatch, "ja\n")
    assert main(["delete", "--employee", "SANNE de vries"]) == 0
    out = capsys.readouterr().out
    assert "sa0000000001" in out and "sb0000000002" in out and "Latere gesprekken" not in out
    for word in (NOTE, PREPARED, WHAT, APPROACH, FOLLOW_UP, WRITER, KEPT_AT, LATER_NOTE, TITLE, "Sanne", "VRIES"):
        assert leftovers(store, word) == [], word
    assert {s.id for s in store.list()} == {"ah0000000003", "lo0000000004"}
    assert leftovers(store, OTHER)


def test_an_unknown_employee_deletes_nothing(store, capsys):
    assert main(["delete", "--employee", "Niemand", "--yes"]) == 1
    assert "Niemand" in capsys.readouterr().err
    assert len(store.list()) == 4


# -- retention and purge -----------------------------------------------------------------------


def test_retention_is_shown_set_and_cleared(store, capsys):
    assert main(["retention"]) == 0
    assert "Geen bewaartermijn" in capsys.readouterr().out
    assert main(["retention", "2y"]) == 0
    assert "2 jaar" in capsys.readouterr().out
    assert main(["retention"]) == 0
    out = capsys.readouterr().out
    assert "2 jaar" in out and "2 afgeronde gesprekken" in out and "gesprek purge" in out
    assert main(["retention", "zeven"]) == 1
    assert "2y" in capsys.readouterr().err
    assert open_store(store.path).settings().retention is not None
    assert main(["retention", "none"]) == 0
    assert open_store(store.path).settings().retention is None


def test_purge_without_a_period_says_how_to_set_one(store, capsys):
    assert main(["purge", "--dry-run"]) == 1
    assert "gesprek retention" in capsys.readouterr().err


def test_purge_dry_run_lists_only_finished_conversations_past_the_period(store, capsys):
    main(["retention", "2y"])
    capsys.readouterr()
    assert main(["purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sa0000000001" in out and "ah0000000003" in out
    assert "sb0000000002" not in out  # not past it (it keeps the agreement carried into it: said by date)
    assert "Latere gesprekken houden" in out and _ago(years=1) in out
    assert "lo0000000004" not in out  # unfinished: never
    assert len(store.list()) == 4


def test_purge_deletes_after_confirmation(store, monkeypatch, capsys):
    main(["retention", "2y"])
    answer(monkeypatch, "j\n")
    assert main(["purge"]) == 0
    for word in (NOTE, PREPARED, OTHER, WRITER):
        assert leftovers(store, word) == [], word
    assert {s.id for s in store.list()} == {"sb0000000002", "lo0000000004"}
    assert leftovers(store, UNFINISHED) and leftovers(store, LATER_NOTE)
    capsys.readouterr()
    assert main(["purge", "--yes"]) == 0
    assert "Niets" in capsys.readouterr().out


# -- the access request ------------------------------------------------------------------------

EVERY_FIELD = (NOTE, PREPARED, WHAT, APPROACH, FOLLOW_UP, WRITER, KEPT_AT, LATER_NOTE, TITLE)


def test_access_export_md_holds_everything_about_her(store, tmp_path, capsys):
    target = tmp_path / "inzage.md"
    assert main(["export", "--employee", "  sanne   DE vries ", "--format", "md", "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    # Headed with her name as the records spell it (her latest conversation's), not as it was typed.
    assert text.splitlines()[0] == "# Inzage: alles over sanne  de VRIES" and "DE vries" not in text
    for word in EVERY_FIELD:
        assert word in text, word
    assert OTHER not in text and UNFINISHED not in text
    # In date order, with the agreement's status in each conversation it was in.
    assert text.index(NOTE) < text.index(LATER_NOTE)
    history = text[text.index("## Afspraken over alle gesprekken") :]
    status_at = long_date(as_date(_ago(months=11)), "nl")
    assert f"({sanne_first().id}): open" in history and f"({sanne_later().id}): gedaan sinds {status_at}" in history
    assert pendulum.parse(_ago(years=4)).format("D MMMM YYYY", locale="nl") in text  # the follow-up date
    assert "akkoord" in text and "voor gezien" in text


def test_access_export_json_is_one_documented_document(store, tmp_path, capsys):
    target = tmp_path / "inzage.json"
    assert main(["export", "--employee", "Sanne de Vries", "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["export"] == {"format": "gesprek-person", "version": 1}
    assert data["employee"] == "Sanne de Vries"
    assert [m["id"] for m in data["meetings"]] == ["sa0000000001", "sb0000000002"]
    [agreement] = data["agreements"]
    assert agreement["id"] == "agr000000001" and agreement["agreed_in"] == "sa0000000001"
    assert [(h["meeting"], h["status"]) for h in agreement["history"]] == [("sa0000000001", "open"), ("sb0000000002", "done")]
    text = target.read_text(encoding="utf-8")
    for word in EVERY_FIELD:
        assert word in text, word
    assert OTHER not in text and UNFINISHED not in text


def test_access_export_keeps_what_export_o_keeps(store, tmp_path, capsys):
    target = tmp_path / "inzage.md"
    target.write_text("van iemand anders\n")
    assert main(["export", "--employee", "Sanne de Vries", "-o", str(target)]) == 1
    assert "--force" in capsys.readouterr().err and target.read_text() == "van iemand anders\n"
    assert main(["export", "--employee", "Sanne de Vries", "-o", str(target), "--force"]) == 0
    assert NOTE in target.read_text(encoding="utf-8")
    assert main(["export", "--employee", "Sanne de Vries", "--format", "json", "-o", "-"]) == 0
    assert len(json.loads(capsys.readouterr().out)["meetings"]) == 2


def test_access_export_refuses_what_it_cannot_do(store, tmp_path, capsys):
    target = tmp_path / "x.md"
    assert main(["export", "--employee", "Niemand", "-o", str(target)]) == 1
    assert "Niemand" in capsys.readouterr().err and not target.exists()
    assert main(["export", "--employee", "Sanne de Vries", "--format", "ics"]) == 1
    assert capsys.readouterr().err
    assert main(["export", "sa", "--employee", "Sanne de Vries"]) == 1
    assert "--employee" in capsys.readouterr().err


def test_access_export_to_the_terminal_is_inert(store, capsys):
    meeting = sanne_first()
    meeting.id = "sc0000000005"
    meeting.topics[0].notes[0].text = "\x1b]0;PWNED\x07 \u202e"
    store.save(meeting)
    assert main(["export", "--employee", "Sanne de Vries"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\\x1b" in out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/cmdline")
def test_the_name_leaves_the_process_title_while_it_asks(store, tmp_path):
    import os
    import subprocess

    env = {**os.environ, "HOME": str(tmp_path), "GESPREK_STORE": str(store.path), "GESPREK_LANG": "nl"}
    argv = [sys.executable, "-m", "tui", "delete", "--employee", "Sanne de Vries"]
    process = subprocess.Popen(argv, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        shown = b""
        while b"[j/N]" not in shown:  # it asks: the process is caught while it waits
            chunk = os.read(process.stdout.fileno(), 4096)
            assert chunk, shown
            shown += chunk
        cmdline = open(f"/proc/{process.pid}/cmdline", "rb").read()
        process.communicate(b"n\n", timeout=30)
    finally:
        process.kill()
        process.wait()
    assert b"Sanne" not in cmdline and cmdline.replace(b"\0", b" ").strip() == b"gesprek delete"
    assert len(store.list()) == 4


def test_a_damaged_file_can_be_deleted_and_is_said_to_be_unreadable(store, capsys):
    path = store.path / "meetings" / "ah0000000003.json"
    path.write_bytes(path.read_bytes()[:40])
    assert main(["delete", "ah", "--yes"]) == 0
    assert "beschadigd bestand" in capsys.readouterr().out
    assert leftovers(store, OTHER) == [] and store.damaged() == []


def test_settings_that_do_not_load_are_said_not_overwritten(store, capsys):
    settings = store.path / "settings.json"
    settings.write_bytes(b'{"format": "gesprek-settings", "version": 1, "retention": "zeven"}')
    settings.chmod(0o600)
    for argv in (["retention"], ["retention", "2y"], ["purge", "--dry-run"], ["check"]):
        assert main(argv) == 1, argv
        captured = capsys.readouterr()
        assert str(settings) in captured.out + captured.err, argv
    assert b"zeven" in settings.read_bytes()
