import os
import stat

import pendulum
import pytest

from tui.export import ExportError, export, write_export

from .fixtures import meeting

NOW = pendulum.datetime(2026, 11, 25, 11, 5, tz="Europe/Amsterdam")


@pytest.fixture
def open_umask():
    previous = os.umask(0)
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_is_private_under_umask_000(tmp_path, open_umask):
    target = tmp_path / "verslag.md"
    write_export("Zoë 🎓\n", target)
    assert _mode(target) == 0o600
    assert target.read_text(encoding="utf-8") == "Zoë 🎓\n"
    assert os.listdir(tmp_path) == ["verslag.md"]


def test_existing_file_is_replaced_and_made_private(tmp_path, open_umask):
    target = tmp_path / "gesprek.json"
    target.write_text("oud")
    target.chmod(0o644)
    write_export("nieuw", target)
    assert target.read_text() == "nieuw" and _mode(target) == 0o600


def test_crlf_is_written_unchanged(tmp_path):
    target = tmp_path / "opvolging.ics"
    write_export("A\r\nB\r\n", target)
    assert target.read_bytes() == b"A\r\nB\r\n"


def test_failed_write_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "verslag.md"
    target.write_text("oud")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ExportError):
        write_export("nieuw", target)
    assert target.read_text() == "oud"
    assert os.listdir(tmp_path) == ["verslag.md"]


def test_missing_folder_gives_a_clear_message(tmp_path):
    target = tmp_path / "bestaat-niet" / "verslag.md"
    with pytest.raises(ExportError) as caught:
        write_export("x", target)
    assert str(caught.value) == f"Kon {target} niet schrijven: No such file or directory."
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_export_dispatches_on_format():
    m = meeting()
    assert export(m, "md", NOW).startswith("# Functioneringsgesprek")
    assert export(m, "json", NOW).startswith('{\n  "export"')
    assert export(m, "ics", NOW).startswith("BEGIN:VCALENDAR\r\n")


def test_export_rejects_unknown_format_and_missing_follow_up():
    m = meeting()
    with pytest.raises(ValueError, match="Onbekend exportformaat 'pdf'"):
        export(m, "pdf", NOW)
    m.next_followup = None
    with pytest.raises(ValueError, match="geen datum voor het opvolgingsgesprek"):
        export(m, "ics", NOW)


@pytest.mark.parametrize("fmt", ["md", "json", "ics"])
def test_a_lone_surrogate_is_written_as_its_escape(tmp_path, fmt):
    """A terminal that decoded bad bytes can leave one in a name; it has no UTF-8 form."""
    m = meeting()
    m.employee = "Ren\udcc3e"
    target = tmp_path / f"export.{fmt}"
    write_export(export(m, fmt, NOW), target)
    text = target.read_text(encoding="utf-8").replace("\r\n ", "")
    assert ("Ren\\\\udcc3e" if fmt == "ics" else "Ren\\udcc3e") in text  # ics escapes the backslash


def test_the_store_and_the_exports_share_one_private_write(monkeypatch, tmp_path):
    from tui.store import atomic

    written = []
    monkeypatch.setattr(atomic, "_write_all", lambda fd, data: written.append(data) or os.write(fd, data))
    write_export("x", tmp_path / "verslag.md")
    assert written == [b"x"]
