"""argparse's own words in Dutch come from a gettext catalogue; its .mo is its .po compiled."""

from __future__ import annotations

import io

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from tui.cli.parser import DOMAIN, LOCALE_DIR

CATALOGUE = LOCALE_DIR / "nl" / "LC_MESSAGES"


def test_the_shipped_mo_is_the_po_compiled():
    with (CATALOGUE / f"{DOMAIN}.po").open("rb") as source:
        catalog = read_po(source)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # what `pybabel compile` writes
    assert compiled.getvalue() == (CATALOGUE / f"{DOMAIN}.mo").read_bytes(), (
        "gesprek.mo is stale: pybabel compile -d tui/i18n/locale -D gesprek"
    )


def test_every_message_is_translated_and_keeps_its_placeholders():
    with (CATALOGUE / f"{DOMAIN}.po").open("rb") as source:
        catalog = read_po(source)
    messages = [m for m in catalog if m.id]
    assert messages
    for message in messages:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), message.id
        assert not message.fuzzy, message.id
        assert not list(message.check(catalog)), message.id  # python-format placeholders match
        assert all(s.endswith("\n") == ids[0].endswith("\n") for s in strings)
