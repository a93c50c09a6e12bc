"""Older records are migrated forward; the migration chain covers every schema."""

from __future__ import annotations

import json

from tui.domain.model import SCHEMA_VERSION
from tui.store import migrate as migrate_module

from .conftest import make_meeting, meeting_file, plant


def _write_v0(store, meeting_id: str) -> bytes:
    record = make_meeting("Oud formaat").to_dict()
    del record["schema"], record["revision"]
    record["id"] = meeting_id
    data = json.dumps({"meeting": {"1": record}}).encode()
    plant(meeting_file(store, meeting_id), data)
    return data


def test_every_schema_has_a_step():
    assert len(migrate_module._STEPS) == SCHEMA_VERSION


def test_v0_record_loads_as_current_schema(store):
    _write_v0(store, "oud1")
    meeting = store.load("oud1")
    assert (meeting.schema, meeting.revision, meeting.employee) == (SCHEMA_VERSION, 0, "Oud formaat")
    assert [s.id for s in store.list()] == ["oud1"]
    assert store.problems() == []


def test_saving_a_v0_meeting_upgrades_the_file_and_keeps_the_original(store):
    original = _write_v0(store, "oud1")
    meeting = store.load("oud1")
    meeting.employee = "Bijgewerkt"
    store.save(meeting)
    record = json.loads(meeting_file(store, "oud1").read_text())["meeting"]["1"]
    assert (record["schema"], record["revision"], record["employee"]) == (SCHEMA_VERSION, 1, "Bijgewerkt")
    assert meeting_file(store, "oud1").with_suffix(".json.bak").read_bytes() == original


def test_migration_leaves_the_file_alone_until_saved(store):
    original = _write_v0(store, "oud1")
    store.load("oud1")
    store.list()
    assert meeting_file(store, "oud1").read_bytes() == original


def test_migrate_keeps_current_records_as_they_are():
    record = make_meeting().to_dict()
    assert migrate_module.migrate(dict(record)) == record
