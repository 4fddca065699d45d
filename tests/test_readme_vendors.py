"""README.md's vendor table and account instructions are the drivers' declarations, written by
tools/vendor_table.py: a driver that changes what it declares makes this fail until the README follows."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from smsdesk.vendors.summary import BEGIN, END, readme_block, replace_block, row, shipped_specs

ROOT = Path(__file__).resolve().parents[1]


def test_readme_table_matches_the_drivers() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count(BEGIN) == 1 and readme.count(END) == 1
    assert replace_block(readme, readme_block()) == readme, "run: python tools/vendor_table.py"
    for spec in shipped_specs():
        assert f"| **{spec.name}** |" in readme
        assert spec.help in readme  # the account instructions are the dialog's own


def test_rows_follow_the_declarations() -> None:
    specs = {s.id: s for s in shipped_specs()}
    sep = specs["sepsms"]
    assert "Thailand" in row(sep)[2] and "per-recipient variables" in row(sep)[3]
    changed = dataclasses.replace(sep, home_region="", capabilities=dataclasses.replace(
        sep.capabilities, batch_max=7, per_recipient_variables=False, cancel_scheduled=False, balance=False))
    assert row(changed) != row(sep)
    assert "the default country" in row(changed)[2]
    assert "up to 7 numbers" in row(changed)[3] and "per-recipient" not in row(changed)[3]
    assert "cancel" not in row(changed)[4] and row(changed)[7] == "not offered"
    tencent = specs["tencent"]  # bulk for mainland numbers only: the driver's batch limit says so
    assert "numbers abroad: one per request" in row(tencent)[3]
    assert "none: SMS Desk sends at the time" in row(tencent)[4]


def test_the_tool_checks_and_writes(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "vendor_table.py"), "--check"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    stale = replace_block((ROOT / "README.md").read_text(encoding="utf-8"), f"{BEGIN}\n| old |\n{END}")
    assert replace_block(stale, readme_block()) == (ROOT / "README.md").read_text(encoding="utf-8")
