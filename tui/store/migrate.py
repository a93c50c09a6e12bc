"""Bringing stored meeting records up to the current schema.

Each record carries its `schema` number. Older records are migrated in memory
when read; the file itself is rewritten in the new form on the next save.
Records from a newer gesprek are refused, so this version never overwrites
data it does not understand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tui.domain.model import SCHEMA_VERSION

from .errors import NewerSchema, UnreadableData

Record = dict[str, Any]


def _v0_to_v1(record: Record) -> Record:
    # The 0.x prototype wrote neither `schema` nor `revision`.
    return {"revision": 0, **record, "schema": 1}


# _STEPS[n] turns a schema-n record into a schema-(n+1) record.
_STEPS: tuple[Callable[[Record], Record], ...] = (_v0_to_v1,)


def migrate(record: Record) -> Record:
    """`record` in the current schema; NewerSchema or UnreadableData if that is impossible."""
    version = record.get("schema", 0)
    if type(version) is not int or version < 0:
        raise UnreadableData()
    if version > SCHEMA_VERSION:
        raise NewerSchema(found=version, known=SCHEMA_VERSION)
    for step in _STEPS[version:SCHEMA_VERSION]:
        record = step(record)
    return record
