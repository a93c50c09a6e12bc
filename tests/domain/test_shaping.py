"""Shaping the agenda: insert, remove and move topics, minutes, who raised a topic.

Once the clock runs, every operation keeps the meeting on the topic being discussed.
"""

from __future__ import annotations

import pytest

from tui.domain.model import RaisedBy, Topic
from tui.domain.shaping import MAX_MINUTES, add_topic, change_minutes, cycle_raised_by, move_topic, remove_topic
from tui.domain.timer import MeetingTimer

from .conftest import make_meeting


def titles(meeting) -> list[str]:
    return [topic.title for topic in meeting.topics]


def started_on(clock, index: int, *minutes: int):
    """A meeting whose clock runs, on topic `index` (4 topics by default: Topic 0 .. Topic 3)."""
    meeting = make_meeting(*(minutes or (10, 20, 30, 40)))
    timer = MeetingTimer(meeting, clock)
    timer.start()
    timer.goto(index)
    return meeting


def active_title(meeting) -> str:
    return meeting.topics[meeting.active_topic].title


# -- move --------------------------------------------------------------------------------------


def test_move_down_and_up_returns_the_new_place(meeting):
    assert move_topic(meeting, 0, 1) == 1
    assert titles(meeting) == ["Topic 1", "Topic 0", "Topic 2"]
    assert move_topic(meeting, 2, -2) == 0
    assert titles(meeting) == ["Topic 2", "Topic 1", "Topic 0"]


@pytest.mark.parametrize(("index", "delta"), [(0, -1), (2, 1), (1, 2), (1, -2), (3, -1), (-1, 1)])
def test_move_past_either_end_or_from_nowhere_changes_nothing(meeting, index, delta):
    assert move_topic(meeting, index, delta) == index
    assert titles(meeting) == ["Topic 0", "Topic 1", "Topic 2"]


def test_before_the_start_the_topic_being_prepared_moves_along_and_the_start_is_at_the_top(meeting, clock):
    move_topic(meeting, 0, 2)
    assert titles(meeting) == ["Topic 1", "Topic 2", "Topic 0"]
    assert active_title(meeting) == "Topic 0"
    MeetingTimer(meeting, clock).start()
    assert meeting.active_topic == 0


@pytest.mark.parametrize(
    ("index", "delta"),
    [
        (2, -1),  # the active topic itself, up
        (2, 1),  # and down
        (1, 1),  # one from before it to after it
        (3, -1),  # one from after it to before it
        (0, 1),  # one before it that stays before it
        (3, -3),  # the last to the top
    ],
)
def test_once_started_the_active_topic_stays_the_same_topic(clock, index, delta):
    meeting = started_on(clock, 2)
    move_topic(meeting, index, delta)
    assert active_title(meeting) == "Topic 2"


# -- insert ------------------------------------------------------------------------------------


def test_insert_after_a_topic_at_the_top_and_at_the_end(meeting):
    assert add_topic(meeting, 0, "Na nul", 5, RaisedBy.EMPLOYEE) == 1
    assert add_topic(meeting, -1, "Bovenaan", 5, RaisedBy.BOTH) == 0
    assert add_topic(meeting, 99, "Onderaan", 5, RaisedBy.MANAGER) == 5
    assert titles(meeting) == ["Bovenaan", "Topic 0", "Na nul", "Topic 1", "Topic 2", "Onderaan"]
    inserted = meeting.topics[2]
    assert (inserted.planned_minutes, inserted.raised_by, inserted.notes, inserted.done) == (
        5, RaisedBy.EMPLOYEE, [], False
    )
    assert active_title(meeting) == "Topic 0"  # before the start: still the topic being prepared


@pytest.mark.parametrize(("minutes", "kept"), [(0, 1), (-5, 1), (MAX_MINUTES + 1, MAX_MINUTES), (45, 45)])
def test_insert_keeps_minutes_in_range(meeting, minutes, kept):
    index = add_topic(meeting, 2, "Extra", minutes, RaisedBy.BOTH)
    assert meeting.topics[index].planned_minutes == kept


@pytest.mark.parametrize("after", [-1, 0, 1, 2, 3])
def test_once_started_an_insert_anywhere_keeps_the_active_topic(clock, after):
    meeting = started_on(clock, 2)
    add_topic(meeting, after, "Nieuw", 5, RaisedBy.BOTH)
    assert active_title(meeting) == "Topic 2"
    assert len(meeting.topics) == 5


