"""Stored timestamps: written as ISO 8601 UTC with milliseconds, read back as aware datetimes.

No imports from the rest of the package, so i18n (which formats them for people) can use it.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> str:
    """Now, as the store writes every timestamp."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def utc_text(value: datetime | None) -> str | None:
    """An instant as the store keeps it (UTC, ISO 8601, milliseconds); None stays None."""
    return value.astimezone(UTC).isoformat(timespec="milliseconds") if value else None


def parse_time(value: str | None) -> datetime | None:
    """A stored timestamp as an aware datetime (UTC when it has no zone); None when empty.

    Raises ValueError for text that is not ISO 8601.
    """
    if not value:
        return None
    dt = datetime.fromisoformat(value)
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
