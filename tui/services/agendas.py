"""Agenda templates on disk: bundled ones, the user's own, and those in $GESPREK_AGENDAS.

A template file is `NAME.LANG.md` (e.g. `functioneringsgesprek.en.md`) or `NAME.md`,
whose language then comes from its `lang:` line. Where the same NAME and language
exist in several places, the later place wins: bundled < user folder < $GESPREK_AGENDAS.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from ..domain.agenda import Agenda
from ..domain.agenda_errors import AgendaError, Problem
from ..domain.model import Kind
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES, t, tn

if TYPE_CHECKING:
    from ..store.agenda_cache import AgendaCache

BUNDLED = "bundled"
USER = "user"
ENV_VAR = "GESPREK_AGENDAS"
DEFAULT_AGENDA = "functioneringsgesprek"

_PACKAGE = Path(__file__).resolve().parents[1]  # tui/


@dataclass(frozen=True)
class AgendaInfo:
    """One template as listed; a broken one carries its problems instead of a title."""

    name: str
    lang: str | None  # None only for a broken file whose name does not say
    title: str
    kind: Kind | None
    total_minutes: int
    origin: str  # BUNDLED, USER or ENV_VAR
    path: Path
    problems: tuple[Problem, ...] = ()

    @property
    def error(self) -> str | None:
        """The problems as `FILE:LINE: message` lines, in the current language."""
        return "\n".join(str(p) for p in self.problems) or None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form for `gesprek agendas --json`."""
        return {
            "name": self.name,
            "lang": self.lang,
            "title": self.title,
            "kind": self.kind.value if self.kind else None,
            "total_minutes": self.total_minutes,
            "origin": self.origin,
            "path": str(self.path),
            "problems": [{"line": p.line, "message": p.message} for p in self.problems],
        }


class UnknownAgendaError(AgendaError, LookupError):
    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__([])
        self.name = name
        self.available = available

    def __str__(self) -> str:
        available = ", ".join(self.available) or t("agenda.none_available")
        return t("agenda.unknown_name", name=self.name, available=available)


def default_agenda_name() -> str:
    return DEFAULT_AGENDA


def bundled_dir() -> Path:
    """The templates shipped with the app: inside the installed package, else the checkout."""
    packaged = _PACKAGE / "_bundled_agendas"
    return packaged if packaged.is_dir() else _PACKAGE.parent / "agendas"


def user_dir() -> Path:
    return platformdirs.user_config_path("gesprek") / "agendas"


def search_dirs() -> list[tuple[str, Path]]:
    """(origin, folder) from lowest to highest precedence."""
    dirs = [(BUNDLED, bundled_dir()), (USER, user_dir())]
    if env := os.environ.get(ENV_VAR):
        dirs.append((ENV_VAR, Path(env).expanduser()))
    return dirs


def split_filename(path: Path) -> tuple[str, str | None]:
    """`x.en.md` -> ("x", "en"); `x.md` -> ("x", None)."""
    stem = path.name.removesuffix(".md")
    name, dot, suffix = stem.rpartition(".")
    return (name, suffix) if dot and name and suffix in LANGUAGES else (stem, None)


def read_agenda(path: Path, cache: AgendaCache | None = None) -> Agenda:
    """Read and parse one template file; AgendaError when unreadable or broken.

    With a cache, a file whose text was parsed before is not parsed again.
    """
    name, lang = split_filename(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise AgendaError([Problem(str(path), 0, "agenda.unreadable", {"reason": reason})]) from None
    if cache is not None and (agenda := cache.get(path, data, name, lang)) is not None:
        return agenda
    # Imported here: the parser and markdown-it cost ~30 ms, and a cache hit needs neither.
    from ..domain.agenda_parser import parse_agenda_bytes

    agenda = parse_agenda_bytes(data, name, str(path), lang)
    if cache is not None:
        cache.put(path, data, name, lang, agenda)
    return agenda


def list_agendas(lang: str | None = None) -> list[AgendaInfo]:
    """All usable names; with `lang`, one entry per name in that language or its fallback."""
    infos = _winners()
    if lang is not None:
        by_name: dict[str, list[AgendaInfo]] = {}
        for info in infos:
            by_name.setdefault(info.name, []).append(info)
        infos = [_best(candidates, lang) for candidates in by_name.values()]
    return sorted(infos, key=lambda i: (i.name != DEFAULT_AGENDA, i.name, i.lang or ""))


def load_agenda(name: str, lang: str, cache: AgendaCache | None = None) -> Agenda:
    """The template `name` in `lang`, else in another language; a path to a .md file also works.

    `name` may carry a language (`functioneringsgesprek.en`), which then wins over `lang`.
    """
    if name.endswith(".md") or Path(name).name != name:
        return read_agenda(Path(name).expanduser(), cache)
    base, suffix = split_filename(Path(name + ".md"))
    files = _files_named(base, cache)
    langs = [code for code in files if suffix is None or code == suffix]
    if not langs:
        raise UnknownAgendaError(name, sorted({i.name for i in _winners()}))
    return read_agenda(files[_best_lang(langs, suffix or lang)], cache)


def check_files(paths: list[Path] | list[str]) -> tuple[list[str], int]:
    """Output lines for `gesprek agendas check` and its exit code (1 if anything is wrong)."""
    lines: list[str] = []
    code = 0
    for path in paths:
        try:
            agenda = read_agenda(Path(path))
        except AgendaError as err:
            lines.extend(str(p) for p in err.problems)
            code = 1
        else:
            lines.append(tn("agenda.ok", len(agenda.topics), source=str(path), minutes=agenda.total_minutes))
    return lines, code


def _winners() -> list[AgendaInfo]:
    """One info per (name, language): the one from the folder with the highest precedence."""
    found: dict[tuple[str, str | None], AgendaInfo] = {}
    for origin, folder in search_dirs():
        for path in _template_files(folder):
            info = _info(path, origin)
            found[(info.name, info.lang)] = info
    return list(found.values())


def _files_named(name: str, cache: AgendaCache | None) -> dict[str | None, Path]:
    """The file per language of template `name`, from the folder with the highest precedence.

    Starting a meeting parses only the file it uses: a NAME.LANG.md says its language in its
    name, so only a plain NAME.md is parsed here, for its `lang:` line.
    """
    found: dict[str | None, Path] = {}
    for origin, folder in search_dirs():
        for path in _template_files(folder):
            base, lang = split_filename(path)
            if base == name:
                found[lang or _info(path, origin, cache).lang] = path
    return found


def _template_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.glob("*.md")
        if p.is_file() and not p.name.startswith(".") and p.stem.lower() != "readme"
    )


def _info(path: Path, origin: str, cache: AgendaCache | None = None) -> AgendaInfo:
    name, lang = split_filename(path)
    try:
        agenda = read_agenda(path, cache)
    except AgendaError as err:
        return AgendaInfo(name, lang, "", None, 0, origin, path, tuple(err.problems))
    return AgendaInfo(name, agenda.lang, agenda.title, agenda.kind, agenda.total_minutes, origin, path)


def _best(candidates: list[AgendaInfo], lang: str) -> AgendaInfo:
    best = _best_lang([i.lang for i in candidates], lang)
    return next(i for i in candidates if i.lang == best)


def _best_lang(langs: list[str | None], lang: str) -> str | None:
    """The requested language, else the default language, else any other."""
    order = [lang, DEFAULT_LANGUAGE, *LANGUAGES]
    return min(langs, key=lambda code: order.index(code) if code in order else len(order))
