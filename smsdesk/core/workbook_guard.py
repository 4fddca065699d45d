"""Reading a spreadsheet safely: what a file really is, and whether opening it is affordable.

Before python-calamine reads anything (see :mod:`smsdesk.core.importer` for why: it
allocates each sheet's whole rows x columns rectangle at once), the real file type is
sniffed from its bytes, zip and OLE containers are checked, and every sheet it will load
is measured against MAX_ROWS / MAX_COLUMNS / MAX_CELLS. The failures users see
(:class:`ImportFailed` and its constructors) live here too, in words.
"""

from __future__ import annotations

import codecs
import io
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

from smsdesk.core import phones
from smsdesk.i18n import QT_TRANSLATE_NOOP, fmt_int, translate

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
EXTENSIONS = {
    "xlsx": {".xlsx", ".xlsm"},
    "xls": {".xls"},
    "ods": {".ods"},
    "csv": {".csv", ".txt", ".tsv"},
}
SUPPORTED_SUFFIXES = tuple(sorted(set().union(*EXTENSIONS.values())))


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



def column_index(letters: bytes | str) -> int:
    """Spreadsheet letters -> 1-based column number."""
    n = 0
    for ch in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        n = n * 26 + ord(ch) - 64
    return n


def sniff(path: Path) -> str:
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
        raise unreadable(path, exc) from exc
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
        raise not_spreadsheet(path, translate("Import", "a PDF document"))
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"RIFF")):
        raise not_spreadsheet(path, translate("Import", "a picture"))
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
        raise not_spreadsheet(path, translate("Import", "a program or other binary file"))
    return "csv"  # text; its encoding is worked out (or refused) by the CSV reader


def unreadable(path: Path, exc: OSError) -> ImportFailed:
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
        raise unreadable(path, exc) from exc
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise corrupt(path)  # no end record: cut short
    entries, directory_size = struct.unpack_from("<HI", tail, at + 10)
    if entries > MAX_ZIP_ENTRIES or directory_size > MAX_SMALL_PART_BYTES:
        raise too_big(path, translate("Import", "it holds {count} internal files").format(count=fmt_int(entries)))


def _sniff_zip(path: Path) -> str:
    _check_zip_directory(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100] if zf.getinfo("mimetype").file_size < 200 else b""
                if mime.strip() == b"application/vnd.oasis.opendocument.spreadsheet":
                    return "ods"
                raise not_spreadsheet(path, translate("Import", "an OpenDocument text or presentation"))
    except zipfile.BadZipFile as exc:
        raise corrupt(path) from exc
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if any(n.startswith("xl/") for n in names):
        if "xl/workbook.bin" in names:
            return "xlsb"
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        raise not_spreadsheet(path, translate("Import", "a Word document"))
    if any(n.startswith("ppt/") for n in names):
        raise not_spreadsheet(path, translate("Import", "a PowerPoint presentation"))
    raise not_spreadsheet(path, translate("Import", "a zip archive"))


def _sniff_ole(path: Path) -> str:
    """Legacy .xls, or an encrypted OOXML workbook (which Office stores as an OLE file)."""
    names = set(_Ole(path).streams)
    if "EncryptionInfo" in names or "EncryptedPackage" in names:
        return "encrypted"
    if "Workbook" in names or "Book" in names:
        return "xls"
    if "WordDocument" in names:
        raise not_spreadsheet(path, translate("Import", "a Word document"))
    raise not_spreadsheet(path, translate("Import", "an old Office file that is not a workbook"))


class _Ole:
    """Just enough of the OLE compound file format to find and read one stream."""

    END = 0xFFFFFFFE

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if path.stat().st_size > MAX_PART_BYTES // 2:
                raise too_big(path, translate("Import", "the file is over 500 MB"))
            self.data = path.read_bytes()  # .xls files are small: 65,536 rows at most per sheet
        except OSError as exc:
            raise unreadable(path, exc) from exc
        data = self.data
        if len(data) < 512:
            raise corrupt(path)
        self.shift = struct.unpack_from("<H", data, 30)[0]
        if not 7 <= self.shift <= 16:
            raise corrupt(path)
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
            raise corrupt(path)
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
            raise corrupt(self.path)
        return block

    def _mini(self, index: int, size: int) -> bytes:
        block = self.mini_stream[index * size : (index + 1) * size]
        if len(block) != size:
            raise corrupt(self.path)
        return block

    def _chain(self, start: int, table: list[int], size: int, read: Callable[[int, int], bytes]) -> bytes:
        out = []
        sector, steps = start, 0
        while sector != self.END:
            if sector >= len(table) or steps > len(table):  # out of range, or a loop
                raise corrupt(self.path)
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
            raise corrupt(self.path)
        return data[:length]


# Cell records of BIFF5/8 worksheets: each starts with its row and column.
_BIFF_CELLS = {0x0006, 0x00BD, 0x00BE, 0x00D6, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0406}
_BIFF_MULTI = {0x00BD, 0x00BE}  # MULRK / MULBLANK: the last column is in the record's last two bytes


def xls_extents(path: Path) -> list[tuple[int, int]]:
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
            raise password(path)
        elif kind in _BIFF_CELLS and length >= 4:
            row, col = struct.unpack_from("<HH", book, body)
            if kind in _BIFF_MULTI and length >= 6:
                col = max(col, struct.unpack_from("<H", book, body + length - 2)[0])
            frame = frames[-1]
            frame[0], frame[1] = max(frame[0], row + 1), max(frame[1], col + 1)
    extents += [(f[0], f[1]) for f in frames if f[0]]  # a stream cut before its EOF
    return extents


