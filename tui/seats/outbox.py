"""Her side's own memory of a meeting, in her store: what she sent that the host has not confirmed.

`<store>/seats/<meeting id>.json` (0600 in a 0700 folder, written atomically, sealed when her
store is encrypted: through the store's codec, as every file of personal data): the items her seat
made (notes, prepared points, topics, proposals), each a protocol message with its id, until the
host confirms it; the meeting as she last saw it, so her seat shows the agenda even while the
manager's app is closed; and what she is typing, kept as she types like the manager's notes: the
text in her editor and a proposal form still open (a topic, an agreement). Items are read back
through the same checks as a message from the wire.

When her store cannot take it as her seat closes (a full disk), it is rescued elsewhere
(store/rescue.py) and taken back in on the next join of the meeting, or when she opens her
store: merged with what the file holds (take_back_rescued). Each snapshot counts one more
`generation`, so a merge can tell the newer of two versions.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.validate import InvalidMeeting, meeting_from_record
from ..store import rescue
from ..store.atomic import read_json
from ..store.errors import UnreadableData, Unsealed, WriteError, write_error
from ..store.paths import DAMAGED, Layout, make_private_dirs
from ..store.sealing import Codec
from .protocol import FROM_GUEST, GUEST_LIMIT, Message, ProtocolError, decode, encode


def new_item_id() -> str:
    return secrets.token_hex(8)


class Outbox:
    def __init__(self, codec: Codec, meeting_id: str) -> None:
        """The outbox of `meeting_id` in the store whose files `codec` reads and writes."""
        self.meeting_id = meeting_id
        self._codec = codec
        self.path: Path = Layout(codec.root).seats / f"{meeting_id}.json"
        self.items: list[Message] = []
        self.state: dict[str, Any] | None = None  # the meeting as she last saw it (a state record)
        self.draft = ""  # the text in her editor, not kept yet
        self.form: dict[str, Any] | None = None  # a proposal form still open: {"form": kind, "values": {...}}
        self.set_aside: Path | None = None  # where a kept file that did not load was moved
        self.generation = 0  # how many snapshots made this version (see take_back_rescued)
        self._taken_back: list[Path] = []  # rescued files merged in: they go once it is kept again
        self._unreadable: OSError | None = None  # the file could not be read now: not saved over
        self._load()

    def _load(self) -> None:
        sealed_later = False
        try:
            data = self._codec.read_json(self.path)
        except FileNotFoundError:
            return  # nothing kept yet
        except Unsealed:
            # Written plain by a version whose outbox bypassed the codec: hers, in her 0700
            # folder. Read once (its items are checked like any from the wire) and sealed now.
            data, sealed_later = _plain(self.path), True
        except UnreadableData:
            data = None
        except OSError as exc:
            # Not readable just now (EIO, EMFILE, ...): left as it is, and nothing is saved
            # over it; her seat says it cannot save, and what she types is rescued at exit.
            self._unreadable = exc
            return
        kept = _parse(data)
        if kept is None:
            # Her seat starts afresh rather than blocking; the file may still hold what she typed
            # (a wrong key, a damaged disk), so it is moved aside, never overwritten.
            self._move_aside()
            return
        self.items, self.state, self.draft = kept.items, kept.state, kept.draft
        self.form, self.generation = kept.form, kept.generation
        if sealed_later:
            with suppress(WriteError):  # a full disk: the next save says so, and seals it then
                self.save(self.snapshot())

    def _move_aside(self) -> None:
        for n in range(1, 1000):
            target = self.path.with_name(f"{self.path.name}{DAMAGED}{n}")
            if not target.exists():
                break
        else:  # every name taken: it stays where it is, and nothing is saved over it
            self._unreadable = FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
            return
        try:
            os.rename(self.path, target)
        except OSError as exc:
            self._unreadable = exc  # not moved: not saved over either
            return
        self.set_aside = target

    def add(self, message: Message) -> None:
        self.items.append(message)

    def confirmed(self, ids: set[str] | list[str]) -> bool:
        """Drop what the host confirmed; whether anything was dropped."""
        before = len(self.items)
        self.items = [item for item in self.items if item["id"] not in ids]
        return len(self.items) != before

    def snapshot(self) -> bytes:
        """What save() writes, taken on the loop; save() may then run on another thread."""
        self.generation += 1
        items = [json.loads(encode(m.type, **m.fields)) for m in self.items]
        kept = {"items": items, "state": self.state, "draft": self.draft, "form": self.form}
        return json.dumps({**kept, "generation": self.generation}, ensure_ascii=True).encode()

    def save(self, data: bytes) -> None:
        """Write a snapshot to her store; WriteError (a full disk, ...) if it does not take it."""
        try:
            if self._unreadable is not None:
                raise self._unreadable
            make_private_dirs(self.path.parent)
            self._codec.write(self.path, data)
        except OSError as exc:
            raise write_error(exc, self.path) from exc
        self.kept_elsewhere()

    def kept_elsewhere(self, but: Path | None = None) -> None:
        """What was taken back is kept again (in her store, or in a newer rescued file `but`):
        the rescued files it came from go."""
        for path in self._taken_back:
            if path != but:
                path.unlink(missing_ok=True)
        self._taken_back = [path for path in self._taken_back if path == but]

    def has_typing(self) -> bool:
        """Whether it holds anything of hers (an item, text in her editor, a form), not only the meeting."""
        return bool(self.items or self.draft or self.form)

    def take_back_rescued(self) -> TakenBack:
        """Merge in the rescued copies of this outbox (rescue.py): items by id, of the rest the
        newer (the longer when that does not tell). They are deleted once the merge is saved."""
        taken = TakenBack()
        for path, record in rescue.rescued(self._codec, rescue.OUTBOX, self.meeting_id):
            kept = _parse(record)
            if kept is None:
                taken.broken.append(path)
                continue
            self._merge(kept)
            taken.restored.append(path)
        self._taken_back += taken.restored
        return taken

    def _merge(self, other: _Kept) -> None:
        known = {item["id"] for item in self.items}
        self.items += [item for item in other.items if item["id"] not in known]
        if other.generation > self.generation:
            newer = True
        elif other.generation < self.generation:
            newer = False
        else:  # two versions from one start (two processes): the one with more of her text
            newer = len(other.draft) > len(self.draft)
        if newer:
            self.draft, self.form = other.draft, other.form
            self.state = other.state or self.state
            self.generation = other.generation
        elif self.state is None:
            self.state = other.state

    def remove(self) -> None:
        """The meeting is over and her copy is in her store: nothing left to keep."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        self.kept_elsewhere()


