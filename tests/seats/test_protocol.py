"""The protocol: what a seat may send, and every kind of bad input turned into one ProtocolError."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.domain.model import Approach, Owner, Signoff
from tui.seats.invite import Code, new_token, parse_code
from tui.seats.protocol import (
    FROM_GUEST,
    FROM_HOST,
    GUEST_LIMIT,
    HOST_LIMIT,
    MAX_TEXT,
    VERSION,
    Problem,
    ProtocolError,
    decode,
    encode,
)
from tui.seats.rendezvous import SeatError

from ..ui.scenes import planned_meeting


def from_guest(line: bytes):
    return decode(line, FROM_GUEST, GUEST_LIMIT)


def raw(**fields) -> bytes:
    return json.dumps(fields).encode() + b"\n"


NOTE = {"v": VERSION, "type": "note", "id": "n1", "topic": 0, "title": "Opening", "text": "Hallo"}


def test_each_message_of_her_seat_goes_there_and_back():
    messages = [
        ("hello", {"meeting": "a1b2c3d4e5f6", "token": new_token()}),
        ("note", {"id": "n1", "topic": 2, "title": "Werk", "text": "Zoë: 🎓 \x1b[2J"}),
        ("point", {"id": "p1", "topic": -1, "title": "", "text": "Voorbereid"}),
        ("topic", {"id": "t1", "title": "Thuiswerken", "minutes": 5}),
        ("agreement", {"id": "a1", "what": "Cursus", "owner": "employee", "approach": "training",
                       "approach_note": "", "due": "2027-03-01", "follow_up": ""}),
        ("signoff", {"id": "s1", "value": "agreed"}),
    ]
    for kind, fields in messages:
        line = encode(kind, **fields)
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        message = from_guest(line)
        assert message.type == kind and message.fields == fields
    assert from_guest(encode("agreement", **messages[4][1]))["owner"] is Owner.EMPLOYEE
    assert from_guest(encode("agreement", **messages[4][1]))["approach"] is Approach.TRAINING
    assert from_guest(encode("signoff", id="s", value="seen"))["value"] is Signoff.SEEN


def test_the_host_sends_a_whole_meeting_that_is_checked_as_a_stored_one():
    meeting = planned_meeting()
    message = decode(encode("state", state=meeting.to_dict()), FROM_HOST, HOST_LIMIT)
    assert message["state"] == meeting
    record = meeting.to_dict()
    record["topics"][1]["notes"] = "geen lijst"
    with pytest.raises(ProtocolError) as error:
        decode(encode("state", state=record), FROM_HOST, HOST_LIMIT)
    assert (error.value.problem, error.value.detail) == (Problem.FIELD, "state.topics[1].notes")


@pytest.mark.parametrize(
    "line, problem",
    [
        (b"\xff\xfe not UTF-8\n", Problem.SYNTAX),
        (b"{not json}\n", Problem.SYNTAX),
        (b"[1, 2]\n", Problem.SYNTAX),
        (b'{"v": 1, "type": "note", "id": "n", "topic": NaN, "title": "", "text": "x"}\n', Problem.SYNTAX),
        (b"[" * 100_000 + b"\n", Problem.SYNTAX),
        (raw(**{**NOTE, "v": 2}), Problem.VERSION),
        (raw(**{**NOTE, "v": True}), Problem.VERSION),
        (raw(**{k: v for k, v in NOTE.items() if k != "v"}), Problem.VERSION),
        (raw(**{**NOTE, "type": "state"}), Problem.TYPE),  # the host's, not hers
        (raw(**{**NOTE, "type": "author"}), Problem.TYPE),
        (raw(**{**NOTE, "type": None}), Problem.TYPE),
        (raw(**{**NOTE, "author": "manager"}), Problem.FIELD),  # she cannot say who wrote it
        (raw(**{k: v for k, v in NOTE.items() if k != "text"}), Problem.FIELD),
        (raw(**{**NOTE, "text": "   "}), Problem.FIELD),
        (raw(**{**NOTE, "text": "x" * (MAX_TEXT + 1)}), Problem.FIELD),
        (raw(**{**NOTE, "topic": "0"}), Problem.FIELD),
        (raw(**{**NOTE, "topic": True}), Problem.FIELD),
        (raw(**{**NOTE, "topic": 10**30}), Problem.FIELD),
        (raw(**{**NOTE, "id": "../../etc"}), Problem.FIELD),
        (raw(v=1, type="signoff", id="s", value="yes"), Problem.FIELD),
        (raw(v=1, type="topic", id="t", title="Lang", minutes=0), Problem.FIELD),
        (raw(v=1, type="agreement", id="a", what="x", owner="boss", approach="other", approach_note="",
             due=None, follow_up=""), Problem.FIELD),
        (raw(v=1, type="agreement", id="a", what="x", owner="manager", approach="other", approach_note="",
             due="2026-02-30", follow_up=""), Problem.FIELD),
        (b"x" * (GUEST_LIMIT + 1), Problem.TOO_LONG),
    ],
)
def test_bad_input_is_one_clear_error(line, problem):
    with pytest.raises(ProtocolError) as error:
        from_guest(line)
    assert error.value.problem is problem


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        from_guest(data)
    except ProtocolError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(FROM_GUEST) + sorted(FROM_HOST) + ["", "x"]),
    st.dictionaries(st.sampled_from(["id", "topic", "title", "text", "value", "minutes", "what", "owner",
                                     "approach", "approach_note", "due", "follow_up", "meeting", "token", "x"]),
                    json_values, max_size=8),
)
def test_any_message_shape_decodes_or_fails_cleanly(kind, fields):
    line = json.dumps({"v": VERSION, "type": kind, **fields}).encode()
    try:
        message = from_guest(line)
    except ProtocolError:
        return
    assert set(message.fields) == set(FROM_GUEST[message.type])


def test_codes():
    token = new_token()
    assert len(token) == 16 and len(set(new_token() for _ in range(50))) == 50  # 80 random bits each
    code = Code("pieter", "5f3c2a9b81de", token)
    assert parse_code(f"  {code}\n") == code
    assert parse_code(str(code).upper().replace("PIETER", "pieter").replace("5F3C2A9B81DE", "5f3c2a9b81de")) == code
    for bad in ["", "pieter", "pieter:5f3c2a9b81de", f"pie ter:5f3c2a9b81de:{token}", f"pieter:../x:{token}",
                "pieter:5f3c2a9b81de:short", f"pieter:5f3c2a9b81de:{token}:x", f"\x1b[2J:5f3c2a9b81de:{token}"]:
        with pytest.raises(SeatError):
            parse_code(bad)
