"""gesprek encrypt / decrypt, and the passphrase: on the terminal (asked once per start, twice
when it is set), or from GESPREK_PASSPHRASE_FILE; never from argv or a variable of its own."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tui.cli import main
from tui.store import keys, open_store
from tui.store.sealing import MAGIC

from .cheap_kdf import GESPREK
from .store.conftest import PASSPHRASE, make_meeting
from .ui.terminal import Terminal

WORD = "Kwartelkoning"


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    path = tmp_path / "store"
    monkeypatch.setenv("GESPREK_STORE", str(path))
    monkeypatch.setenv("HOME", str(tmp_path))
    store = open_store(path)
    meeting = make_meeting(f"Medewerker {WORD}")
    store.save(meeting)
    store.close()
    return path


@pytest.fixture
def secret(tmp_path, monkeypatch):
    path = tmp_path / "geheim"
    path.write_text(PASSPHRASE + "\n")
    path.chmod(0o600)
    monkeypatch.setenv("GESPREK_PASSPHRASE_FILE", str(path))
    return path


def _meeting_bytes(store_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted((store_dir / "meetings").iterdir()))


@pytest.mark.real_kdf
def test_encrypt_and_decrypt_with_a_passphrase_file(store_dir, secret, capsys):
    assert main(["encrypt"]) == 0
    assert "versleuteld" in capsys.readouterr().out
    kdf = json.loads((store_dir / "encryption.json").read_text())["kdf"]
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", keys.COST.n, keys.COST.r, keys.COST.p)
    assert keys.COST == keys.Cost(n=2**16, r=8, p=1)  # the tuned cost (keys.py), not a test's cheap one
    assert WORD.encode() not in _meeting_bytes(store_dir)
    assert main(["list"]) == 0
    assert WORD in capsys.readouterr().out
    assert main(["decrypt"]) == 0
    assert "niet meer versleuteld" in capsys.readouterr().out
    assert WORD.encode() in _meeting_bytes(store_dir)
    assert main(["decrypt"]) == 1
    assert "niet versleuteld" in capsys.readouterr().err


def test_after_encrypt_no_file_in_the_store_holds_a_name(store_dir, secret, capsys):
    store = open_store(store_dir)
    store.list()
    store.sync_index()  # index.json and recent.json, what the start screen shows first
    store.search.view()
    store.close()
    assert (store_dir / "recent.json").exists()
    assert _holding(WORD.encode(), store_dir)  # the test sees the name while the store is plain
    assert main(["encrypt"]) == 0
    assert _holding(WORD.encode(), store_dir) == []
    assert main(["decrypt"]) == 0
    assert not _holding(MAGIC, store_dir)  # and back, every file plain again
    capsys.readouterr()


def _holding(text: bytes, root: Path) -> list[Path]:
    return [Path(folder, name) for folder, _, names in os.walk(root) for name in names if text in Path(folder, name).read_bytes()]


def test_a_passphrase_file_others_can_read_is_refused(store_dir, secret, capsys):
    secret.chmod(0o640)
    assert main(["encrypt"]) == 1
    assert "chmod 600" in capsys.readouterr().err
    assert not (store_dir / "encryption.json").exists()


def test_a_wrong_passphrase_exits_1_and_changes_nothing(store_dir, secret, capsys):
    assert main(["encrypt"]) == 0
    before = _meeting_bytes(store_dir)
    secret.write_text("een heel andere zin\n")
    assert main(["list"]) == 1
    assert "Verkeerde wachtwoordzin" in capsys.readouterr().err
    assert _meeting_bytes(store_dir) == before


def test_a_short_passphrase_is_refused(store_dir, secret, capsys):
    secret.write_text("kort\n")
    assert main(["encrypt"]) == 1
    assert "minstens 12" in capsys.readouterr().err
    assert not (store_dir / "encryption.json").exists()


def _gesprek(store_dir: Path, *args: str, env: dict[str, str] | None = None, **kwargs):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("GESPREK_")}
    environment.update({"GESPREK_STORE": str(store_dir), "GESPREK_LANG": "nl", **(env or {})})
    return subprocess.run(
        [*GESPREK, *args], env=environment, capture_output=True, text=True, timeout=60, **kwargs
    )


def test_without_a_terminal_it_says_how_and_never_reads_a_variable(store_dir, secret):
    assert _gesprek(store_dir, "encrypt", env={"GESPREK_PASSPHRASE_FILE": str(secret)}).returncode == 0
    # No terminal, no file: refused, whatever GESPREK_PASSPHRASE holds; nothing read from stdin.
    result = _gesprek(
        store_dir, "list", env={"GESPREK_PASSPHRASE": PASSPHRASE}, input=PASSPHRASE + "\n", start_new_session=True
    )
    assert result.returncode == 1
    assert "GESPREK_PASSPHRASE_FILE" in result.stderr and WORD not in result.stdout


def _on_terminal(tmp_path: Path, store_dir: Path, *args: str) -> Terminal:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GESPREK_")}
    env.update({"GESPREK_STORE": str(store_dir), "GESPREK_LANG": "nl", "HOME": str(tmp_path), "TERM": "xterm"})
    return Terminal([*GESPREK, *args], env)


@pytest.mark.slow
def test_on_the_terminal_set_twice_then_asked_once_per_start(tmp_path, store_dir):
    terminal = _on_terminal(tmp_path, store_dir, "encrypt")
    try:
        terminal.wait_for(b"Nieuwe wachtwoordzin")
        terminal.type(PASSPHRASE.encode() + b"\r")
        terminal.wait_for(b"Nog een keer")
        terminal.type(b"iets anders dan de eerste\r")
        assert terminal.process.wait(timeout=30) == 1
        terminal.wait_for(b"verschillen")
    finally:
        terminal.close()
    assert not (store_dir / "encryption.json").exists()
    terminal = _on_terminal(tmp_path, store_dir, "encrypt")
    try:
        terminal.wait_for(b"Nieuwe wachtwoordzin")
        terminal.type(PASSPHRASE.encode() + b"\r")
        terminal.wait_for(b"Nog een keer")
        terminal.type(PASSPHRASE.encode() + b"\r")
        assert terminal.process.wait(timeout=60) == 0
        assert PASSPHRASE.encode() not in terminal.output  # never echoed
    finally:
        terminal.close()
    assert _meeting_bytes(store_dir).startswith(MAGIC)
    terminal = _on_terminal(tmp_path, store_dir, "list")
    try:
        terminal.wait_for(b"Wachtwoordzin van de opslag")
        terminal.type(PASSPHRASE.encode() + b"\r")
        assert terminal.process.wait(timeout=60) == 0
        terminal.wait_for(WORD.encode())
        assert terminal.output.count(b"Wachtwoordzin") == 1
    finally:
        terminal.close()
