"""Workbook and CSV sources: sheets as streams of rows, after :mod:`workbook_guard` allowed them."""

from __future__ import annotations

import abc
import codecs
import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

import python_calamine as pc

from smsdesk.core.import_errors import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportFailed,
    corrupt,
    empty,
    password,
    too_big,
    unreadable,
)
from smsdesk.core.workbook_guard import (
    CHUNK,
    EXTENSIONS,
    Zip,
    check_extent,
    check_extents,
    ods_extents,
    sniff,
    utf16_without_bom,
    xls_extents,
)
from smsdesk.core.xlsx_reader import Flags, Row, SheetStream, Workbook, clean_text
from smsdesk.i18n import fmt_int, join_list, translate

MAX_LINE_CHARS = 4 << 20  # one CSV line; the csv module would otherwise read any line whole


# -- cells ----------------------------------------------------------------------
def cell_text(value: object) -> str:
    """A typed cell as the text a template variable or a report shows."""
    if type(value) is str:
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def blank(row: Sequence[object]) -> bool:
    return all(v == "" or v is None or (type(v) is str and v.isspace()) for v in row)


def column_letter(index: int) -> str:
    """0-based column index -> spreadsheet letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters



# -- sheets -------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int
    visible: bool


@dataclass
class Sheet:
    name: str
    rows: Iterator[tuple[int, list[object]]]  # (1-based spreadsheet row, cells)
    first_col: int = 0                          # 0-based column of cells[0]
    last_row: int | None = None                 # for progress; None when unknown (CSV)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive
    # Filled in as the rows stream: row -> columns (of cells) with a formula but no saved
    # result, and with text cut at MAX_CELL_CHARS. Complete for a row once it was yielded.
    broken: Flags = field(default_factory=dict)
    overlong: Flags = field(default_factory=dict)
    # Text characters in the rows yielded so far, when the reader counts them anyway (else None).
    chars: Callable[[], int] | None = None




# -- workbook sources ------------------------------------------------------------
class Source(abc.ABC):
    path: Path
    kind: str
    sheets: list[SheetInfo]

    @abc.abstractmethod
    def open(self, sheet: str | int | None) -> Sheet:
        """The sheet's rows as a stream; one sheet per source at a time."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the file (and the reading process, if any)."""

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pick(self, sheet: str | int | None) -> SheetInfo:
        if not self.sheets:
            raise corrupt(self.path)
        if sheet is None:
            return next((s for s in self.sheets if s.visible), self.sheets[0])
        if isinstance(sheet, int):
            if 0 <= sheet < len(self.sheets):
                return self.sheets[sheet]
        else:
            wanted = sheet.strip().lower()  # the exact name first, then ignoring case and spaces
            found = next((s for s in self.sheets if s.name == sheet), None) or next(
                (s for s in self.sheets if s.name.strip().lower() == wanted), None)
            if found is not None:
                return found
        raise ImportFailed(
            "sheet_not_found",
            translate(
                "Import", "The sheet “{sheet}” was not found in {name}. Sheets in this file: {sheets}."
            ).format(sheet=sheet, name=self.path.name, sheets=join_list(s.name for s in self.sheets)),
        )


