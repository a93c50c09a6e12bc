"""The review screens driven by keyboard (Pilot) against a real store."""

from __future__ import annotations

import json

import pendulum
import pytest
from textual import events
from textual.widgets import DataTable, Input, Markdown, MarkdownViewer, OptionList

from tests.export.fixtures import meeting as report_meeting
from tests.ui.keys import type_text
from tests.ui.waiting import wait_until
from tui.domain.carry_over import carry_over, carry_over_topic
from tui.domain.model import AgreementStatus, Note, Side
from tui.domain.review import Field
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.carry_over import CarryOverScreen
from tui.ui.screens.review.filter_form import FilterForm
from tui.ui.screens.review.followups import FollowupsScreen
from tui.ui.screens.review.open_agreements import OpenAgreementsScreen
from tui.ui.screens.review.pop import PopScreen
from tui.ui.screens.review.review import ReviewScreen
from tui.ui.screens.review.search import SearchScreen
from tui.ui.screens.review.view import ViewScreen, hit_heading

from .scenes import _meeting

SIZE = (80, 24)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_review(app, pilot) -> ReviewScreen:
    await pilot.pause()
    app.push_screen(ReviewScreen())
    await settle(pilot)
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def rows(screen, selector: str = "DataTable") -> list[list[str]]:
    table = screen.query_one(selector, DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_list_shows_every_conversation_newest_first(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        assert [r[0] for r in rows(screen)] == ["2026-12-01", "2026-05-12", "2026-02-10", "2025-11-20", "2025-06-03"]
        assert rows(screen)[1][1:5] == ["Sanne de Vries", "coaching", "afgerond", "3/3"]


async def test_filter_by_employee_kind_and_period(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, FilterForm)
        await type_text(pilot, "sanne")
        await pilot.press("enter")
        await settle(pilot)
        assert [r[0] for r in rows(screen)] == ["2026-05-12", "2025-11-20"]
        assert "medewerker “sanne”" in str(screen.query_one("#review-count").render())

        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-employee", Input).value = ""
        app.screen.query_one("#filter-period", Input).focus()
        await type_text(pilot, "2026")
        await pilot.press("enter")
        await settle(pilot)
        assert [r[0] for r in rows(screen)] == ["2026-12-01", "2026-05-12", "2026-02-10"]

        await pilot.press("f")
        await pilot.pause()
        from textual.widgets import Select

        app.screen.query_one("#filter-kind", Select).value = "loopbaangesprek"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [r[0] for r in rows(screen)] == ["2026-02-10"]


async def test_bad_period_is_explained_not_applied(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        app.screen.query_one("#filter-period", Input).focus()
        await type_text(pilot, "vorig jaar")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FilterForm)
        assert "Onbekende periode" in str(app.screen.query_one("#form-error").render())


async def test_enter_reads_a_conversation_and_escape_comes_back(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ViewScreen)
        assert app.screen.meeting.id == "s00000000002"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen


async def open_search(app, pilot, query: str) -> SearchScreen:
    await open_review(app, pilot)
    await pilot.press("slash")
    await settle(pilot)
    assert isinstance(app.screen, SearchScreen)
    await type_text(pilot, query)
    await settle(pilot)
    return app.screen


async def test_search_narrows_as_you_type_and_opens_the_match(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(app, pilot, "cursus")
        broad = len(screen.hits)
        assert broad >= 3
        await type_text(pilot, " security")
        await settle(pilot)
        assert [h.meeting_id for h in screen.hits] == ["a00000000001", "a00000000001"]
        assert screen.query_one(OptionList).option_count == 2
        assert "2 treffers" in str(screen.query_one("#search-count").render())
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ViewScreen) and app.screen.meeting.id == "a00000000001"


@pytest.mark.parametrize("field", [Field.NOTE, Field.AGREEMENT])
async def test_search_hit_opens_the_report_at_its_topic_or_the_agreements(make_app, filled, field):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(app, pilot, "security")
        index = next(i for i, hit in enumerate(screen.hits) if hit.field == field)
        hit = screen.hits[index]
        await pilot.press(*["down"] * index, "enter")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, ViewScreen)
        heading = hit_heading(view.meeting, hit)
        assert heading is not None
        markdown = view.query_one(Markdown)
        block_id = next(block_id for _, title, block_id in markdown.table_of_contents if title == heading)
        viewer = view.query_one(MarkdownViewer)
        assert viewer.scroll_y > 0  # the report did not stay at its top
        assert viewer.scrollable_content_region.contains_region(markdown.query_one(f"#{block_id}").region)


async def test_a_search_hit_opens_at_a_topic_whose_title_has_markdown_in_it(make_app, store):
    from tui.domain.model import Note, Side, Status

    meeting = _meeting("m00000000001", "Sanne de Vries", "2026-11-20")
    meeting.status = Status.FINISHED
    meeting.topics[5].title = "Werk *druk* en `tools` [team]"
    meeting.topics[5].notes.append(Note("Het zoekwoord staat hier", Side.EMPLOYEE, "2026-11-20T10:30:00+01:00"))
    store.save(meeting)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_search(app, pilot, "zoekwoord")
        await pilot.press("enter")
        await settle(pilot)
        view = app.screen
        assert isinstance(view, ViewScreen)
        markdown = view.query_one(Markdown)
        heading = "6. Werk *druk* en `tools` [team]"  # shown literally, as it was typed
        block_id = next(block_id for _, title, block_id in markdown.table_of_contents if title == heading)
        viewer = view.query_one(MarkdownViewer)
        assert viewer.scroll_y > 0
        assert viewer.scrollable_content_region.contains_region(markdown.query_one(f"#{block_id}").region)


async def test_search_highlights_matches(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_search(app, pilot, "planning")
        prompt = app.screen.query_one(OptionList).get_option_at_index(0).prompt
        marked = [prompt.plain[span.start:span.end] for span in prompt.spans if "reverse" in str(span.style)]
        assert marked == ["planning"]


async def test_mark_done_with_a_date_and_reopen(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OpenAgreementsScreen)
        assert rows(screen)[0][1].startswith("Security-cursus") and rows(screen)[0][4] == "⚠ TE LAAT"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one(Input).value == "2026-11-25"
        app.screen.query_one(Input).value = "20-11-2026"
        await pilot.press("enter")
        await settle(pilot)
        stored = store.load("a00000000001").agreements[0]
        assert (stored.status, stored.status_at) == (AgreementStatus.DONE, "2026-11-20")
        assert "Security-cursus uitzoeken" not in [r[1] for r in rows(screen)]

        # Show all, find it, reopen it today.
        await pilot.press("a")
        await settle(pilot)
        index = next(i for i, r in enumerate(rows(screen)) if r[1].startswith("Security"))
        screen.query_one(DataTable).move_cursor(row=index)
        await pilot.press("h")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        stored = store.load("a00000000001").agreements[0]
        assert (stored.status, stored.status_at) == (AgreementStatus.OPEN, "2026-11-25")


async def test_mark_done_on_a_carried_agreement_changes_the_latest_copy(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        index = next(i for i, r in enumerate(rows(screen)) if r[1].startswith("Cursus presenteren"))
        screen.query_one(DataTable).move_cursor(row=index)
        await pilot.press("d", "enter")
        await settle(pilot)
        assert store.load("s00000000002").agreements[0].status is AgreementStatus.DONE
        assert store.load("s00000000001").agreements[0].status is AgreementStatus.OPEN  # history untouched
        assert "Cursus presenteren v…" not in [r[1] for r in rows(screen)]


async def test_escape_on_the_date_prompt_changes_nothing(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("d", "escape")
        await settle(pilot)
        assert store.load("a00000000001").agreements[0].status is AgreementStatus.OPEN


async def test_followups_and_pop_screens(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FollowupsScreen)
        assert [(r[0], r[1]) for r in rows(screen)] == [
            ("⚠ te laat", "Ahmed El Amrani"),
            ("◷ binnenkort", "Lotte Bakker"),
            ("◷ binnenkort", "Sanne de Vries"),
            ("! >12 mnd geen", "Ahmed El Amrani"),
            ("✎ afspraak", "Ahmed El Amrani"),
            ("✎ afspraak", "Sanne de Vries"),
            ("✎ afspraak", "Sanne de Vries"),
        ]
        assert rows(screen)[-1][2:] == ["2026-05-12", "⚠ 2026-09-01: Mentor zoeken …"]  # not "i…"
        table = screen.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1)
        await pilot.pause()
        assert "Mentor zoeken in het team (organisatie)" in str(screen.query_one("#followups-below").render())
        table.move_cursor(row=0)
        await pilot.press("down", "down", "p")
        await settle(pilot)
        assert isinstance(app.screen, PopScreen) and app.screen.employee == "Sanne de Vries"
        assert [r[1][:14] for r in rows(app.screen)] == [
            "Cursus present",
            "Roosters piekw",
            "Meelopen met d",
            "Mentor zoeken ",
        ]
        assert [r[4] for r in rows(app.screen)] == ["⚠ TE LAAT", "open", "gedaan", "⚠ TE LAAT"]


async def test_carry_over_screen_marks_done_kept_dropped(make_app, filled, store, clock):
    new = _meeting("s00000000003", "Sanne de Vries", "2026-11-25")
    carry_over(new, list(store.meetings()))
    app = make_app(open_meeting=new)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        meeting_screen = app.screen
        await pilot.press("f11")
        await pilot.pause()
        assert isinstance(app.screen, CarryOverScreen)
        await pilot.press("d", "k", "x")
        await pilot.pause()
        assert [r[3] for r in rows(app.screen)] == ["✓ gedaan", "↻ loopt door", "✗ vervallen"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is meeting_screen
    stored = store.load("s00000000003")
    assert [a.status.value for a in stored.agreements] == ["done", "open", "dropped"]
    assert len(carry_over_topic(stored).notes) == 3


async def test_export_from_the_app_with_a_file_name_prompt(make_app, filled, store, tmp_path, monkeypatch):
    home, clone = tmp_path / "home", tmp_path / "clone"
    home.mkdir()
    clone.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(clone)  # often a clone of some repository: nothing may land here unasked
    exports = home / "gesprek-exports"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, PromptScreen)
        assert "~/gesprek-exports" in prompt.question  # where a name without a folder goes, said
        assert prompt.query_one(Input).value == "~/gesprek-exports/verslag-sanne-de-vries-2026-05-12.md"
        await pilot.press("enter")
        await settle(pilot)
        report = exports / "verslag-sanne-de-vries-2026-05-12.md"
        assert report.read_text().startswith("# ") and "Sanne de Vries" in report.read_text()
        assert report.stat().st_mode & 0o777 == 0o600 and exports.stat().st_mode & 0o777 == 0o700
        assert any(str(report) in n.message for n in app._notifications)  # told where it went

        async def enter_name(name: str, *, open_prompt: bool = True) -> None:
            if open_prompt:
                await pilot.press("e")
                await pilot.pause()
            app.screen.query_one(Input).value = name
            await pilot.press("enter")
            await settle(pilot)

        # JSON by extension; a wrong extension is explained in the prompt. A bare name lands in exports/ too.
        await enter_name("gesprek.txt")
        assert "Eindig de naam op .md, .json of .ics" in str(app.screen.query_one("#prompt-error").render())
        await enter_name("gesprek.json", open_prompt=False)
        assert json.loads((exports / "gesprek.json").read_text())["id"] == "s00000000002"

        # ics, and an existing file is only overwritten after a yes.
        await enter_name("gesprek.json")
        await pilot.press("n")
        await settle(pilot)
        assert json.loads((exports / "gesprek.json").read_text())["id"] == "s00000000002"
        await enter_name("opvolging.ics")
        assert "BEGIN:VCALENDAR" in (exports / "opvolging.ics").read_text()
        assert isinstance(app.screen, ViewScreen)
        await enter_name(str(clone / "hier.md"))  # the current folder only when named
        assert (clone / "hier.md").exists()
    assert [path.name for path in clone.iterdir()] == ["hier.md"]


async def test_names_with_escape_sequences_are_shown_inert(make_app, store):
    evil = _meeting("e00000000001", "Evil\x1b[2J\x1b]52;c;aGk=\x07Name", "2026-01-01")
    store.save(evil)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        cell = rows(screen)[0][1]
        assert "\x1b" not in cell and "\x07" not in cell and cell.startswith("Evil\\x1b")


def screen_rows(svg: str) -> list[str]:
    """The text rows of an SVG screenshot (export_screenshot), left to right."""
    import html
    import re

    rows: dict[int, list[tuple[float, str]]] = {}
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" clip-path="url\(#[^)]*-line-(\d+)\)">(.*?)</text>'
    for match in re.finditer(pattern, svg):
        rows.setdefault(int(match[2]), []).append((float(match[1]), html.unescape(match[3])))
    return ["".join(text for _, text in sorted(parts)).replace("\xa0", " ") for _, parts in sorted(rows.items())]


async def test_every_field_of_an_agreement_is_readable_at_80_columns(make_app):
    report = report_meeting()
    app = make_app()
    # 80 columns; tall enough to show the whole report at once.
    async with app.run_test(size=(80, 200)) as pilot:
        await pilot.pause()
        app.push_screen(ViewScreen(report))
        await wait_until(pilot, lambda: bool(app.screen.query(Markdown)) and app.screen.query_one(Markdown).table_of_contents)
        await pilot.pause()
        shown = " ".join(" ".join(screen_rows(app.export_screenshot())).split())
        for agreement in report.agreements:
            for field in (agreement.what, agreement.follow_up, agreement.approach_note, "medewerker", "organisatie"):
                assert " ".join(field.split()) in shown
        for label in ("Wie:", "Aanpak:", "Uiterlijk:", "Opvolging:", "Status:"):
            assert label in shown
        assert "woensdag 31 maart 2027" in shown and "vrijdag 15 januari 2027" in shown


def _many(store, count: int) -> list[str]:
    """`count` conversations on consecutive days; their ids, newest first."""
    from tui.domain.model import Meeting, Status

    ids = []
    for number in range(count):
        day = pendulum.date(2020, 1, 1).add(days=number).isoformat()
        meeting = Meeting(employee=f"Medewerker {number}", manager="Pieter", date=day, status=Status.FINISHED, id=f"m{number:011d}")
        store.save(meeting)
        ids.append(meeting.id)
    return ids[::-1]


async def test_a_long_list_shows_what_fits_and_the_rest_as_the_cursor_comes(make_app, store):
    ids = _many(store, 300)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        table = screen.query_one(DataTable)
        assert "300 van 300" in str(screen.query_one("#review-count").render())
        assert 17 < table.row_count < 300  # more than fits, not all
        shown = table.row_count
        for _ in range(shown // 10):
            await pilot.press("pagedown")
        await pilot.pause()
        assert table.row_count > shown and table.cursor_row >= shown - 1
        assert screen.current().id == ids[table.cursor_row]
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert table.row_count == 300 and table.cursor_row == 299
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ViewScreen) and app.screen.meeting.id == ids[-1]


async def test_a_long_list_filtered_counts_every_match(make_app, store):
    _many(store, 300)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("f")
        await pilot.pause()
        await type_text(pilot, "medewerker 2")
        await pilot.press("enter")
        await settle(pilot)
        # 2, 20-29, 200-299
        assert "111 van 300" in str(screen.query_one("#review-count").render())
        assert [r[1] for r in rows(screen)[:3]] == ["Medewerker 299", "Medewerker 298", "Medewerker 297"]
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert rows(screen)[-1][1] == "Medewerker 2" and len(rows(screen)) == 111


async def test_search_reads_no_conversation_when_the_index_is_current(make_app, filled, store, reads):
    store.search.view()  # as the saves and an earlier search left it
    reads.clear()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_search(app, pilot, "cursus security")
        assert [h.meeting_id for h in screen.hits] == ["a00000000001", "a00000000001"]
        await pilot.press("escape", "a")
        await settle(pilot)
        assert isinstance(app.screen, OpenAgreementsScreen) and rows(app.screen)
    assert reads == []


async def test_search_finds_what_the_review_list_shows_and_more_after_it_reloads(make_app, filled, store):
    from tui.store import open_store

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        elsewhere = open_store(store.path)  # another process, say
        added = _meeting("z00000000001", "Zoë Zeppelin", "2026-11-24")
        added.topics[0].notes.append(Note("Over de zeppelinhaven gesproken.", Side.EMPLOYEE, "2026-11-24T10:00:00+01:00"))
        elsewhere.save(added)
        await pilot.press("slash")
        await settle(pilot)
        await type_text(pilot, "zeppelinhaven")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen) and app.screen.hits == []
        await pilot.press("escape")
        await settle(pilot)  # back on the list, which reads the store again
        assert "6 van 6" in str(app.screen.query_one("#review-count").render())
        await pilot.press("slash")
        await settle(pilot)
        await type_text(pilot, "zeppelinhaven")
        await settle(pilot)
        assert [h.meeting_id for h in app.screen.hits] == ["z00000000001"]


async def test_the_mouse_wheel_shows_more_of_a_long_list(make_app, store):
    _many(store, 300)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        table = screen.query_one(DataTable)
        shown = table.row_count
        for _ in range(shown):
            table.post_message(events.MouseScrollDown(table, 5, 5, 0, 1, 0, False, False, False))
            await pilot.pause()
        assert table.row_count > shown and table.cursor_row == 0
