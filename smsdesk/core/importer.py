"""Importing customer lists from spreadsheets (.xlsx/.xlsm/.xls/.ods) and CSV files.

The modules, by responsibility:
- :mod:`~smsdesk.core.workbook_guard`: what a file really is (sniffing), zip parts
  inflated under hard limits, the sheets python-calamine would load measured first;
- :mod:`~smsdesk.core.xlsx_reader`: .xlsx/.xlsm streamed within a fixed budget;
- :mod:`~smsdesk.core.workbooks`: every format as a stream of rows (calamine for
  .xls/.ods, the csv module for text), cleaned of invisible characters;
- :mod:`~smsdesk.core.sheet_child`: all of that in a child process with a memory
  ceiling, rows streamed back in chunks;
- :mod:`~smsdesk.core.import_layout`: header row, phone / name / variable columns;
- :mod:`~smsdesk.core.import_errors`: what the user is told, in words;
- :mod:`~smsdesk.core.import_write`: the records kept in a scratch file while reading, then
  copied into the store in one short transaction;
- this one: the preview and the import itself.

Decided once:
- Hidden rows and columns are imported like visible ones: they are still the
  user's data. Hidden sheets are skipped when no sheet is named, but can be
  imported by name.
- Formula cells use the result the file saved. A phone cell whose formula has no
  saved result or an error result is reported as such rather than as "missing";
  a row holding nothing but such formulas is reported too (the file was saved by
  a program that did not store results).
- A cell longer than 32,767 characters (Excel's own limit) is never stored: its
  row is reported as not imported. Invisible control characters are removed from
  every cell; names get their whitespace (tabs, line breaks) collapsed to spaces.
- Completely blank rows are skipped and not counted.
- A number that appears twice keeps its first row; later rows count as duplicates.
- Importing into an existing list updates contacts with the same number (name
  kept when the new one is blank; variables from the file replace old values).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from smsdesk.core import phones
from smsdesk.core.import_errors import (
    CELL_TOO_LONG,
    FORMULA,
    FORMULA_ONLY,
    CancelledFn,
    ImportCancelled,
    ImportFailed,
    ProgressFn,
    describe,
    empty,
    no_phone_column,
    too_much_text,
)
from smsdesk.core.import_layout import Layout, MergeFill, detect_layout, probe_rows
from smsdesk.core.import_write import BATCH_CHARS, WRITE_CHUNK, Found, write_contacts
from smsdesk.core.sheet_child import open_source
from smsdesk.core.store import Store
from smsdesk.core.workbooks import Sheet, SheetInfo, Source, blank, cell_text
from smsdesk.i18n import translate

DETAIL_LIMIT = 100_000       # duplicate rows listed one by one (the count is always exact)
MAX_STORED_CHARS = 512_000_000  # names and other columns of one import: a disk budget too
SHOWN_CHARS = 200            # of a cell quoted in the report: a million rows of 32,767 would not fit

__all__ = ["CELL_TOO_LONG", "FORMULA", "FORMULA_ONLY", "ImportCancelled", "ImportFailed", "preview", "run_import"]



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
        return _preview(source, sheet, mapping, n, region)


def _preview(
    source: Source, sheet: str | int | None, mapping: dict[str, int | str | None], n: int, region: str
) -> Preview:
    data = source.open(sheet)
    probe, read = probe_rows(data)
    if not probe:
        raise empty(source.path, data.name)
    layout = detect_layout(probe, data.first_col, data.name, region, mapping.get("phone"), mapping.get("name"))
    rows: list[PreviewRow] = []
    filler = MergeFill(data.merged, data.first_col, layout.phone)
    body = [(num, r) for num, r in read if layout.header_row is None or num > layout.header_row]
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
class InvalidRow(TypedDict):
    row: int  # 1-based, as the spreadsheet numbers it
    value: str  # as written
    reason: str  # a code
    message: str  # for people


class DuplicateRow(TypedDict):
    row: int
    value: str
    phone: str  # E.164
    first_row: int


class ExtraNumbers(TypedDict):
    row: int
    value: str
    extra: list[str]


class ImportSummary(TypedDict):
    """:meth:`ImportReport.to_json`: what ``smsdesk import --json`` prints."""

    list: str
    rows: int
    valid: int
    invalid: list[InvalidRow]
    duplicates: int
    opted_out: int


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
    def invalid(self) -> list[InvalidRow]:
        """Rows not imported: {row (1-based spreadsheet row), value (as written), reason (code), message}."""
        return [
            {"row": row, "value": value, "reason": reason, "message": describe(reason)}
            for row, value, reason in self._invalid
        ]

    @property
    def duplicate_rows(self) -> list[DuplicateRow]:
        """Rows whose number already appeared: {row, value, phone, first_row} (the first DETAIL_LIMIT)."""
        return [
            {"row": row, "value": value, "phone": phone, "first_row": first}
            for row, value, phone, first in self._duplicates
        ]

    @property
    def extra_numbers(self) -> list[ExtraNumbers]:
        """Cells holding more than one number: {row, value, extra}; only the first usable one was imported."""
        return [{"row": row, "value": value, "extra": list(extra)} for row, value, extra in self._extra]

    def to_json(self) -> ImportSummary:
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
    from smsdesk.core.contacts import opted_out

    folder = store.path.parent / "scratch" if store.path.name not in ("", ":memory:") else None
    report, variables, found = _scan(path, sheet, phone_column, name_column, region, progress, cancelled, folder)
    try:
        report.list_name = list_name
        report.list_id, report.updated = write_contacts(store, list_name, variables, found, cancelled)
        report.added = len(found.first_row) - report.updated
        report.opted_out = len(opted_out(store, found.first_row.keys()))
    finally:
        found.close()
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
    found.close()
    return list(found.first_row), report


def _scan(
    path: str | Path,
    sheet: str | int | None,
    phone_column: int | str | None,
    name_column: int | str | None,
    region: str,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
    folder: Path | None = None,
) -> tuple[ImportReport, list[str], Found]:
    if not phones.is_valid_region(region):
        raise ValueError(f"unknown region {region!r}")
    report = ImportReport("")
    found = Found(folder)
    try:
        with open_source(path) as source:
            data = source.open(sheet)
            report.sheet = data.name
            probe, read = probe_rows(data)
            if not probe:
                raise empty(source.path, data.name)
            layout = detect_layout(probe, data.first_col, data.name, region, phone_column, name_column)
            if layout.phone is None:
                raise no_phone_column(data.name)
            report.header_row = layout.header_row
            report.phone_column = layout.columns[layout.phone]
            report.name_column = layout.columns[layout.name] if layout.name is not None else ""
            report.variables = layout.variable_names
            body = [(num, r) for num, r in read if layout.header_row is None or num > layout.header_row]
            _read_rows(itertools.chain(body, data.rows), layout, data, region, report, found, progress, cancelled)
            if report.rows == 0:
                raise ImportFailed(
                    "no_data",
                    translate(
                        "Import",
                        "The sheet “{sheet}” has a header row but no customers below it. Choose the "
                        "sheet that holds the list.",
                    ).format(sheet=data.name),
                )
    except BaseException:
        found.close()
        raise
    found.flush()
    return report, layout.variable_names, found


def _read_rows(
    rows: Iterator[tuple[int, list[object]]],
    layout: Layout,
    data: Sheet,
    region: str,
    report: ImportReport,
    found: Found,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    """The per-row loop; written for speed (it runs up to a million times)."""
    pi = layout.phone
    assert pi is not None
    ni = layout.name
    # Fields JSON is assembled from pre-encoded keys: much cheaper than json.dumps per row.
    enc = json.encoder.encode_basestring
    pairs = [
        (("{" if k == 0 else ",") + enc(title) + ":", index)
        for k, (title, index) in enumerate(zip(layout.variable_names, layout.variables, strict=True))
    ]
    text = cell_text
    width = len(layout.columns)
    filler = MergeFill(data.merged, data.first_col, pi)
    merging = bool(filler)
    quick, normalize = phones.quick, phones.normalize
    invalid, dups, extra = report._invalid, report._duplicates, report._extra
    seen, batch = found.first_row, found.batch
    add = batch.append
    broken, overlong = data.broken, data.overlong  # filled in as rows arrive; usually empty
    # Progress counts data rows, as the report does: the heading row (and rows above it) are not
    # customers, so 50,000 customers under a heading read "50,000 of 50,000", not 50,001.
    skip = layout.header_row or 0
    total = data.last_row - skip if data.last_row else None
    count = dup_count = number = stored = batch_chars = 0
    next_tick = 2048
    tw = region == "TW"
    for number, row in rows:  # number outlives the loop: the last row reached
        if len(row) < width:  # CSV rows may be short
            row = row + [""] * (width - len(row))
        value = row[pi]
        if (value == "" or value is None or (type(value) is str and value.isspace())) and blank(row):
            if broken and number in broken:  # nothing but formulas without their results
                count += 1
                invalid.append((number, "", FORMULA_ONLY))
            continue
        if merging:
            filler.apply(number, row)
        count += 1
        if count >= next_tick:
            next_tick += 2048
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(number - skip, total)
        if overlong and number in overlong:  # a cut cell is never stored
            invalid.append((number, text(value)[:SHOWN_CHARS], CELL_TOO_LONG))
            continue
        # The two commonest cells inline (a call costs as much as the check): "0912345678"
        # as text and 912345678.0 as a number; tests hold these lines to phones.quick.
        # ``type(value) is`` rather than isinstance: exact types only, and mypy narrows on it.
        if tw and type(value) is str and len(value) == 10 and value[:2] == "09" and value[2] != "9" and (
            value.isascii() and value.isdigit()
        ):
            e164: str | None = "+886" + value[1:]
        elif tw and type(value) is float and 900_000_000 <= value < 990_000_000 and value.is_integer():
            e164 = "+886" + str(int(value))
        else:
            e164 = quick(value, region)
        if e164 is None:
            result = normalize(value, region)
            e164 = result.e164
            if e164 is None:
                reason = result.reason
                if reason == phones.EMPTY and broken and pi in broken.get(number, ()):
                    reason = FORMULA
                invalid.append((number, text(value)[:SHOWN_CHARS], reason))
                continue
            if result.extra:
                extra.append((number, text(value)[:SHOWN_CHARS], result.extra[:10]))
        first = seen.get(e164)
        if first is not None:
            dup_count += 1
            if dup_count <= DETAIL_LIMIT:
                dups.append((number, text(value), e164, first))
            continue
        if ni is None:
            name = ""
        else:
            cell = row[ni]
            name = " ".join(cell.split()) if type(cell) is str else text(cell)  # no tabs or line breaks
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
        add((e164, name, fields))
        size = len(name) + len(fields)
        stored += size
        batch_chars += size
        if len(batch) >= WRITE_CHUNK or batch_chars >= BATCH_CHARS:
            found.flush()
            batch_chars = 0
            if stored > MAX_STORED_CHARS:
                raise too_much_text(data.name, MAX_STORED_CHARS)
    report.rows = count
    report.duplicates = dup_count
    report.valid = len(seen)
    if progress is not None and count:
        progress(total or number - skip, total)
