"""Helpers shared by the tabs' models and widgets."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

S = TypeVar("S", bound=QObject)
P = ParamSpec("P")
R = TypeVar("R")


def alive(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R | None]:
    """For callbacks from worker threads: do nothing once the widget has been deleted.

    A result can arrive after its tab is gone (the window closed meanwhile).
    """

    @functools.wraps(method)
    def wrapper(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R | None:
        if not isValid(self):
            return None
        return method(self, *args, **kwargs)

    return wrapper
