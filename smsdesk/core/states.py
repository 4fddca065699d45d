"""Per-recipient message states shared by the GUI, the CLI and the vendors."""

from __future__ import annotations

from enum import StrEnum

from smsdesk.i18n import QT_TRANSLATE_NOOP, translate


class State(StrEnum):
    QUEUED = "queued"
    SCHEDULED = "scheduled"
    SUBMITTED = "submitted"
    DELIVERED = "delivered"
    FAILED = "failed"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    # The outcome is not known: the vendor's answer was lost or the app crashed
    # mid-request. Never resent automatically.
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return translate("State", _LABELS[self])

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATES


_LABELS = {
    State.QUEUED: QT_TRANSLATE_NOOP("State", "Queued"),
    State.SCHEDULED: QT_TRANSLATE_NOOP("State", "Scheduled"),
    State.SUBMITTED: QT_TRANSLATE_NOOP("State", "Submitted"),
    State.DELIVERED: QT_TRANSLATE_NOOP("State", "Delivered"),
    State.FAILED: QT_TRANSLATE_NOOP("State", "Failed"),
    State.EXPIRED: QT_TRANSLATE_NOOP("State", "Expired"),
    State.CANCELLED: QT_TRANSLATE_NOOP("State", "Cancelled"),
    State.UNKNOWN: QT_TRANSLATE_NOOP("State", "Unknown"),
}

FINAL_STATES = frozenset({State.DELIVERED, State.FAILED, State.EXPIRED, State.CANCELLED})

# Delivery reports may arrive late or twice; a state only moves to a higher rank.
# unknown ranks just above submitted: any real report resolves it.
_RANK = {
    State.QUEUED: 0,
    State.SCHEDULED: 1,
    State.SUBMITTED: 2,
    State.UNKNOWN: 3,
    State.DELIVERED: 5,
    State.FAILED: 5,
    State.EXPIRED: 5,
    State.CANCELLED: 5,
}


def may_advance(current: State, new: State) -> bool:
    """True when a report of ``new`` may replace ``current``.

    Final states never change; unknown and submitted accept any later report.
    """
    if current in FINAL_STATES:
        return False
    if current is State.UNKNOWN:
        return new is not State.UNKNOWN and _RANK[new] >= _RANK[State.SUBMITTED]
    return _RANK[new] > _RANK[current]


ALL_STATES: tuple[State, ...] = tuple(State)
