"""A job's queued recipients as send requests, read from the journal a page at a time.

Recipients with identical text go together, up to what the vendor takes per request for
that number (``client.batch_limit``). When the driver fills placeholders itself
(``capabilities.per_recipient_variables``) a personalised job's recipients go together by
template instead, each with its own values (:mod:`smsdesk.core.server_fill`), so 10,000
names are a few requests rather than 10,000; each row still keeps its own rendered text,
segments and points. The engine never holds the whole job: it reads
:data:`PAGE` queued rows at a time in id order (keyset pagination, so a row is read once
even while others change state), hands out every request that is full at once and keeps
the partly filled ones only up to :data:`HOLD` rows, so memory grows with the window of
requests, not with the job. A job of few distinct texts makes exactly the requests a
whole-job grouping would (:func:`request_count`, which the schedule window check asks).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from smsdesk.core.jobs import Job
from smsdesk.core.server_fill import ServerFill
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.core.timestamps import parse_time
from smsdesk.vendors.base import SendRequest, VendorClient

PAGE = 5_000  # queued rows read per query
HOLD = 20_000  # rows kept waiting for more of the same text before their requests go part-filled

Member = tuple[int, str, dict[str, str] | None]  # message id, phone, its values when the vendor fills the text


@dataclass
class Batch:
    ids: list[int]
    phones: list[str]
    request: SendRequest


class Grouping:
    """Which request a recipient goes in: the driver's limit for its number, and its text or,
    where the driver fills placeholders itself, the job's template with the recipient's values."""

    def __init__(self, client: VendorClient, text: str, template_id: str | None) -> None:
        self._client = client
        fill = client.capabilities.per_recipient_variables and not template_id
        self._fill_form = ServerFill.of(text) if fill else None

    def key(self, phone: str, rendered: str, variables: str | None) -> tuple[tuple[bool, str, int],
                                                                             dict[str, str] | None]:
        """((filled by the vendor, request text, limit), the recipient's values or None)."""
        values, text = None, rendered
        if self._fill_form is not None:
            values = self._fill_form.values(json.loads(variables or "{}"), rendered)
            if values is not None:
                text = self._fill_form.text
        return (values is not None, text, max(1, self._client.batch_limit(phone))), values


def request_count(client: VendorClient, text: str, template_id: str | None,
                  recipients: Iterable[tuple[str, str, str | None]]) -> int:
    """Requests the engine makes for (phone, rendered text, variables JSON) rows of a job.

    Grouped as :class:`BatchQueue` groups them, so a personalised job for a vendor that
    takes per-recipient variables counts one request per batch, not one per distinct text.
    """
    groups: dict[tuple[bool, str, int], int] = {}
    grouping = Grouping(client, text, template_id)
    for phone, rendered, variables in recipients:
        key, _values = grouping.key(phone, rendered, variables)
        groups[key] = groups.get(key, 0) + 1
    return sum(-(-n // key[2]) for key, n in groups.items())


class BatchQueue:
    """The requests still to make for a job, in the journal's order; filled from the store as it empties.

    Only rows queued and not in flight when their page is read are taken; rows put back in the
    queue after they were read (a refusal that pauses the job) are sent by the next resume.
    """

    def __init__(self, store: Store, job: Job, client: VendorClient) -> None:
        self._store = store
        self._job = job
        self._client = client
        self._schedule_at = None if job.local_schedule else parse_time(job.schedule_at)
        self._after = 0  # the last message id read
        self._done = False
        self._ready: deque[Batch] = deque()
        # (filled by the vendor, text, limit) -> members
        self._groups: dict[tuple[bool, str, int], list[Member]] = {}
        self._grouping = Grouping(client, job.text, job.template_id)
        self._held = 0

    def __bool__(self) -> bool:
        self._fill()
        return bool(self._ready)

    def __len__(self) -> int:
        """Requests ready now (more may follow from the store)."""
        self._fill()
        return len(self._ready)

    def popleft(self) -> Batch:
        self._fill()
        return self._ready.popleft()

    def appendleft(self, batch: Batch) -> None:
        """A request that did not leave after all: it goes first."""
        self._ready.appendleft(batch)

    def _fill(self) -> None:
        while not self._ready and not self._done:
            rows = self._store.query(
                "SELECT id, phone, rendered, variables FROM messages WHERE job_id=? AND state=? AND inflight=0 AND id>?"
                " ORDER BY id LIMIT ?", (self._job.id, str(State.QUEUED), self._after, PAGE))
            if not rows:
                self._done = True
                self._release()
                break
            self._after = rows[-1]["id"]
            for row in rows:
                phone = row["phone"]
                key, values = self._grouping.key(phone, row["rendered"], row["variables"])
                text = key[1]
                members = self._groups.setdefault(key, [])
                members.append((row["id"], phone, values))
                self._held += 1
                if len(members) >= key[2]:
                    del self._groups[key]
                    self._held -= len(members)
                    self._ready.append(self._batch(text, members))
            if self._held > HOLD:
                self._release()

    def _release(self) -> None:
        for (_filled, text, _limit), members in self._groups.items():
            self._ready.append(self._batch(text, members))
        self._groups, self._held = {}, 0

    def _batch(self, rendered: str, members: list[Member]) -> Batch:
        job = self._job
        phones = [p for _, p, _ in members]
        if job.template_id:
            request = SendRequest(phones=phones, template_id=job.template_id, params=json.loads(rendered or "{}"),
                                  schedule_at=self._schedule_at, client_ref=f"job{job.id}")
        else:
            variables = {p: v for _, p, v in members if v is not None} or None
            request = SendRequest(phones=phones, text=rendered, variables=variables, schedule_at=self._schedule_at,
                                  client_ref=f"job{job.id}")
        return Batch([i for i, _, _ in members], phones, request)
