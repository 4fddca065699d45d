"""Importing customer lists from spreadsheets (.xlsx/.xlsm/.xls/.ods) and CSV files.

Reading: python-calamine for workbooks (typed cells; formulas give their saved
results), the csv module for text with encoding detection (UTF-8 with or without
BOM, UTF-16 with BOM, Big5/CP950) and delimiter sniffing. Rows are streamed; only
the compact contact data (phone, name, variables as JSON) is kept until the end.

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

import codecs
import csv
import io
import itertools
import json
import operator
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

import python_calamine as pc

from smsdesk.core import phones
from smsdesk.core.store import Store, utcnow
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_int, join_list, translate

# -- bounds -------------------------------------------------------------------
MAX_ROWS = 1_048_576          # Excel's own sheet limit
MAX_COLUMNS = 16_384          # Excel's own sheet limit (XFD)
MAX_CELLS = 12_000_000        # rows x columns calamine allocates (~32 bytes each): ~400 MB
MAX_PART_BYTES = 1 << 30      # one unpacked XML part
MAX_SMALL_PART_BYTES = 64 << 20  # workbook.xml, relationships, content types
DETAIL_LIMIT = 100_000       # duplicate rows listed one by one (the count is always exact)
PROBE_ROWS = 50               # rows looked at to find the header and the columns
HEADER_SEARCH_ROWS = 10
CHUNK = 1 << 20

ProgressFn = Callable[[int, "int | None"], None]
CancelledFn = Callable[[], bool]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_EXTENSIONS = {
    "xlsx": {".xlsx", ".xlsm"},
    "xls": {".xls"},
    "ods": {".ods"},
    "csv": {".csv", ".txt", ".tsv"},
}
SUPPORTED_SUFFIXES = tuple(sorted(set().union(*_EXTENSIONS.values())))


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
def _corrupt(path: Path) -> ImportFailed:
    return ImportFailed(
        "corrupt",
        translate(
            "Import",
            "The file {name} is damaged or incomplete and cannot be read. If it was downloaded or "
            "copied, do that again; otherwise open it in Excel, save it again, and import the new copy.",
        ).format(name=path.name),
    )


def _password(path: Path) -> ImportFailed:
    return ImportFailed(
        "password",
        translate(
            "Import",
            "The file {name} is protected with a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook > Encrypt with Password, then clear it), save it, and "
            "import it again.",
        ).format(name=path.name),
    )


def _not_spreadsheet(path: Path, what: str) -> ImportFailed:
    return ImportFailed(
        "not_spreadsheet",
        translate(
            "Import",
            "The file {name} is not a spreadsheet (it looks like {what}). Choose an Excel file "
            "(.xlsx, .xls), an OpenDocument spreadsheet (.ods) or a CSV file.",
        ).format(name=path.name, what=what),
    )


def _too_big(path: Path, detail: str) -> ImportFailed:
    return ImportFailed(
        "too_big",
        translate(
            "Import",
            "The file {name} is too large to import safely ({detail}). Delete unused rows and "
            "columns, or split it into files of at most {rows} rows, and import them one by one.",
        ).format(name=path.name, detail=detail, rows=fmt_int(MAX_ROWS)),
    )


def _empty(path: Path, sheet: str) -> ImportFailed:
    return ImportFailed(
        "empty",
        translate(
            "Import",
            "The sheet “{sheet}” in {name} is empty. Choose the sheet that holds the customer list.",
        ).format(sheet=sheet, name=path.name),
    )


def _no_phone_column(sheet: str) -> ImportFailed:
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
_IMPORT_REASONS = {
    FORMULA: QT_TRANSLATE_NOOP(
        "Import",
        "The phone cell holds a formula without a usable saved result (it may show an error such "
        "as #N/A). Fix the formula in Excel, save the file, and import it again.",
    ),
}


def describe(reason: str) -> str:
    text = _IMPORT_REASONS.get(reason)
    return translate("Import", text) if text is not None else phones.describe(reason)


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


def _blank(row: Sequence[object]) -> bool:
    return all(v == "" or v is None or (type(v) is str and v.isspace()) for v in row)


def column_letter(index: int) -> str:
    """0-based column index -> spreadsheet letters (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _column_index(letters: bytes | str) -> int:
    """Spreadsheet letters -> 1-based column number."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


# -- sheets -------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetInfo:
    name: str
    index: int
    visible: bool


@dataclass
class _Sheet:
    name: str
    rows: Iterator[tuple[int, list[object]]]  # (1-based spreadsheet row, cells)
    first_col: int = 0                          # 0-based column of cells[0]
    last_row: int | None = None                 # for progress; None when unknown (CSV)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based, inclusive
    formula_rows: Callable[[int], set[int]] | None = None  # abs column -> rows with a broken formula


def _sniff(path: Path) -> str:
    """The real file type from its first bytes: xlsx, xlsb, ods, xls, encrypted, csv or a refusal."""
    try:
        with path.open("rb") as f:
            head = f.read(65536)
    except FileNotFoundError as exc:
        raise ImportFailed(
            "unreadable",
            translate("Import", "The file {path} does not exist. Choose the file again.").format(path=path),
        ) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not head:
        raise ImportFailed(
            "empty",
            translate("Import", "The file {name} is empty (0 bytes). Choose the file that holds the list.").format(
                name=path.name
            ),
        )
    if head.startswith(_ZIP_MAGIC):
        return _sniff_zip(path)
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(path)
    if head.startswith(b"%PDF"):
        raise _not_spreadsheet(path, translate("Import", "a PDF document"))
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")):
        raise _not_spreadsheet(path, translate("Import", "a picture"))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    text_head = head.lstrip(codecs.BOM_UTF8).lstrip()[:512].lower()
    if text_head.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")):
        raise ImportFailed(
            "html",
            translate(
                "Import",
                "The file {name} is a web page saved with a spreadsheet name. Open it in Excel, "
                "save it as an Excel Workbook (.xlsx), and import the new file.",
            ).format(name=path.name),
        )
    if text_head.startswith(b"<?xml"):
        raise ImportFailed(
            "xml",
            translate(
                "Import",
                "The file {name} is an XML file (perhaps an old “XML Spreadsheet 2003”). "
                "Open it in Excel, save it as an Excel Workbook (.xlsx), and import the new file.",
            ).format(name=path.name),
        )
    controls = sum(head.count(bytes([b])) for b in (*range(0, 9), *range(14, 32)))
    if b"\x00" in head or controls * 100 > len(head):
        raise _not_spreadsheet(path, translate("Import", "a program or other binary file"))
    return "csv"  # text; its encoding is worked out (or refused) by the CSV reader


def _unreadable(path: Path, exc: OSError) -> ImportFailed:
    return ImportFailed(
        "unreadable",
        translate(
            "Import",
            "The file {name} could not be opened ({error}). Check that it still exists and is not "
            "locked by another program, then try again.",
        ).format(name=path.name, error=exc.strerror or exc),
    )


MAX_ZIP_ENTRIES = 10_000  # a workbook has a few dozen parts


def _check_zip_directory(path: Path) -> None:
    """Refuse a zip whose central directory alone would be huge, before zipfile reads it."""
    try:
        with path.open("rb") as f:
            size = f.seek(0, 2)
            f.seek(max(0, size - 65557))  # the end record plus the longest comment
            tail = f.read()
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise _corrupt(path)  # no end record: cut short
    entries, directory_size = struct.unpack_from("<HI", tail, at + 10)
    if entries > MAX_ZIP_ENTRIES or directory_size > MAX_SMALL_PART_BYTES:
        raise _too_big(path, translate("Import", "it holds {count} internal files").format(count=fmt_int(entries)))


def _sniff_zip(path: Path) -> str:
    _check_zip_directory(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100] if zf.getinfo("mimetype").file_size < 200 else b""
                if mime.strip() == b"application/vnd.oasis.opendocument.spreadsheet":
                    return "ods"
                raise _not_spreadsheet(path, translate("Import", "an OpenDocument text or presentation"))
    except zipfile.BadZipFile as exc:
        raise _corrupt(path) from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if any(n.startswith("xl/") for n in names):
        if "xl/workbook.bin" in names:
            return "xlsb"
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        raise _not_spreadsheet(path, translate("Import", "a Word document"))
    if any(n.startswith("ppt/") for n in names):
        raise _not_spreadsheet(path, translate("Import", "a PowerPoint presentation"))
    raise _not_spreadsheet(path, translate("Import", "a zip archive"))


def _sniff_ole(path: Path) -> str:
    """Legacy .xls, or an encrypted OOXML workbook (which Office stores as an OLE file)."""
    names = set(_Ole(path).streams)
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        return "encrypted"
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "WordDocument" in names:
        raise _not_spreadsheet(path, translate("Import", "a Word document"))
    raise _not_spreadsheet(path, translate("Import", "an old Office file that is not a workbook"))


class _Ole:
    """Just enough of the OLE compound file format to find and read one stream."""

    END = 0xFFFFFFFE

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.stat().st_size > MAX_PART_BYTES // 2:
                raise _too_big(path, translate("Import", "the file is over 500 MB"))
            self.data = path.read_bytes()  # .xls files are small: 65,536 rows at most per sheet
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        data = self.data
        if len(data) < 512:
            raise _corrupt(path)
        self.shift = struct.unpack_from("<H", data, 30)[0]
        if not 7 <= self.shift <= 16:
            raise _corrupt(path)
        size = 1 << self.shift
        self.sectors = (len(data) - 512) // size
        n_fat, first_dir, _tx, self.cutoff, first_minifat, _n_minifat, first_difat, n_difat = struct.unpack_from(
            "<IIIIIIII", data, 44
        )
        fat_sectors = [v for v in struct.unpack_from("<109I", data, 76) if v < self.sectors]
        sector, seen = first_difat, 0
        while sector < self.sectors and seen <= n_difat:  # DIFAT sectors list further FAT sectors
            values = struct.unpack_from(f"<{size // 4}I", data, 512 + sector * size)
            fat_sectors += [v for v in values[:-1] if v < self.sectors]
            sector, seen = values[-1], seen + 1
        if not fat_sectors or len(fat_sectors) > n_fat + 1:
            raise _corrupt(path)
        self.fat: list[int] = []
        for sector in fat_sectors:
            self.fat += struct.unpack_from(f"<{size // 4}I", data, 512 + sector * size)
        directory = self._chain(first_dir, self.fat, size, self._sector)
        self.streams: dict[str, tuple[int, int]] = {}
        root = (self.END, 0)
        for offset in range(0, len(directory) - 127, 128):
            entry = directory[offset : offset + 128]
            name_len, kind = struct.unpack_from("<HB", entry, 64)
            name = entry[: max(0, min(name_len, 64) - 2)].decode("utf-16-le", "replace")
            start, length = struct.unpack_from("<IQ", entry, 116)
            if kind == 5:
                root = (start, length)
            elif kind == 2:
                self.streams[name] = (start, length & 0xFFFFFFFF if self.shift == 9 else length)
        self.mini_stream = b""
        self.minifat: list[int] = []
        if first_minifat < self.sectors:
            raw = self._chain(first_minifat, self.fat, size, self._sector)
            self.minifat = list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))
            self.mini_stream = self._chain(root[0], self.fat, size, self._sector)[: root[1]]

    def _sector(self, index: int, size: int) -> bytes:
        start = 512 + index * size
        block = self.data[start : start + size]
        if len(block) != size:
            raise _corrupt(self.path)
        return block

    def _mini(self, index: int, size: int) -> bytes:
        block = self.mini_stream[index * size : (index + 1) * size]
        if len(block) != size:
            raise _corrupt(self.path)
        return block

    def _chain(self, start: int, table: list[int], size: int, read: Callable[[int, int], bytes]) -> bytes:
        out = []
        sector, steps = start, 0
        while sector != self.END:
            if sector >= len(table) or steps > len(table):  # out of range, or a loop
                raise _corrupt(self.path)
            out.append(read(sector, size))
            sector, steps = table[sector], steps + 1
        return b"".join(out)

    def stream(self, name: str) -> bytes:
        start, length = self.streams[name]
        if length < self.cutoff:
            data = self._chain(start, self.minifat, 64, self._mini)
        else:
            data = self._chain(start, self.fat, 1 << self.shift, self._sector)
        if len(data) < length:
            raise _corrupt(self.path)
        return data[:length]


# Cell records of BIFF5/8 worksheets: each starts with its row and column.
_BIFF_CELLS = {0x0006, 0x00BD, 0x00BE, 0x00D6, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0406}
_BIFF_MULTI = {0x00BD, 0x00BE}  # MULRK / MULBLANK: the last column is in the record's last two bytes


def _xls_extents(path: Path) -> list[tuple[int, int]]:
    """(rows, columns) of every worksheet of a legacy .xls, from its cell records.

    Calamine loads every sheet of an .xls when the file is opened, allocating
    rows x columns for each; a crafted record can claim column 65,535.
    """
    ole = _Ole(path)
    book = ole.stream("Workbook" if "Workbook" in ole.streams else "Book")
    extents: list[tuple[int, int]] = []
    frames: list[list[int]] = [[0, 0]]  # BOF ... EOF substreams nest (charts inside sheets)
    pos, end = 0, len(book) - 4
    while pos <= end:
        kind, length = struct.unpack_from("<HH", book, pos)
        body = pos + 4
        pos = body + length
        if kind == 0x0809:  # BOF
            frames.append([0, 0])
        elif kind == 0x000A and len(frames) > 1:  # EOF
            extents.append((frames[-1][0], frames[-1][1]))
            frames.pop()
        elif kind == 0x002F and not extents:  # FILEPASS in the globals: encrypted
            raise _password(path)
        elif kind in _BIFF_CELLS and length >= 4:
            row, col = struct.unpack_from("<HH", book, body)
            if kind in _BIFF_MULTI and length >= 6:
                col = max(col, struct.unpack_from("<H", book, body + length - 2)[0])
            frame = frames[-1]
            frame[0], frame[1] = max(frame[0], row + 1), max(frame[1], col + 1)
    extents += [(f[0], f[1]) for f in frames if f[0]]  # a stream cut before its EOF
    return extents


# -- zip safety -------------------------------------------------------------------
class _Zip:
    """Reads parts of a zip-based workbook under hard size limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise _corrupt(path) from exc
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        self.infos = {i.filename: i for i in self.zf.infolist()}

    def close(self) -> None:
        self.zf.close()

    def info(self, name: str) -> zipfile.ZipInfo | None:
        return self.infos.get(name)

    def check_declared(self, names: Sequence[str]) -> None:
        """Refuse parts whose declared unpacked size is beyond what a real list needs."""
        total = 0
        for name in names:
            info = self.infos.get(name)
            if info is None:
                continue
            if info.flag_bits & 0x1:  # zip-level encryption
                raise _password(self.path)
            big = "worksheets/" in name or name.endswith(("sharedStrings.xml", "content.xml"))
            if info.file_size > (MAX_PART_BYTES if big else MAX_SMALL_PART_BYTES):
                raise _too_big(
                    self.path,
                    translate("Import", "a part of it would unpack to {size} MB").format(
                        size=fmt_int(info.file_size >> 20)
                    ),
                )
            total += info.file_size
        if total > 2 * MAX_PART_BYTES:
            raise _too_big(
                self.path, translate("Import", "it would unpack to {size} MB").format(size=fmt_int(total >> 20))
            )

    def read_small(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise KeyError(name)
        if info.file_size > MAX_SMALL_PART_BYTES:
            raise _too_big(self.path, translate("Import", "an internal part is unusually large"))
        try:
            return self.zf.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise _corrupt(self.path) from exc

    def inflate(self, name: str) -> Iterator[bytes]:
        """The part's bytes, inflated from the raw stream so that its real size is what counts.

        zipfile stops at the declared size; the Rust reader may not, so a part whose
        data inflates past its declared size is refused as a disguised bomb.
        """
        info = self.infos[name]
        limit = info.file_size
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Unusual compression: zipfile enforces the declared size itself.
            try:
                with self.zf.open(info) as f:
                    while chunk := f.read(CHUNK):
                        yield chunk
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
                raise _corrupt(self.path) from exc
            return
        try:
            with self.path.open("rb") as f:
                f.seek(info.header_offset)
                header = f.read(30)
                if len(header) != 30 or header[:4] != b"PK\x03\x04":
                    raise _corrupt(self.path)
                name_len, extra_len = struct.unpack("<HH", header[26:30])
                f.seek(info.header_offset + 30 + name_len + extra_len)
                remaining = info.compress_size
                inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
                produced = 0
                while remaining > 0:
                    raw = f.read(min(CHUNK, remaining))
                    if not raw:
                        raise _corrupt(self.path)
                    remaining -= len(raw)
                    while raw:
                        # Bounded output per call: 1 MB of input may inflate a thousandfold.
                        if inflater is None:
                            piece, raw = raw, b""
                        else:
                            piece, raw = inflater.decompress(raw, CHUNK * 4), inflater.unconsumed_tail
                        produced += len(piece)
                        if produced > limit:
                            raise _too_big(
                                self.path, translate("Import", "it unpacks to more than it declares")
                            )
                        if piece:
                            yield piece
                if inflater is not None:
                    rest = inflater.flush()
                    produced += len(rest)
                    if produced > limit:
                        raise _too_big(self.path, translate("Import", "it unpacks to more than it declares"))
                    if rest:
                        yield rest
                if produced != limit:
                    raise _corrupt(self.path)
        except zlib.error as exc:
            raise _corrupt(self.path) from exc
        except OSError as exc:
            raise _unreadable(self.path, exc) from exc


def _xml_attrs(data: bytes, local: str) -> Iterator[dict[str, str]]:
    """Attributes (namespace stripped) of every element named ``local`` in a small XML part."""
    try:
        for _event, elem in ET.iterparse(io.BytesIO(data), events=("start",)):
            if elem.tag.rsplit("}", 1)[-1] == local:
                yield {k.rsplit("}", 1)[-1]: v for k, v in elem.attrib.items()}
    except ET.ParseError:
        return


def _rels(zipped: _Zip, part: str) -> dict[str, str]:
    """Relationship id -> target part path for ``part``."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if zipped.info(rels_name) is None:
        return {}
    out = {}
    for attrs in _xml_attrs(zipped.read_small(rels_name), "Relationship"):
        target = attrs.get("Target", "")
        if attrs.get("TargetMode") == "External" or not target:
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[attrs.get("Id", "")] = path
    return out


def _xlsx_parts(zipped: _Zip) -> tuple[dict[str, str], list[str]]:
    """Sheet name -> worksheet part, and the other parts calamine reads."""
    workbook = "xl/workbook.xml"
    for attrs in _xml_attrs(zipped.read_small("_rels/.rels"), "Relationship") if zipped.info("_rels/.rels") else ():
        if attrs.get("Type", "").endswith("/officeDocument"):
            workbook = attrs.get("Target", workbook).lstrip("/")
    if zipped.info(workbook) is None:
        raise _corrupt(zipped.path)
    rels = _rels(zipped, workbook)
    sheets = {}
    for attrs in _xml_attrs(zipped.read_small(workbook), "sheet"):
        target = rels.get(attrs.get("id", ""))
        if target:
            sheets[attrs.get("name", "")] = target
    folder, base = posixpath.split(workbook)
    others = [workbook, posixpath.join(folder, "_rels", base + ".rels"), "[Content_Types].xml"]
    others += [t for t in rels.values() if t not in sheets.values()]
    return sheets, others


_SHEETDATA = re.compile(rb"<(\w+:)?sheetData\b")


def _complete_tags(data: bytes, path: Path) -> tuple[bytes, bytes]:
    """Split ``data`` before a tag the chunk cut in two; that tail goes with the next chunk."""
    cut = data.rfind(b"<")
    if cut < 0 or data.find(b">", cut) >= 0:
        return data, b""
    if len(data) - cut > 65536:  # no real tag is this long
        raise _corrupt(path)
    return data[:cut], data[cut:]


def _xlsx_extent(zipped: _Zip, part: str, exact: bool = False) -> tuple[int, int]:
    """(rows, columns) that calamine will allocate for a worksheet part, measured without it.

    Calamine allocates highest-row x highest-column cells at once, so both must be
    known before it runs. One C-level search per chunk looks for anything that
    could matter: a reference right of the widest column seen so far, a row
    number long enough to break the cell budget, or a cell written without a
    leading reference. Only chunks where it finds something are parsed exactly;
    the others contribute the bound 10**(d-1) - 1 rows. If the bound alone fails
    the budget, the part is measured again exactly before the file is refused.
    """
    max_row = max_col = 0
    tail = head = b""
    generic: re.Pattern[bytes] | None = None
    cell, row_open = b"c", b"<row"
    for chunk in zipped.inflate(part):
        data, tail = _complete_tags(tail + chunk, zipped.path)
        if generic is None:
            head += data
            m = _SHEETDATA.search(head)
            if m is None:
                if len(head) > 16 * CHUNK:
                    raise _corrupt(zipped.path)
                continue
            data, head = head, b""
            cell, row_open = re.escape((m.group(1) or b"") + b"c"), b"<" + (m.group(1) or b"") + b"row"
            generic = re.compile(rb"<" + cell + rb'(?=[\s/>])([^>]*)>?')
        if max_col == 0 and not exact:
            # Learn the sheet's width from its first rows; the search below covers the rest.
            sample = data[: data.rfind(b"<", 0, 65536) if len(data) > 65536 else len(data)]
            max_row, max_col = _xlsx_extent_exact(sample, generic, row_open, max_row, max_col)
        digits = len(str(max(1, MAX_CELLS // max(1, max_col))))
        if not exact and 0 < max_col < 26:
            suspicious = re.compile(
                rb"<" + cell + rb'(?:>|/>|\s(?!r=")| r="(?:[A-Z]{2}|[%c-Z]|[A-Z]\d{%d}))' % (65 + max_col, digits)
            )
            if not suspicious.search(data):
                if re.search(rb"<" + cell + rb"[\s/>]", data):
                    max_row = max(max_row, 10 ** (digits - 1) - 1)
                continue
        max_row, max_col = _xlsx_extent_exact(data, generic, row_open, max_row, max_col)
    if generic is None:
        raise _corrupt(zipped.path)
    if not exact and (max_row > MAX_ROWS or max_row * max_col > MAX_CELLS):
        return _xlsx_extent(zipped, part, exact=True)
    return max_row, max_col


_REF = re.compile(rb'\br="([A-Z]{1,3})(\d*)"')


def _xlsx_extent_exact(
    data: bytes, cells: re.Pattern[bytes], row_open: bytes, max_row: int, max_col: int
) -> tuple[int, int]:
    """Exact extent of one chunk: every cell's reference, and rows/cells without one."""
    unreferenced = False
    for attrs in cells.findall(data):
        ref = _REF.search(attrs)
        if ref is None:
            unreferenced = True
            continue
        max_col = max(max_col, _column_index(ref.group(1)))
        if ref.group(2):
            max_row = max(max_row, int(ref.group(2)))
    if unreferenced:
        # Cells without a reference follow one another: a row is no wider than its cell count,
        # and rows without a number follow the last numbered one.
        widest = max(len(cells.findall(seg)) for seg in data.split(row_open))
        max_col = max(max_col, widest)
        max_row += data.count(row_open)
    return max_row, max_col


_FORMULA_CELL = re.compile(
    rb'<(?:\w+:)?c r="([A-Z]{1,3})(\d+)"([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>.*?</(?:\w+:)?f>)\s*'
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>)?",
    re.DOTALL,
)


def _xlsx_formula_rows(zipped: _Zip, part: str, column: int) -> set[int]:
    """Rows whose cell in ``column`` (1-based) is a formula with no value or an error value."""
    rows: set[int] = set()
    tail = b""
    for chunk in zipped.inflate(part):
        data = tail + chunk
        cut = data.rfind(b"<c ")
        data, tail = (data[:cut], data[cut:]) if cut > 0 else (data, b"")
        if b"<f" not in data and b":f" not in data:
            continue
        for letters, row, attrs, value in _FORMULA_CELL.findall(data):
            if _column_index(letters) == column and (not value or b't="e"' in attrs):
                rows.add(int(row))
    return rows


_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REP = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLS_REP = re.compile(rb'table:number-columns-repeated="(\d+)"')


def _ods_extents(zipped: _Zip) -> list[tuple[int, int]]:
    """(rows, columns) holding content for every table of content.xml, in order.

    Calamine loads every table of an .ods when the file is opened, so all of them
    are measured first. Repeated rows and cells count with their repeat; empty
    repeats (LibreOffice pads each sheet with them) do not.
    """
    extents: list[tuple[int, int]] = []
    max_row = max_col = row = col = 0
    row_rep = 1
    row_used = inside = False
    tail = b""
    for chunk in zipped.inflate("content.xml"):
        data, tail = _complete_tags(tail + chunk, zipped.path)
        for m in _ODS_TAG.finditer(data):
            closing, kind, attrs, selfclosing = m.groups()
            if kind == b"table":
                if closing and inside:
                    extents.append((max_row, max_col))
                    inside = False
                elif not closing:
                    inside, max_row, max_col, row = True, 0, 0, 0
                continue
            if not inside:
                continue
            if kind == b"table-row":
                if closing:
                    if row_used:
                        max_row = row + row_rep
                    row += row_rep
                else:
                    rep = _ODS_ROWS_REP.search(attrs)
                    row_rep = int(rep.group(1)) if rep else 1
                    col, row_used = 0, False
                    if selfclosing:
                        row += row_rep
                continue
            if closing:
                continue
            rep = _ODS_COLS_REP.search(attrs)
            col_rep = int(rep.group(1)) if rep else 1
            # A cell with content has a value type or child elements (text:p).
            if kind == b"table-cell" and (not selfclosing or b"value-type" in attrs):
                row_used = True
                max_col = max(max_col, col + col_rep)
            col += col_rep
    return extents


def _check_extent(path: Path, rows: int, cols: int) -> None:
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise _too_big(
            path,
            translate("Import", "the sheet spans {rows} rows × {cols} columns").format(
                rows=fmt_int(rows), cols=fmt_int(cols)),
        )


def _check_extents(path: Path, extents: list[tuple[int, int]]) -> None:
    """For formats whose reader loads every sheet at once: each sheet, and all of them together."""
    for rows, cols in extents:
        _check_extent(path, rows, cols)
    cells = sum(r * c for r, c in extents)
    if cells > MAX_CELLS:
        raise _too_big(path, translate("Import", "its sheets hold {cells} cells").format(cells=fmt_int(cells)))


# -- workbook sources ------------------------------------------------------------
class _Source:
    path: Path
    kind: str
    sheets: list[SheetInfo]

    def open(self, sheet: str | int | None) -> _Sheet:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> _Source:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _pick(self, sheet: str | int | None) -> SheetInfo:
        if not self.sheets:
            raise _corrupt(self.path)
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


class _CalamineSource(_Source):
    def __init__(self, path: Path, kind: str) -> None:
        self.path, self.kind = path, kind
        self._zip: _Zip | None = None
        self._file: IO[bytes] | None = None
        self._parts: dict[str, str] = {}
        try:
            if kind in ("xlsx", "ods"):
                self._zip = _Zip(path)
                self._check_zip()
            elif kind == "xls":
                _check_extents(path, _xls_extents(path))
            try:
                if path.suffix.lower() in _EXTENSIONS[kind]:
                    self.wb = pc.CalamineWorkbook.from_path(str(path))
                else:  # a workbook with the wrong extension: let calamine go by content
                    self._file = path.open("rb")
                    self.wb = pc.CalamineWorkbook.from_filelike(self._file)
            except pc.PasswordError as exc:
                raise _password(path) from exc
            except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
                raise _corrupt(path) from exc
            except OSError as exc:
                raise _unreadable(path, exc) from exc
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
            self._parts, others = _xlsx_parts(self._zip)
            self._zip.check_declared([*others, *self._parts.values()])
            for name in others:
                info = self._zip.info(name)
                if info is not None and info.compress_size > 65536:
                    for _ in self._zip.inflate(name):
                        pass
        else:
            self._zip.check_declared(["content.xml", "styles.xml", "settings.xml", "meta.xml"])
            if self._zip.info("content.xml") is None:
                raise _corrupt(self.path)
            _check_extents(self.path, _ods_extents(self._zip))

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

    def open(self, sheet: str | int | None) -> _Sheet:
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
                    _check_extent(self.path, *_xlsx_extent(self._zip, candidate))
            else:
                _check_extent(self.path, *_xlsx_extent(self._zip, part))
        try:
            data = self.wb.get_sheet_by_index(info.index)
        except pc.PasswordError as exc:
            raise _password(self.path) from exc
        except (pc.CalamineError, ValueError, UnicodeDecodeError) as exc:
            raise _corrupt(self.path) from exc
        # .xls needs no pre-check (the format caps a sheet at 65,536 x 256); still, no bigger than allowed.
        _check_extent(self.path, data.height, data.width)
        start = data.start
        if start is None:
            raise _empty(self.path, info.name)
        end = data.end or start
        merged = [
            (r1, c1, r2, c2) for (r1, c1), (r2, c2) in (data.merged_cell_ranges or ())
        ]
        formula_rows = None
        if part is not None:
            zipped, sheet_part = self._zip, part

            def formula_rows(column: int) -> set[int]:
                assert zipped is not None
                return _xlsx_formula_rows(zipped, sheet_part, column + 1)

        return _Sheet(
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


class _CsvSource(_Source):
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
            raise _unreadable(self.path, exc) from exc
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

    def open(self, sheet: str | int | None) -> _Sheet:
        info = self._pick(sheet)
        try:
            self._text = self.path.open("r", encoding=self.encoding, newline="")
            delimiter = self._dialect(self._text)
        except UnicodeDecodeError as exc:
            raise self._mixed() from exc
        except OSError as exc:
            raise _unreadable(self.path, exc) from exc
        return _Sheet(name=info.name, rows=self._rows(self._text, delimiter))

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
                    raise _too_big(
                        self.path, translate("Import", "more than {rows} rows").format(rows=fmt_int(MAX_ROWS))
                    )
                if len(row) > MAX_COLUMNS:
                    raise _too_big(
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


def open_source(path: str | Path) -> _Source:
    """Open a spreadsheet or CSV file for reading (a context manager); raises ImportFailed."""
    path = Path(path)
    kind = _sniff(path)
    suffix = path.suffix.lower()
    if kind == "encrypted":
        raise _password(path)
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
        if suffix in _EXTENSIONS["xlsx"] | _EXTENSIONS["xls"] | _EXTENSIONS["ods"]:
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


def _probe(sheet: _Sheet) -> list[tuple[int, list[object]]]:
    probe: list[tuple[int, list[object]]] = []
    for number, row in sheet.rows:
        if not _blank(row):
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
            raise _corrupt(source.path) from exc


def _preview(
    source: _Source, sheet: str | int | None, mapping: dict[str, int | str | None], n: int, region: str
) -> Preview:
    data = source.open(sheet)
    probe = _probe(data)
    if not probe:
        raise _empty(source.path, data.name)
    layout = _detect_layout(probe, data.first_col, data.name, region, mapping.get("phone"), mapping.get("name"))
    rows: list[PreviewRow] = []
    filler = _MergeFill(data.merged, data.first_col, layout.phone)
    body = [(num, r) for num, r in probe if layout.header_row is None or num > layout.header_row]
    for number, row in itertools.chain(body, data.rows):
        if len(rows) >= n:
            break
        if _blank(row):
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
            raise _empty(source.path, data.name)
        layout = _detect_layout(probe, data.first_col, data.name, region, phone_column, name_column)
        if layout.phone is None:
            raise _no_phone_column(data.name)
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
            raise _corrupt(source.path) from exc
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
    data: _Sheet,
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
    total = data.last_row
    count = dup_count = number = 0
    next_tick = 2048
    tw = region == "TW"
    for number, row in rows:  # number outlives the loop: the last row reached
        if len(row) < width:  # CSV rows may be short
            row = row + [""] * (width - len(row))
        value = row[pi]
        if value == "" or value is None or (type(value) is str and value.isspace()):
            if _blank(row):
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
                progress(number, total)
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
        progress(total or number, total)


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
