"""Test connection in words, against a real PostgreSQL cluster with password authentication."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from support.pgcluster import Cluster, free_port, needs_postgres, shop_cluster

from smsdesk.core.credentials import Credentials, MemoryKeyring
from smsdesk.core.workspace import Outcome, Workspace, check_connection, password_from_url, version_verdict

PASSWORD = "Desk-pa55 word"


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    with shop_cluster(PASSWORD) as c:
        yield c


def test_urls_never_carry_the_password_and_round_trip() -> None:
    ws = Workspace.from_url("postgresql://desk:secret@nas.local:5433/shop")
    assert ws == Workspace("nas.local", "shop", "desk", 5433)
    assert ws.url == "postgresql://desk@nas.local:5433/shop" and "secret" not in ws.url
    assert Workspace.from_url(ws.url) == ws
    assert Workspace.from_url("postgresql://desk@nas/shop").port == 5432
    assert ws.keychain_key == "workspace:desk@nas.local/shop"
    assert password_from_url("postgresql://desk:s%40cret@nas/shop") == "s@cret"
    with pytest.raises(ValueError, match="postgresql://user@server/database") as info:
        Workspace.from_url("mysql://desk:secret@nas/shop")
    assert "secret" not in str(info.value)
    with pytest.raises(ValueError):
        Workspace.from_url("postgresql://nas/")


def test_the_password_lives_in_the_keychain(tmp_path: object) -> None:
    credentials = Credentials(backend=MemoryKeyring())
    ws = Workspace("nas", "shop", "desk")
    assert ws.password(credentials) is None
    ws.save_password(credentials, PASSWORD)
    assert ws.password(credentials) == PASSWORD
    assert credentials.backend.get_password(credentials.service, "workspace:desk@nas/shop/password") == PASSWORD


def test_server_versions_below_12_are_too_old() -> None:
    ws = Workspace("nas", "shop", "desk")
    old = version_verdict(ws, 110022, "11.22")
    assert old.outcome is Outcome.TOO_OLD and "11.22" in old.message and "12 or newer" in old.message
    assert version_verdict(ws, 120000, "12.0").ok


@needs_postgres
def test_ok_says_the_server_version(cluster: Cluster) -> None:
    verdict = check_connection(Workspace("127.0.0.1", "shop", "desk", cluster.port), PASSWORD)
    assert verdict.ok, verdict.message
    assert verdict.server_version.split(".")[0].isdigit() and verdict.server_version in verdict.message


@needs_postgres
def test_wrong_password_and_no_password(cluster: Cluster) -> None:
    ws = Workspace("127.0.0.1", "shop", "desk", cluster.port)
    wrong = check_connection(ws, "not-it")
    assert wrong.outcome is Outcome.WRONG_PASSWORD and "desk" in wrong.message
    assert "not-it" not in wrong.message
    assert check_connection(ws, None).outcome is Outcome.WRONG_PASSWORD
    assert check_connection(Workspace("127.0.0.1", "shop", "nobody", cluster.port),
                            PASSWORD).outcome is Outcome.WRONG_PASSWORD


@needs_postgres
def test_missing_database(cluster: Cluster) -> None:
    verdict = check_connection(Workspace("127.0.0.1", "shop2", "desk", cluster.port), PASSWORD)
    assert verdict.outcome is Outcome.NO_DATABASE and "shop2" in verdict.message


def test_server_not_reachable() -> None:
    port = free_port()  # nothing listens there now
    verdict = check_connection(Workspace("127.0.0.1", "shop", "desk", port), PASSWORD, timeout=3)
    assert verdict.outcome is Outcome.UNREACHABLE and str(port) in verdict.message
    unknown = check_connection(Workspace("no-such-host.invalid", "shop", "desk"), PASSWORD, timeout=3)
    assert unknown.outcome is Outcome.UNREACHABLE
