"""Inviting the employee to her own seat, and the code she types: `gesprek join HOST:MEETING:TOKEN`.

HOST is the manager's login (her seat finds his folder by it, and checks the uid at the other
end is his), MEETING the meeting's id (what she prepares offline is kept for that meeting),
TOKEN 80 random bits (`secrets`). The token is kept in the meeting's record, so a resumed
meeting takes the same code; a new code replaces it, and the old one stops working.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import dataclass

from ..domain.model import Meeting, Seat
from ..domain.validate import LOGIN, TOKEN
from ..i18n import t
from ..store.paths import valid_id
from .rendezvous import SeatError, login_of, uid_of


@dataclass(frozen=True)
class Code:
    host: str  # the manager's login
    meeting: str
    token: str

    def __str__(self) -> str:
        return f"{self.host}:{self.meeting}:{self.token}"


def parse_code(text: str) -> Code:
    """The code as typed (spaces around it and upper case forgiven); SeatError otherwise."""
    parts = text.strip().split(":")
    if len(parts) == 3:
        host, meeting, token = parts[0], parts[1], parts[2].lower()
        if LOGIN.fullmatch(host) and valid_id(meeting) and TOKEN.fullmatch(token):
            return Code(host, meeting, token)
    raise SeatError(t("seat.bad_code"))


def new_token() -> str:
    return base64.b32encode(secrets.token_bytes(10)).decode().lower()


def invite(meeting: Meeting, login: str) -> None:
    """Invite `login` to her own seat; a login already invited keeps its code.

    SeatError for a login this machine does not know. Inviting someone else ends the old code.
    """
    login = login.strip()
    if not LOGIN.fullmatch(login):
        raise SeatError(t("seat.unknown_login", login=login))
    uid_of(login)
    seat = meeting.seat
    if seat is not None and seat.login == login and seat.token:
        return
    if seat is not None and seat.login == login:
        seat.token = new_token()
    else:
        meeting.seat = Seat(login, new_token())


def new_code(meeting: Meeting) -> None:
    """Replace the code: the old one stops working, and her seat on it is closed."""
    if meeting.seat is not None:
        meeting.seat.token = new_token()


def code_of(meeting: Meeting) -> Code | None:
    """The code to give her, with this process's login as the host's; None if nobody is invited."""
    if meeting.seat is None or not meeting.seat.token:
        return None
    return Code(login_of(os.geteuid()), meeting.id, meeting.seat.token)