class _CalamineSource(Source):
    """.xls and .ods through python-calamine, after the guard measured every sheet it loads."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self._file: IO[bytes] | None = None
        try:
            if kind == "ods":
                with Zip(path) as zipped:
                    zipped.check_declared(["content.xml", "styles.xml", "settings.xml", "meta.xml"])
                    if zipped.info("content.xml") is None:
                        raise corrupt(path)
                    check_extents(path, ods_extents(zipped))
            else:
                check_extents(path, xls_extents(path))
            try:
                if path.suffix.lower() in EXTENSIONS[kind]:
                    self.wb = pc.CalamineWorkbook.from_path(str(path))
                else:  # a workbook with the wrong extension: let calamine go by content
                    self._file = path.open("rb")
                    self.wb = pc.CalamineWorkbook.from_filelike(self._file)
            except pc.PasswordError as exc:
                raise password(path) from exc
            except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
                raise corrupt(path) from exc
            except OSError as exc:
                raise unreadable(path, exc) from exc
            # Chart and macro sheets hold no rows; ``index`` stays calamine's own numbering.
            self.sheets = [
                SheetInfo(meta.name, i, meta.visible == pc.SheetVisibleEnum.Visible)
                for i, meta in enumerate(self.wb.sheets_metadata)
                if meta.typ == pc.SheetTypeEnum.WorkSheet
            ]
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        wb = getattr(self, "wb", None)
        if wb is not None:
            try:
                wb.close()
            except pc.CalamineError:
                pass
            del self.wb  # open() after close() is a bug: it fails loudly rather than on a None
        if self._file is not None:
            self._file.close()
            self._file = None

    def open(self, sheet: str | int | None) -> Sheet:
        info = self._pick(sheet)
        try:
            data = self.wb.get_sheet_by_index(info.index)
        except pc.PasswordError as exc:
            raise password(self.path) from exc
        except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
            raise corrupt(self.path) from exc
        check_extent(self.path, data.height, data.width)
        start = data.start
        if start is None:
            raise empty(self.path, info.name)
        end = data.end or start
        merged = [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (data.merged_cell_ranges or ())]
        result = Sheet(name=info.name, rows=iter(()), first_col=start[1], last_row=end[0] + 1, merged=merged)
        # iter_rows yields from the sheet's first row (leading blank rows included) and
        # from its first used column: row numbers are positions, columns offset by start.
        # Lists of calamine's cell types, read as object (list is invariant, so no plain assignment).
        rows: Iterator[list[object]] = data.iter_rows()  # type: ignore[assignment]
        result.rows = _cleaned(self.path, enumerate(rows, start=1), result.overlong)
        return result


class _XlsxSource(Source):
    """.xlsx / .xlsm through :mod:`smsdesk.core.xlsx_reader`, which streams within a budget."""

    def __init__(self, path: Path) -> None:
        self.path, self.kind = path, "xlsx"
        self._zip = Zip(path)
        try:
            # The XML parts (pictures and other media are never read, whatever their size).
            self._zip.check_declared([n for n in self._zip.infos if n.endswith((".xml", ".rels"))])
            self.book = Workbook(self._zip)
            self.sheets = [SheetInfo(name, i, visible) for i, (name, _part, visible) in enumerate(self.book.sheets)]
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._zip.close()

    def open(self, sheet: str | int | None) -> Sheet:
        info = self._pick(sheet)
        stream = SheetStream(self.book, self.book.sheets[info.index][1])
        return Sheet(name=info.name, rows=stream.rows(), first_col=stream.first_col, last_row=stream.last_row,
                     merged=stream.merged, broken=stream.broken, overlong=stream.overlong,
                     chars=lambda: stream.chars)


_PLAIN = (str, float, int, bool)


def _cleaned(path: Path, rows: Iterator[Row], overlong: Flags) -> Iterator[Row]:
    """Rows with invisible characters removed and cells cut at MAX_CELL_CHARS (the row noted)."""
    for number, cells in rows:
        chars = 0
        for i, value in enumerate(cells):
            if type(value) not in _PLAIN:  # dates and times as the text a report shows: marshal carries text
                value = cells[i] = cell_text(value)
            if type(value) is str:
                if len(value) > MAX_CELL_CHARS:
                    overlong.setdefault(number, []).append(i)
                    value = value[:MAX_CELL_CHARS]
                chars += len(value)
                cells[i] = clean_text(value)
        if chars > MAX_LINE_CHARS:
            raise too_big(path, translate("Import", "row {row} holds more than {chars} characters").format(
                row=fmt_int(number), chars=fmt_int(MAX_LINE_CHARS)))
        yield number, cells


def _decode_sample(data: bytes) -> str | None:
    """The encoding that decodes ``data`` (possibly cut mid-character), or None."""
    for encoding in ("utf-8", "cp950"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(data, final=False)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


class _CsvSource(Source):
    kind = "csv"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.encoding = self._detect_encoding()
        self.sheets = [SheetInfo(path.stem, 0, True)]
        self._text: IO[str] | None = None

    def _detect_encoding(self) -> str:
        try:
            with self.path.open("rb") as f:
                head = f.read(65536)
                if head.startswith(codecs.BOM_UTF8):
                    return "utf-8-sig"
                if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                    return "utf-16"
                bomless = utf16_without_bom(head)
                if bomless is not None:
                    return bomless
                sample = head
                # An ASCII start says nothing: find the first non-ASCII bytes and judge those.
                while sample.isascii():
                    more = f.read(CHUNK)
                    if not more:
                        return "utf-8"
                    sample = more
                # Everything before the first non-ASCII byte is ASCII, so it starts a character.
                index = next(i for i, b in enumerate(sample) if b > 127)
                window = sample[index:] + f.read(65536)
        except OSError as exc:
            raise unreadable(self.path, exc) from exc
        encoding = _decode_sample(window)
        if encoding is None:
            raise ImportFailed(
                "encoding",
                translate(
                    "Import",
                    "The text encoding of {name} could not be recognised. In Excel use Save As > "
                    "“CSV UTF-8” and import the new file.",
                ).format(name=self.path.name),
            )
        return encoding

    def _dialect(self, text: IO[str]) -> str:
        sample = text.read(65536)
        text.seek(0)
        lines = [line for line in sample.splitlines()[:50] if line.strip()]
        if len(sample) == 65536 and len(lines) > 1:
            lines = lines[:-1]  # the last line may be cut short
        best, best_score = ",", (0, 0)
        for delimiter in (",", "\t", ";", "|"):
            try:
                counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
            except csv.Error:
                continue
            if not counts:
                continue
            common = max(set(counts), key=counts.count)
            if common < 2:
                continue
            score = (counts.count(common), common)
            if score > best_score:
                best, best_score = delimiter, score
        return best

    def open(self, sheet: str | int | None) -> Sheet:
        info = self._pick(sheet)
        try:
            self._text = self.path.open("r", encoding=self.encoding, newline="")
            delimiter = self._dialect(self._text)
        except UnicodeDecodeError as exc:
            raise self._mixed() from exc
        except OSError as exc:
            raise unreadable(self.path, exc) from exc
        result = Sheet(name=info.name, rows=iter(()))
        result.rows = self._rows(self._text, delimiter, result.overlong)
        return result

    def _mixed(self) -> ImportFailed:
        return ImportFailed(
            "encoding",
            translate(
                "Import",
                "Part of {name} is in a different text encoding from the rest. In Excel use Save As > "
                "“CSV UTF-8” and import the new file.",
            ).format(name=self.path.name),
        )

    def _lines(self, text: IO[str]) -> Iterator[str]:
        """The file's lines, none longer than MAX_LINE_CHARS (read in pieces, never whole)."""
        number = 0
        while line := text.readline(MAX_LINE_CHARS):
            number += 1
            if len(line) == MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
                raise too_big(self.path, translate("Import", "line {line} is longer than {chars} characters").format(
                    line=fmt_int(number), chars=fmt_int(MAX_LINE_CHARS)))
            yield line

    def _rows(self, text: IO[str], delimiter: str, overlong: Flags) -> Iterator[Row]:
        reader = csv.reader(self._lines(text), delimiter=delimiter)
        number = 0
        try:
            for number, row in enumerate(reader, start=1):
                if number > MAX_ROWS + 1:
                    raise too_big(
                        self.path, translate("Import", "more than {rows} rows").format(rows=fmt_int(MAX_ROWS))
                    )
                if len(row) > MAX_COLUMNS:
                    raise too_big(
                        self.path, translate("Import", "more than {cols} columns").format(cols=fmt_int(MAX_COLUMNS))
                    )
                joined = "".join(row)
                if len(joined) > MAX_CELL_CHARS or not joined.isprintable():
                    for i, value in enumerate(row):
                        if len(value) > MAX_CELL_CHARS:
                            overlong.setdefault(number, []).append(i)
                            value = value[:MAX_CELL_CHARS]
                        row[i] = clean_text(value)
                yield number, row  # type: ignore[misc]  # list[str] as a row of objects: nothing adds non-str
        except UnicodeDecodeError as exc:
            raise self._mixed() from exc
        except csv.Error as exc:
            raise ImportFailed(
                "csv",
                translate(
                    "Import",
                    "Row {row} of {name} could not be read ({error}). Fix that row (often a stray "
                    "quotation mark) or save the file as .xlsx, and import again.",
                ).format(row=number + 1, name=self.path.name, error=exc),
            ) from exc

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
            self._text = None


