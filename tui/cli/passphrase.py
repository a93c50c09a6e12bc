"""The passphrase of an encrypted store: asked on the terminal, or read from GESPREK_PASSPHRASE_FILE.

Never from the command line (`ps` shows it to every user, the shell keeps it) nor from a
variable of its own (the environment is passed to every child process and kept in
/proc/PID/environ). Asked once per start, before the app opens.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..domain.safe_text import inert
from ..i18n import t
from ..store.keys import MIN_PASSPHRASE
from .errors import CliError

FILE_VARIABLE = "GESPREK_PASSPHRASE_FILE"


def existing(root: Path) -> str:
    """The passphrase of the encrypted store at `root` (open_store's `passphrase`)."""
    _no_core_dumps()
    return _from_file() or _ask(t("crypt.prompt", path=root))


def new(root: Path) -> str:
    """A new passphrase for the store at `root`: asked twice, or read from the file once."""
    _no_core_dumps()
    from_file = _from_file()
    passphrase = from_file or _ask(t("crypt.prompt_new", path=root, min=MIN_PASSPHRASE))
    if len(passphrase) < MIN_PASSPHRASE:
        raise CliError(t("crypt.too_short", min=MIN_PASSPHRASE))
    if from_file is None and _ask(t("crypt.prompt_again")) != passphrase:
        raise CliError(t("crypt.mismatch"))
    return passphrase


def _from_file() -> str | None:
    """The passphrase in the file GESPREK_PASSPHRASE_FILE names (one trailing newline dropped);
    refused unless it is a regular file of ours that nobody else may read."""
    name = os.environ.get(FILE_VARIABLE)
    if not name:
        return None
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with open(fd, "rb") as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
                raise CliError(t("crypt.file_open_to_others", file=name, mode=f"{stat.S_IMODE(info.st_mode):o}"))
            data = file.read()
    except OSError as exc:
        raise CliError(t("crypt.file_unreadable", file=name, reason=exc.strerror or exc)) from exc
    passphrase = data.decode("utf-8", "surrogateescape").removesuffix("\n").removesuffix("\r")
    if not passphrase:
        raise CliError(t("crypt.no_passphrase"))
    return passphrase


def _ask(prompt: str) -> str:
    """Read a passphrase on the terminal, not echoed; never from a pipe (use the file for that)."""
    import getpass
    import warnings

    with warnings.catch_warnings():
        # getpass falls back to an echoing read of stdin when there is no terminal.
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(inert(prompt))
        except getpass.GetPassWarning:
            raise CliError(t("crypt.no_terminal")) from None
        except (EOFError, KeyboardInterrupt):
            raise CliError(t("crypt.no_passphrase")) from None


def _no_core_dumps() -> None:
    """A crash dump of this process would hold the passphrase and what it opens."""
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
