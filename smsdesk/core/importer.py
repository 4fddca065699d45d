"""Importing customer lists from spreadsheets (.xlsx/.xlsm/.xls/.ods) and CSV files.

Reading: python-calamine for workbooks (typed cells; formulas give their saved
results), the csv module for text with encoding detection (UTF-8 with or without
BOM, UTF-16 with BOM, Big5/CP950) and delimiter sniffing. Rows are streamed; only
the compact contact data (phone, name, variables as JSON) is kept until the end.

Three modules: :mod:`~smsdesk.core.workbook_guard` (what a file really is and whether
opening it is affordable, the user-facing failures), :mod:`~smsdesk.core.workbooks`
(sheets as row streams) and this one (header and columns, preview, the import itself).

Safety before calamine reads anything: the real file type is sniffed (a renamed
PDF, Word file or web page is refused with a clear message; a password-protected
workbook, which is an OLE file, is recognised). Calamine allocates each sheet's
whole rows x columns rectangle at once (a single cell in XFD1048576 asks for
~500 GB and aborts the process), so every sheet it will load is measured first
against MAX_ROWS / MAX_COLUMNS / MAX_CELLS:
- .xlsx/.xlsm: the zip's entry count and declared sizes are checked, the parts
  calamine reads are inflated under a hard limit (a lying header cannot hide a
  bomb), and the chosen sheet's cell references are scanned;
- .ods (all tables are loaded on open): content.xml is scanned, repeats counted;
- .xls (all sheets are loaded on open): the OLE container is read and every
  sheet's cell records are scanned.

Spreadsheet quirks, decided once:
- Merged cells: the value of a merged block is copied into every cell it covers
  (a store name merged down several customers belongs to each), except in the
  phone column, where only the block's first row gets the number.
- Hidden rows and columns are imported like visible ones: they are still the
  user's data, and calamine does not report visibility. Hidden sheets are
  skipped when no sheet is named, but can be imported by name.
- Formula cells use the result Excel saved. A phone cell whose formula has no
  saved result (files written by some tools) or an error result is reported as
  such rather than as "missing".
- Rows above the detected header row (titles, notes) are ignored; completely
  blank rows are skipped and not counted.
- A number that appears twice keeps its first row; later rows count as duplicates.
- Importing into an existing list updates contacts with the same number (name
  kept when the new one is blank; variables from the file replace old values).
"""

from __future__ import annotations

import itertools
import json
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine as pc

from smsdesk.core import phones
from smsdesk.core.store import Store, utcnow
from smsdesk.core.workbook_guard import (
    DETAIL_LIMIT,
    FORMULA,
    HEADER_SEARCH_ROWS,
    PROBE_ROWS,
    CancelledFn,
    ImportCancelled,
    ImportFailed,
    ProgressFn,
    corrupt,
    describe,
    empty,
    no_phone_column,
)
from smsdesk.core.workbooks import (
    Sheet,
    SheetInfo,
    Source,
    blank,
    cell_text,
    column_letter,
    open_source,
)
from smsdesk.i18n import join_list, translate


# -- layout: header row, phone / name / variable columns -----------------------------
def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-.:：()（）#/*\[\]【】]+", "", text).lower()


_PHONE_MOBILE = ("手機", "手机", "行動", "门号", "門號", "mobile", "cell", "msisdn", "簡訊", "sms")
_PHONE_GENERIC = ("電話", "电话", "phone", "tel", "號碼", "号码", "number", "聯絡方式", "contact")
_NAME_WORDS = ("姓名", "名稱", "名字", "名称", "name", "客戶", "客户", "顧客", "聯絡人", "联系人", "會員", "收件人")


def _phone_header_score(text: str) -> int:
    key = _header_key(text)
    if not key:
        return 0
    if any(w in key for w in _PHONE_MOBILE):
        return 3
    if any(w in key for w in _PHONE_GENERIC):
        return 2
    return 0


