"""The review list's filter: employee (part of the name), kind, period ('2025', '2025-03', '12m', 'from..to')."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from ....domain import review
from ....domain.dates import DateError
from ....domain.model import Kind
from ....domain.review import Filter
from ....domain.safe_text import single_line
from ....i18n import t
from ...dialogs.form import FormScreen
from ...styles import FORMS_CSS, REVIEW_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput, OrderedSelect
from ...widgets.plain import Plain, PlainLabel


class FilterForm(FormScreen[Filter]):
    CSS_PATH = [FORMS_CSS, REVIEW_CSS]

    def __init__(self, current: Filter, period_text: str) -> None:
        super().__init__()
        self.current = current
        self.period_text = period_text

    def compose(self) -> ComposeResult:
        kinds = [(t("review.filter.all_kinds"), "")] + [(t(f"kind.{k.value}"), k.value) for k in Kind]
        with Vertical(classes="dialog form"):
            yield Plain(t("review.filter.title"), classes="question")
            yield PlainLabel(t("review.filter.employee"))
            yield OrderedInput(self.current.employee, id="filter-employee", compact=True, placeholder=t("review.filter.employee_hint"))
            yield PlainLabel(t("review.filter.kind"))
            value = self.current.kind.value if self.current.kind else ""
            yield OrderedSelect(kinds, value=value, allow_blank=False, id="filter-kind", compact=True)
            yield PlainLabel(t("review.filter.period"))
            yield OrderedInput(self.period_text, id="filter-period", compact=True, placeholder=t("review.filter.period_hint"))
            yield Plain(id="form-error", classes="error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#filter-employee", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_save()

    def result(self) -> Filter | None:
        text = self.query_one("#filter-period", Input).value
        try:
            period = review.parse_period(text, self.app.clock.now().date())
        except DateError:
            self.query_one("#form-error", Static).update(t("review.filter.period_error", value=single_line(text)))
            return None
        kind = self.query_one("#filter-kind", Select).value
        self.period_text = text.strip()
        return Filter(
            employee=self.query_one("#filter-employee", Input).value.strip(),
            kind=Kind(kind) if kind else None,
            period=period,
        )
