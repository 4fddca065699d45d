"""smsdesk-cli reconcile says in words, without a traceback, when the account's key is missing."""

from __future__ import annotations

import pytest

from smsdesk.cli import main
from smsdesk.core import paths
from smsdesk.core.accounts import Accounts
from smsdesk.core.jobs import Jobs, PlannedRecipient
from smsdesk.core.states import State
from smsdesk.core.store import Store
from smsdesk.sim.server import Simulator

TC_APPID, TC_KEY = "1400054321", "6a03a35d00ee52a21327ab048186a2c4"


def test_reconcile_without_the_accounts_key_says_what_to_do(capsys: pytest.CaptureFixture[str],
                                                            sim: Simulator) -> None:
    store = Store(paths.db_path())
    accounts = Accounts(store)
    account = accounts.add("Cloud", "tencent", {"sdkappid": TC_APPID, "sign": "Shop"}, {"appkey": TC_KEY},
                           base_url=sim.base_url("tencent"))
    job, _ = Jobs(store).create(account.id, [PlannedRecipient("+8613788881071", rendered="{}")], template_id="1")
    with store.transaction() as db:  # its answer was lost
        db.execute("UPDATE messages SET state=?, error_kind='unknown' WHERE job_id=?", (str(State.UNKNOWN), job))
    accounts.credentials.delete(account.key, "appkey")  # and the keychain lost the key since
    store.close()
    code = main(["reconcile", str(job)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Open Accounts and enter it again" in err
    assert "Traceback" not in err and "Unexpected error" not in err