def _name_header_score(text: str) -> int:
    key = _header_key(text)
    if not key:
        return 0
    if key in _NAME_WORDS:
        return 3
    if any(w in key for w in _NAME_WORDS):
        return 2
    return 0


def _is_phone(value: object, region: str) -> bool:
    """A usable number, or a real but unusable one (a landline column is still a phone column)."""
    if value == "" or value is None:
        return False
    if phones.quick(value, region) is not None:
        return True
    if type(value) is str and not 6 <= sum(ch.isdigit() for ch in value) <= 40:
        return False  # names, places, codes: not worth a phonenumbers parse
    result = phones.normalize(value, region)
    return result.ok or result.recognized is not None


def _name_like(value: object) -> bool:
    if type(value) is not str:
        return False
    text = value.strip()
    return 0 < len(text) <= 40 and not any(ch.isdigit() for ch in text)


@dataclass
class Layout:
    """How a sheet's columns are read. Column indexes are 0-based positions in ``columns``."""

    header_row: int | None
    columns: list[str]            # a title for every column (header text or "Column C")
    letters: list[str]            # the spreadsheet letters of those columns
    phone: int | None
    name: int | None
    variables: list[int]          # columns kept as template variables
    variable_names: list[str]


def _resolve(column: int | str | None, layout_columns: list[str], letters: list[str], sheet: str) -> int | None:
    if column is None:
        return None
    if isinstance(column, int):
        if 0 <= column < len(layout_columns):
            return column
    else:
        wanted = _header_key(column)
        for i, title in enumerate(layout_columns):
            if _header_key(title) == wanted:
                return i
        for i, letter in enumerate(letters):
            if letter == column.strip().upper():
                return i
    raise ImportFailed(
        "column_not_found",
        translate(
            "Import", "The column “{column}” was not found in the sheet “{sheet}”. Columns: {columns}."
        ).format(column=column, sheet=sheet, columns=join_list(layout_columns)),
    )


def _detect_layout(
    probe: list[tuple[int, list[object]]],
    first_col: int,
    sheet: str,
    region: str,
    phone_column: int | str | None,
    name_column: int | str | None,
) -> Layout:
    width = max(len(r) for _n, r in probe)
    letters = [column_letter(first_col + i) for i in range(width)]
    header_index = _find_header(probe[:HEADER_SEARCH_ROWS], region)
    data = probe[header_index + 1 :] if header_index is not None else probe
    if header_index is not None:
        header_cells = probe[header_index][1]
        titles = [cell_text(header_cells[i]) if i < len(header_cells) else "" for i in range(width)]
    else:
        titles = [""] * width
    fallback = translate("Import", "Column {letter}")
    columns = [t or fallback.format(letter=letters[i]) for i, t in enumerate(titles)]
    seen: dict[str, int] = {}
    for i, title in enumerate(columns):  # duplicate headings get a number
        count = seen.get(title.lower(), 0) + 1
        seen[title.lower()] = count
        if count > 1:
            columns[i] = f"{title} ({count})"

    def content(i: int) -> list[object]:
        return [r[i] for _n, r in data if i < len(r) and r[i] != ""]

    phone = _resolve(phone_column, columns, letters, sheet)
    if phone is None and phone_column is None:
        # The best heading wins; among equals, the column with more numbers. Content alone
        # decides when no heading fits or when the fitting ones hold no numbers at all.
        valid: dict[int, int] = {}

        def numbers(i: int) -> int:
            if i not in valid:
                valid[i] = sum(1 for v in content(i) if _is_phone(v, region))
            return valid[i]

        scores = [_phone_header_score(t) for t in titles]
        best = max(scores, default=0)
        candidates = [i for i in range(width) if best and scores[i] == best]
        if not candidates or max(numbers(i) for i in candidates) == 0:
            candidates = [i for i in range(width) if numbers(i) > 0] or candidates
        phone = max(candidates, key=lambda i: (numbers(i), -i)) if candidates else None
    name = _resolve(name_column, columns, letters, sheet)
    if name is None and name_column is None:
        scored = [(_name_header_score(t), i) for i, t in enumerate(titles) if i != phone]
        best = max((s for s, _i in scored), default=0)
        if best:
            name = min(i for s, i in scored if s == best)
        elif header_index is None:
            counts = {i: sum(1 for v in content(i) if _name_like(v)) for i in range(width) if i != phone}
            rows_with_data = max(1, len(data))
            good = [i for i, c in counts.items() if c * 2 >= rows_with_data and c > 0]
            name = max(good, key=lambda i: (counts[i], -i)) if good else None
    variables = [
        i for i in range(width)
        if i not in (phone, name) and (titles[i] or content(i))
    ]
    return Layout(
        header_row=probe[header_index][0] if header_index is not None else None,
        columns=columns,
        letters=letters,
        phone=phone,
        name=name,
        variables=variables,
        variable_names=[columns[i] for i in variables],
    )


