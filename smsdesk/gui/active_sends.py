"""Every job this window is sending, whichever tab started it: its controls and latest progress.

Compose, the Status tab's Resume and Send again, and the scheduler register the job they send
here, so Pause, Resume and Cancel work for it from the Status tab (and Compose), and the Status
tab shows its live progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from smsdesk.gui.coalesce import Coalescer

if TYPE_CHECKING:  # the engine loads after the window's first paint
    from smsdesk.core.engine import Progress, SendControl


class ActiveSends(QObject):
    changed = Signal(int)  # job id: started, paused, resumed, cancelling or finished
    progress = Signal(object)  # Progress of a job being sent, at most ~20 a second per job (the latest)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controls: dict[int, SendControl] = {}
        self._progress: dict[int, Progress] = {}
        self._gates: dict[int, Coalescer[Progress]] = {}

    def add(self, job_id: int, control: SendControl) -> None:
        self._controls[job_id] = control
        self.changed.emit(job_id)

    def remove(self, job_id: int) -> None:
        gate = self._gates.pop(job_id, None)
        if gate is not None:
            gate.flush()  # the last count reaches the Status tab before "finished"
            gate.deleteLater()
        self._controls.pop(job_id, None)
        self._progress.pop(job_id, None)
        self.changed.emit(job_id)

    def report(self, progress: Progress) -> None:
        if progress.job_id in self._controls:
            self._progress[progress.job_id] = progress
            gate = self._gates.get(progress.job_id)
            if gate is None:
                gate = self._gates[progress.job_id] = Coalescer(self.progress.emit, self)
            gate.push(progress)

    def jobs(self) -> list[int]:
        return list(self._controls)

    def control(self, job_id: int) -> SendControl | None:
        return self._controls.get(job_id)

    def last(self, job_id: int) -> Progress | None:
        return self._progress.get(job_id)

    def is_sending(self, job_id: int) -> bool:
        return job_id in self._controls

    def paused(self, job_id: int) -> bool:
        control = self._controls.get(job_id)
        return control is not None and control.paused

    def pause(self, job_id: int) -> None:
        control = self._controls.get(job_id)
        if control is not None:
            control.pause()
            self.changed.emit(job_id)

    def resume(self, job_id: int) -> None:
        control = self._controls.get(job_id)
        if control is not None:
            control.resume()
            self.changed.emit(job_id)

    def halt_all(self) -> None:
        """The window is closing: every job stops before its next request, the rest stays resumable."""
        for control in self._controls.values():
            control.halt()

    def cancel(self, job_id: int) -> bool:
        """Stop before the next request; False when this window is not sending the job."""
        control = self._controls.get(job_id)
        if control is None:
            return False
        control.cancel()
        self.changed.emit(job_id)
        return True
