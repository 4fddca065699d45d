"""A personalised text as one template plus per-recipient values, for vendors that fill it in.

The request's text writes each placeholder ``{key}`` with ``key`` a plain ASCII word (the
user's name for it when it already is one, else ``v1``, ``v2``...), because how a vendor
reads any other brace is undocumented. A text whose literal parts hold a brace (``{{``
escapes, stray braces) is not sent this way, and neither is a row whose stored text is
not what the values reproduce (the vendor must send exactly what the user approved).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from smsdesk.core.personalize import Template, compile_template, format_value

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ServerFill:
    """The vendor-side form of one job text; :meth:`values` gives a row's values or None."""

    def __init__(self, template: Template) -> None:
        self._template = template
        parts = template.parts
        self._literals = parts[0::2]
        names = parts[1::2]
        used = {n for n in template.placeholders if _KEY.fullmatch(n)}
        self.keys: dict[str, str] = {}
        n = 0
        for name in template.placeholders:
            if _KEY.fullmatch(name):
                self.keys[name] = name
                continue
            n += 1
            while f"v{n}" in used:
                n += 1
            self.keys[name] = f"v{n}"
        self.text = "".join(
            lit + ("{" + self.keys[names[i]] + "}" if i < len(names) else "")
            for i, lit in enumerate(self._literals))
        self._names = names
        self._bindings: dict[tuple[str, ...], Mapping[str, str | None]] = {}

    @classmethod
    def of(cls, text: str) -> ServerFill | None:
        """The server-side form of ``text``, or None when it has no placeholder or a literal brace."""
        template = compile_template(text)
        if not template.placeholders:
            return None
        if any("{" in lit or "}" in lit for lit in template.parts[0::2]):
            return None
        return cls(template)

    def values(self, variables: Mapping[str, Any], rendered: str) -> dict[str, str] | None:
        """Every key's value for this recipient ("" when absent), or None unless they give ``rendered``."""
        columns = tuple(variables.keys())
        binding = self._bindings.get(columns)
        if binding is None:
            binding = self._bindings[columns] = self._template.bind(columns)
        values: dict[str, str] = {}
        for name, key in self.keys.items():
            column = binding.get(name)
            values[key] = format_value(variables.get(column)) if column is not None else ""
        filled = "".join(
            lit + (values[self.keys[self._names[i]]] if i < len(self._names) else "")
            for i, lit in enumerate(self._literals))
        if filled != rendered or not rendered.strip():
            return None
        return values