def _find_header(rows: list[tuple[int, list[object]]], region: str) -> int | None:
    """Index in ``rows`` of the header row, or None when the data starts at once.

    A heading row names a phone column (or else a name column), holds no phone
    number itself, and has at least two filled cells unless the sheet has one
    column, so that a title such as "2024 VIP 客戶名單" above the table is skipped.
    """
    width = max(len(cells) for _n, cells in rows)

    def has_phone(cells: list[object]) -> bool:
        return any(_is_phone(v, region) for v in cells)

    for score in (_phone_header_score, _name_header_score):
        for index, (_n, cells) in enumerate(rows):
            texts = [cell_text(v) for v in cells if type(v) is str and v.strip()]
            filled = sum(1 for v in cells if v != "" and v is not None)
            if filled >= min(2, width) and any(score(t) for t in texts) and not has_phone(cells):
                return index
    if len(rows) > 1:
        first = rows[0][1]
        filled = [v for v in first if v != ""]
        if filled and all(type(v) is str for v in filled) and not has_phone(first) and any(
            has_phone(cells) for _n, cells in rows[1:]
        ):
            return 0
    return None


# -- merged cells -------------------------------------------------------------------
class _MergeFill:
    """Copies a merged block's value into the cells it covers, row by row as they stream."""

    def __init__(self, merged: list[tuple[int, int, int, int]], first_col: int, skip: int | None) -> None:
        starts: dict[int, list[tuple[int, int, int]]] = {}
        for r1, c1, r2, c2 in merged:
            if r2 > r1 or c2 > c1:
                starts.setdefault(r1 + 1, []).append((r2 + 1, c1 - first_col, c2 - first_col))
        self.starts = sorted(starts.items())
        self.pos = 0
        self.active: list[tuple[int, int, int, object, int]] = []
        self.skip = skip

    def __bool__(self) -> bool:
        return self.pos < len(self.starts) or bool(self.active)

    def apply(self, number: int, row: list[object]) -> None:
        """Call for each row in order (blank rows may be left out)."""
        while self.pos < len(self.starts) and self.starts[self.pos][0] <= number:
            start, blocks = self.starts[self.pos]
            self.pos += 1
            if start != number:
                continue  # its first row was blank: nothing to copy
            for end, c1, c2 in blocks:
                value = row[c1] if 0 <= c1 < len(row) else ""
                if value != "" and value is not None:
                    self.active.append((end, c1, c2, value, number))
        if not self.active:
            return
        keep = []
        for block in self.active:
            end, c1, c2, value, start = block
            if number <= end:
                for c in range(max(c1, 0), min(c2 + 1, len(row))):
                    if c != self.skip and not (number == start and c == c1) and row[c] == "":
                        row[c] = value
            if end > number:
                keep.append(block)
        self.active = keep


# -- preview --------------------------------------------------------------------------
@dataclass
class PreviewRow:
    row: int
    values: list[str]
    phone: phones.PhoneResult


