"""Balance readings of every account, kept as snapshots for a trend."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from smsdesk.core.accounts import Account, AccountError, Accounts
from smsdesk.core.redact import redact
from smsdesk.core.store import Store, utcnow
from smsdesk.i18n import translate
from smsdesk.vendors.base import OutcomeUnknown, Unsupported, VendorError


@dataclass
class BalanceReading:
    account: str
    vendor: str
    balance: float | None
    unit: str
    read_at: str
    error: str
    detail: str = ""  # what a vendor without a balance query offers instead
    figures: dict[str, int] | None = None  # ...and its numbers (Tencent: this month's statistics)
    period: tuple[str, str] | None = None  # the ISO instants those figures cover
    low: bool = False  # empty, or under the account's low-balance threshold
    crossed_low: bool = False  # just went under it (notify once per crossing)
    threshold: float | None = None  # the threshold that applied (low_threshold)

    @property
    def empty(self) -> bool:
        return self.balance is not None and self.balance <= 0

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"account": self.account, "vendor": self.vendor, "balance": self.balance,
                               "unit": self.unit, "read_at": self.read_at, "error": self.error or None}
        if self.detail:
            out["instead"] = {"text": self.detail, "figures": self.figures or {},
                              "from": self.period[0] if self.period else None,
                              "to": self.period[1] if self.period else None}
        return out


def read_balance(store: Store, accounts: Accounts, account: Account) -> BalanceReading:
    """Ask one vendor; every failure becomes words on the reading, never an exception."""
    balance: float | None = None
    unit = account.spec.capabilities.balance_unit
    error = detail = ""
    figures: dict[str, int] | None = None
    period: tuple[str, str] | None = None
    try:
        client = accounts.client(account)
        try:
            if account.spec.capabilities.balance:
                reading = client.balance()
                balance, unit = reading.amount, reading.unit or unit
            else:
                error = translate("Balances", "Not offered by this vendor: {vendor} has no balance query.").format(
                    vendor=account.spec.label)
                instead = client.balance_substitute()
                detail, figures = instead.text, dict(instead.figures)
                if instead.begin is not None and instead.end is not None:
                    period = (instead.begin.isoformat(timespec="seconds"), instead.end.isoformat(timespec="seconds"))
        finally:
            client.close()
    except (VendorError, OutcomeUnknown, AccountError) as exc:
        if not error:
            error = redact(str(exc))  # a vendor may echo what it was sent
    except Unsupported:
        pass
    read_at = utcnow()
    result = BalanceReading(account.name, account.vendor, balance, unit, read_at, error, detail, figures, period)
    if account.spec.capabilities.balance:
        store.execute(
            "INSERT INTO balance_snapshots(account_id, balance, unit, error, read_at) VALUES (?,?,?,?,?)",
            (account.id, balance, unit, error, read_at),
        )
    result.threshold = low_threshold(store, account)
    if balance is not None:
        result.low = balance <= 0 or (result.threshold is not None and balance < result.threshold)
        flag = f"low-balance-notified:{account.id}"
        was_low = store.get_kv(flag) == "1"
        result.crossed_low = result.low and not was_low
        if result.low != was_low:
            store.set_kv(flag, "1" if result.low else "0")
    return result


def read_all(store: Store, accounts: Accounts, selected: list[Account] | None = None,
             max_workers: int = 8) -> list[BalanceReading]:
    """Query accounts concurrently: one slow or failing vendor holds up no other."""
    targets = selected if selected is not None else accounts.all()
    if not targets:
        return []
    with ThreadPoolExecutor(max_workers=min(max_workers, len(targets))) as pool:
        return list(pool.map(lambda a: read_balance(store, accounts, a), targets))


DEFAULT_LOW = 100.0  # points (or credits): the low-balance warning of an account that set none


def low_threshold(store: Store, account: Account) -> float:
    """Warn under this: the account's own threshold, else the larger of 100 and its last job's cost."""
    if account.low_balance is not None:
        return float(account.low_balance)
    row = store.query_one("SELECT points_estimated FROM jobs WHERE account_id=? ORDER BY id DESC LIMIT 1",
                          (account.id,))
    return max(DEFAULT_LOW, float(row[0] or 0) if row else 0.0)


def history(store: Store, account: Account, limit: int = 100) -> list[tuple[str, float]]:
    rows = store.query(
        "SELECT read_at, balance FROM balance_snapshots WHERE account_id=? AND balance IS NOT NULL"
        " ORDER BY read_at DESC LIMIT ?",
        (account.id, limit),
    )
    return [(r[0], float(r[1])) for r in reversed(rows)]


def last_known(store: Store, account: Account) -> float | None:
    row = store.query_one(
        "SELECT balance FROM balance_snapshots WHERE account_id=? AND balance IS NOT NULL"
        " ORDER BY read_at DESC LIMIT 1",
        (account.id,),
    )
    return float(row[0]) if row else None


def stored_readings(store: Store, accounts: list[Account]) -> list[BalanceReading]:
    """The last reading kept for each account, by whichever desk took it (no vendor is asked).

    ``crossed_low`` stays False: the desk that read it has already warned about the crossing.
    """
    out: list[BalanceReading] = []
    for account in accounts:
        row = store.query_one("SELECT balance, unit, error, read_at FROM balance_snapshots WHERE account_id=?"
                              " ORDER BY read_at DESC, id DESC LIMIT 1", (account.id,))
        if row is None:
            continue
        balance = None if row[0] is None else float(row[0])
        reading = BalanceReading(account.name, account.vendor, balance, str(row[1] or ""), str(row[3]),
                                 str(row[2] or ""))
        reading.threshold = low_threshold(store, account)
        if balance is not None:
            reading.low = balance <= 0 or balance < reading.threshold
        out.append(reading)
    return out
