"""A version of a meeting kept apart (conflicts/) beside the meeting: what it holds that the
meeting does not, to copy over one by one or all at once; then the copy can go."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.binding import Binding

from ....domain.merge import Difference, differences, take
from ....domain.model import Meeting
from ....domain.safe_text import single_line
from ....i18n import t, tn
from ....services.conflicts import latest_copy, merge_stored
from ....store import StoreError
from ...dialogs.confirm import ConfirmScreen
from ...display import cut
from .list_screen import LIST_KEYS, ListScreen


@dataclass
class Versions:
    meeting: Meeting  # the meeting as it is now (live in this app, or as stored)
    copy: Meeting
    path: Path


class ConflictScreen(ListScreen[Difference]):
    ID = "conflict"
    DETAIL = True
    BINDINGS = [
        Binding("enter,c", "take", t("conflict.key.take"), key_display="Enter"),
        Binding("a", "take_all", t("conflict.key.take_all")),
        Binding("v", "read_copy", t("conflict.key.read_copy")),
        Binding("x", "discard", t("conflict.key.discard")),
        *LIST_KEYS,
    ]

    def __init__(self, meeting_id: str) -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.versions: Versions | None = None
        # A take or a reload under way: the rows shown are about to change, so a take now
        # would act on what they were (the second of two quick Enters, say).
        self.busy = False

    def heading(self) -> str:
        if self.versions is None:
            return t("conflict.title_loading")
        m = self.versions.meeting
        return t("conflict.title", employee=single_line(m.employee), date=m.date, file=self.versions.path.name)

    def columns(self):
        return ((t("conflict.col.kind"), 12), (t("conflict.col.where"), 20), (t("conflict.col.text"), 42))

    def fetch(self) -> Versions | None:
        store = self.app.store
        path = latest_copy(store, self.meeting_id)
        if path is None:
            return None
        session = self.app.live_session(self.meeting_id)
        meeting = session.meeting if session else store.load(self.meeting_id)
        return Versions(meeting, store.load_conflict_copy(path), path)

    def load(self, select: str | None = None):
        self.busy = True
        return super().load(select)

    def load_failed(self, error: StoreError) -> None:
        super().load_failed(error)
        self.busy = False  # what is shown stands (taking it again changes nothing); g tries again

    def show(self, versions: Versions | None, select: str | None = None) -> None:
        self.busy = False
        if versions is None:  # none left
            self.dismiss(None)
            return
        self.versions = versions
        self.show_title()
        found = differences(versions.meeting, versions.copy)
        self.fill(found, lambda d: (t(f"conflict.kind.{d.kind.value}"), cut(d.where, 20), cut(d.text, 42)), select)
        self.set_count(tn("conflict.count", len(found)) if found else t("conflict.none"))

    def key_of(self, row: Difference) -> str:
        return f"{row.kind}:{row.topic}:{row.where}:{row.text}"

    def meeting_of(self, row: Difference) -> str | None:
        return None

    def detail(self, row: Difference) -> str:
        return t("conflict.detail", where=row.where, text=row.text)

    # -- actions ----------------------------------------------------------------------

    def action_open(self) -> None:
        self.action_take()

    def action_take(self) -> None:
        row = self.current()
        if row is not None:
            self.copy_over([row])

    def action_take_all(self) -> None:
        if self.rows:
            self.copy_over(list(self.rows))

    def copy_over(self, chosen: list[Difference]) -> None:
        versions = self.versions
        if versions is None or self.busy:
            return  # ignored, not queued: the rows it was chosen from are being replaced
        self.busy = True
        session = self.app.live_session(self.meeting_id)
        if session is None:
            self.merge(versions.copy, chosen)
            return
        for difference in chosen:
            take(session.meeting, versions.copy, difference)
        session.changed()
        self.load()

    @work(thread=True, group="conflict-merge")
    def merge(self, copy: Meeting, chosen: list[Difference]) -> None:
        try:
            merge_stored(self.app.store, self.meeting_id, copy, chosen)
        except StoreError as error:
            self.app.call_from_thread(self.merge_failed, error)
            return
        self.app.call_from_thread(self.notify, tn("conflict.copied", len(chosen)))
        self.app.call_from_thread(self.load)

    def merge_failed(self, error: StoreError) -> None:
        self.notify(str(error), severity="error", timeout=15)
        self.busy = False  # nothing was copied: the rows shown still stand

    def action_read_copy(self) -> None:
        if self.versions is not None:
            self.app.show_report(self.versions.copy)

    def action_discard(self) -> None:
        versions = self.versions
        if versions is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.app.store.remove_conflict_copy(versions.path)
            except StoreError as error:
                self.notify(str(error), severity="error", timeout=15)
                return
            self.notify(t("conflict.discarded", file=versions.path.name))
            self.load()

        left = len(self.rows)
        question = tn("conflict.discard_confirm_left", left) if left else t("conflict.discard_confirm")
        self.app.push_screen(ConfirmScreen(question), answered)
