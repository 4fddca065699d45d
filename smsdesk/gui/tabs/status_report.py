"""The Status tab's pictures of a job: the states bar, its legend, the status in words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from smsdesk.core.accounts import Account
from smsdesk.core.job_progress import reports_possible, status_label
from smsdesk.core.job_report import JobReport
from smsdesk.core.job_views import JobOverview
from smsdesk.core.settings import callback_settings
from smsdesk.core.states import ALL_STATES, State
from smsdesk.gui import theme
from smsdesk.gui.context import AppContext
from smsdesk.i18n import fmt_int, headed, join_list


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


class JobReportChart(QWidget):
    """The job's report drawn small: the delivery funnel on the left (sent → delivered → replied
    → opted out, bars to scale with sent), the reasons for failure on the right."""

    MAX_REASONS = 4  # and "Other" for the rest: the chart stays four rows high

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = JobReport()
        self.setAccessibleName(self.tr("Delivery report"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(480, self._row_height() * (self.MAX_REASONS + 1) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(240, self.sizeHint().height())

    def set_report(self, report: JobReport) -> None:
        self.report = report
        lines = [headed(step, self._count(n, report.sent)) for step, n in report.funnel()]
        lines += [headed(reason, fmt_int(n)) for reason, n in report.failures]
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription(join_list(lines))
        self.update()

    def reasons(self) -> list[tuple[str, int]]:
        """The failure reasons shown: the most frequent, then the rest as one "Other" row."""
        failures = self.report.failures
        if len(failures) <= self.MAX_REASONS:
            return list(failures)
        shown = failures[:self.MAX_REASONS - 1]
        return [*shown, (self.tr("Other reasons"), sum(n for _r, n in failures[self.MAX_REASONS - 1:]))]

    @staticmethod
    def _count(n: int, of: int) -> str:
        return f"{fmt_int(n)} ({round(100 * n / of)}%)" if of else fmt_int(n)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        row = self._row_height()
        half = self.width() // 2
        track = theme.surface(theme.Surface.TRACK)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        colours = [theme.state_color(State.SUBMITTED), theme.state_color(State.DELIVERED),
                   theme.color(theme.Tone.OK), theme.color(theme.Tone.WARNING)]
        title = self.font()
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, half - 8, row), Qt.AlignmentFlag.AlignVCenter, self.tr("Delivery funnel"))
        painter.drawText(QRectF(half + 8, 0, half - 8, row), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Why messages failed"))
        painter.setFont(self.font())
        sent = max(1, self.report.sent)
        for i, ((step, n), colour) in enumerate(zip(self.report.funnel(), colours, strict=True)):
            self._bar(painter, QRectF(0, row * (i + 1), half - 8, row - 2), step, self._count(n, self.report.sent),
                      n / sent, colour, track, text)
        reasons = self.reasons()
        worst = max((n for _r, n in reasons), default=1)
        for i, (reason, n) in enumerate(reasons):
            self._bar(painter, QRectF(half + 8, row * (i + 1), half - 8, row - 2), reason, fmt_int(n), n / worst,
                      theme.state_color(State.FAILED), track, text)
        if not reasons:
            painter.setPen(theme.color(theme.Tone.MUTED))
            painter.drawText(QRectF(half + 8, row, half - 8, row), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("No message failed"))
        painter.end()

    def _bar(self, painter: QPainter, rect: QRectF, label: str, value: str, share: float, colour: QColor,
             track: QColor, text: QColor) -> None:
        """One row: the label, a bar of ``share`` (0..1) and the figure."""
        metrics = self.fontMetrics()
        label_width = rect.width() * 0.42
        value_width = metrics.horizontalAdvance("000,000 (100%)")
        bar = QRectF(rect.left() + label_width, rect.top() + 3, max(0.0, rect.width() - label_width - value_width - 8),
                     rect.height() - 6)
        painter.setPen(text)
        painter.drawText(QRectF(rect.left(), rect.top(), label_width - 6, rect.height()), Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)))
        painter.fillRect(bar, track)
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * min(1.0, share), bar.height()), colour)
        painter.drawText(QRectF(bar.right() + 6, rect.top(), value_width + 2, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter, value)