@dataclass
class Preview:
    path: Path
    kind: str
    sheets: list[SheetInfo]
    sheet: str
    layout: Layout
    rows: list[PreviewRow]
    last_row: int | None

    @property
    def columns(self) -> list[str]:
        return self.layout.columns

    @property
    def phone_column(self) -> int | None:
        return self.layout.phone

    @property
    def name_column(self) -> int | None:
        return self.layout.name


def _probe(sheet: Sheet) -> list[tuple[int, list[object]]]:
    probe: list[tuple[int, list[object]]] = []
    for number, row in sheet.rows:
        if not blank(row):
            probe.append((number, row))
            if len(probe) >= PROBE_ROWS:
                break
    return probe


def preview(
    path: str | Path,
    sheet: str | int | None = None,
    mapping: dict[str, int | str | None] | None = None,
    n: int = 20,
    region: str = phones.DEFAULT_REGION,
) -> Preview:
    """The first ``n`` data rows with their normalized numbers, for the mapping dialog.

    ``mapping`` may name ``phone`` and ``name`` columns (index into ``columns`` or
    heading). Unlike :func:`run_import`, a missing phone column is not an error here:
    ``phone_column`` is None and the dialog asks the user.
    """
    mapping = mapping or {}
    with open_source(path) as source:
        try:
            return _preview(source, sheet, mapping, n, region)
        except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
            raise corrupt(source.path) from exc


def _preview(
    source: Source, sheet: str | int | None, mapping: dict[str, int | str | None], n: int, region: str
) -> Preview:
    data = source.open(sheet)
    probe = _probe(data)
    if not probe:
        raise empty(source.path, data.name)
    layout = _detect_layout(probe, data.first_col, data.name, region, mapping.get("phone"), mapping.get("name"))
    rows: list[PreviewRow] = []
    filler = _MergeFill(data.merged, data.first_col, layout.phone)
    body = [(num, r) for num, r in probe if layout.header_row is None or num > layout.header_row]
    for number, row in itertools.chain(body, data.rows):
        if len(rows) >= n:
            break
        if blank(row):
            continue
        if filler:
            filler.apply(number, row)
        if layout.phone is None:
            result = phones.PhoneResult(None, phones.EMPTY)
        else:
            result = phones.normalize(row[layout.phone] if layout.phone < len(row) else "", region)
        rows.append(PreviewRow(number, [cell_text(v) for v in row], result))
    return Preview(source.path, source.kind, list(source.sheets), data.name, layout, rows, data.last_row)


