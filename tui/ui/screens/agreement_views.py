"""Base for review screens that list agreements across conversations (overview, POP)."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ...domain import agreement_history
from ...domain.agreement_history import AgreementView
from ...domain.model import Agreement, AgreementStatus
from ...i18n import t
from .agreements import agreement_detail
from .review import OpensMeetings

OVERDUE_MARK = "⚠ "  # overdue reads as text, not only as colour


def status_cell(agreement: Agreement, today, *, with_date: bool = True) -> Text:
    """'open', '⚠ TE LAAT', 'gedaan 3-3-2026': overdue reads as text, not only as colour."""
    if agreement_history.is_overdue(agreement, today):
        return Text(OVERDUE_MARK + t("review.overdue"), style="bold red")
    text = t(f"agreement.{agreement.status.value}")
    if with_date and agreement.status is not AgreementStatus.OPEN and agreement.status_at:
        text += " " + agreement.status_at
    return Text(text, style="dim" if agreement.status is not AgreementStatus.OPEN else "")


def due_cell(agreement: Agreement, today) -> Text:
    if not agreement.due:
        return Text("—")
    if agreement_history.is_overdue(agreement, today):
        return Text(OVERDUE_MARK + agreement.due, style="bold")
    return Text(agreement.due)


def detail_text(view: AgreementView) -> str:
    a = view.agreement
    lines = [
        t("review.agreement.agreed", date=view.agreed_on, employee=view.employee, manager=view.manager),
        agreement_detail(a),
    ]
    if view.carried:
        lines.append(t("review.agreement.carried", count=len(view.meetings)))
    return "\n".join(lines)


class AgreementViewsScreen(OpensMeetings, Screen[None]):
    """A DataTable of `views`, a detail line for the highlighted one, Enter reads its meeting."""

    DETAIL_ID: ClassVar[str]  # the Static that shows the highlighted agreement

    def __init__(self) -> None:
        super().__init__()
        self.views: list[AgreementView] = []

    def meeting_of(self, view: AgreementView) -> str:
        """The id of the meeting Enter opens for this row."""
        raise NotImplementedError

    def fill(self, views: list[AgreementView], cells: Callable[[AgreementView], tuple], select: str | None = None) -> None:
        """One row per view (keyed by its agreement); the cursor stays on its row, or goes to
        the agreement `select` when that is listed."""
        self.views = views
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        for view in views:
            table.add_row(*cells(view), key=view.agreement.id)
        row = next((i for i, v in enumerate(views) if v.agreement.id == select), None) if select else None
        if views:
            table.move_cursor(row=row if row is not None else min(keep or 0, len(views) - 1))
        self._detail()

    def _current(self) -> AgreementView | None:
        row = self.query_one(DataTable).cursor_row
        if not self.views or row is None or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def _detail(self) -> None:
        view = self._current()
        self.query_one(f"#{self.DETAIL_ID}", Static).update(detail_text(view) if view else "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        view = self._current()
        if view is not None:
            self.open_meeting_id(self.meeting_of(view))
