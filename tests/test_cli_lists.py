"""smsdesk-cli import / optout / send --list against real files and the Sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from smsdesk.cli import main


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, Any]:
    code = main(list(args))
    out = capsys.readouterr().out
    return code, (json.loads(out) if out.strip().startswith(("{", "[")) else out)


def customers(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "手機", "門市"])
    ws.append(["王小明", "0912-345-678", "台北"])
    ws.append(["陳美麗", 912345671, "台中"])  # stored as a number: the leading zero was lost
    ws.append(["林大同", "０９２３４５６７８９", "高雄"])  # full-width digits
    ws.append(["重複", "+886 912 345 678", "台北"])  # same person again
    ws.append(["壞號碼", "12345", "台南"])
    wb.save(path)
    return path


def test_import_then_send_to_the_list_skipping_opt_outs(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_SANDBOX_DELAY", "0.2")
    code, report = cli(capsys, "import", str(customers(tmp_path / "c.xlsx")), "--list", "VIP", "--json")
    assert code == 0
    assert set(report) >= {"rows", "valid", "invalid", "duplicates", "opted_out"}
    assert (report["rows"], report["valid"], report["duplicates"]) == (5, 3, 1)
    assert [(i["row"], i["value"]) for i in report["invalid"]] == [(6, "12345")]

    code, _ = cli(capsys, "optout", "add", "0912345671")
    assert code == 0
    code, listed = cli(capsys, "optout", "list", "--json")
    assert [o["phone"] for o in listed] == ["+886912345671"]

    code, sent = cli(capsys, "send", "--account", "Sandbox", "--list", "VIP", "--message", "{姓名} 您好，{門市}店見！",
                     "--yes", "--json")
    assert code == 0
    assert sent["recipients"] == 2 and sent["submitted"] == 2
    assert [r["reason"] for r in sent["skipped_reasons"]] == ["opted_out"]
    code, status = cli(capsys, "status", str(sent["job"]), "--json")
    assert sorted(r["phone"] for r in status["recipients"]) == ["+886912345678", "+886923456789"]

    code, _ = cli(capsys, "optout", "remove", "+886 912 345 671")
    code, listed = cli(capsys, "optout", "list", "--json")
    assert listed == []


def test_import_bad_file_is_explained(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fake = tmp_path / "list.xlsx"
    fake.write_text("this is not a spreadsheet", "utf-8")
    code = main(["import", str(fake), "--list", "X", "--json"])
    err = capsys.readouterr().err
    assert code == 1 and err.strip()
    assert "Traceback" not in err
