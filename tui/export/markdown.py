"""The report (verslag) as Markdown: what the manager hands to the employee.

Notes and prepared points are Markdown written by people; they are kept as
Markdown but always nested (notes in a blockquote, prepared points in a list
item), so a note such as "# Done" or an unclosed code fence stays inside its
container and cannot break the report's own structure.
"""

from __future__ import annotations

import re

import pendulum

from ..domain.dates import as_date, long_date
from ..domain.minutes import whole_minutes
from ..domain.model import Agreement, Kind, Meeting, Signature, Topic
from ..domain.safe_text import inert, single_line
from ..i18n import normalise_language, t

_NONE = "—"
# What Markdown would read as formatting (emphasis, code, links, HTML, strikethrough) in text
# that is not Markdown: names, titles, an agreement's facts.
# A backslash escapes only punctuation: `\x1b` (safe_text's visible form) stays as it is.
_MARKUP = re.compile(r"([`*_\[\]<>~]|\\(?=[!-/:-@\[-`{-~]))")


def literal(text: str) -> str:
    """single_line(text) that Markdown shows exactly as typed (e.g. a title `Werk *druk*`)."""
    return _MARKUP.sub(r"\\\1", single_line(text))


def keep_lines(text: str) -> str:
    """Typed line breaks stay line breaks: Markdown would join the lines of a paragraph.

    Two trailing spaces make a hard break inside a paragraph and are ignored at the end of a
    block, so lists, headings and other Markdown in a note are left as they are.
    """
    lines = text.split("\n")
    return "\n".join(
        f"{line}  " if line.strip() and i + 1 < len(lines) and lines[i + 1].strip() else line
        for i, line in enumerate(lines)
    )


def quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _list_item(text: str) -> str:
    """A list item whose further lines are indented into it."""
    first, *rest = text.split("\n")
    return "\n".join([f"- {first}", *(f"  {line}" if line else "" for line in rest)])


def _fact(label: str, value: str) -> str:
    return f"- **{label}:** {value}"


def _date(iso: str, lang: str) -> str:
    return long_date(as_date(iso), lang)


def _header(meeting: Meeting, lang: str) -> list[str]:
    kind = t(f"kind.{meeting.kind.value}", lang)
    employee, manager = literal(meeting.employee), literal(meeting.manager)
    spent = whole_minutes(sum(topic.spent_seconds for topic in meeting.topics))
    facts = [
        _fact(t("export.report.employee", lang), employee),
        _fact(t("export.report.manager", lang), manager),
        _fact(t("export.report.date", lang), _date(meeting.date, lang)),
        _fact(t("export.report.kind", lang), kind),
        _fact(t("export.report.status", lang), t(f"status.{meeting.status.value}", lang)),
        _fact(
            t("export.report.time", lang),
            t("export.report.time_value", lang, spent=spent, planned=meeting.planned_minutes),
        ),
    ]
    blocks = [
        "# " + t("export.report.title", lang, kind=kind[:1].upper() + kind[1:], employee=employee),
        "\n".join(facts),
    ]
    if meeting.kind is Kind.FUNCTIONING:
        blocks.append(f"_{t('export.report.not_an_evaluation', lang)}_")
    return blocks


def topic_heading(number: int, topic: Topic) -> str:
    """A topic's heading in the report (1-based number), as a reader's contents list shows it
    (the title literally: the report writes it escaped, see literal())."""
    return f"{number}. {single_line(topic.title)}"


def agreements_heading(lang: str) -> str:
    return t("export.report.agreements", lang)


