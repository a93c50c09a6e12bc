"""Sealing: how the store's files are kept encrypted at rest, and the one seam every file of
personal data is read and written through (Codec).

A sealed file is MAGIC, a version byte and a random 96-bit nonce (the header), then the data
encrypted with AES-256-GCM under the store's key. The associated data is the header and the
file's place (its name relative to the store, a backup counting as its file): a sealed file
does not open in another meeting's place, nor under another version, nor changed by one bit.
Plain files begin with "{", a space or "gesprek-search", never with MAGIC's NUL byte, so a
read can tell the two apart. An encrypted store reads a plain file only half-way through
`gesprek encrypt` or `decrypt` (convert.py): otherwise anyone who can write in the folder, or a
file left from before, could put a plain file there that it would trust.

`cryptography` is imported only when a store has a key: a plain store starts without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import parse_json, read_regular, rewrite_in_place, write_atomic
from .errors import NotOpened, Sealed, Unsealed
from .paths import backup_suffix_removed

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"\x00gesprek"
VERSION = 1
NONCE = 12  # 96 bits, random per write: with AES-GCM safe for 2**32 writes under one key
HEADER = len(MAGIC) + 1 + NONCE
KEY_BYTES = 32


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


class Key:
    """The store's key, derived from the passphrase (keys.py); held in memory only."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: AESGCM = AESGCM(key)

    def seal(self, data: bytes, place: str) -> bytes:
        header = MAGIC + bytes([VERSION]) + os.urandom(NONCE)
        return header + self._aead.encrypt(header[-NONCE:], data, header + place.encode())

    def unseal(self, data: bytes, place: str) -> bytes:
        """The plain bytes of sealed `data`; NotOpened if they are not what this key sealed there."""
        from cryptography.exceptions import InvalidTag

        header = data[:HEADER]
        if len(header) < HEADER or header[len(MAGIC)] != VERSION:
            raise NotOpened()
        try:
            return self._aead.decrypt(header[-NONCE:], data[HEADER:], header + place.encode())
        except InvalidTag as exc:
            raise NotOpened() from exc


class Codec:
    """How the files of one store that hold personal data are written and read.

    `key` opens sealed files; `sealing` says whether writes are sealed: so while the store is
    encrypted, and while decrypt turns it back (key kept, sealing off). Without a key a sealed
    file reads as Sealed; with one a plain file reads as Unsealed unless `converting` (the
    store is half-way through encrypt or decrypt). Every method raises OSError as the file
    system does.
    """

    def __init__(self, root: Path, key: Key | None = None, *, converting: bool = False) -> None:
        self.root = root
        self.key = key
        self.sealing = key is not None
        self.converting = converting

    def place(self, path: Path) -> str:
        """What binds a sealed file to where it belongs: its name in the store (a .bak is its file's
        older version), or for a file kept outside the store (rescue.py) its folder's role and name."""
        try:
            return backup_suffix_removed(path.relative_to(self.root).as_posix())
        except ValueError:
            return f"rescued/{path.name}"

    def seal(self, data: bytes, path: Path) -> bytes:
        return self.key.seal(data, self.place(path)) if self.sealing and self.key else data

    def unseal(self, data: bytes, path: Path) -> bytes:
        """The plain bytes of a file's content: sealed, or plain where plain files are read."""
        if not is_sealed(data):
            if self.key is not None and not self.converting:
                raise Unsealed()
            return data
        if self.key is None:
            raise Sealed()
        return self.key.unseal(data, self.place(path))

    def write(self, path: Path, data: bytes, *, keep_backup: bool = False) -> None:
        """atomic.write_atomic, sealed when the store is."""
        write_atomic(path, self.seal(data, path), keep_backup=keep_backup)

    def rewrite_in_place(self, path: Path, data: bytes) -> None:
        """atomic.rewrite_in_place: the JSON is padded before it is sealed, so the size stays put."""
        rewrite_in_place(path, self.seal(data.ljust(-(-len(data) // _PADDING) * _PADDING), path))

    def read(self, path: Path) -> bytes:
        """The plain bytes of `path`; NotAFile, Sealed, NotOpened or Unsealed (UnreadableData)."""
        return self.unseal(read_regular(path), path)

    def read_json(self, path: Path) -> Any:
        """atomic.read_json of the plain bytes."""
        return parse_json(self.read(path))


# A small record is padded to a whole number of these, so rewriting it rarely changes its size.
_PADDING = 256
