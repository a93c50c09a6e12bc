"""Her own sign-off, on her seat: the closing details as the manager fills them in, and her choice."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Select, Static

from ....domain.model import Signoff
from ....domain.safe_text import single_line
from ....i18n import t
from ....seats.guest import Guest
from ...dialogs.form import FormScreen
from ...display import enum_options
from ...messages import SeatChanged
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedSelect
from ...widgets.plain import Plain, PlainLabel


class SeatSignoffScreen(FormScreen[Signoff]):
    def __init__(self, guest: Guest) -> None:
        super().__init__()
        self.guest = guest

    def compose(self) -> ComposeResult:
        meeting = self.guest.meeting
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("seat.signoff.title"), classes="question")
            yield Plain(self.details(), id="seat-closing")
            yield PlainLabel(t("seat.signoff.yours", name=single_line(meeting.employee)))
            yield OrderedSelect(
                enum_options(Signoff, "signoff"),
                value=meeting.report.employee_signoff.value,
                allow_blank=False,
                id="seat-signoff",
                compact=True,
            )
            yield Plain(id="form-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one(Select).focus()

    def details(self) -> str:
        meeting = self.guest.meeting
        report = meeting.report
        return t(
            "seat.signoff.details",
            followup=meeting.next_followup or "—",
            writer=single_line(report.writer) or "—",
            kept_at=single_line(report.kept_at) or "—",
            manager=t(f"signoff.{report.manager_signoff.value}"),
        )

    def on_seat_changed(self, message: SeatChanged) -> None:
        self.query_one("#seat-closing", Static).update(self.details())

    def result(self) -> Signoff | None:
        if not self.guest.connected:
            self.query_one("#form-error", Static).update(t("seat.not_connected"))
            return None
        return Signoff(self.query_one(Select).value)
