import json

from hypothesis import given
from hypothesis import strategies as st

from tui.domain.safe_text import inert, inert_json, input_line, single_line

UNSAFE = {*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
# Zero widths, bidi marks, the BOM and lone surrogates: they hide or reorder text, or cannot be written.
HIDDEN_CODES = {0x061C, *range(0x200B, 0x2010), *range(0x2060, 0x2065), 0xFEFF, *range(0xD800, 0xE000)}


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


# -- zero widths, bidi marks, line separators and what else a terminal acts on ------------


def test_zero_width_and_bidi_marks_are_visible():
    assert inert("Ja\u200bn") == "Ja\\u200bn"
    for code in HIDDEN_CODES:
        assert inert(chr(code)) == f"\\u{code:04x}"


def test_line_and_paragraph_separators_break_lines_in_inert_and_join_them_in_single_line():
    assert inert("een\u2028twee\u2029drie") == "een\ntwee\ndrie"
    assert single_line("een \u2028 twee\u2029drie") == "een twee drie"


def test_lone_surrogates_are_visible_instead_of_unwritable():
    assert inert("a\ud800b") == "a\\ud800b"
    inert("a\udfffb").encode("utf-8")


def test_input_line_keeps_spaces_where_they_were_typed():
    assert input_line("  Jan \x1b[31m ") == "  Jan \\x1b[31m "
    assert input_line("een\r\ntwee\tdrie\u2028vier") == "een twee drie vier"


def test_inert_json_keeps_the_data_and_escapes_what_a_terminal_acts_on():
    data = {"naam": "Jan\x1b]0;x\x07\x9b31m\u202e\u200b\u2028\ufeff\ud800 Zoë 🎉"}
    text = inert_json(json.dumps(data, ensure_ascii=False, indent=2))
    assert json.loads(text) == data
    assert "Zoë 🎉" in text and "\n  " in text  # readable, still indented
    assert not {ord(c) for c in text} & (UNSAFE | HIDDEN_CODES | {0x0D})


@given(st.text())
def test_neutralising_twice_changes_nothing(text):
    assert inert(inert(text)) == inert(text)
    assert input_line(input_line(text)) == input_line(text)


@given(st.text())
def test_no_hidden_or_line_breaking_character_survives(text):
    for shown in (inert(text), single_line(text), input_line(text)):
        assert not {ord(c) for c in shown} & (HIDDEN_CODES | {0x0D, 0x2028, 0x2029})
    assert "\n" not in input_line(text) and "\t" not in input_line(text)
    assert len(input_line(text.replace("\r", ""))) >= len(text.replace("\r", ""))  # nothing dropped or trimmed
