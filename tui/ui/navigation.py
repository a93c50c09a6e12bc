"""Going from screen to screen: every screen asks the app, so no screen imports another.

Screens are imported when first shown: each one costs start-up time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from ..domain.model import Meeting, Status
from ..i18n import t
from ..store import Store, StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..domain.clock import Clock
    from ..domain.model import Agreement, Signoff
    from ..domain.review import Hit
    from ..seats.guest import Guest
    from ..seats.invite import Code
    from ..services.meetings import NewMeeting
    from ..store.index import Listing
    from .dialogs.form import DraftKeeper
    from .screens.meeting.meeting import MeetingScreen
    from .screens.meeting.session import Session


class Navigation:
    """The app's half that knows the screens (mixed into GesprekApp)."""

    # The app opens in one of three modes (Textual screen stacks): the start screen, straight
    # into a meeting given on the command line, or the employee's own seat (`gesprek join`);
    # the start screen replaces the last two when the meeting ends.
    START_MODE = "start"
    MEETING_MODE = "meeting"
    SEAT_MODE = "seat"

    # -- the screens of the two modes ---------------------------------------------------------

    def start_screen(self) -> Screen:
        from .screens.start import StartScreen

        return StartScreen()

    def meeting_screen(self, meeting: Meeting) -> MeetingScreen:
        from .screens.meeting.meeting import MeetingScreen

        return MeetingScreen(meeting, self.clock)

    def meeting_screens(self) -> list[MeetingScreen]:
        """The live meetings on the screen stack (one, in practice)."""
        from .screens.meeting.meeting import MeetingScreen

        return [screen for screen in self.screen_stack if isinstance(screen, MeetingScreen)]

    def live_session(self, meeting_id: str) -> Session | None:
        """The meeting with this id if it is being held in this app right now."""
        return next((s.session for s in self.meeting_screens() if s.meeting.id == meeting_id), None)

    # -- opening a conversation -----------------------------------------------------------------

    def open_meeting(self, meeting: Meeting) -> None:
        """Hold an unfinished meeting; read a finished one."""
        # The start screen's resume offer would otherwise cover the notes editor.
        self.clear_notifications()
        if meeting.status is Status.FINISHED:
            from .screens.review.view import ViewScreen

            self.push_screen(ViewScreen(meeting))
        else:
            self.push_screen(self.meeting_screen(meeting))

    @work(thread=True, exclusive=True, group="open-meeting")
    def open_stored(self, meeting_id: str) -> None:
        """open_meeting() with a stored one (read off the UI thread); one that another window
        holds live asks first (open_elsewhere)."""
        meeting = self._load(meeting_id)
        if meeting is None:
            return
        if meeting.status is not Status.FINISHED and self.live_session(meeting_id) is None and self.store.is_open(meeting_id):
            self.call_from_thread(self.open_elsewhere, meeting)
        else:
            self.call_from_thread(self.open_meeting, meeting)

    def open_elsewhere(self, meeting: Meeting) -> None:
        """A live meeting another app holds open: say what opening it here too would do (saves
        that clash are kept apart), and offer to read it instead, or to open it anyway."""
        from ..domain.safe_text import single_line
        from .dialogs.open_elsewhere import OpenElsewhereScreen
        from .screens.review.view import ViewScreen

        def chosen(choice: str | None) -> None:
            if choice == "read":
                self.push_screen(ViewScreen(meeting))
            elif choice == "open":
                self.open_meeting(meeting)
                self.notify(t("open_elsewhere.opened"), severity="warning", timeout=15)

        self.push_screen(OpenElsewhereScreen(single_line(meeting.employee)), chosen)

    @work(thread=True, exclusive=True, group="open-meeting")
    def read_meeting(self, meeting_id: str, hit: Hit | None = None) -> None:
        """The report of a stored conversation, read-only; at the place of a search hit if given."""
        meeting = self._load(meeting_id)
        if meeting is not None:
            from .screens.review.view import ViewScreen

            self.call_from_thread(self.push_screen, ViewScreen(meeting, hit))

    def show_report(self, meeting: Meeting) -> None:
        """A meeting (or a version of it kept apart) read-only, as its report."""
        from .screens.review.view import ViewScreen

        self.push_screen(ViewScreen(meeting))

    def show_conflict(self, meeting_id: str) -> None:
        """A version of the meeting kept apart, compared with it, to copy over."""
        from .screens.review.conflict import ConflictScreen

        self.push_screen(ConflictScreen(meeting_id))

    def _load(self, meeting_id: str) -> Meeting | None:
        try:
            return self.store.load(meeting_id)
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return None

    def new_meeting(self, given: NewMeeting | None = None) -> None:
        """The new-meeting form (filled in with `given`); then the meeting, with last time's open agreements."""
        from .screens.new_meeting import NewMeetingScreen

        def created(meeting: Meeting | None) -> None:
            if meeting is not None:
                self._start(meeting)

        self.push_screen(NewMeetingScreen(given), created)

    @work(thread=True, exclusive=True, group="start-meeting")
    def _start(self, meeting: Meeting) -> None:
        from ..services.meetings import start_meeting

        try:
            start_meeting(self.store, meeting)
        except StoreError as error:
            self.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        self.call_from_thread(self.open_meeting, meeting)

    # -- around the live meeting ----------------------------------------------------------------

    def show_agreements(self, session: Session) -> None:
        from .screens.meeting.agreements import AgreementsScreen

        self.push_screen(AgreementsScreen(session))

    def show_carry_over(self, session: Session) -> None:
        from .screens.meeting.carry_over import CarryOverScreen

        self.push_screen(CarryOverScreen(session))

    def show_closing(self, session: Session, restore: dict[str, str] | None = None) -> None:
        from .screens.meeting.closing import ClosingScreen

        self.push_screen(ClosingScreen(session, restore))

    def show_summary(self, session: Session) -> None:
        """After the meeting ends: back to the start screen with the summary on top."""
        from .screens.meeting.summary import SummaryScreen

        self._back_to_start()
        self.push_screen(SummaryScreen(session.meeting, session.timer))

    def _back_to_start(self) -> None:
        if self.current_mode in (self.MEETING_MODE, self.SEAT_MODE):
            # The meeting was the first screen: the start screen takes its place.
            mode = self.current_mode
            self.switch_mode(self.START_MODE)
            self.remove_mode(mode)
        else:
            while len(self.screen_stack) > 1:
                self.pop_screen()

    def show_seat(self, session: Session) -> None:
        """The employee's own seat, on the manager's side: invite her, her proposals."""
        from .screens.meeting.seat_panel import SeatPanel

        self.push_screen(SeatPanel(session))

    # -- the employee's own seat (gesprek join) -------------------------------------------------

    def seat_screen(self, code: Code) -> Screen:
        from .screens.seat.seat import SeatScreen

        return SeatScreen(code, self.store, self.clock)

    def join(self, code: Code | None = None) -> None:
        """Her own seat in the meeting of `code`; without one, ask for it (kept out of `ps`)."""
        if code is None:
            from ..seats.invite import parse_code
            from ..seats.rendezvous import SeatError
            from .dialogs.prompt import PromptScreen

            def valid(value: str) -> str | None:
                try:
                    parse_code(value.removeprefix("gesprek join "))
                except SeatError as error:
                    return str(error)
                return None

            def given(value: str | None) -> None:
                if value is not None:
                    self.join(parse_code(value.removeprefix("gesprek join ")))

            self.push_screen(PromptScreen(t("seat.code_prompt"), "", validate=valid), given)
            return
        if not seat_free(self.store, code.meeting):  # open in another window: it goes on there
            self.notify(t("seat.open_elsewhere"), severity="error", timeout=20)
            return
        self.add_mode(self.SEAT_MODE, lambda: self.seat_screen(code))
        self.switch_mode(self.SEAT_MODE)

    def propose_agreement(
        self,
        meeting: Meeting,
        clock: Clock,
        then: Callable[[Agreement | None], None],
        keeper: DraftKeeper,
        restore: dict[str, str] | None = None,
    ) -> None:
        """The agreement form on her seat: what she saves is a proposal for the manager.

        What she types goes to `keeper` (her outbox), not to the meeting as his form does: the
        meeting on her seat is only the last state his app sent. `restore`: the form as she left it.
        """
        from ..domain.timer import MeetingTimer
        from .screens.meeting.agreement_form import AgreementForm
        from .screens.meeting.session import Session

        session = Session(meeting, MeetingTimer(meeting, clock), changed=lambda: None)
        self.push_screen(AgreementForm(session, None).kept_by(keeper, restore), then)

    def show_seat_agreements(self, guest: Guest) -> None:
        from .screens.seat.agreements import SeatAgreementsScreen

        self.push_screen(SeatAgreementsScreen(guest))

    def show_seat_report(self, guest: Guest) -> None:
        from .screens.seat.report import SeatReportScreen

        self.push_screen(SeatReportScreen(guest))

    def show_seat_signoff(self, guest: Guest, then: Callable[[Signoff | None], None]) -> None:
        from .screens.seat.signoff import SeatSignoffScreen

        self.push_screen(SeatSignoffScreen(guest), then)

    def leave_seat(self, meeting: Meeting) -> None:
        """The meeting ended: her start screen (her copy is in her store), its report on top."""
        from .screens.review.view import ViewScreen

        self._back_to_start()
        self.push_screen(ViewScreen(meeting))

    # -- the review -------------------------------------------------------------------------

    def show_review(self) -> None:
        from .screens.review.review import ReviewScreen

        self.push_screen(ReviewScreen())

    def show_search(self, listing: Listing | None = None) -> None:
        """Search the conversations in `listing` (as the review list read them), or in the store now."""
        from .screens.review.search import SearchScreen

        self.push_screen(SearchScreen(listing=listing))

    def show_open_agreements(self, employee: str = "") -> None:
        from .screens.review.open_agreements import OpenAgreementsScreen

        self.push_screen(OpenAgreementsScreen(employee))

    def show_followups(self) -> None:
        from .screens.review.followups import FollowupsScreen

        self.push_screen(FollowupsScreen())

    def show_pop(self, employee: str) -> None:
        from .screens.review.pop import PopScreen

        self.push_screen(PopScreen(employee))


def seat_free(store: Store, meeting_id: str) -> bool:
    """Whether her seat in the meeting can be had now (her seat's Guest then takes it)."""
    held = store.hold_seat(meeting_id)
    if held is None:
        return False
    held.release()
    return True
