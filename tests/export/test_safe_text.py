from hypothesis import given
from hypothesis import strategies as st

from tui.domain.safe_text import inert, single_line

UNSAFE = {*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def test_clear_screen_sequence_becomes_visible_text():
    assert inert("voor\x1b[2Jna") == "voor\\x1b[2Jna"


def test_osc52_clipboard_sequence_is_inert():
    assert inert("\x1b]52;c;cm0gLXJmIH4=\x07") == "\\x1b]52;c;cm0gLXJmIH4=\\x07"
    assert inert("\x1b]52;c;cm0=\x1b\\") == "\\x1b]52;c;cm0=\\x1b\\"


def test_c1_csi_del_and_dcs_are_inert():
    assert inert("\x9b31mrood\x7f\x90q") == "\\x9b31mrood\\x7f\\x90q"


def test_bidi_overrides_and_isolates_are_inert():
    assert inert("factuur\u202eFDP.exe\u2066x\u2069") == "factuur\\u202eFDP.exe\\u2066x\\u2069"


def test_dutch_text_with_accents_and_emoji_is_unchanged():
    text = "Zoë’s ideeën over coöperatie 🎉 — café, één\tkolom\nnieuwe regel"
    assert inert(text) == text


def test_carriage_returns_become_newlines():
    assert inert("een\r\ntwee\rdrie") == "een\ntwee\ndrie"


def test_single_line_folds_line_breaks_and_tabs():
    assert single_line("  Werk\r\n\n  en\tleven \x1b[0m ") == "Werk en leven \\x1b[0m"


@given(st.text())
def test_inert_output_has_no_unsafe_character(text):
    assert not {ord(c) for c in inert(text)} & (UNSAFE | {0x0D})
    assert "\n" not in single_line(text) and "\t" not in single_line(text)
