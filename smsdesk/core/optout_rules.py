"""When a reply means "stop sending me messages": the opt-out keywords and how each one matches.

Each keyword has one of two rules:

* **whole reply** (written plainly, e.g. ``STOP``): the reply, ignoring case, full-width
  letters, spaces and punctuation, IS the keyword. Used for words that also occur in
  ordinary sentences ("Please stop by tomorrow", "我要取消訂單") and for the one- and
  two-letter codes T and TD, which would match almost anything as a part of a word.
* **anywhere in the reply** (written with a leading ``*``, e.g. ``*退訂``): the keyword
  appears somewhere in the reply. Used for the Chinese opt-out words, which mean nothing
  else and usually come inside a sentence ("回T退订", "請幫我取消訂閱，謝謝").

Traditional and Simplified Chinese are both listed: mainland numbers answer in Simplified.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

CONTAINS_MARK = "*"

DEFAULT_OPTOUT_KEYWORDS: tuple[str, ...] = (
    "STOP", "UNSUBSCRIBE", "*退訂", "*退订", "*取消訂閱", "*取消订阅", "TD", "T", "取消",
)
# What older versions wrote to the settings when the user saved them unchanged: read as today's default.
_OLD_DEFAULT = ("STOP", "UNSUBSCRIBE", "退訂", "取消訂閱", "TD", "取消")
_NOT_TEXT = re.compile(r"[\s\W_]+", re.UNICODE)


def keyword_form(text: str) -> str:
    """Full-width letters (ＳＴＯＰ), case, spaces and punctuation ("stop!", "退訂。") do not matter."""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text)).casefold()


@dataclass(frozen=True)
class Keyword:
    word: str  # in keyword form
    anywhere: bool  # True: anywhere in the reply; False: the whole reply

    @classmethod
    def parse(cls, entry: str) -> Keyword:
        entry = unicodedata.normalize("NFKC", entry).strip()
        anywhere = entry.startswith(CONTAINS_MARK)
        return cls(keyword_form(entry.lstrip(CONTAINS_MARK)), anywhere)

    def matches(self, form: str) -> bool:
        if not self.word:
            return False
        return self.word in form if self.anywhere else form == self.word


@dataclass(frozen=True)
class OptOutRule:
    """The keywords (as written in Settings) and ``ask``: let the user confirm each opt-out."""

    keywords: tuple[str, ...] = DEFAULT_OPTOUT_KEYWORDS
    ask: bool = False

    @classmethod
    def parse(cls, keywords: str | Iterable[str] | None, ask: Any = False) -> OptOutRule:
        if keywords is None or keywords == "":
            words: tuple[str, ...] = DEFAULT_OPTOUT_KEYWORDS
        else:
            items = keywords.replace("\uff0c", ",").split(",") if isinstance(keywords, str) else list(keywords)
            words = tuple(str(w).strip() for w in items if str(w).strip())
            if words == _OLD_DEFAULT:
                words = DEFAULT_OPTOUT_KEYWORDS
        if isinstance(ask, str):
            ask = ask.strip().lower() in ("1", "true", "yes", "on")
        return cls(words, bool(ask))

    def matches(self, text: str) -> bool:
        form = keyword_form(text)
        return bool(form) and any(Keyword.parse(k).matches(form) for k in self.keywords)

    def as_setting(self) -> str:
        return ", ".join(self.keywords)