# -- the import --------------------------------------------------------------------------
@dataclass
class ImportReport:
    """What an import did. ``rows == valid + len(invalid) + duplicates`` always holds."""

    list_name: str
    sheet: str = ""
    list_id: int | None = None
    rows: int = 0
    valid: int = 0
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    opted_out: int = 0
    header_row: int | None = None
    phone_column: str = ""
    name_column: str = ""
    variables: list[str] = field(default_factory=list)
    _invalid: list[tuple[int, str, str]] = field(default_factory=list, repr=False)
    _duplicates: list[tuple[int, str, str, int]] = field(default_factory=list, repr=False)
    _extra: list[tuple[int, str, tuple[str, ...]]] = field(default_factory=list, repr=False)

    @property
    def invalid(self) -> list[dict[str, object]]:
        """Rows not imported: {row (1-based spreadsheet row), value (as written), reason (code), message}."""
        return [
            {"row": row, "value": value, "reason": reason, "message": describe(reason)}
            for row, value, reason in self._invalid
        ]

    @property
    def duplicate_rows(self) -> list[dict[str, object]]:
        """Rows whose number already appeared: {row, value, phone, first_row} (the first DETAIL_LIMIT)."""
        return [
            {"row": row, "value": value, "phone": phone, "first_row": first}
            for row, value, phone, first in self._duplicates
        ]

    @property
    def extra_numbers(self) -> list[dict[str, object]]:
        """Cells holding more than one number: {row, value, extra}; only the first usable one was imported."""
        return [{"row": row, "value": value, "extra": list(extra)} for row, value, extra in self._extra]

    def to_json(self) -> dict[str, object]:
        return {
            "list": self.list_name,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid,
            "duplicates": self.duplicates,
            "opted_out": self.opted_out,
        }

    def to_xlsx(self, path: str | Path) -> Path:
        from smsdesk.core.export import Sheet, write_xlsx_sheets

        summary = [
            (translate("Import", "List"), self.list_name),
            (translate("Import", "Sheet"), self.sheet),
            (translate("Import", "Rows read"), self.rows),
            (translate("Import", "Imported numbers"), self.valid),
            (translate("Import", "New contacts"), self.added),
            (translate("Import", "Updated contacts"), self.updated),
            (translate("Import", "Rows with a problem"), len(self._invalid)),
            (translate("Import", "Duplicate rows"), self.duplicates),
            (translate("Import", "Opted-out numbers (kept, never sent to)"), self.opted_out),
        ]
        problems: list[tuple[int, str, str, str]] = [
            (row, value, describe(reason), "") for row, value, reason in self._invalid
        ]
        dup_text = translate("Import", "Duplicate: this number is already on row {row}.")
        problems += [(row, value, dup_text.format(row=first), phone) for row, value, phone, first in self._duplicates]
        extra_text = translate("Import", "More than one number in the cell; only the first usable one was imported.")
        problems += [(row, value, extra_text, ", ".join(extra)) for row, value, extra in self._extra]
        problems.sort(key=lambda p: p[0])
        return write_xlsx_sheets(
            path,
            [
                Sheet(translate("Import", "Summary"), [translate("Import", "Item"), translate("Import", "Value")],
                      summary, widths=[40, 40]),
                Sheet(
                    translate("Import", "Problems"),
                    [translate("Import", "Row"), translate("Import", "Value"), translate("Import", "Problem"),
                     translate("Import", "Details")],
                    problems,
                    widths=[8, 28, 80, 30],
                ),
            ],
        )


# The list id and the timestamp are the same for every row: written into the statement
# (an int and our own ISO timestamp, never user text) so that executemany binds only
# the three values that differ, straight from the (phone, name, fields) records.
_INSERT = (
    "INSERT INTO contacts(list_id, phone, name, fields, created_at, updated_at) "
    "VALUES ({list_id}, ?, ?, ?, '{now}', '{now}')"
)
_UPSERT = _INSERT + (
    " ON CONFLICT(list_id, phone) DO UPDATE SET "
    "name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE contacts.name END, "
    "fields = json_patch(contacts.fields, excluded.fields), "
    "updated_at = excluded.updated_at"
)
_TIMESTAMP = re.compile(r"[0-9T:.+\-]+")
WRITE_CHUNK = 5000


_by_phone = operator.itemgetter(0)


@dataclass
class _Found:
    """Distinct usable numbers in file order: their first row, and what gets written."""

    first_row: dict[str, int] = field(default_factory=dict)
    records: list[tuple[str, str, str]] = field(default_factory=list)  # (phone, name, fields JSON)


