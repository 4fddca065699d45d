"""Contact lists, contacts and opt-outs over a real store file."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsdesk.core import phones
from smsdesk.core.contacts import ContactRepository, ContactsError, opted_out
from smsdesk.core.importer import ImportCancelled, ImportFailed, run_import
from smsdesk.core.store import Store


@pytest.fixture
def store(any_store: Store) -> Store:
    return any_store  # SQLite and PostgreSQL (tests/support/db.py)


@pytest.fixture
def repo(store: Store) -> ContactRepository:
    return ContactRepository(store)


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- lists ------------------------------------------------------------------------------
def test_create_get_find_and_list_with_counts(repo: ContactRepository) -> None:
    vip = repo.create_list("  VIP   客戶 ", columns=["門市"])
    assert vip.name == "VIP 客戶" and vip.columns == ["門市"] and vip.count == 0
    other = repo.create_list("a-list")
    repo.add_contact(vip.id, "0912-345-678", "陳家豪")
    repo.add_contact(vip.id, "0922333444")
    assert [(lst.name, lst.count) for lst in repo.lists()] == [("a-list", 0), ("VIP 客戶", 2)]
    assert repo.get_list(vip.id).count == 2
    found = repo.find_list("vip 客戶")
    assert found is not None and found.id == vip.id
    assert repo.find_list("nope") is None
    assert repo.get_list(other.id).name == "a-list"


def test_list_names_are_unique_ignoring_case(repo: ContactRepository) -> None:
    repo.create_list("VIP")
    with pytest.raises(ContactsError) as err:
        repo.create_list("vip")
    assert err.value.code == "list_exists" and "already exists" in str(err.value)
    with pytest.raises(ContactsError) as err:
        repo.create_list("   ")
    assert err.value.code == "list_name"


def test_rename(repo: ContactRepository) -> None:
    a = repo.create_list("A")
    repo.create_list("B")
    assert repo.rename_list(a.id, "A2").name == "A2"
    with pytest.raises(ContactsError) as err:
        repo.rename_list(a.id, "b")
    assert err.value.code == "list_exists"
    with pytest.raises(ContactsError) as err:
        repo.rename_list(9999, "C")
    assert err.value.code == "list_not_found"
    assert repo.get_list(a.id).name == "A2"


def test_delete_list_keeps_optouts(repo: ContactRepository, store: Store) -> None:
    lst = repo.create_list("L")
    repo.add_contact(lst.id, "0912345678")
    repo.add_contact(lst.id, "0922333444")
    repo.add_optout("0912345678")
    assert repo.delete_list(lst.id) == 2
    assert repo.lists() == []
    assert store.query_one("SELECT count(*) FROM contacts")[0] == 0  # type: ignore[index]
    assert repo.is_opted_out("0912345678")
    with pytest.raises(ContactsError):
        repo.delete_list(lst.id)


def test_merge_lists(repo: ContactRepository, store: Store) -> None:
    target = repo.create_list("Target", columns=["門市"])
    a = repo.create_list("A", columns=["等級"])
    b = repo.create_list("B")
    repo.add_contact(target.id, "0912345678", "陳家豪", {"門市": "台北"})
    repo.add_contact(target.id, "0922333444", "", {"門市": "台中"})
    repo.add_contact(a.id, "0912345678", "Chen", {"門市": "高雄", "等級": "金"})  # target keeps its values
    repo.add_contact(a.id, "0922333444", "林淑芬", {"等級": "銀"})  # blank target name is filled
    repo.add_contact(a.id, "0933444555", "黃志明", {"等級": "銅"})
    repo.add_contact(b.id, "0933444555", "Huang")
    repo.add_contact(b.id, "0944555666", "張雅婷")
    assert repo.merge_lists(target.id, [a.id, b.id, target.id]) == 2
    assert [lst.name for lst in repo.lists()] == ["Target"]
    merged = {c.phone: (c.name, c.fields) for c in repo.search(target.id).items}
    assert merged == {
        "+886912345678": ("陳家豪", {"門市": "台北", "等級": "金"}),
        "+886922333444": ("林淑芬", {"門市": "台中", "等級": "銀"}),
        "+886933444555": ("黃志明", {"等級": "銅"}),
        "+886944555666": ("張雅婷", {}),
    }
    assert repo.get_list(target.id).columns == ["門市", "等級"]
    assert store.query_one("SELECT count(*) FROM contacts")[0] == 4  # type: ignore[index]


def test_merge_keeping_sources(repo: ContactRepository) -> None:
    target, source = repo.create_list("T"), repo.create_list("S")
    repo.add_contact(source.id, "0912345678")
    assert repo.merge_lists(target.id, [source.id], delete_sources=False) == 1
    assert repo.get_list(source.id).count == 1 and repo.get_list(target.id).count == 1


# -- contacts ----------------------------------------------------------------------------
def test_add_normalizes_and_refuses_bad_numbers(repo: ContactRepository) -> None:
    lst = repo.create_list("L")
    contact = repo.add_contact(lst.id, "０９１２－３４５－６７８", " 陳家豪 ", {"門市": "台北", "點數": 12})
    assert (contact.phone, contact.name, contact.fields) == ("+886912345678", "陳家豪", {"門市": "台北", "點數": "12"})
    assert repo.get_list(lst.id).columns == ["門市", "點數"]
    with pytest.raises(ContactsError) as err:
        repo.add_contact(lst.id, "02-2345-6789")
    assert err.value.code == phones.LANDLINE and "landline" in str(err.value)
    with pytest.raises(ContactsError) as err:
        repo.add_contact(lst.id, "912345678")  # the same number, written differently
    assert err.value.code == "duplicate"
    other = repo.create_list("Other")
    assert repo.add_contact(other.id, "912345678").phone == "+886912345678"


def test_update_and_remove(repo: ContactRepository) -> None:
    lst = repo.create_list("L")
    first = repo.add_contact(lst.id, "0912345678", "A", {"x": "1"})
    second = repo.add_contact(lst.id, "0922333444", "B")
    updated = repo.update_contact(first.id, phone="+886 933 444 555", name="A2", fields={"y": "2"})
    assert (updated.phone, updated.name, updated.fields) == ("+886933444555", "A2", {"y": "2"})
    assert repo.update_contact(first.id, name="A3").fields == {"y": "2"}  # untouched parts stay
    with pytest.raises(ContactsError) as err:
        repo.update_contact(first.id, phone="0922-333-444")
    assert err.value.code == "duplicate"
    with pytest.raises(ContactsError):
        repo.update_contact(first.id, phone="abc")
    assert repo.remove_contact(second.id) is True
    assert repo.remove_contact(second.id) is False
    assert repo.remove_contacts([first.id, 12345]) == 1
    with pytest.raises(ContactsError) as err:
        repo.get_contact(first.id)
    assert err.value.code == "contact_not_found"


def test_search_by_phone_and_name_with_paging(repo: ContactRepository) -> None:
    a, b = repo.create_list("A"), repo.create_list("B")
    for i in range(25):
        repo.add_contact(a.id, f"09{12000000 + i:08d}", f"客戶{i:02d}", {"門市": "台北" if i % 2 else "台中"})
    repo.add_contact(b.id, "0912000003", "王100%")
    assert repo.search(a.id).total == 25
    page = repo.search(a.id, offset=20, limit=10)
    assert (page.total, len(page.items), page.items[0].name) == (25, 5, "客戶20")
    assert [c.name for c in repo.search(a.id, "0912-000-003").items] == ["客戶03"]
    assert [c.name for c in repo.search(a.id, "912000003").items] == ["客戶03"]
    assert [c.name for c in repo.search(None, "+886912000003").items] == ["客戶03", "王100%"]
    assert repo.search(a.id, "客戶1").total == 10
    assert repo.search(a.id, "台中").total == 13  # variables are searched too
    assert [c.name for c in repo.search(None, "100%").items] == ["王100%"]  # % is literal
    assert repo.search(None, "_").total == 0


# -- opt-outs --------------------------------------------------------------------------------
def test_optout_add_remove_contains_list(repo: ContactRepository) -> None:
    assert repo.add_optout("0912-345-678", note=" asked by phone ") is True
    assert repo.add_optout("+886912345678", source="reply") is False  # already there
    assert repo.add_optout("0922333444", source="reply")
    assert repo.is_opted_out("912345678") and "０９１２３４５６７８" in repo
    assert not repo.is_opted_out("0933444555") and not repo.is_opted_out("garbage")
    page = repo.optouts()
    assert page.total == 2
    assert {(o.phone, o.source, o.note) for o in page.items} == {
        ("+886912345678", "manual", "asked by phone"),
        ("+886922333444", "reply", ""),
    }
    assert [o.phone for o in repo.optouts("0922").items] == ["+886922333444"]
    assert [o.phone for o in repo.optouts("phone").items] == ["+886912345678"]
    assert repo.remove_optout("0912345678") is True
    assert repo.remove_optout("0912345678") is False
    with pytest.raises(ValueError):
        repo.add_optout("0912345678", source="web")
    with pytest.raises(ContactsError):
        repo.add_optout("02-2345-6789")


def test_opted_out_is_fast_for_100k(repo: ContactRepository, store: Store) -> None:
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO optouts(phone, source, created_at) VALUES (?, 'import', 'now')",
            [(f"+8869{i:08d}",) for i in range(0, 100_000, 2)],
        )
    wanted = [f"+8869{i:08d}" for i in range(100_000)]
    statements: list[str] = []
    if store.dialect.name != "sqlite":  # the statement count needs SQLite's trace; the result is checked
        statements.append("(not traced)")
    else:
        for conn in (store.conn, store.reader):  # reads go through the read connection
            conn.set_trace_callback(statements.append)
    try:
        found = opted_out(store, wanted)
        small = repo.opted_out(wanted[:10])
    finally:
        if store.dialect.name == "sqlite":
            for conn in (store.conn, store.reader):
                conn.set_trace_callback(None)
    assert found == {p for i, p in enumerate(wanted) if i % 2 == 0}
    assert small == {wanted[0], wanted[2], wanted[4], wanted[6], wanted[8]}
    # One pass over the table for the big batch (not 100,000 lookups); one IN query for the small one.
    assert 1 <= len(statements) <= 4, statements
    assert opted_out(store, []) == set()


def test_import_optouts_from_a_file(repo: ContactRepository, tmp_path: Path) -> None:
    repo.add_optout("0912345678")
    path = write_csv(tmp_path / "stop.csv", "手機,備註\n0912-345-678,x\n0922333444,y\nabc,z\n0922-333-444,dup\n")
    report = repo.import_optouts(path, note="STOP list 2024")
    assert (report.rows, report.added, report.already) == (4, 1, 1)
    assert [(i["row"], i["reason"]) for i in report.invalid] == [(4, phones.NOT_A_NUMBER)]
    got = {o.phone: (o.source, o.note) for o in repo.optouts().items}
    assert got == {"+886912345678": ("manual", ""), "+886922333444": ("import", "STOP list 2024")}
    assert set(report.to_json()) == {"rows", "added", "already", "invalid"}


def test_import_optouts_bad_file_or_cancel_changes_nothing(repo: ContactRepository, tmp_path: Path) -> None:
    bad = tmp_path / "stop.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a sheet")
    with pytest.raises(ImportFailed):
        repo.import_optouts(bad)
    many = write_csv(tmp_path / "many.csv", "手機\n" + "".join(f"09{10000000 + i}\n" for i in range(6000)))
    with pytest.raises(ImportCancelled):
        repo.import_optouts(many, cancelled=lambda: True)
    assert repo.optouts().total == 0


def test_imported_lists_show_in_the_repository(repo: ContactRepository, store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "l.csv", "姓名,手機,門市\n陳家豪,0912345678,台北\n林淑芬,0922333444,台中\n")
    report = run_import(store, path, "Imported")
    lst = repo.get_list(report.list_id or 0)
    assert (lst.name, lst.count, lst.columns) == ("Imported", 2, ["門市"])
    assert repo.search(lst.id, "林").items[0].fields == {"門市": "台中"}
