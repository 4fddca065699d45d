"""What the user is told when a file cannot be imported, and why a row was not.

Every failure says what was wrong in words and what to do next; nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_int, translate

MAX_ROWS = 1_048_576          # Excel's own sheet limit
MAX_COLUMNS = 16_384          # Excel's own sheet limit (XFD)
MAX_CELL_CHARS = 32_767       # Excel's own limit for one cell

ProgressFn = Callable[[int, "int | None"], None]
CancelledFn = Callable[[], bool]

class ImportFailed(Exception):
    """The file cannot be imported; ``str(exc)`` tells the user what to do. Nothing was written."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ImportCancelled(ImportFailed):
    def __init__(self) -> None:
        super().__init__(
            "cancelled", translate("Import", "The import was cancelled. Nothing was changed.")
        )


# -- user-facing failures -----------------------------------------------------
def corrupt(path: Path) -> ImportFailed:
    return ImportFailed(
        "corrupt",
        translate(
            "Import",
            "The file {name} is damaged or incomplete and cannot be read. If it was downloaded or "
            "copied, do that again; otherwise open it in Excel, save it again, and import the new copy.",
        ).format(name=path.name),
    )


def password(path: Path) -> ImportFailed:
    return ImportFailed(
        "password",
        translate(
            "Import",
            "The file {name} is protected with a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password, then clear it), save it, and "
            "import it again.",
        ).format(name=path.name),
    )


def not_spreadsheet(path: Path, what: str) -> ImportFailed:
    return ImportFailed(
        "not_spreadsheet",
        translate(
            "Import",
            "The file {name} is not a spreadsheet (it looks like {what}). Choose an Excel file "
            "(.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file.",
        ).format(name=path.name, what=what),
    )


def too_big(path: Path, detail: str) -> ImportFailed:
    return ImportFailed(
        "too_big",
        translate(
            "Import",
            "The file {name} is too large to import safely ({detail}). Delete unused rows and "
            "columns, or split it into files of at most {rows} rows, and import them one by one.",
        ).format(name=path.name, detail=detail, rows=fmt_int(MAX_ROWS)),
    )


def bloated(path: Path, size: int, cells: int) -> ImportFailed:
    """A part inflating to far more than its cells can hold: a bomb, or a broken writer."""
    return ImportFailed(
        "too_big",
        translate(
            "Import",
            "The file {name} unpacks to far more data than its cells can hold (over {size} MB for "
            "{cells} cells), so it was not imported. It was not saved by a spreadsheet program as "
            "is, or it was tampered with. Open it in Excel, save it as a new .xlsx file, and "
            "import that.",
        ).format(name=path.name, size=fmt_int(max(1, size >> 20)), cells=fmt_int(cells)),
    )


def too_much_text(sheet: str, limit: int) -> ImportFailed:
    return ImportFailed(
        "too_big",
        translate(
            "Import",
            "The names and other columns of the sheet “{sheet}” hold more than {size} million characters "
            "in all, far more than a customer list needs, so nothing was imported. Delete the columns "
            "that are not needed for messages, or split the file, and import again.",
        ).format(sheet=sheet, size=fmt_int(limit // 1_000_000)),
    )


def empty(path: Path, sheet: str) -> ImportFailed:
    return ImportFailed(
        "empty",
        translate(
            "Import",
            "The sheet “{sheet}” in {name} is empty. Choose the sheet that holds the customer list.",
        ).format(sheet=sheet, name=path.name),
    )


def no_phone_column(sheet: str) -> ImportFailed:
    return ImportFailed(
        "no_phone_column",
        translate(
            "Import",
            "No column with phone numbers was found in the sheet “{sheet}”. Give the phone "
            "column a heading such as 手機 or Mobile, or choose the column in the import dialog.",
        ).format(sheet=sheet),
    )


# Reasons only the importer knows; the rest come from phones.describe().
FORMULA = "formula"
FORMULA_ONLY = "formula_only"
CELL_TOO_LONG = "cell_too_long"
_IMPORT_REASONS = {
    FORMULA: QT_TRANSLATE_NOOP(
        "Import",
        "The phone cell holds a formula without a usable saved result (it may show an error such "
        "as #N/A). Fix the formula in Excel, save the file, and import it again.",
    ),
    FORMULA_ONLY: QT_TRANSLATE_NOOP(
        "Import",
        "The row holds only formulas, and the file does not store their results: it was saved by a "
        "program that does not keep them. Open the file in Excel, save it, and import it again.",
    ),
    CELL_TOO_LONG: QT_TRANSLATE_NOOP(
        "Import",
        "A cell in this row holds more than 32,767 characters, Excel's own limit for a cell; the row "
        "was not imported. Shorten that cell and import the file again.",
    ),
}


def describe(reason: str) -> str:
    text = _IMPORT_REASONS.get(reason)
    if text is not None:
        return translate("Import", text)
    from smsdesk.core import phones  # not at import time: the reading child never needs phonenumbers

    return phones.describe(reason)



def unreadable(path: Path, exc: OSError) -> ImportFailed:
    return ImportFailed(
        "unreadable",
        translate(
            "Import",
            "The file {name} could not be opened ({error}). Check that it still exists and is not "
            "locked by another program, then try again.",
        ).format(name=path.name, error=exc.strerror or exc),
    )

