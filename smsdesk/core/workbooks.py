"""Workbook and CSV sources: sheets as streams of rows, after :mod:`workbook_guard` allowed them."""

from __future__ import annotations

import codecs
import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO

import python_calamine as pc

from smsdesk.core.workbook_guard import (
    CHUNK,
    EXTENSIONS,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportFailed,
    Zip,
    check_extent,
    check_extents,
    corrupt,
    empty,
    ods_extents,
    password,
    sniff,
    too_big,
    unreadable,
    xls_extents,
    xlsx_extent,
    xlsx_formula_rows,
    xlsx_parts,
)
from smsdesk.i18n import fmt_int, join_list, translate


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
    formula_rows: Callable[[int], set[int]] | None = None  # abs column -> rows with a broken formula




# -- workbook sources ------------------------------------------------------------
class Source:
    path: Path
    kind: str
    sheets: list[SheetInfo]

    def open(self, sheet: str | int | None) -> Sheet:
        raise NotImplementedError

    def close(self) -> None:
        pass

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
            for match in (lambda s: s.name == sheet, lambda s: s.name.strip().lower() == sheet.strip().lower()):
                found = next((s for s in self.sheets if match(s)), None)
                if found is not None:
                    return found
        raise ImportFailed(
            "sheet_not_found",
            translate(
                "Import", "The sheet “{sheet}” was not found in {name}. Sheets in this file: {sheets}."
            ).format(sheet=sheet, name=self.path.name, sheets=join_list(s.name for s in self.sheets)),
        )


class _CalamineSource(Source):
    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self._zip: Zip | None = None
        self._file: IO[bytes] | None = None
        self._parts: dict[str, str] = {}
        try:
            if kind in ("xlsx", "ods"):
                self._zip = Zip(path)
                self._check_zip()
            elif kind == "xls":
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

    def _check_zip(self) -> None:
        assert self._zip is not None
        if self.kind == "xlsx":
            self._parts, others = xlsx_parts(self._zip)
            self._zip.check_declared([*others, *self._parts.values()])
            for name in others:
                info = self._zip.info(name)
                if info is not None and info.compress_size > 65536:
                    for _ in self._zip.inflate(name):
                        pass
        else:
            self._zip.check_declared(["content.xml", "styles.xml", "settings.xml", "meta.xml"])
            if self._zip.info("content.xml") is None:
                raise corrupt(self.path)
            check_extents(self.path, ods_extents(self._zip))

    def close(self) -> None:
        wb = getattr(self, "wb", None)
        if wb is not None:
            try:
                wb.close()
            except pc.CalamineError:
                pass
            self.wb = None
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def open(self, sheet: str | int | None) -> Sheet:
        info = self._pick(sheet)
        part = None
        if self.kind == "xlsx":
            assert self._zip is not None
            part = self._parts.get(info.name)
            if part is None or self._zip.info(part) is None:
                # workbook.xml did not name this sheet's part: measure every worksheet part instead.
                part = None
                candidates = [n for n in self._zip.infos if "worksheets/" in n and n.endswith(".xml")]
                self._zip.check_declared(candidates)
                for candidate in candidates:
                    check_extent(self.path, *xlsx_extent(self._zip, candidate))
            else:
                check_extent(self.path, *xlsx_extent(self._zip, part))
        try:
            data = self.wb.get_sheet_by_index(info.index)
        except pc.PasswordError as exc:
            raise password(self.path) from exc
        except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
            raise corrupt(self.path) from exc
        # .xls needs no pre-check (the format caps a sheet at 65,536 x 256); still, no bigger than allowed.
        check_extent(self.path, data.height, data.width)
        start = data.start
        if start is None:
            raise empty(self.path, info.name)
        end = data.end or start
        merged = [
            (r1, c1, r2, c2) for (r1, c1), (r2, c2) in (data.merged_cell_ranges or ())
        ]
        formula_rows = None
        if part is not None:
            zipped, sheet_part = self._zip, part

            def formula_rows(column: int) -> set[int]:
                assert zipped is not None
                return xlsx_formula_rows(zipped, sheet_part, column + 1)

        return Sheet(
            name=info.name,
            rows=self._rows(data),
            first_col=start[1],
            last_row=end[0] + 1,
            merged=merged,
            formula_rows=formula_rows,
        )

    @staticmethod
    def _rows(data: pc.CalamineSheet) -> Iterator[tuple[int, list[object]]]:
        # iter_rows yields from the sheet's first row (leading blank rows included) and
        # from its first used column: row numbers are positions, columns offset by start.
        # A plain enumerate (no generator around it) keeps the per-row cost in C.
        return enumerate(data.iter_rows(), start=1)


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
        return Sheet(name=info.name, rows=self._rows(self._text, delimiter))

    def _mixed(self) -> ImportFailed:
        return ImportFailed(
            "encoding",
            translate(
                "Import",
                "Part of {name} is in a different text encoding from the rest. In Excel use Save As > "
                "“CSV UTF-8” and import the new file.",
            ).format(name=self.path.name),
        )

    def _rows(self, text: IO[str], delimiter: str) -> Iterator[tuple[int, list[object]]]:
        reader = csv.reader(text, delimiter=delimiter)
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
                yield number, row  # type: ignore[misc]
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


def open_source(path: str | Path) -> Source:
    """Open a spreadsheet or CSV file for reading (a context manager); raises ImportFailed."""
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
    return _CalamineSource(path, kind)


def list_sheets(path: str | Path) -> list[SheetInfo]:
    with open_source(path) as source:
        return list(source.sheets)


