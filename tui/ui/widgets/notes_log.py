"""The notes taken on the active topic, newest last, each with who said it and when."""

from __future__ import annotations

from collections.abc import Sequence

import pendulum
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from ...domain.model import Topic
from ...domain.safe_text import inert, single_line
from ...i18n import t, tn
from .plain import Plain

# Laying out text costs time in proportion to its length, on every repaint: a pasted 1 MB
# note took seconds and held up typing. The live screen shows the latest notes, each up to a
# screenful; the report (and the export) has them all, whole.
NOTE_CHARS_SHOWN = 2000
NOTES_SHOWN = 200


def shown(text: str, limit: int = NOTE_CHARS_SHOWN) -> str:
    """`text` cut to `limit` characters, saying how much more there is."""
    if len(text) <= limit:
        return text
    return text[:limit] + " " + t("notes.cut", more=len(text) - limit)


class NotesLog(VerticalScroll, can_focus=False):
    def compose(self):
        yield Plain(id="notes-text")

    def show(self, topic: Topic | None, pending: Sequence[str] = ()) -> None:
        """`pending`: what the employee's own seat kept that the host has not confirmed yet."""
        text = Text()
        if topic is not None:
            if topic.prepared:
                text.append(t("notes.prepared") + "\n", style="bold")
                for point in topic.prepared:
                    who = t(f"side.{point.author.value}")
                    text.append(f" • {single_line(shown(point.text))} ", style="")
                    text.append(f"({who})\n", style="dim")
            if topic.carry_over:
                text.append(t("notes.carry_over_hint") + "\n", style="italic")
            if topic.prompts:
                for prompt in topic.prompts:
                    text.append(f" ? {single_line(prompt)}\n", style="dim italic")
            if not topic.notes:
                text.append(t("notes.empty"), style="dim")
            if len(topic.notes) > NOTES_SHOWN:
                text.append(tn("notes.earlier", len(topic.notes) - NOTES_SHOWN) + "\n", style="dim italic")
            for note in topic.notes[-NOTES_SHOWN:]:
                when = pendulum.parse(note.at).strftime("%H:%M")
                who = t(f"side.{note.author.value}")
                text.append(f"{when} {who}: ", style="bold")
                text.append(inert(shown(note.text)).rstrip() + "\n")
        for line in pending:
            text.append(f"… {single_line(line)} ", style="italic")
            text.append(f"({t('seat.pending')})\n", style="dim")
        self.query_one("#notes-text", Static).update(text)
        if (topic is not None and topic.notes) or pending:
            self.call_after_refresh(self.scroll_end, animate=False)
        else:  # shorter now (a pending line confirmed): the prepared points at the top in sight
            self.call_after_refresh(self.scroll_home, animate=False)
