"""core/, gui/ and cli*.py ask the driver; they never name a vendor.

Every string literal (f-string parts included, docstrings left out) is scanned for a
vendor id as a word. A rule that belongs to one vendor goes into its driver, behind a
declared capability or a VendorSpec hook (see smsdesk/vendors/base.py).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from smsdesk.core.accounts import Account
from smsdesk.core.callbacks import REPLY_KIND
from smsdesk.vendors import VENDOR_MODULES, all_specs

ROOT = Path(__file__).resolve().parents[1]
SCANNED = [*sorted((ROOT / "smsdesk" / "core").rglob("*.py")), *sorted((ROOT / "smsdesk" / "gui").rglob("*.py")),
           *sorted((ROOT / "smsdesk").glob("cli*.py"))]
# Not vendor ids but the same word, with the reason. Dict keys (JSON fields such as the
# account list's "sandbox" flag, icon names) are not scanned either.
NOT_VENDOR_IDS = {
    ("smsdesk/gui/welcome.py", "sandbox"): "the name of an icon",
    ("smsdesk/gui/help_viewer.py", "sandbox"): "a help section",
}
# Files still to clean, shrinking only: remove an entry when its file is clean.
PENDING: set[str] = set()
ID = re.compile(r"\b(" + "|".join(map(re.escape, VENDOR_MODULES)) + r")\b")


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def vendor_ids_in(path: Path, rel: str = "") -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            skip.update(id(k) for k in node.keys if k is not None)
    rel = rel or path.relative_to(ROOT).as_posix()
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            for word in ID.findall(node.value):
                if (rel, word) not in NOT_VENDOR_IDS:
                    hits.append(f"{rel}:{node.lineno}: {word!r} in {node.value[:60]!r}")
    return hits


def test_core_gui_and_cli_never_name_a_vendor() -> None:
    hits = [hit for path in SCANNED if path.relative_to(ROOT).as_posix() not in PENDING
            for hit in vendor_ids_in(path)]
    assert not hits, "vendor ids outside the drivers (ask the driver instead):\n" + "\n".join(hits)


def test_pending_files_still_need_the_exemption() -> None:
    # An entry whose file is clean must go, so the list only shrinks.
    for rel in PENDING:
        assert vendor_ids_in(ROOT / rel), f"{rel} names no vendor any more: remove it from PENDING"


def test_the_scan_finds_a_vendor_id(tmp_path: Path) -> None:
    # The check itself must be able to fail: literals, f-string parts and comparisons count;
    # docstrings and dict keys do not.
    sample = tmp_path / "probe.py"
    sample.write_text('def f(v):\n    """twsms in a docstring is fine."""\n'
                      '    return v == "tencent" or f"sepsms:{v}" or {"smsget": 1}\n', encoding="utf-8")
    hits = vendor_ids_in(sample, "smsdesk/core/probe.py")
    assert [h.split(": ", 1)[1] for h in hits] == ["'tencent' in 'tencent'", "'sepsms' in 'sepsms:'"]


def test_declared_pushes_match_the_capabilities() -> None:
    # The receiver offers a path only where the capabilities say so; a driver declaring a
    # push kind it does not claim (or the reverse) would silently lose it.
    for spec in all_specs():
        caps = spec.capabilities
        assert bool(spec.push_kinds) == caps.push_callbacks == (spec.parse_push is not None), spec.id
        assert (REPLY_KIND in spec.push_kinds) == caps.replies_callback, spec.id


def test_a_field_is_read_only_where_the_driver_declares_it() -> None:
    # How core reads a TwSMS-only or Tencent-only setting without naming the vendor.
    assert Account(1, "Shop", "twsms", {"long_sms": False}).declared_setting("long_sms", True) is False
    assert Account(2, "Thai", "sepsms", {"long_sms": False}).declared_setting("long_sms", True) is True
    assert Account(3, "CN", "tencent", {"sign": "Lin"}).declared_setting("sign", "") == "Lin"
    assert Account(4, "Shop", "twsms", {"sign": "Lin"}).declared_setting("sign", "") == ""
