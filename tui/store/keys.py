"""The store's key: derived from the passphrase with scrypt, checked against encryption.json.

encryption.json (0600; plain, as it holds nothing secret) says that the store is encrypted
and how its key is derived:

    {"format": "gesprek-encryption", "version": 1, "state": "encrypted",
     "cipher": "AES-256-GCM", "kdf": {"name": "scrypt", "n": 65536, "r": 8, "p": 1, "salt": "..."},
     "check": "..."}

`check` is a known text sealed with the key: a passphrase that does not open it is wrong,
which is told apart from a damaged encryption.json (it does not parse). `state` is
"encrypting" or "decrypting" while convert.py turns the store over, so an interrupted
conversion is found and said. Without this file, or without the passphrase, nothing sealed
can be read again: there is no other copy of the salt and no way around the passphrase.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tui.i18n import t

from .atomic import read_json, write_atomic
from .errors import StoreError, UnreadableData
from .paths import Layout, backup_path
from .sealing import KEY_BYTES, Key

FORMAT = "gesprek-encryption"
VERSION = 1
CIPHER = "AES-256-GCM"
ENCRYPTED, ENCRYPTING, DECRYPTING = "encrypted", "encrypting", "decrypting"
_STATES = (ENCRYPTED, ENCRYPTING, DECRYPTING)
_CHECK = b"gesprek: this key opens this store"
_CHECK_PLACE = "encryption.json"
SALT_BYTES = 16
# A passphrase is the only thing between a copy of the store and its text.
MIN_PASSPHRASE = 12


@dataclass(frozen=True)
class Cost:
    """scrypt's parameters: memory 128 * n * r bytes, time in proportion to n * r * p."""

    n: int
    r: int
    p: int

    def sane(self) -> bool:
        """Within what a store's own file may ask of this machine (a damaged one could ask terabytes)."""
        powers_of_two = self.n >= 2 and self.n & (self.n - 1) == 0
        return powers_of_two and 1 <= self.r <= 64 and 1 <= self.p <= 16 and 128 * self.n * self.r <= 2**30


# Tuned on this project's machines (2 shared cores, AES-NI) to at least 100 ms a derivation:
# 64 MiB, 177 ms median (170-195 ms over 9, tests/benchmarks/bench_crypt.py), up to ~300 ms when
# the machine is busy. n = 2**15 took 90-190 ms: too close to the floor.
COST = Cost(n=2**16, r=8, p=1)


class WrongPassphrase(StoreError):
    """The passphrase does not open the store; nothing was read or written."""


@dataclass(frozen=True)
class Encryption:
    """What encryption.json holds."""

    state: str
    cost: Cost
    salt: bytes
    check: bytes

    def to_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "state": self.state,
            "cipher": CIPHER,
            "kdf": {"name": "scrypt", "n": self.cost.n, "r": self.cost.r, "p": self.cost.p, "salt": _b64(self.salt)},
            "check": _b64(self.check),
        }
        return json.dumps(document, indent=1).encode("ascii")

    def now(self, state: str) -> Encryption:
        return replace(self, state=state)


def new(passphrase: str, cost: Cost | None = None) -> tuple[Encryption, Key]:
    """A new salt and key for `passphrase`, in the state "encrypting"; at COST unless told."""
    cost = cost or COST  # read when called, not bound at import: the tests run at a cheap cost
    salt = os.urandom(SALT_BYTES)
    key = Key(derive(passphrase, salt, cost))
    return Encryption(ENCRYPTING, cost, salt, key.seal(_CHECK, _CHECK_PLACE)), key


def unlock(encryption: Encryption, passphrase: str) -> Key:
    """The store's key; WrongPassphrase if `passphrase` is not the one it was encrypted with."""
    key = Key(derive(passphrase, encryption.salt, encryption.cost))
    try:
        if key.unseal(encryption.check, _CHECK_PLACE) == _CHECK:
            return key
    except UnreadableData:
        pass
    raise WrongPassphrase(t("crypt.wrong_passphrase"))


def derive(passphrase: str, salt: bytes, cost: Cost) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    # NFC: the same passphrase typed on another terminal may arrive composed differently.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogateescape")
    return Scrypt(salt=salt, length=KEY_BYTES, n=cost.n, r=cost.r, p=cost.p).derive(secret)


def read(layout: Layout) -> Encryption | None:
    """The store's encryption.json; None for a plain store; StoreError if it does not load."""
    path = layout.encryption
    try:
        document = read_json(path)
    except FileNotFoundError:
        return None
    except (OSError, UnreadableData) as exc:
        raise _damaged(path, str(exc)) from exc
    try:
        kdf = document["kdf"]
        encryption = Encryption(
            document["state"],
            Cost(_int(kdf["n"]), _int(kdf["r"]), _int(kdf["p"])),
            base64.b64decode(kdf["salt"], validate=True),
            base64.b64decode(document["check"], validate=True),
        )
        known = (document["format"], document["version"], document["cipher"], kdf["name"]) == (
            FORMAT, VERSION, CIPHER, "scrypt"
        )
    except (LookupError, TypeError, binascii.Error) as exc:
        raise _damaged(path, repr(exc)) from exc
    if not known or encryption.state not in _STATES or not encryption.cost.sane():
        raise _damaged(path, t("crypt.unknown_form"))
    return encryption


def write(layout: Layout, encryption: Encryption) -> None:
    """encryption.json, atomically; the version before it stays as its .bak."""
    write_atomic(layout.encryption, encryption.to_json(), keep_backup=True)


def remove(layout: Layout) -> None:
    """The store is plain again: the .bak first, so a kill in between leaves encryption.json."""
    for path in (backup_path(layout.encryption), layout.encryption):
        path.unlink(missing_ok=True)


def _damaged(path: Path, reason: str) -> StoreError:
    return StoreError(t("crypt.damaged", file=path, reason=reason, bak=backup_path(path)))


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError(value)
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
