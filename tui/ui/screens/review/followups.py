"""The follow-up dashboard: conversations due soon, overdue follow-ups, who has gone a year
without one, and the agreements due within the same 30 days or overdue."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding

from ....domain.dates import as_date, relative
from ....domain.review import AgreementDue, FollowUp, FollowUps
from ....i18n import t
from ....services.review import followup_list
from ...display import OVERDUE_MARK, agreement_detail, cut
from .list_screen import LIST_KEYS, ListScreen

# Each group is named in words in its own column: no meaning by colour alone.
GROUPS = (
    ("overdue", "⚠ ", "bold red"),
    ("due_soon", "◷ ", "bold"),
    ("missing", "! ", "bold yellow"),
)
AGREEMENT_MARK = "✎ "


def when_text(item: FollowUp, today) -> str:
    if item.when is None:
        return t("review.followups.not_agreed")
    date = as_date(item.when)
    return f"{item.when} ({relative(date, today)})"


Row = tuple[str, FollowUp | AgreementDue]  # (group, item)


class FollowupsScreen(ListScreen[Row]):
    ID = "followups"
    DETAIL = True  # an agreement's row is cut: the line below has it whole
    BINDINGS = [
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        *LIST_KEYS,
    ]

    def heading(self) -> str:
        return t("review.followups.title")

    def columns(self):
        return (
            (t("review.followups.col_what"), 14),
            (t("review.col.employee"), 17),
            (t("review.followups.col_last"), 10),
            (t("review.followups.col_when"), 30),
        )

    def fetch(self) -> FollowUps:
        return followup_list(self.app.store, self.app.clock.now().date())

    def show(self, data: FollowUps, select: str | None = None) -> None:
        today = self.app.clock.now().date()
        styles = {group: (mark, style) for group, mark, style in GROUPS}

        def cells(row: Row) -> tuple:
            group, item = row
            if isinstance(item, AgreementDue):
                # Overdue as the other agreement lists show it: the mark on the date.
                due = (OVERDUE_MARK if item.overdue else "") + f"{item.view.agreement.due}: {item.view.agreement.what}"
                return (
                    Text(AGREEMENT_MARK + t("review.followups.group.agreement"), style="bold"),
                    cut(item.view.employee, 17),
                    item.view.meeting_date,
                    Text(cut(due, 30), style="bold" if item.overdue else ""),
                )
            mark, style = styles[group]
            if group == "missing":
                when = t("review.followups.since", ago=relative(as_date(item.last_date), today))
            else:
                when = when_text(item, today)
            return (
                Text(mark + t(f"review.followups.group.{group}"), style=style),
                cut(item.employee, 17),
                item.last_date or "—",
                when,
            )

        rows = [(group, item) for group, _, _ in GROUPS for item in getattr(data, group)]
        rows += [("agreement", item) for item in data.agreements]
        self.fill(rows, cells, select)
        self.set_count(
            t(
                "review.followups.count",
                overdue=len(data.overdue),
                due_soon=len(data.due_soon),
                missing=len(data.missing),
                agreements=len(data.agreements),
            )
        )
        if not rows:
            self.set_below(t("review.followups.none"))

    def key_of(self, row: Row) -> str:
        group, item = row
        if isinstance(item, AgreementDue):
            return f"{group}:{item.view.agreement.id}"
        return f"{group}:{item.meeting_id}"

    def meeting_of(self, row: Row) -> str:
        item = row[1]
        return item.view.meeting_id if isinstance(item, AgreementDue) else item.meeting_id

    def detail(self, row: Row) -> str:
        item = row[1]
        if not isinstance(item, AgreementDue):
            return ""
        agreement = item.view.agreement
        head = t("review.followups.agreement_detail", what=agreement.what, owner=t(f"owner.{agreement.owner.value}"))
        return head + "\n" + agreement_detail(agreement)

    def action_pop(self) -> None:
        row = self.current()
        if row is not None:
            item = row[1]
            self.app.show_pop(item.view.employee if isinstance(item, AgreementDue) else item.employee)