def run_import(
    store: Store,
    path: str | Path,
    list_name: str,
    *,
    sheet: str | int | None = None,
    phone_column: int | str | None = None,
    name_column: int | str | None = None,
    region: str = phones.DEFAULT_REGION,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportReport:
    """Import a file into the list ``list_name`` (created if missing) in one transaction.

    Raises ImportFailed (nothing written) for unusable files and ImportCancelled when
    ``cancelled()`` turns true. ``progress(row, last_row_or_None)`` is called every
    few thousand rows with the spreadsheet row reached and the sheet's last row
    (None for CSV, whose length is unknown until the end).
    """
    list_name = " ".join(list_name.split())
    if not list_name:
        raise ImportFailed("list_name", translate("Import", "Enter a name for the list."))
    report, variables, found = _scan(path, sheet, phone_column, name_column, region, progress, cancelled)
    report.list_name = list_name
    _write(store, report, variables, found, cancelled)
    return report


def read_phone_column(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    phone_column: int | str | None = None,
    region: str = phones.DEFAULT_REGION,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> tuple[list[str], ImportReport]:
    """The distinct usable numbers of a file's phone column (for opt-out lists), and the report."""
    report, _variables, found = _scan(path, sheet, phone_column, None, region, progress, cancelled)
    return list(found.first_row), report


def _scan(
    path: str | Path,
    sheet: str | int | None,
    phone_column: int | str | None,
    name_column: int | str | None,
    region: str,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[ImportReport, list[str], _Found]:
    if not phones.is_valid_region(region):
        raise ValueError(f"unknown region {region!r}")
    report = ImportReport("")
    found = _Found()
    empty_phone_rows: list[int] = []
    with open_source(path) as source:
        data = source.open(sheet)
        report.sheet = data.name
        probe = _probe(data)
        if not probe:
            raise empty(source.path, data.name)
        layout = _detect_layout(probe, data.first_col, data.name, region, phone_column, name_column)
        if layout.phone is None:
            raise no_phone_column(data.name)
        report.header_row = layout.header_row
        report.phone_column = layout.columns[layout.phone]
        report.name_column = layout.columns[layout.name] if layout.name is not None else ""
        report.variables = layout.variable_names
        body = [(num, r) for num, r in probe if layout.header_row is None or num > layout.header_row]

        try:
            _read_rows(
                itertools.chain(body, data.rows), layout, data, region, report, found, empty_phone_rows,
                progress, cancelled,
            )
        except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
            raise corrupt(source.path) from exc
        if report.rows == 0:
            raise ImportFailed(
                "no_data",
                translate(
                    "Import",
                    "The sheet “{sheet}” has a header row but no customers below it. Choose the "
                    "sheet that holds the list.",
                ).format(sheet=data.name),
            )
        if empty_phone_rows and data.formula_rows is not None:
            broken = data.formula_rows(data.first_col + layout.phone)
            if broken:
                report._invalid = [
                    (r, v, FORMULA if reason == phones.EMPTY and r in broken else reason)
                    for r, v, reason in report._invalid
                ]
    return report, layout.variable_names, found


def _read_rows(
    rows: Iterator[tuple[int, list[object]]],
    layout: Layout,
    data: Sheet,
    region: str,
    report: ImportReport,
    found: _Found,
    empty_phone_rows: list[int],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """The per-row loop; written for speed (it runs up to a million times)."""
    pi = layout.phone
    assert pi is not None
    ni = layout.name
    # Fields JSON is assembled from pre-encoded keys: much cheaper than json.dumps per row.
    enc = json.encoder.encode_basestring  # type: ignore[attr-defined]
    pairs = [
        (("{" if k == 0 else ",") + enc(title) + ":", index)
        for k, (title, index) in enumerate(zip(layout.variable_names, layout.variables, strict=True))
    ]
    text = cell_text
    width = len(layout.columns)
    filler = _MergeFill(data.merged, data.first_col, pi)
    merging = bool(filler)
    quick, normalize = phones.quick, phones.normalize
    invalid, dups, extra = report._invalid, report._duplicates, report._extra
    seen, records = found.first_row, found.records
    # Progress counts data rows, as the report does: the heading row (and rows above it) are not
    # customers, so 50,000 customers under a heading read "50,000 of 50,000", not 50,001.
    skip = layout.header_row or 0
    total = data.last_row - skip if data.last_row else None
    count = dup_count = number = 0
    next_tick = 2048
    tw = region == "TW"
    for number, row in rows:  # number outlives the loop: the last row reached
        if len(row) < width:  # CSV rows may be short
            row = row + [""] * (width - len(row))
        value = row[pi]
        if value == "" or value is None or (type(value) is str and value.isspace()):
            if blank(row):
                continue
            empty_phone_rows.append(number)
        if merging:
            filler.apply(number, row)
        count += 1
        if count >= next_tick:
            next_tick += 2048
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(number - skip, total)
        # The two commonest cells inline (a call costs as much as the check): "0912345678"
        # as text and 912345678.0 as a number; tests hold these lines to phones.quick.
        kind = type(value)
        if tw and kind is str and len(value) == 10 and value[:2] == "09" and value[2] != "9" and (
            value.isascii() and value.isdigit()
        ):
            e164 = "+886" + value[1:]
        elif tw and kind is float and 900_000_000 <= value < 990_000_000 and value.is_integer():
            e164 = "+886" + str(int(value))
        else:
            e164 = quick(value, region)
        if e164 is None:
            result = normalize(value, region)
            e164 = result.e164
            if e164 is None:
                invalid.append((number, text(value), result.reason))
                continue
            if result.extra:
                extra.append((number, text(value), result.extra))
        first = seen.get(e164)
        if first is not None:
            dup_count += 1
            if dup_count <= DETAIL_LIMIT:
                dups.append((number, text(value), e164, first))
            continue
        if ni is None:
            name = ""
        else:
            name = row[ni]
            name = name.strip() if type(name) is str else text(name)
        if pairs:
            parts = []
            for prefix, index in pairs:
                v = row[index]
                if type(v) is str:
                    parts.append(prefix + enc(v.strip()))
                elif type(v) is float and v.is_integer() and -1e16 < v < 1e16:
                    parts.append(prefix + '"' + str(int(v)) + '"')  # digits need no escaping
                else:
                    parts.append(prefix + enc(text(v)))
            parts.append("}")
            fields = "".join(parts)
        else:
            fields = "{}"
        seen[e164] = number
        records.append((e164, name, fields))
    report.rows = count
    report.duplicates = dup_count
    report.valid = len(records)
    if progress is not None and count:
        progress(total or number - skip, total)


def _write(
    store: Store,
    report: ImportReport,
    variables: list[str],
    found: _Found,
    cancelled: CancelledFn | None,
) -> None:
    from smsdesk.core.contacts import opted_out

    now = utcnow()
    with store.transaction() as db:
        row = db.execute("SELECT id, columns FROM contact_lists WHERE name = ?", (report.list_name,)).fetchone()
        if row is None:
            cur = db.execute(
                "INSERT INTO contact_lists(name, columns, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (report.list_name, json.dumps(variables, ensure_ascii=False), now, now),
            )
            list_id = int(cur.lastrowid or 0)
            existing: set[str] = set()
        else:
            list_id = int(row[0])
            try:
                old_columns = list(json.loads(row[1]))
            except (ValueError, TypeError):
                old_columns = []
            merged_columns = old_columns + [v for v in variables if v not in old_columns]
            db.execute(
                "UPDATE contact_lists SET columns = ?, updated_at = ? WHERE id = ?",
                (json.dumps(merged_columns, ensure_ascii=False), now, list_id),
            )
            existing = {r[0] for r in db.execute("SELECT phone FROM contacts WHERE list_id = ?", (list_id,))}
        report.list_id = list_id
        records = found.records
        report.updated = sum(1 for p in found.first_row if p in existing) if existing else 0
        report.added = len(records) - report.updated
        # Sorted numbers fill the two phone indexes in order: measurably faster for big lists.
        records.sort(key=_by_phone)
        assert _TIMESTAMP.fullmatch(now)
        sql = (_UPSERT if row is not None else _INSERT).format(list_id=int(list_id), now=now)
        for start in range(0, len(records), WRITE_CHUNK):
            db.executemany(sql, records[start : start + WRITE_CHUNK])
            if cancelled is not None and cancelled():
                raise ImportCancelled()
        report.opted_out = len(opted_out(store, found.first_row.keys()))