FORMS = ("topic", "agreement")


@dataclass
class TakenBack:
    """What take_back_rescued found: the rescued files merged in, and those that do not load."""

    restored: list[Path] = field(default_factory=list)
    broken: list[Path] = field(default_factory=list)


@dataclass
class _Kept:
    items: list[Message]
    state: dict[str, Any] | None
    draft: str
    form: dict[str, Any] | None
    generation: int


def _parse(data: Any) -> _Kept | None:
    """A kept outbox (as snapshot() writes it) read back through the wire's checks; None if it is
    not one. What does not pass in it is left out."""
    if not isinstance(data, dict):
        return None
    items = []
    for item in data.get("items", []) if isinstance(data.get("items"), list) else []:
        try:
            message = decode(json.dumps(item).encode(), FROM_GUEST, GUEST_LIMIT)
        except (ProtocolError, ValueError, TypeError, RecursionError):
            continue
        if message.type != "hello":
            items.append(message)
    try:
        meeting_from_record(data.get("state"))
        state = data["state"]
    except (InvalidMeeting, TypeError, ValueError, RecursionError):
        state = None
    draft = data["draft"] if isinstance(data.get("draft"), str) else ""
    generation = data.get("generation")
    generation = generation if isinstance(generation, int) and not isinstance(generation, bool) else 0
    return _Kept(items, state, draft, _form(data.get("form")), generation)


def _plain(path: Path) -> Any:
    try:
        return read_json(path)
    except (UnreadableData, OSError):
        return None


def _form(value: Any) -> dict[str, Any] | None:
    """A kept proposal form as written by snapshot(); None for anything else."""
    if not isinstance(value, dict) or value.get("form") not in FORMS:
        return None
    values = value.get("values")
    if not isinstance(values, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
        return None
    return {"form": value["form"], "values": dict(values)}
