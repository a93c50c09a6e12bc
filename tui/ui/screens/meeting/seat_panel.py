"""The employee's own seat, on the manager's side (Ctrl+J): invite her login, give her the code,
see whether she is connected, take or decline what she proposes, make a new code."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from ....domain.model import Agreement, AgreementStatus
from ....domain.safe_text import single_line
from ....i18n import t
from ....seats import changes
from ....seats.invite import code_of
from ....seats.rendezvous import SeatError
from ...dialogs.confirm import ConfirmScreen
from ...display import cut
from ...messages import SeatChanged
from ...styles import FORMS_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput
from ...widgets.plain import Plain, PlainLabel
from ...widgets.plain_table import PlainTable
from .agreement_form import AgreementForm
from .session import Session


class SeatPanel(Screen[None]):
    CSS_PATH = FORMS_CSS
    AUTO_FOCUS = ""  # refill() decides: the login field, her proposals, or nothing (keys are the screen's)

    BINDINGS = [
        Binding("enter", "accept", t("seat.key.accept"), show=True),
        Binding("x", "decline", t("seat.key.decline")),
        Binding("n", "new_code", t("seat.key.new_code")),
        Binding("escape,ctrl+j", "back", t("key.back")),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.meeting = session.meeting
        self.shown: list[Agreement] = []  # the open proposals, as the table lists them

    def compose(self) -> ComposeResult:
        with Vertical(id="seat-panel"):
            yield Plain(t("seat.panel.title"), classes="screen-title")
            yield Plain(t("seat.panel.intro", employee=single_line(self.meeting.employee)), classes="hint")
            with Vertical(id="seat-invite", classes="form"):
                yield PlainLabel(t("seat.panel.login"))
                yield OrderedInput(id="seat-login", compact=True)
                yield Plain(id="seat-error", classes="error")
            yield Plain(id="seat-state")
            yield PlainTable(id="seat-proposals", cursor_type="row", zebra_stripes=True)
            yield Plain(id="seat-refused", classes="hint")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(t("agreement.what"), t("agreement.owner"), t("agreement.due"))
        self.refill()

    @property
    def invited(self) -> bool:
        return code_of(self.meeting) is not None

    def refill(self) -> None:
        invited = self.invited
        self.query_one("#seat-invite").display = not invited
        for part in ("#seat-state", "#seat-proposals", "#seat-refused"):
            self.query_one(part).display = invited
        if not invited:
            self.query_one("#seat-login", Input).focus()
            return
        self.query_one("#seat-state", Static).update(self._state())
        seat = self.meeting.seat
        self.shown = [p for p in seat.proposals if p.status is AgreementStatus.OPEN]
        table = self.query_one(DataTable)
        table.clear()
        for proposal in self.shown:
            table.add_row(cut(proposal.what, 40), t(f"owner.{proposal.owner.value}"), proposal.due or "—")
        table.display = bool(self.shown)
        if self.shown:
            table.focus()
        else:
            self.set_focus(None)  # the keys are the screen's (the login field is hidden now)
        refused = [
            t("seat.panel.refusal", at=r.at.format("HH:mm:ss"), login=r.login, problem=t(f"seat.problem.{r.problem.value}"))
            for r in reversed(self.session.seat.refused if self.session.seat else [])
        ]
        self.query_one("#seat-refused", Static).update("\n".join([t("seat.panel.refused"), *refused]) if refused else "")
        self.refresh_bindings()

    def _state(self) -> str:
        login = single_line(self.meeting.seat.login)
        host = self.session.seat
        lines = [t("seat.panel.give", login=login), "", f"    gesprek join {code_of(self.meeting)}", ""]
        if host is not None and host.problem:
            lines.append(t("seat.line.unavailable", reason=host.problem))
        elif host is not None and host.guest is not None:
            lines.append(t("seat.panel.joined", since=host.guest[1].format("HH:mm")))
        elif host is not None and host.left_at is not None:
            lines.append(t("seat.panel.left", at=host.left_at.format("HH:mm")))
        else:
            lines.append(t("seat.panel.waiting"))
        lines.append("")
        lines.append(t("seat.panel.proposals", login=login) if any(
            p.status is AgreementStatus.OPEN for p in self.meeting.seat.proposals
        ) else t("seat.panel.no_proposals"))
        return "\n".join(lines)

    def on_seat_changed(self, message: SeatChanged) -> None:
        self.refill()

    # -- inviting ---------------------------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            self.session.seat.invite(event.value)
        except SeatError as error:
            self.query_one("#seat-error", Static).update(str(error))
            return
        self.session.changed()
        self.refill()

    def action_new_code(self) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self.session.seat.new_code()
                self.session.changed()
                self.refill()

        self.app.push_screen(ConfirmScreen(t("seat.panel.new_code_confirm")), answered)

    # -- her proposals ------------------------------------------------------------------------------

    def _selected(self) -> Agreement | None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        return self.shown[row] if self.shown and row is not None and 0 <= row < len(self.shown) else None

    def action_accept(self) -> None:
        """The agreement form, filled in with her proposal: saved, it is an agreement."""
        proposal = self._selected()
        if proposal is None:
            return

        def saved(agreement: Agreement | None) -> None:
            if agreement is None:
                return
            if changes.accept(self.meeting, proposal.id, agreement):
                self.session.changed()
            else:
                self.notify(t("seat.panel.accept_gone"), severity="warning", timeout=10)
            self.refill()

        self.app.push_screen(AgreementForm(self.session, replace(proposal)), saved)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_accept()  # Enter on the table is the table's; it means the same

    def action_decline(self) -> None:
        proposal = self._selected()
        if proposal is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                changes.decline(self.meeting, proposal.id, self.session.clock.now().date().isoformat())
                self.session.changed()
                self.refill()

        self.app.push_screen(ConfirmScreen(t("seat.panel.decline_confirm", what=cut(proposal.what, 50))), answered)

    def action_back(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept", "decline"):
            return bool(self.shown) and self.invited
        if action == "new_code":
            return self.invited
        return True