def _topic(number: int, topic: Topic, lang: str) -> list[str]:
    blocks = [
        f"### {number}. {literal(topic.title)}",  # reads as topic_heading()
        t(
            "export.report.topic_time",
            lang,
            planned=topic.planned_minutes,
            spent=whole_minutes(topic.spent_seconds),
            raised_by=t(f"side.{topic.raised_by.value}", lang),
        ),
    ]
    if topic.prepared:
        blocks.append(f"**{t('export.report.prepared', lang)}**")
        blocks.append(
            "\n".join(
                _list_item(f"**{t(f'export.report.{p.author.value}', lang)}:** {keep_lines(inert(p.text).strip())}")
                for p in topic.prepared
            )
        )
    blocks.append(f"**{t('export.report.notes', lang)}**")
    if not topic.notes:
        blocks.append(t("export.report.no_notes", lang))
    for note in topic.notes:
        author = t(f"export.report.{note.author.value}", lang)
        at = pendulum.parse(note.at).format("HH:mm")
        blocks.append(quote(f"**{author}, {at}**\n\n{keep_lines(inert(note.text).strip())}"))
    return blocks


def _agreement(number: int, agreement: Agreement, lang: str) -> str:
    """One numbered item per agreement, its facts listed under it: a six-column table
    cut every field short at 80 columns, in the app's reader and in a terminal."""
    approach = t(f"approach.{agreement.approach.value}", lang)
    if agreement.approach_note.strip():
        approach = f"{approach}: {literal(agreement.approach_note)}"
    facts = [
        ("owner", t(f"owner.{agreement.owner.value}", lang)),
        ("approach", approach),
        ("due", _date(agreement.due, lang) if agreement.due else _NONE),
        ("follow_up", literal(agreement.follow_up) or _NONE),
        ("status", t(f"agreement.{agreement.status.value}", lang)),
    ]
    lines = [f"{number}. **{literal(agreement.what) or _NONE}**"]
    lines += ["   " + _fact(t(f"export.agreement.{key}", lang), value) for key, value in facts]
    return "\n".join(lines)


def _agreements(meeting: Meeting, lang: str) -> list[str]:
    blocks = ["## " + agreements_heading(lang)]
    if not meeting.agreements:
        return [*blocks, t("export.report.no_agreements", lang)]
    return [*blocks, *(_agreement(n, a, lang) for n, a in enumerate(meeting.agreements, start=1))]


def _closing(meeting: Meeting, lang: str) -> list[str]:
    next_date = meeting.next_followup
    report = meeting.report
    not_agreed = t("export.report.not_agreed", lang)
    signoffs = (
        ("employee", meeting.employee, report.employee_signoff, report.employee_signed),
        ("manager", meeting.manager, report.manager_signoff, report.manager_signed),
    )
    return [
        "## " + t("export.report.next", lang),
        f"{_date(next_date, lang)} ({next_date})" if next_date else t("export.report.no_next", lang),
        "## " + t("export.report.report", lang),
        "\n".join(
            [
                _fact(t("export.report.writer", lang), literal(report.writer) or not_agreed),
                _fact(t("export.report.kept_at", lang), literal(report.kept_at) or not_agreed),
            ]
        ),
        "## " + t("export.report.signoffs", lang),
        "\n".join(
            f"- **{t(f'export.report.{side}', lang)}** ({literal(name)}): "
            + t(f"signoff.{signoff.value}", lang)
            + _signed(signed, lang)
            for side, name, signoff, signed in signoffs
        ),
    ]


def _signed(signed: Signature | None, lang: str) -> str:
    """' — set from the employee's seat (login sanne), Wednesday 25 November 2026 11:03'."""
    if signed is None:
        return ""
    at = pendulum.parse(signed.at)
    return t(
        "export.report.signed",
        lang,
        seat=t(f"side.{signed.seat.value}", lang),
        login=single_line(signed.login),
        when=f"{long_date(at.date(), lang)} {at.format('HH:mm')}",
    )


def render_markdown(meeting: Meeting, lang: str | None = None) -> str:
    """The report in the meeting's language, or in `lang` when given."""
    lang = normalise_language(lang or meeting.lang)
    blocks = _header(meeting, lang)
    blocks.append("## " + t("export.report.topics", lang))
    for number, topic in enumerate(meeting.topics, start=1):
        blocks.extend(_topic(number, topic, lang))
    blocks.extend(_agreements(meeting, lang))
    blocks.extend(_closing(meeting, lang))
    return "\n\n".join(blocks) + "\n"
