"""In flight means on the wire: the journal mark made just before a send request leaves.

A recipient is marked in flight only once its request has its rate slot and is about
to go out; while it waits for a slot, backs off after a 429 or sits paused, it stays
queued. After a crash the unknown ones are therefore at most the requests that were
really being transmitted.

Each mark is a lease-fenced write (:meth:`JobLease.guarded_write`): a sender that lost
its job cannot mark, so its request never leaves. Requests that reach the wire
together share one commit (group commit), so pacing does not cost one fsync each
when the data file is slower than the rate.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from smsdesk.core.leases import JobLease, LeaseError
from smsdesk.core.store import utcnow


@dataclass
class _Ticket:
    ids: list[int]
    done: bool = False
    error: BaseException | None = None


@dataclass
class WireJournal:
    """One per send: marks (and unmarks) requests of the lease's job."""

    lease: JobLease
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _pending: list[_Ticket] = field(default_factory=list)
    _writing: bool = False

    def mark(self, ids: list[int]) -> None:
        """Mark these messages in flight; raises (nothing marked, nothing may leave) when it cannot.

        :class:`LeaseError` when the job may not be written, or whatever the store raised (a full disk,
        a lost server). Every request of the group then gets the error: none of them was marked.
        """
        ticket = _Ticket(ids)
        with self._cond:
            self._pending.append(ticket)
            while not ticket.done:
                if self._writing:
                    self._cond.wait()
                    continue
                # Leader: write everything queued so far in one transaction.
                self._writing = True
                group, self._pending = self._pending, []
                error: BaseException | None = None
                self._cond.release()
                try:
                    now = utcnow()
                    self.lease.guarded_write(
                        "UPDATE messages SET inflight=1, attempts=attempts+1, updated_at=? WHERE id=?",
                        [(now, i) for t in group for i in t.ids],
                    )
                except BaseException as exc:  # not only a lost lease: the whole group stays unmarked
                    error = exc
                finally:
                    self._cond.acquire()
                    for t in group:
                        t.done, t.error = True, error
                    self._writing = False
                    self._cond.notify_all()
        if ticket.error is not None:
            raise ticket.error

    def unmark(self, ids: list[int]) -> None:
        """Back to queued (it did not arrive and will be tried again later); raises :class:`LeaseError`."""
        now = utcnow()
        self.lease.guarded_write("UPDATE messages SET inflight=0, updated_at=? WHERE id=?",
                                 [(now, i) for i in ids])

    def gate(self, ids: list[int]) -> Gate:
        return Gate(self, ids)


class Gate:
    """One request's :class:`smsdesk.vendors.http.WireGate`: marks on the way out, unmarks on back-off."""

    def __init__(self, journal: WireJournal, ids: list[int]) -> None:
        self.journal = journal
        self.ids = ids
        self.marked = False

    def on_wire(self) -> None:
        if not self.marked:
            self.journal.mark(self.ids)
            self.marked = True

    def off_wire(self) -> None:
        if not self.marked:
            return
        try:
            self.journal.unmark(self.ids)
        except LeaseError:
            return  # stays in flight: whoever holds the job now counts it unknown, never resends it
        self.marked = False
