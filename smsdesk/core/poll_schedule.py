"""When to ask a vendor about a send again: a pure function of the driver's declaration and the age.

A vendor that documents when its delivery reports are ready
(``Capabilities.report_delay_s``: the Sandbox 4 s, TwSMS 5 s) is asked just after
that, then at gaps of half the send's age (4.5 s, 8.5 s, 12.8 s, 19.1 s ... for the
Sandbox), so most reports are shown within one gap of arriving and an old job costs
a question an hour at most. The user's interval (``floor``) is the shortest gap once
the fast window (``FAST_WINDOW`` report delays) is over, and from the start for
vendors that declare nothing. Failures double the gap.
"""

from __future__ import annotations

GENERIC_FIRST_S = 10.0  # first question for a vendor that declares no report delay
LONGEST_GAP_S = 3600.0
REPORT_MARGIN_S = 0.5  # ask just after the documented delay, not a hair before it
GROWTH = 0.5  # each gap is this share of the send's age
FAST_WINDOW = 6.0  # report delays after the send in which a fast vendor's reports arrive


def first_poll_age(report_delay_s: float | None) -> float:
    """The send's age at its first status question."""
    delay = report_delay_s if report_delay_s is not None and report_delay_s >= 0 else None
    return (GENERIC_FIRST_S if delay is None else delay) + REPORT_MARGIN_S


def poll_gap(report_delay_s: float | None, age_s: float, *, floor: float = 0.0, failures: int = 0,
             longest: float = LONGEST_GAP_S) -> float:
    """Seconds from now until the next status question about a send made ``age_s`` seconds ago."""
    delay = report_delay_s if report_delay_s is not None and report_delay_s >= 0 else None
    first = first_poll_age(delay)
    age = max(0.0, age_s)
    gap = first - age if age < first else max(first - REPORT_MARGIN_S, age * GROWTH)
    if delay is None or age >= FAST_WINDOW * delay:
        gap = max(gap, floor)
    gap *= 2.0 ** min(max(0, failures), 12)
    return max(0.0, min(longest, gap))
