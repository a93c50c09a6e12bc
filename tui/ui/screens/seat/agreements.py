"""The agreements, on her seat: those made, and what became of the ones she proposed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from ....domain.model import Agreement, AgreementStatus
from ....domain.safe_text import single_line
from ....i18n import t
from ....seats.guest import Guest
from ...messages import SeatChanged
from ...styles import FORMS_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain


class SeatAgreementsScreen(Screen[None]):
    CSS_PATH = FORMS_CSS
    BINDINGS = [Binding("escape,ctrl+f", "back", t("key.back"))]

    def __init__(self, guest: Guest) -> None:
        super().__init__()
        self.guest = guest

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="closing"):
            yield Plain(t("seat.agreements.title"), classes="screen-title")
            yield Plain(self.text(), id="seat-agreements")
        yield KeyBar(palette=True)

    def on_seat_changed(self, message: SeatChanged) -> None:
        self.query_one("#seat-agreements", Static).update(self.text())

    def _line(self, agreement: Agreement, status: str) -> str:
        return t(
            "seat.agreements.line",
            what=single_line(agreement.what),
            owner=t(f"owner.{agreement.owner.value}"),
            due=agreement.due or "—",
            status=status,
        )

    def text(self) -> str:
        meeting = self.guest.meeting
        if meeting is None:
            return ""
        lines = [self._line(a, t(f"agreement.{a.status.value}")) for a in meeting.agreements]
        lines = lines or [t("seat.agreements.none")]
        proposals = meeting.seat.proposals if meeting.seat is not None else []
        pending = [item["what"] for item in self.guest.pending if item.type == "agreement"]
        if proposals or pending:
            lines += ["", t("seat.agreements.yours")]
        waiting = t("seat.agreements.waiting", host=single_line(self.guest.host_login))
        for proposal in proposals:
            declined = proposal.status is AgreementStatus.DROPPED
            lines.append(self._line(proposal, t("seat.agreements.declined") if declined else waiting))
        lines += [f"… {single_line(what)} ({t('seat.pending')})" for what in pending]
        return "\n".join(lines)

    def action_back(self) -> None:
        self.dismiss(None)
