"""Full-text search across notes, prepared points and agreements, narrowing as you type."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ....domain.review import Hit, SearchResult
from ....i18n import t
from ....services.review import Listing, SearchView, search_view
from ....store import StoreError
from ...display import cut, kind_short
from ...styles import REVIEW_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput
from ...widgets.plain import Plain
from ..base import AppScreen

LIMIT = 200
SNIPPET_WIDTH = 74
HEAD_WIDTH = 76
# Marks matches by more than colour: reverse video and bold survive any palette.
MATCH_STYLE = "reverse bold"


def hit_prompt(hit: Hit) -> Text:
    """Two lines: where the match is, then the snippet with the matches marked."""
    where = t(f"review.search.field.{hit.field}", where=hit.where)
    lead = f"{hit.date}  {cut(hit.employee, 22)} · {kind_short(hit.kind)} · "
    head = Text(lead, style="bold")
    head.append(cut(where, max(10, HEAD_WIDTH - len(lead))))
    snippet = Text("  " + hit.snippet)
    for start, end in hit.spans:
        snippet.stylize(MATCH_STYLE, start + 2, end + 2)
    head.append("\n")
    head.append_text(snippet)
    return head


class SearchScreen(AppScreen):
    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("enter", "open", t("review.key.read"), show=True),
        Binding("down", "move(1)", t("review.key.next_hit"), show=False),
        Binding("up", "move(-1)", t("review.key.previous_hit"), show=False),
        Binding("pagedown", "move(10)", t("review.key.next_hit"), show=False),
        Binding("pageup", "move(-10)", t("review.key.previous_hit"), show=False),
        Binding("escape", "back", t("key.back")),
    ]

    def __init__(self, query: str = "", listing: Listing | None = None) -> None:
        """Searches the conversations in `listing` (the review list's), or in the store now."""
        super().__init__()
        self.initial = query
        self.listing = listing
        self.index: SearchView | None = None  # the store's search index, once checked
        self.hits: list[Hit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search"):
            yield Plain(t("review.search.title"), classes="screen-title")
            yield OrderedInput(self.initial, id="search-input", placeholder=t("review.search.placeholder"), compact=True)
            yield Plain(t("review.search.loading"), id="search-count", classes="hint")
            yield OptionList(id="search-results")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-results", OptionList).can_focus = False
        self.query_one(Input).focus()
        self.load()

    @work(thread=True, exclusive=True, group="search-load")
    def load(self) -> None:
        try:
            index = search_view(self.app.store, self.listing)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self._loaded, index)

    def _loaded(self, index: SearchView) -> None:
        self.index = index
        self.run_search(self.query_one(Input).value)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        if self.index is not None:
            self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search-run")
    def run_search(self, query: str) -> None:
        # The next keystroke's search cancels this one (exclusive): it stops reading the index.
        worker = get_current_worker()
        result = self.index.search(query, LIMIT, SNIPPET_WIDTH, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self.show, query, result)

    def show(self, query: str, result: SearchResult) -> None:
        if query != self.query_one(Input).value:
            return  # typed on meanwhile: a newer search is coming
        self.hits = result.hits
        results = self.query_one(OptionList)
        results.set_options([Option(hit_prompt(hit)) for hit in self.hits])
        if self.hits:
            results.highlighted = 0
        count = self.query_one("#search-count", Static)
        if not query.strip():
            count.update(t("review.search.hint", meetings=len(self.index or ())))
        elif not self.hits:
            count.update(t("review.search.none"))
        else:
            key = "review.search.more" if result.more else "review.search.count" if len(self.hits) > 1 else "review.search.one"
            count.update(t(key, count=len(self.hits)))

    def action_move(self, delta: int) -> None:
        results = self.query_one(OptionList)
        if not self.hits:
            return
        current = results.highlighted or 0
        results.highlighted = max(0, min(len(self.hits) - 1, current + delta))

    def on_input_submitted(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        index = self.query_one(OptionList).highlighted
        if index is not None and 0 <= index < len(self.hits):
            self.app.read_meeting(self.hits[index].meeting_id, self.hits[index])

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.app.read_meeting(self.hits[event.option_index].meeting_id, self.hits[event.option_index])

    def action_back(self) -> None:
        self.dismiss(None)
