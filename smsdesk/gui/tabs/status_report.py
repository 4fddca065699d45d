"""The Status tab's pictures of a job: the states bar, its legend, the status in words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from smsdesk.core.accounts import Account
from smsdesk.core.job_progress import reports_possible, status_label
from smsdesk.core.planner import Plan
from smsdesk.core.schedule import QuietHours
from smsdesk.core.states import ALL_STATES, State
from smsdesk.core.store import Store
from smsdesk.core.tracking import JobOverview, message_phones, plan_resend
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.gui.settings_dialog import callback_settings
from smsdesk.i18n import fmt_int, headed, join_list


def plan_resend_failed(store: Store, account: Account, job_id: int, quiet: QuietHours | None) -> Plan:
    """A new job for every recipient of ``job_id`` that failed (runs on a worker)."""
    phones = message_phones(store, job_id, states=[State.FAILED])
    return plan_resend(store, account, job_id, phones, quiet_hours=quiet)


def job_status_text(ctx: AppContext, row: JobOverview, account: Account | None) -> str:
    """"Done" only once every recipient's outcome is in, or can no longer come (job_progress)."""
    reports = account is not None and reports_possible(
        account.spec.capabilities, callbacks_running=callback_settings(ctx.settings).enabled,
        sent_at=row.job.updated_at, now=datetime.now(UTC))
    return status_label(row.job.status, row.counts, reports=reports)


class StateBar(QWidget):
    """A small horizontal bar chart of the recipients' states, drawn by the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.setMinimumHeight(22)
        self.setMaximumHeight(28)
        self.setAccessibleName(self.tr("Recipients by state"))

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        parts = [headed(State(k).label, fmt_int(v)) for k, v in counts.items() if v]
        self.setToolTip(join_list(parts))
        self.setAccessibleDescription(join_list(parts))
        self.update()

    def segments(self, width: float) -> list[tuple[State, float, float]]:
        """(state, x, width) of each coloured block, for painting and for tests."""
        total = sum(self.counts.values())
        out: list[tuple[State, float, float]] = []
        x = 0.0
        for state in ALL_STATES:
            n = self.counts.get(str(state), 0)
            if n and total:
                w = width * n / total
                out.append((state, x, w))
                x += w
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 3, 0, -3)
        painter.fillRect(rect, theme.surface(theme.Surface.TRACK))
        for state, x, w in self.segments(float(rect.width())):
            painter.fillRect(QRectF(rect.left() + x, rect.top(), w, rect.height()), theme.state_color(state))
        painter.end()


def state_legend(counts: dict[str, int]) -> str:
    parts = []
    for state in ALL_STATES:
        n = counts.get(str(state), 0)
        if n:
            parts.append(f"<span style='color:{theme.state_color(state).name()}'>\u25a0</span> {state.label} {fmt_int(n)}")
    return " &nbsp; ".join(parts)
