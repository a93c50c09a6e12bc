"""Parse an agenda template (Markdown) into an `Agenda`, reporting every problem by line.

The format is documented for users in `docs/agenda-format.md`. In short:

    # Title
    kind: functioneringsgesprek      (soort)
    lang: nl                         (language, taal)
    followup: 12m                    (follow-up, opvolging)

    ## Topic title (10 min)
    carry-over: yes                  (overdracht: ja)

    - a prompt
    - another prompt

Pure: text or bytes in, an `Agenda` or problems out. Messages go through `t()` at
the moment they are shown, so they follow the current language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from .agenda import Agenda, AgendaTopic
from .agenda_errors import AgendaError, Problem
from .dates import valid_followup
from .model import Kind
from .shaping import MAX_MINUTES

# Keys are compared lower-cased with "_" read as "-".
_KIND_KEYS = ("kind", "soort")
_LANG_KEYS = ("lang", "language", "taal")
_FOLLOWUP_KEYS = ("followup", "follow-up", "opvolging")
_CARRY_OVER_KEYS = ("carry-over", "overdracht")
_HEADER_KEYS = _KIND_KEYS + _LANG_KEYS + _FOLLOWUP_KEYS

_KIND_VALUES: dict[str, Kind] = {kind.value: kind for kind in Kind} | {
    "groeigesprek": Kind.FUNCTIONING,
    "ontwikkelgesprek": Kind.FUNCTIONING,
    "feedbackgesprek": Kind.COACHING,
}
_LANG_VALUES: dict[str, str] = {code: code for code in LANGUAGES} | {
    "nederlands": "nl",
    "dutch": "nl",
    "english": "en",
    "engels": "en",
}
_YES = ("ja", "j", "yes", "y", "true")
_NO = ("nee", "n", "no", "false")

# The usual gap until the next conversation, when a template does not say.
DEFAULT_FOLLOWUP: dict[Kind, str] = {
    Kind.FUNCTIONING: "12m",
    Kind.CAREER: "12m",
    Kind.FOLLOW_UP: "6m",
    Kind.COACHING: "6w",
}

_SETTING = re.compile(r"^\s*([A-Za-z][A-Za-z_-]*)\s*:\s*(.*?)\s*$")
_TRAILING_PARENS = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")
_MINUTES = re.compile(
    r"^([+-]?\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minuut|minuten|minute|minutes)?\.?$", re.IGNORECASE
)

_md = MarkdownIt("commonmark")


def parse_agenda(text: str, name: str, source: str, lang: str | None = None) -> Agenda:
    """Parse a template; `lang` is the language its file name promises, if any."""
    agenda, problems = _Parser(text, source, lang).run(name)
    if problems or agenda is None:
        raise AgendaError(problems)
    return agenda


def parse_agenda_bytes(data: bytes, name: str, source: str, lang: str | None = None) -> Agenda:
    """As `parse_agenda`, for the raw bytes of a file (UTF-8, with or without BOM)."""
    return parse_agenda(decode_agenda(data, source), name, source, lang)


def decode_agenda(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        byte = data[err.start]
        raise AgendaError([Problem(source, line, "agenda.not_utf8", {"byte": f"0x{byte:02x}"})]) from None


def check_agenda(text: str, source: str, lang: str | None = None) -> list[Problem]:
    """Every problem in a template, in line order; empty when it is fine."""
    return _Parser(text, source, lang).run("")[1]


def _key(raw: str) -> str:
    return raw.lower().replace("_", "-")


class _Parser:
    def __init__(self, text: str, source: str, lang: str | None) -> None:
        self.text = text
        self.source = source
        self.file_lang = lang
        self.problems: list[Problem] = []
        self.title = ""
        self.settings: dict[str, tuple[str, int]] = {}  # canonical key -> (value, line)
        self.topics: list[AgendaTopic] = []
        self.seen_titles: dict[str, int] = {}
        self.carry_over_line = 0

    def problem(self, line: int, key: str, /, **values: object) -> None:
        self.problems.append(Problem(self.source, line, key, values))

    def run(self, name: str) -> tuple[Agenda | None, list[Problem]]:
        blocks = [n for n in SyntaxTreeNode(_md.parse(self.text)).children if not _ignorable(n)]
        if not blocks:
            self.problem(1, "agenda.empty")
            return None, self.problems
        first = blocks[0]
        if first.type == "heading" and first.tag == "h1":
            self.title = _inline_text(first)
            if not self.title:
                self.problem(_line(first), "agenda.empty_title")
            blocks = blocks[1:]
        else:
            self.problem(_line(first), "agenda.no_title")
        for block in blocks:
            self.block(block)
        if not self.topics:
            self.problem(_line(first), "agenda.no_topics")
        kind, lang, followup = self.header()
        self.problems.sort(key=lambda p: p.line)
        if self.problems:
            return None, self.problems
        agenda = Agenda(
            name=name,
            title=self.title,
            kind=kind,
            lang=lang,
            default_followup=followup,
            topics=self.topics,
            source=self.source,
        )
        return agenda, self.problems

    # -- blocks ------------------------------------------------------------

    def block(self, node: SyntaxTreeNode) -> None:
        line = _line(node)
        if node.type == "heading":
            if node.tag == "h2":
                self.topic(node)
            elif node.tag == "h1":
                self.problem(line, "agenda.extra_title")
            else:
                self.problem(line, "agenda.heading_level", marks="#" * int(node.tag[1:]))
        elif not self.topics:
            if node.type == "paragraph":
                self.settings_lines(node, self.header_setting)
            else:
                self.problem(line, "agenda.outside_topic")
        elif node.type in ("bullet_list", "ordered_list"):
            self.prompts(node)
        elif node.type == "paragraph":
            self.settings_lines(node, self.topic_setting)
        else:
            self.problem(line, "agenda.stray_text")

    def topic(self, node: SyntaxTreeNode) -> None:
        line = _line(node)
        heading = _inline_text(node)
        title, minutes = heading, 0
        match = _TRAILING_PARENS.match(heading)
        if match is None:
            self.problem(line, "agenda.no_minutes", title=heading or "…")
        else:
            title = match[1]
            minutes = self.minutes(match[2], line)
        if not title:
            self.problem(line, "agenda.no_topic_title")
        else:
            folded = " ".join(title.casefold().split())
            if folded in self.seen_titles:
                self.problem(line, "agenda.duplicate_topic", title=title, first=self.seen_titles[folded])
            else:
                self.seen_titles[folded] = line
        self.topics.append(AgendaTopic(title=title, minutes=minutes, line=line))

    def minutes(self, raw: str, line: int) -> int:
        match = _MINUTES.match(raw.strip())
        if match is None:
            self.problem(line, "agenda.minutes_not_number", value=raw.strip())
            return 0
        number = float(match[1].replace(",", "."))
        if not number.is_integer():
            self.problem(line, "agenda.minutes_not_number", value=raw.strip())
            return 0
        if not 1 <= number <= MAX_MINUTES:
            self.problem(line, "agenda.minutes_range", minutes=int(number), max=MAX_MINUTES)
            return 0
        return int(number)

    def prompts(self, node: SyntaxTreeNode) -> None:
        for item in node.children:
            texts: list[str] = []
            for part in item.children:
                if part.type == "paragraph":
                    texts.append(_inline_text(part))
                else:
                    self.problem(_line(part), "agenda.prompt_not_text")
            prompt = " ".join(x for x in texts if x)
            if prompt:
                self.topics[-1].prompts.append(prompt)
            elif not item.children:
                self.problem(_line(item), "agenda.empty_prompt")

    # -- settings ("key: value" lines) -------------------------------------

    def settings_lines(self, node: SyntaxTreeNode, apply: Callable[[str, str, int], None]) -> None:
        """Each line of the paragraph must be a setting; the first other line is stray text."""
        inline = node.children[0]
        for offset, text in enumerate(inline.content.split("\n")):
            line = _line(node) + offset
            match = _SETTING.match(text)
            if match is None:
                self.problem(line, "agenda.outside_topic" if not self.topics else "agenda.stray_text")
                return
            if not match[2]:
                self.problem(line, "agenda.empty_value", setting=match[1])
            else:
                apply(_key(match[1]), match[2], line)

    def header_setting(self, key: str, value: str, line: int) -> None:
        canonical = next((keys[0] for keys in (_KIND_KEYS, _LANG_KEYS, _FOLLOWUP_KEYS) if key in keys), None)
        if canonical is None:
            self.problem(line, "agenda.unknown_key", setting=key, known=", ".join(_HEADER_KEYS))
        elif canonical in self.settings:
            self.problem(line, "agenda.duplicate_key", setting=key, first=self.settings[canonical][1])
        else:
            self.settings[canonical] = (value, line)

    def topic_setting(self, key: str, value: str, line: int) -> None:
        if key not in _CARRY_OVER_KEYS:
            self.problem(line, "agenda.unknown_key", setting=key, known=", ".join(_CARRY_OVER_KEYS))
            return
        answer = value.lower()
        if answer not in _YES + _NO:
            self.problem(line, "agenda.bad_yes_no", setting=key, value=value)
        elif answer in _YES:
            if self.carry_over_line:
                self.problem(line, "agenda.second_carry_over", first=self.carry_over_line)
            else:
                self.carry_over_line = line
                self.topics[-1].carry_over = True

    def header(self) -> tuple[Kind, str, str]:
        """Kind, language and follow-up from the settings, checked, with defaults."""
        kind = Kind.FUNCTIONING
        if "kind" in self.settings:
            value, line = self.settings["kind"]
            if value.lower() in _KIND_VALUES:
                kind = _KIND_VALUES[value.lower()]
            else:
                self.problem(line, "agenda.unknown_kind", value=value, known=", ".join(k.value for k in Kind))
        lang = self.file_lang or DEFAULT_LANGUAGE
        if "lang" in self.settings:
            value, line = self.settings["lang"]
            code = _LANG_VALUES.get(value.lower().replace("_", "-").split("-")[0])
            if code is None:
                self.problem(line, "agenda.unknown_lang", value=value, known=", ".join(LANGUAGES))
            elif self.file_lang and code != self.file_lang:
                self.problem(line, "agenda.lang_mismatch", value=value, expected=self.file_lang)
            else:
                lang = code
        followup = DEFAULT_FOLLOWUP[kind]
        if "followup" in self.settings:
            value, line = self.settings["followup"]
            if valid_followup(value):
                followup = value
            else:
                self.problem(line, "agenda.bad_followup", value=value)
        return kind, lang, followup


def _ignorable(node: SyntaxTreeNode) -> bool:
    """HTML comments are notes for whoever edits the file; a rule is only layout."""
    return node.type == "hr" or (node.type == "html_block" and node.content.lstrip().startswith("<!--"))


def _line(node: SyntaxTreeNode) -> int:
    return node.map[0] + 1 if node.map else 1


def _inline_text(node: SyntaxTreeNode) -> str:
    """The text of a heading or paragraph as written, on one line."""
    if not node.children:
        return ""
    return " ".join(node.children[0].content.split())
