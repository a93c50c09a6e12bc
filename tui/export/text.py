"""Text on its way into an export file or onto a terminal: nothing a terminal acts on, always UTF-8."""

from __future__ import annotations

import re

# DEL, C1 and bidi overrides (a terminal acts on them), and lone surrogates: a terminal that
# decoded bad bytes can put one in a name or note, and it has no UTF-8 form, so writing it fails.
_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def escaped(text: str) -> str:
    """`text` with each of those characters as a \\uXXXX escape.

    Inside a JSON string that is the character itself, read back exactly; in a report it is
    the visible notation safe_text.inert() uses for such characters.
    """
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
