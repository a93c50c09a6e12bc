"""The one catalogue all user-facing text goes through.

Messages live per area in `messages_*.py` modules (each a dict of
key -> {"nl": ..., "en": ...}); this module merges them and looks them up.
Dutch is the default; `set_language("en")` switches.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Mapping

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_language = DEFAULT_LANGUAGE
_catalogue: dict[str, Mapping[str, str]] | None = None


def _load() -> dict[str, Mapping[str, str]]:
    merged: dict[str, Mapping[str, str]] = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("messages_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice ({info.name})")
            merged[key] = texts
    return merged


def catalogue() -> dict[str, Mapping[str, str]]:
    global _catalogue
    if _catalogue is None:
        _catalogue = _load()
    return _catalogue


def normalise_language(value: str | None) -> str:
    """Map 'en_GB.UTF-8', 'EN', 'nl-BE' ... to a supported language."""
    if not value:
        return DEFAULT_LANGUAGE
    code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def language_from_env() -> str:
    return normalise_language(os.environ.get("GESPREK_LANG"))


def set_language(lang: str) -> None:
    global _language
    _language = normalise_language(lang)


def language() -> str:
    return _language


def t(key: str, lang: str | None = None, **values: object) -> str:
    """Translate `key` into the current (or given) language and fill in values."""
    texts = catalogue().get(key)
    if texts is None:
        raise KeyError(f"unknown message key {key!r}")
    text = texts.get(lang or _language) or texts[DEFAULT_LANGUAGE]
    return text.format(**values) if values else text


def tn(key: str, n: int, lang: str | None = None, **values: object) -> str:
    """t() for `n` of something: the message `key_one` when n is 1, else `key` (both get n)."""
    return t(key + "_one" if n == 1 else key, lang, n=n, **values)