# -- zip safety -------------------------------------------------------------------
class Zip:
    """Reads parts of a zip-based workbook under hard size limits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise corrupt(path) from exc
        except OSError as exc:
            raise unreadable(path, exc) from exc
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
                raise password(self.path)
            big = "worksheets/" in name or name.endswith(("sharedStrings.xml", "content.xml"))
            if info.file_size > (MAX_PART_BYTES if big else MAX_SMALL_PART_BYTES):
                raise too_big(
                    self.path,
                    translate("Import", "a part of it would unpack to {size} MB").format(
                        size=fmt_int(info.file_size >> 20)
                    ),
                )
            total += info.file_size
        if total > 2 * MAX_PART_BYTES:
            raise too_big(
                self.path, translate("Import", "it would unpack to {size} MB").format(size=fmt_int(total >> 20))
            )

    def read_small(self, name: str) -> bytes:
        info = self.infos.get(name)
        if info is None:
            raise KeyError(name)
        if info.file_size > MAX_SMALL_PART_BYTES:
            raise too_big(self.path, translate("Import", "an internal part is unusually large"))
        try:
            return self.zf.read(info)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise corrupt(self.path) from exc

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
                raise corrupt(self.path) from exc
            return
        try:
            with self.path.open("rb") as f:
                f.seek(info.header_offset)
                header = f.read(30)
                if len(header) != 30 or header[:4] != b"PK\x03\x04":
                    raise corrupt(self.path)
                name_len, extra_len = struct.unpack("<HH", header[26:30])
                f.seek(info.header_offset + 30 + name_len + extra_len)
                remaining = info.compress_size
                inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
                produced = 0
                while remaining > 0:
                    raw = f.read(min(CHUNK, remaining))
                    if not raw:
                        raise corrupt(self.path)
                    remaining -= len(raw)
                    while raw:
                        # Bounded output per call: 1 MB of input may inflate a thousandfold.
                        if inflater is None:
                            piece, raw = raw, b""
                        else:
                            piece, raw = inflater.decompress(raw, CHUNK * 4), inflater.unconsumed_tail
                        produced += len(piece)
                        if produced > limit:
                            raise too_big(
                                self.path, translate("Import", "it unpacks to more than it declares")
                            )
                        if piece:
                            yield piece
                if inflater is not None:
                    rest = inflater.flush()
                    produced += len(rest)
                    if produced > limit:
                        raise too_big(self.path, translate("Import", "it unpacks to more than it declares"))
                    if rest:
                        yield rest
                if produced != limit:
                    raise corrupt(self.path)
        except zlib.error as exc:
            raise corrupt(self.path) from exc
        except OSError as exc:
            raise unreadable(self.path, exc) from exc


def _xml_attrs(data: bytes, local: str) -> Iterator[dict[str, str]]:
    """Attributes (namespace stripped) of every element named ``local`` in a small XML part."""
    try:
        for _event, elem in ET.iterparse(io.BytesIO(data), events=("start",)):
            if elem.tag.rsplit("}", 1)[-1] == local:
                yield {k.rsplit("}", 1)[-1]: v for k, v in elem.attrib.items()}
    except ET.ParseError:
        return


def _rels(zipped: Zip, part: str) -> dict[str, str]:
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


def xlsx_parts(zipped: Zip) -> tuple[dict[str, str], list[str]]:
    """Sheet name -> worksheet part, and the other parts calamine reads."""
    workbook = "xl/workbook.xml"
    for attrs in _xml_attrs(zipped.read_small("_rels/.rels"), "Relationship") if zipped.info("_rels/.rels") else ():
        if attrs.get("Type", "").endswith("/officeDocument"):
            workbook = attrs.get("Target", workbook).lstrip("/")
    if zipped.info(workbook) is None:
        raise corrupt(zipped.path)
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
        raise corrupt(path)
    return data[:cut], data[cut:]


def xlsx_extent(zipped: Zip, part: str, exact: bool = False) -> tuple[int, int]:
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
                    raise corrupt(zipped.path)
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
        raise corrupt(zipped.path)
    if not exact and (max_row > MAX_ROWS or max_row * max_col > MAX_CELLS):
        return xlsx_extent(zipped, part, exact=True)
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
        max_col = max(max_col, column_index(ref.group(1)))
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


def xlsx_formula_rows(zipped: Zip, part: str, column: int) -> set[int]:
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
            if column_index(letters) == column and (not value or b't="e"' in attrs):
                rows.add(int(row))
    return rows


_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REP = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_COLS_REP = re.compile(rb'table:number-columns-repeated="(\d+)"')


def ods_extents(zipped: Zip) -> list[tuple[int, int]]:
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


def check_extent(path: Path, rows: int, cols: int) -> None:
    if rows > MAX_ROWS or cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise too_big(
            path,
            translate("Import", "the sheet spans {rows} rows × {cols} columns").format(
                rows=fmt_int(rows), cols=fmt_int(cols)),
        )


def check_extents(path: Path, extents: list[tuple[int, int]]) -> None:
    """For formats whose reader loads every sheet at once: each sheet, and all of them together."""
    for rows, cols in extents:
        check_extent(path, rows, cols)
    cells = sum(r * c for r, c in extents)
    if cells > MAX_CELLS:
        raise too_big(path, translate("Import", "its sheets hold {cells} cells").format(cells=fmt_int(cells)))


