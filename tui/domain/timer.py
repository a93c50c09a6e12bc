"""Per-topic timers for a live meeting.

Time is derived from a monotonic clock, never from counting ticks. What has
been spent is folded into `Topic.spent_seconds` on every commit, so a saved
meeting resumes with its timers where they stopped; time while the app was
not running does not count.
"""

from __future__ import annotations

import pendulum

from .clock import Clock
from .model import Meeting, Status, Topic
from .validate import is_spent


class MeetingTimer:
    def __init__(self, meeting: Meeting, clock: Clock) -> None:
        self.meeting = meeting
        self.clock = clock
        self._segment_start: float | None = None
        if meeting.status is Status.RUNNING:
            self._segment_start = clock.monotonic()

    # -- state -------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.meeting.status is Status.RUNNING

    @property
    def active(self) -> Topic | None:
        topics = self.meeting.topics
        if not topics:
            return None
        return topics[min(self.meeting.active_topic, len(topics) - 1)]

    def _live_extra(self) -> float:
        if self._segment_start is None:
            return 0.0
        return max(0.0, self.clock.monotonic() - self._segment_start)

    def commit(self) -> None:
        """Fold the running segment into the active topic (before a save)."""
        topic = self.active
        if self._segment_start is None or topic is None:
            return
        now = self.clock.monotonic()
        topic.spent_seconds += max(0.0, now - self._segment_start)
        self._segment_start = now

    # -- transitions -------------------------------------------------------

    def start(self) -> None:
        """On the first topic not done, whichever one was open while preparing."""
        if self.meeting.status is not Status.PLANNED or not self.meeting.topics:
            return
        self.meeting.active_topic = next((i for i, t in enumerate(self.meeting.topics) if not t.done), 0)
        now = self.clock.now()
        self.meeting.status = Status.RUNNING
        self.meeting.started_at = now.isoformat()
        self.meeting.planned_end = now.add(minutes=self.meeting.planned_minutes).isoformat()
        self._segment_start = self.clock.monotonic()

    def pause(self) -> None:
        if not self.running:
            return
        self.commit()
        self._segment_start = None
        self.meeting.status = Status.PAUSED

    def resume(self) -> None:
        if self.meeting.status is not Status.PAUSED:
            return
        self.meeting.status = Status.RUNNING
        self._segment_start = self.clock.monotonic()

    def toggle(self) -> None:
        """Start, pause or resume, whichever fits."""
        if self.meeting.status is Status.PLANNED:
            self.start()
        elif self.running:
            self.pause()
        else:
            self.resume()

    def goto(self, index: int) -> None:
        topics = self.meeting.topics
        if not topics or not 0 <= index < len(topics) or index == self.meeting.active_topic:
            return
        self.commit()
        if index > self.meeting.active_topic and self.meeting.status is not Status.PLANNED:
            for topic in topics[self.meeting.active_topic : index]:
                topic.done = True
        self.meeting.active_topic = index
        topics[index].done = False

    def next(self) -> None:
        if self.active is not None and self.meeting.active_topic == len(self.meeting.topics) - 1:
            if self.meeting.status is not Status.PLANNED:
                self.active.done = True
            return
        self.goto(self.meeting.active_topic + 1)

    def previous(self) -> None:
        self.goto(self.meeting.active_topic - 1)

    def finish(self) -> None:
        self.commit()
        self._segment_start = None
        if self.active is not None and self.meeting.status is not Status.PLANNED:
            self.active.done = True
        self.meeting.status = Status.FINISHED
        self.meeting.finished_at = self.clock.now().isoformat()

    # -- readings ----------------------------------------------------------

    def spent(self, index: int) -> float:
        topic = self.meeting.topics[index]
        extra = self._live_extra() if index == self.meeting.active_topic else 0.0
        return topic.spent_seconds + extra

    def remaining(self, index: int) -> float:
        """Seconds left on a topic's countdown; negative means overtime."""
        return self.meeting.topics[index].planned_minutes * 60 - self.spent(index)

    def elapsed(self) -> float:
        return sum(self.spent(i) for i in range(len(self.meeting.topics)))

    def planned_seconds(self) -> int:
        return self.meeting.planned_minutes * 60

    def seconds_still_needed(self) -> float:
        """Planned time still ahead: the active topic's rest plus untouched topics."""
        total = 0.0
        for i, topic in enumerate(self.meeting.topics):
            if topic.done:
                continue
            total += max(0.0, self.remaining(i))
        return total

    def projected_end(self) -> pendulum.DateTime:
        return self.clock.now().add(seconds=int(round(self.seconds_still_needed())))


# -- clock checkpoints -------------------------------------------------------------
# While the clock runs and nothing is typed, only the time spent changes: a few bytes, saved
# beside the record instead of rewriting the whole conversation every few seconds.


def clock_checkpoint(meeting: Meeting) -> dict[str, object]:
    """The time spent per topic (commit the timer first), for the revision of the record it extends."""
    return {
        "revision": meeting.revision,
        "active_topic": meeting.active_topic,
        "spent": [topic.spent_seconds for topic in meeting.topics],
    }


def resume_from_checkpoint(meeting: Meeting, checkpoint: object) -> bool:
    """Take the times of a checkpoint that extends exactly this record; False (nothing changed)
    for one that is stale (the record was saved since, with its own times) or malformed."""
    if not isinstance(checkpoint, dict):
        return False
    spent = checkpoint.get("spent")
    if (
        checkpoint.get("revision") != meeting.revision
        or checkpoint.get("active_topic") != meeting.active_topic
        or not isinstance(spent, list)
        or len(spent) != len(meeting.topics)
        or not all(is_spent(seconds) for seconds in spent)
    ):
        return False
    for topic, seconds in zip(meeting.topics, spent, strict=True):
        # A checkpoint is newer than its record: time only grows.
        topic.spent_seconds = max(topic.spent_seconds, seconds)
    return True
