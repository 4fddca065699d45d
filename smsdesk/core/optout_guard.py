"""The opt-out list checked again just before each batch leaves.

The planner already leaves opted-out numbers out, but a big campaign runs for a while:
a customer who replies 退訂 while it runs must not get the message still queued for
them. The engine hands every window of batches to :func:`drop_opted_out` right before
marking it in flight; numbers now on the opt-out list are taken out of their batch and
their message is cancelled with the reason ``opted_out`` (nothing was sent, nothing paid).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from sqlite3 import Connection
from typing import Any, ClassVar, Protocol, TypeVar

from smsdesk.core.contacts import opted_out
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import utcnow
from smsdesk.i18n import translate

OPTED_OUT = "opted_out"  # messages.error_kind of a message held back by this guard


class _Batch(Protocol):
    __dataclass_fields__: ClassVar[dict[str, dataclasses.Field[Any]]]  # a dataclass: replace() copies it
    ids: list[int]
    phones: list[str]
    request: Any  # vendors.base.SendRequest


B = TypeVar("B", bound=_Batch)


def drop_opted_out(store: Store, job_id: int, window: list[B], *,
                   write: Callable[[], AbstractContextManager[Connection]] | None = None) -> list[B]:
    """``window`` without the numbers now on the opt-out list (their messages are cancelled).

    ``write`` is the sender's fenced transaction (JobLease.transaction), so a sender that lost
    its lease cannot cancel rows another sender owns.
    """
    blocked = opted_out(store, {p for b in window for p in b.phones})
    if not blocked:
        return window
    kept: list[B] = []
    held: list[int] = []
    for batch in window:
        pairs = [(i, p) for i, p in zip(batch.ids, batch.phones, strict=True) if p not in blocked]
        held += [i for i, p in zip(batch.ids, batch.phones, strict=True) if p in blocked]
        if len(pairs) == len(batch.ids):
            kept.append(batch)
        elif pairs:
            phones = [p for _, p in pairs]
            kept.append(dataclasses.replace(
                batch, ids=[i for i, _ in pairs], phones=phones,
                request=dataclasses.replace(batch.request, phones=phones)))
    now = utcnow()
    text = translate("Engine", "Not sent: this number was put on the opt-out list while the job was running.")
    with (write or store.transaction)() as db:
        db.executemany(
            "UPDATE messages SET state=?, error_kind=?, error_text=?, updated_at=?"
            " WHERE id=? AND job_id=? AND state=? AND inflight=0",
            [(str(State.CANCELLED), OPTED_OUT, text, now, i, job_id, str(State.QUEUED)) for i in held],
        )
    return kept
