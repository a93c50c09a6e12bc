"""The employee's own seat on the manager's screen: one line under the clock, and the host behind it.

Shown once she is invited: the line to give her, then that she is connected and since when,
or that she left. It hosts the meeting for her seat while the meeting screen is open
(tui/seats/host.py), saves what her seat changes as the manager's own changes are saved, and
tells every screen (SeatChanged) so each shows it. The host (and the rest of tui/seats) is
loaded only for a meeting with a seat, or once the manager opens the seat panel: the meeting
screen of everyone else starts without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.model import AgreementStatus
from ....domain.safe_text import single_line
from ....i18n import t, tn
from ...messages import SeatChanged, SeatNews
from ...widgets.plain import Plain
from .session import Session

if TYPE_CHECKING:
    from ....seats.changes import Change
    from ....seats.host import Host, HostEvent, Refusal

# A stranger knocking again and again is one notice per this many seconds, not a flood.
REFUSAL_NOTICE_SECONDS = 10.0


class SeatLine(Plain):
    def __init__(self, session: Session, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.session = session
        self._text = ""
        self._refusal_noticed = -REFUSAL_NOTICE_SECONDS

    def on_mount(self) -> None:
        if self.session.meeting.seat is not None:
            self.hosting().restart()
        self.show()

    def hosting(self) -> Host:
        """The host of her seat (session.seat), made on first use."""
        if self.session.seat is None:
            from ....seats.host import Host

            self.session.seat = Host(self.session.meeting, self.session.timer, self._event)
        return self.session.seat

    def on_unmount(self) -> None:
        if self.session.seat is not None:
            self.session.seat.close()
            self.session.seat = None

    # -- what her seat does ----------------------------------------------------------------------

    def _event(self, kind: HostEvent, detail: Any) -> None:
        self.post_message(SeatNews(kind, detail))

    def on_seat_news(self, news: SeatNews) -> None:
        from ....seats.host import HostEvent

        kind, detail = news.kind, news.detail
        login = self._login()
        if kind is HostEvent.JOINED:
            self.notify(t("seat.joined", login=login))
        elif kind is HostEvent.LEFT:
            self.notify(t("seat.left", login=login), severity="warning")
        elif kind is HostEvent.CHANGED:
            self._changed(detail)
        elif kind is HostEvent.CLOSED:
            self.notify(t("seat.closed", problem=t(f"seat.problem.{detail.problem.value}")), severity="error")
        elif kind is HostEvent.REFUSED:
            self._refused(detail)
        elif kind is HostEvent.UNAVAILABLE:
            self.notify(t("seat.line.unavailable", reason=detail), severity="error", timeout=15)
        self.show()
        for screen in self.app.screen_stack:
            screen.post_message(SeatChanged())

    def _changed(self, change: Change) -> None:
        self.session.changed()
        if change.type in ("topic", "agreement"):
            self.notify(t(f"seat.got.{change.type}", login=self._login(), text=change.text), timeout=10)
        elif change.type == "signoff":
            self.notify(t("seat.got.signoff", login=self._login(), text=t(f"signoff.{change.text}")))

    def _refused(self, refusal: Refusal) -> None:
        now = self.session.clock.monotonic()
        if now - self._refusal_noticed >= REFUSAL_NOTICE_SECONDS:
            self._refusal_noticed = now
            problem = t(f"seat.problem.{refusal.problem.value}")
            self.notify(t("seat.refused", login=refusal.login, problem=problem), severity="warning", timeout=15)

    def _login(self) -> str:
        seat = self.session.meeting.seat
        return single_line(seat.login) if seat is not None else ""

    # -- the line --------------------------------------------------------------------------------

    def show(self) -> None:
        text = self.line()
        self.display = bool(text)
        if text != self._text:
            self._text = text
            self.update(text)

    def line(self) -> str:
        meeting, host = self.session.meeting, self.session.seat
        if meeting.seat is None or host is None:
            return ""
        from ....seats.invite import code_of

        code = code_of(meeting)
        if code is None:
            return ""
        if host.problem:
            return t("seat.line.unavailable", reason=host.problem)
        login = self._login()
        if host.guest is not None:
            waiting = [p for p in meeting.seat.proposals if p.status is AgreementStatus.OPEN]
            proposals = tn("seat.line.proposals", len(waiting)) if waiting else ""
            return t("seat.line.joined", login=login, since=host.guest[1].format("HH:mm"), proposals=proposals)
        if host.left_at is not None:
            return t("seat.line.left", login=login, at=host.left_at.format("HH:mm"), code=code)
        return t("seat.line.waiting", login=login, code=code)
