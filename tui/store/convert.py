"""Turning a store over: `gesprek encrypt` seals every file of it, `gesprek decrypt` opens them again.

Crash-safe at every moment: each file is replaced whole (atomic.write_atomic), and while
encryption.json is there the store reads both forms. So encrypt writes encryption.json first
("encrypting": from then on the store asks its passphrase), seals file by file, then marks it
"encrypted"; decrypt marks it "decrypting", writes the files plain one by one and removes
encryption.json last. A kill -9 anywhere leaves a store that opens, plain or encrypted, with
nothing lost, and the same command run again finishes the job.

It runs with the store alone (Store.alone): another process would go on writing files in the
form it opened the store with. Each meeting's files are rewritten under that meeting's lock too.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path

from tui.i18n import t, tn

from . import erase, keys, rescue
from .atomic import is_temp_name, read_regular, write_atomic
from .errors import NotAFile, StoreError, UnreadableData, write_error
from .locking import locked
from .paths import Layout, backup_suffix_removed, meeting_id_of
from .sealing import is_sealed
from .store import LOCK_TIMEOUT, Store


class Unopened(StoreError):
    """Files decrypt could not open: the store keeps its key (and stays encrypted) for them."""


def encrypt(store: Store, passphrase: str | None, cost: keys.Cost | None = None) -> int:
    """Seal every file of `store` that is not sealed yet; how many were rewritten.

    A plain store is encrypted with `passphrase`; one with encryption.json already (an
    encrypt or decrypt cut short) keeps the key it was opened with. StoreError if another
    process has the store open.
    """
    layout = Layout(store.path)
    codec = store.codec
    with store.alone():
        encryption = keys.read(layout)
        if encryption is None:
            if passphrase is None:
                raise StoreError(t("crypt.needs_passphrase", path=store.path))
            encryption, codec.key = keys.new(passphrase, cost)
        elif codec.key is None:
            raise StoreError(t("crypt.needs_passphrase", path=store.path))
        # Run again on an encrypted store, it takes in no plain file: one there is not its own.
        plain_ok = encryption.state != keys.ENCRYPTED
        if plain_ok:
            _write_state(layout, encryption, keys.ENCRYPTING)
        codec.sealing, codec.converting = True, plain_ok
        turned, _ = _turn(store, layout)
        _write_state(layout, encryption, keys.ENCRYPTED)
        codec.converting = False  # done: a plain file from now on is not the store's own
    return turned


def decrypt(store: Store) -> int:
    """Write every file of `store` plain again and remove encryption.json; how many were
    rewritten. Unopened (the store stays encrypted) for sealed files its key does not open."""
    layout = Layout(store.path)
    codec = store.codec
    with store.alone():
        encryption = keys.read(layout)
        if encryption is None or codec.key is None:
            raise StoreError(t("crypt.not_encrypted", path=store.path))
        _write_state(layout, encryption, keys.DECRYPTING)
        codec.sealing, codec.converting = False, True
        turned, unopened = _turn(store, layout)
        if unopened:
            # Without the key they could never be read again, whatever they hold.
            raise Unopened(tn("crypt.unopened", len(unopened), example=unopened[0]))
        try:
            keys.remove(layout)
        except OSError as exc:
            raise write_error(exc, layout.encryption) from exc
        codec.key, codec.converting = None, False
    return turned


def _write_state(layout: Layout, encryption: keys.Encryption, state: str) -> None:
    try:
        keys.write(layout, encryption.now(state))
    except OSError as exc:
        raise write_error(exc, layout.encryption) from exc


def _turn(store: Store, layout: Layout) -> tuple[int, list[Path]]:
    """Every file of the store in the form its codec writes: the files rewritten, and the
    sealed ones that did not open (left as they are)."""
    turned: list[Path] = []
    unopened: list[Path] = []

    def turn(path: Path) -> None:
        meeting_id = meeting_id_of(backup_suffix_removed(path.name)) if path.parent == layout.meetings else None
        with locked(layout.lock_file(meeting_id), LOCK_TIMEOUT) if meeting_id else nullcontext():
            try:
                if _turn_file(store, path):
                    turned.append(path)
            except UnreadableData:
                unopened.append(path)
            except OSError as exc:  # LockTimeout too
                raise write_error(exc, path) from exc

    for folder in (layout.meetings, layout.conflicts, layout.clocks, layout.search, layout.seats):
        for path in _files(folder):
            turn(path)
    _files(layout.root)  # only for its temp files (index.json's, recent.json's, agendas.json's)
    # The store's own files at its root that hold personal data (names, dates) or templates;
    # settings.json (the retention period) and encryption.json hold none.
    for path in (layout.index, layout.recent, layout.agenda_cache, *rescue.files(store.path)):
        turn(path)
    for path in (layout.index, layout.recent, layout.agenda_cache):
        if path in unopened:  # a cache in the wrong form (recent.json from before it was sealed): rebuilt below
            unopened.remove(path)
            erase.remove([path])
    # The summary and search indexes know each meeting file by its identity, which its rewrite
    # changed: built again now (recent.json too, which knows the folder's time), so the next
    # start need not read every meeting.
    store.sync_index()
    store.search.view()
    return len(turned), unopened


def _turn_file(store: Store, path: Path) -> bool:
    """Rewrite `path` in the codec's form if it is not in it; whether it was rewritten."""
    codec = store.codec
    try:
        raw = read_regular(path)
    except (FileNotFoundError, NotAFile):
        return False  # not there, or no file: nothing of ours to turn (check names the latter)
    if is_sealed(raw) == codec.sealing:
        return False
    write_atomic(path, codec.seal(codec.unseal(raw, path), path))
    return True


def _files(folder: Path) -> list[Path]:
    """The files in `folder`, sorted; the temp files a crash left there are removed (with the
    store alone, no write is in progress), as they may hold the text in its old form."""
    found = []
    try:
        for name in sorted(os.listdir(folder)):
            if is_temp_name(name):
                (folder / name).unlink(missing_ok=True)
            else:
                found.append(folder / name)
    except OSError as exc:
        raise write_error(exc, folder) from exc
    return found
