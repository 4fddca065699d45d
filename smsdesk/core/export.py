"""Writing reports as .xlsx files that are safe to open.

Cell text comes from customers' spreadsheets and from vendors, so a value such as
``=HYPERLINK(...)`` must never become a live formula in the user's Excel
(OWASP "CSV injection"). Every string is written as a text cell; one that starts
with ``= + - @``, tab, CR or NUL additionally carries Excel's quote-prefix flag,
the stored form of a leading apostrophe, so even re-editing the cell keeps it text.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from smsdesk.i18n import translate

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# openpyxl (150-300 ms to import, numpy included) loads when a file is written, not at start-up.

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
# XML 1.0 cannot hold these control characters; openpyxl would refuse the file.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
MAX_CELL_CHARS = 32767  # Excel's limit; longer text is cut rather than failing the export


class ExportFailed(Exception):
    """The report could not be written; the message says what to do."""


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    widths: Sequence[float] | None = None


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def safe_text(text: str) -> str:
    """Text Excel can store: illegal control characters become U+FFFD, length capped."""
    if _ILLEGAL.search(text):
        text = _ILLEGAL.sub("\ufffd", text)
    return text[:MAX_CELL_CHARS]


def _cell(ws: WriteOnlyWorksheet, value: object, bold: Font | None = None) -> Cell | object:
    if isinstance(value, str):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=safe_text(value))
        # Set after the value: openpyxl infers "f" (formula) for text starting with "=".
        cell.data_type = "s"
        if is_formula_like(value):
            cell.quotePrefix = True
        if bold is not None:
            cell.font = bold
        return cell
    if isinstance(value, datetime) and value.tzinfo is not None:
        # Excel has no time zones: show the user's local wall-clock time.
        return value.astimezone().replace(tzinfo=None)
    if value is None or isinstance(value, bool | int | float | Decimal | date | time | timedelta):
        return value
    return _cell(ws, str(value), bold)


def _title(title: str, used: set[str]) -> str:
    clean = _BAD_TITLE.sub("_", safe_text(title)).strip("'") or "Sheet"
    clean = clean[:31]
    candidate, n = clean, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


def write_xlsx_sheets(path: str | os.PathLike[str], sheets: Sequence[Sheet]) -> Path:
    """Write several sheets to ``path`` atomically (a half-written report never appears)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    wb = Workbook(write_only=True)
    bold = Font(bold=True)
    used: set[str] = set()
    for sheet in sheets:
        ws = wb.create_sheet(_title(sheet.title, used))
        widths = list(sheet.widths or [max(10.0, min(60.0, len(str(h)) * 1.6 + 2)) for h in sheet.headers])
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        if sheet.headers:
            ws.freeze_panes = "A2"
            ws.append([_cell(ws, str(h), bold) for h in sheet.headers])
        for row in sheet.rows:
            ws.append([_cell(ws, v) for v in row])
    if not sheets:
        wb.create_sheet("Sheet")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".xlsx", dir=target.parent)
        os.close(fd)
        wb.save(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise ExportFailed(
            translate(
                "Export",
                "The file {path} could not be saved ({error}). Close it if it is open in Excel, "
                "or choose another folder, and try again.",
            ).format(path=target, error=exc.strerror or exc)
        ) from exc
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return target


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Report",
    widths: Sequence[float] | None = None,
) -> Path:
    """Write one table to an .xlsx file; strings can never run as formulas."""
    return write_xlsx_sheets(path, [Sheet(sheet_title, headers, rows, widths)])
