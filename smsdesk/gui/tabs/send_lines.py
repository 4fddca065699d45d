"""The one line Compose leaves under a send once it has stopped."""

from __future__ import annotations

from smsdesk.core.jobs import JobStatus
from smsdesk.i18n import translate


def outcome_line(job: object, status: JobStatus, counts: str) -> str:
    """What became of job ``job``, in place of its progress: a stopped send must not read as running."""
    if status is JobStatus.CANCELLED:
        text = translate("ComposeTab", "Job {job} cancelled: {counts}.")
    elif status in (JobStatus.PAUSED, JobStatus.INTERRUPTED):
        text = translate("ComposeTab", "Job {job} paused: {counts}. Resume it on the Status tab.")
    elif status is JobStatus.SCHEDULED:
        text = translate("ComposeTab", "Job {job} is scheduled.")
    else:
        text = translate("ComposeTab", "Job {job} sent: {counts}. Delivery reports follow on the Status tab.")
    return text.format(job=job, counts=counts)
