"""Her side's own memory of a meeting, in her store: what she sent that the host has not confirmed.

`<store>/seats/<meeting id>.json` (0600 in a 0700 folder, written atomically, sealed when her
store is encrypted: through the store's codec, as every file of personal data): the items her seat
made (notes, prepared points, topics, proposals), each a protocol message with its id, until the
host confirms it; the meeting as she last saw it, so her seat shows the agenda even while the
manager's app is closed; and what she is typing, kept as she types like the manager's notes: the
text in her editor and a proposal form still open (a topic, an agreement). Items are read back
through the same checks as a message from the wire.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from ..domain.validate import InvalidMeeting, meeting_from_record
from ..store.errors import UnreadableData, write_error
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
        self._load()

    def _load(self) -> None:
        try:
            data = self._codec.read_json(self.path)
        except FileNotFoundError:
            return  # nothing kept yet
        except (UnreadableData, OSError):
            data = None
        if not isinstance(data, dict):
            # Her seat starts afresh rather than blocking; the file may still hold what she typed
            # (a wrong key, a damaged disk), so it is moved aside, never overwritten.
            self._move_aside()
            return
        for item in data.get("items", []) if isinstance(data.get("items"), list) else []:
            try:
                message = decode(json.dumps(item).encode(), FROM_GUEST, GUEST_LIMIT)
            except (ProtocolError, ValueError, TypeError, RecursionError):
                continue
            if message.type != "hello":
                self.items.append(message)
        try:
            meeting_from_record(data.get("state"))
            self.state = data["state"]
        except (InvalidMeeting, TypeError, ValueError, RecursionError):
            self.state = None
        if isinstance(data.get("draft"), str):
            self.draft = data["draft"]
        self.form = _form(data.get("form"))

    def _move_aside(self) -> None:
        for n in range(1, 1000):
            target = self.path.with_name(f"{self.path.name}{DAMAGED}{n}")
            if not target.exists():
                break
        try:
            os.rename(self.path, target)
        except OSError:
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
        items = [json.loads(encode(m.type, **m.fields)) for m in self.items]
        kept = {"items": items, "state": self.state, "draft": self.draft, "form": self.form}
        return json.dumps(kept, ensure_ascii=True).encode()

    def save(self, data: bytes) -> None:
        """Write a snapshot to her store; WriteError (a full disk, ...) if it does not take it."""
        try:
            make_private_dirs(self.path.parent)
            self._codec.write(self.path, data)
        except OSError as exc:
            raise write_error(exc, self.path) from exc

    def remove(self) -> None:
        """The meeting is over and her copy is in her store: nothing left to keep."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass


FORMS = ("topic", "agreement")


def _form(value: Any) -> dict[str, Any] | None:
    """A kept proposal form as written by snapshot(); None for anything else."""
    if not isinstance(value, dict) or value.get("form") not in FORMS:
        return None
    values = value.get("values")
    if not isinstance(values, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
        return None
    return {"form": value["form"], "values": dict(values)}