def open_local(path: str | Path) -> Source:
    """Open a spreadsheet or CSV file in this process (a context manager); raises ImportFailed.

    Untrusted files are opened through :func:`smsdesk.core.sheet_child.open_source`,
    which runs this in a child process with a memory ceiling.
    """
    path = Path(path)
    kind = sniff(path)
    suffix = path.suffix.lower()
    if kind == "encrypted":
        raise password(path)
    if kind == "xlsb":
        raise ImportFailed(
            "xlsb",
            translate(
                "Import",
                "Excel binary workbooks (.xlsb) cannot be imported. Open the file in Excel, save it "
                "as an Excel Workbook (.xlsx), and import the new file.",
            ),
        )
    if kind == "csv":
        if suffix in EXTENSIONS["xlsx"] | EXTENSIONS["xls"] | EXTENSIONS["ods"]:
            raise ImportFailed(
                "text_as_workbook",
                translate(
                    "Import",
                    "The file {name} contains plain text although its name ends in {suffix}. If it is a "
                    "CSV export, rename it to end in .csv; or open it in Excel and save it as .xlsx. "
                    "Then import it again.",
                ).format(name=path.name, suffix=suffix),
            )
        return _CsvSource(path)
    if kind == "xlsx":
        return _XlsxSource(path)
    return _CalamineSource(path, kind)


def list_sheets(path: str | Path) -> list[SheetInfo]:
    from smsdesk.core.sheet_child import open_source

    with open_source(path) as source:
        return list(source.sheets)