def test_an_insert_into_an_empty_agenda(meeting):
    meeting.topics.clear()
    assert add_topic(meeting, 0, "Enige", 10, RaisedBy.BOTH) == 0
    assert titles(meeting) == ["Enige"] and meeting.active_topic == 0


# -- remove ------------------------------------------------------------------------------------


def test_remove_returns_the_topic(meeting):
    removed = remove_topic(meeting, 1)
    assert isinstance(removed, Topic) and removed.title == "Topic 1"
    assert titles(meeting) == ["Topic 0", "Topic 2"]


@pytest.mark.parametrize("index", [0, 2])
def test_remove_the_first_or_the_last(meeting, index):
    assert remove_topic(meeting, index).title == f"Topic {index}"
    assert len(meeting.topics) == 2 and meeting.active_topic == 0


@pytest.mark.parametrize("index", [-1, 3])
def test_remove_outside_the_agenda_changes_nothing(meeting, index):
    assert remove_topic(meeting, index) is None
    assert len(meeting.topics) == 3


def test_the_last_remaining_topic_stays(meeting):
    assert remove_topic(meeting, 0) and remove_topic(meeting, 0)
    assert remove_topic(meeting, 0) is None
    assert titles(meeting) == ["Topic 2"] and meeting.active_topic == 0


def test_before_the_start_the_top_topic_can_go(meeting):
    assert remove_topic(meeting, 0).title == "Topic 0"
    assert meeting.active_topic == 0 and active_title(meeting) == "Topic 1"


def test_once_started_the_active_topic_cannot_be_removed(clock):
    meeting = started_on(clock, 2)
    assert remove_topic(meeting, 2) is None
    assert len(meeting.topics) == 4 and active_title(meeting) == "Topic 2"


@pytest.mark.parametrize("index", [0, 1, 3])
def test_once_started_removing_another_keeps_the_active_topic(clock, index):
    meeting = started_on(clock, 2)
    assert remove_topic(meeting, index).title == f"Topic {index}"
    assert active_title(meeting) == "Topic 2"


def test_once_started_on_the_last_topic_removing_the_one_before(clock):
    meeting = started_on(clock, 1, 10, 20)
    assert remove_topic(meeting, 0).title == "Topic 0"
    assert meeting.active_topic == 0 and active_title(meeting) == "Topic 1"


# -- equal topics; the topic being prepared ----------------------------------------------------


def test_once_started_an_equal_topic_moved_before_the_active_one_does_not_take_its_place(clock):
    meeting = started_on(clock, 1, 10, 5, 5)
    meeting.topics[1].title = meeting.topics[2].title = "Vragen"  # twice the same topic, just gone to
    move_topic(meeting, 2, -1)  # the other one moves up, before it
    assert meeting.active_topic == 2


@pytest.mark.parametrize("shape", ["move", "insert"])
def test_before_the_start_the_topic_being_prepared_stays_the_same_topic(clock, shape):
    meeting = make_meeting(10, 20, 30)
    MeetingTimer(meeting, clock).goto(1)  # preparing Topic 1
    if shape == "move":
        move_topic(meeting, 0, 1)
    else:
        add_topic(meeting, -1, "Bovenaan", 5, RaisedBy.BOTH)
    assert active_title(meeting) == "Topic 1"


# -- minutes and who raised it ---------------------------------------------------------------


def test_minutes_stay_between_one_and_the_maximum(meeting):
    change_minutes(meeting, 0, -100)
    assert meeting.topics[0].planned_minutes == 1
    change_minutes(meeting, 0, 2)
    assert meeting.topics[0].planned_minutes == 3
    change_minutes(meeting, 0, 10_000)
    assert meeting.topics[0].planned_minutes == MAX_MINUTES


def test_who_raised_it_cycles_through_all_three(meeting):
    seen = [cycle_raised_by(meeting, 1) for _ in range(3)]
    assert seen == [RaisedBy.EMPLOYEE, RaisedBy.MANAGER, RaisedBy.BOTH]
    assert meeting.topics[1].raised_by is RaisedBy.BOTH
