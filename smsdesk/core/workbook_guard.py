"""Reading a spreadsheet safely: what a file really is, and whether opening it is affordable.

The real file type is sniffed from its bytes (a renamed PDF or web page is refused,
UTF-16 text without a byte-order mark is recognised), zip parts are inflated under
hard limits (a lying header cannot hide a bomb), and for the formats python-calamine
still reads (.xls, .ods: it loads every sheet's rows x columns rectangle on open)
every sheet is measured against MAX_ROWS / MAX_COLUMNS / MAX_CELLS first.
"""

from __future__ import annotations

import codecs
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from smsdesk.core.import_errors import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportFailed,
    corrupt,
    not_spreadsheet,
    password,
    too_big,
    unreadable,
)
from smsdesk.i18n import fmt_int, translate

MAX_CELLS = 4_000_000         # rows x columns calamine allocates for .xls / .ods: ~130 MB
MAX_PART_BYTES = 1 << 30      # one unpacked XML part
MAX_SMALL_PART_BYTES = 64 << 20  # workbook.xml, relationships, content types, styles
MAX_XLS_BYTES = 64 << 20      # .xls is read whole (65,536 rows x 256 columns at most per sheet)
MAX_ODS_TEXT = 256 << 10      # one text run of content.xml: calamine buffers it whole
CHUNK = 1 << 20

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
EXTENSIONS = {
    "xlsx": {".xlsx", ".xlsm"},
    "xls": {".xls"},
    "ods": {".ods"},
    "csv": {".csv", ".txt", ".tsv"},
}
SUPPORTED_SUFFIXES = tuple(sorted(set().union(*EXTENSIONS.values())))



def utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for UTF-16 text saved without a byte-order mark, else None.

    Such text (Notepad's "Unicode", some exports) has a NUL in every other byte for ASCII
    characters (digits, commas, Latin letters), which a phone list is mostly made of; a
    binary file has NULs scattered on both sides. The whole head must then decode.
    """
    half = len(head) // 2
    if half < 4:
        return None
    even, odd = head[0 : 2 * half : 2].count(0), head[1 : 2 * half : 2].count(0)
    for encoding, text_side, other_side in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if text_side * 4 >= half and other_side * 50 <= half:
            try:
                text = head[: 2 * half].decode(encoding)
            except UnicodeDecodeError:
                continue  # a surrogate pair cut at the end is still an error: judge without it
            if sum(1 for ch in text if ch < " " and ch not in "\t\r\n") * 100 <= len(text):
                return encoding
    return None


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
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(head):
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
            if path.stat().st_size > MAX_XLS_BYTES:
                raise too_big(path, translate("Import", "an .xls file over {size} MB").format(
                    size=fmt_int(MAX_XLS_BYTES >> 20)))
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

    def __enter__(self) -> Zip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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



def _complete_tags(data: bytes, path: Path) -> tuple[bytes, bytes]:
    """Split ``data`` before a tag the chunk cut in two; that tail goes with the next chunk."""
    cut = data.rfind(b"<")
    if cut < 0 or data.find(b">", cut) >= 0:
        return data, b""
    if len(data) - cut > 65536:  # no real tag is this long
        raise corrupt(path)
    return data[:cut], data[cut:]


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
    run = 0  # bytes since the last "<": calamine holds a whole text run in memory
    for chunk in zipped.inflate("content.xml"):
        data, tail = _complete_tags(tail + chunk, zipped.path)
        pieces = data.split(b"<")
        run += len(pieces[0])
        if max([run, *map(len, pieces[1:])]) > MAX_ODS_TEXT:
            raise too_big(zipped.path, translate("Import", "a cell holds more than {chars} characters").format(
                chars=fmt_int(MAX_CELL_CHARS)))
        run = len(pieces[-1]) if len(pieces) > 1 else run
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


