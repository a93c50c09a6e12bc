"""What an app could not keep in the store when it had to go (a full disk: store/rescue.py), home
again when the store is opened: meetings into the store, her seat's outboxes into theirs."""

from __future__ import annotations

from ..i18n import t
from ..seats.outbox import Outbox
from ..store import Store, StoreError, rescue
from ..store.paths import meeting_id_of


def take_back_rescued(store: Store) -> list[str]:
    """Everything rescued from `store` taken back where it can be; user-facing messages about each.

    A rescued outbox is merged into her outbox of that meeting (Outbox.take_back_rescued) and
    deleted once that is saved; while her store still does not take it, it waits where it is.
    """
    messages = store.take_back_rescued()
    waiting = {found.meeting_id for found in rescue.listing(store.path) if found.kind == rescue.OUTBOX}
    for meeting_id in sorted(m for m in waiting if m and meeting_id_of(f"{m}.json") == m):
        outbox = Outbox(store.codec, meeting_id)
        if outbox.set_aside is not None:
            messages.append(t("seat.outbox_set_aside", file=outbox.set_aside))
        taken = outbox.take_back_rescued()
        messages += [t("store.rescued_broken", file=path) for path in taken.broken]
        if not taken.restored:
            continue
        try:
            outbox.save(outbox.snapshot())
        except StoreError as error:
            messages += [t("store.rescued_waiting", file=path, error=error) for path in taken.restored]
            continue
        messages += [t("seat.rescued_back_to_outbox", id=meeting_id, file=path) for path in taken.restored]
    return messages
