"""The competency profile: a Markdown file attached to a meeting and kept with it."""

from __future__ import annotations

from pathlib import Path

from ..i18n import t

# A profile is a page or two; anything far larger is the wrong file.
MAX_PROFILE_BYTES = 256 * 1024


class ProfileError(ValueError):
    """The file cannot be attached; str() is a user-facing message."""


def read_profile(path: Path) -> dict[str, str]:
    """{"name": file name, "text": Markdown} for Meeting.profile."""
    try:
        data = path.expanduser().read_bytes()
    except OSError as error:
        raise ProfileError(t("profile.unreadable", path=path, reason=error.strerror or error)) from None
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError(t("profile.too_big", path=path, limit=MAX_PROFILE_BYTES // 1024))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProfileError(t("profile.not_utf8", path=path)) from None
    return {"name": path.name, "text": text}
