"""Streaming reader of .xlsx/.xlsm worksheets within a fixed memory budget.

python-calamine loads a sheet's whole rows x columns rectangle and buffers every XML
text node whole, so one 900 MB shared string became a 3.6 GB process. This reader
inflates each part chunk by chunk (:meth:`Zip.inflate`) and cuts it at element
boundaries, so memory is one chunk plus the current row, whatever the file holds:

- a cell's text is capped at MAX_CELL_CHARS (Excel's own limit); a longer cell is
  cut and its row reported, never stored;
- each part may inflate to no more than PART_SLACK plus MAX_CELL_XML per cell (or
  shared string) and ROW_XML per row it has delivered so far or declares, and to an
  absolute cap; the
  shared strings are kept as one UTF-8 buffer under MAX_SHARED_TEXT;
- a formula whose result was not saved is reported by row and column.

Regular expressions over SpreadsheetML rather than an XML parser: a million rows
take about a second with them and five with expat callbacks.
"""

from __future__ import annotations

import functools
import itertools
import posixpath
import re
from array import array
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from smsdesk.core.import_errors import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, bloated, corrupt, too_big
from smsdesk.core.workbook_guard import Zip, column_index
from smsdesk.i18n import fmt_int, translate

MAX_CELL_XML = MAX_CELL_CHARS * 10 + 4096  # that many characters, each escaped as &#x10FFFF;
PART_SLACK = 1 << 20                       # markup around the cells: styles, columns, views
MAX_SHEET_BYTES = 1 << 30                  # one worksheet part, inflated
MAX_SHARED_BYTES = 512 << 20               # sharedStrings.xml, inflated
MAX_SHARED_TEXT = 96 << 20                 # the shared strings kept, as UTF-8
MAX_SHARED_STRINGS = 4_000_000             # their count (4 bytes of offset each)
MAX_ROW_CHARS = 4 << 20                    # text in one row, shared strings expanded
MAX_ROW_XML = 16 << 20                     # one <row> element
ROW_XML = 512                              # a row's own markup (spans, height, style), even when empty
MAX_MERGES = 1_000_000
KEEP_INFLATED = 32 << 20                   # a sheet at most this big inflated is kept between the two passes

Row = tuple[int, list[object]]
Flags = dict[int, list[int]]  # row -> 0-based columns (relative to first_col); see SheetStream

_P = rb"(?:[\w.-]+:)?"  # an optional namespace prefix
_ATTR = re.compile(rb"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
# A row start, or a cell: its column when r= comes first, its other attributes, and its
# value when it is a plain <v> or <is><t> (the usual cases), else its whole content.
@functools.cache
def _row_or_cell(prefix: bytes) -> re.Pattern[bytes]:
    """The pattern for a sheet whose elements carry ``prefix`` (usually none: a faster search)."""
    p = re.escape(prefix)
    return re.compile(
        # Possessive (*+, ?+): the attributes end at the first > or />, and nothing is tried
        # twice on the way there; a sixth less time than the lazy [^>]*? matching the same cells.
        rb"<" + p + rb"(?:(row)\b([^>]*)>|c\b(?:\s+r=\"([A-Z]{1,3})\d*+\")?+([^>/]*+(?:/(?!>)[^>/]*+)*+)"
        rb"(?:/>|><" + p + rb"v>([^<]*+)</" + p + rb"v></" + p + rb"c>|><" + p + rb"is><" + p + rb"t>([^<]*+)</"
        + p + rb"t></" + p + rb"is></" + p + rb"c>|>(.*?)</" + p + rb"c>))",
        re.S,
    )
_AFTER_NAME = (b" ", b"\t", b"\n", b"\r", b">", b"/")
_LEADING_DIGITS = re.compile(rb"\d+")
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_REF = re.compile(rb"([A-Z]{1,3})(\d*)$")
_V = re.compile(rb"<" + _P + rb"v(?:\s[^>]*)?>([^<]*)</", re.S)
_F = re.compile(rb"<" + _P + rb"f\b")
_T = re.compile(rb"<" + _P + rb"t(?:\s[^>]*)?>([^<]*)</", re.S)
_RPH = re.compile(rb"<" + _P + rb"rPh\b.*?</" + _P + rb"rPh>", re.S)
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_SIMPLE_SI = re.compile(rb"<si><t(?:\s[^>]*)?>([^<]*)</t></si>")
_SI = re.compile(rb"<" + _P + rb"si\b[^>]*?(?:/>|>(.*?)</" + _P + rb"si>)", re.S)
_MERGE = re.compile(rb"<" + _P + rb'mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_DIMENSION = re.compile(rb"<" + _P + rb'dimension\s[^>]*?ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"')
_SHEETDATA = re.compile(rb"<(" + _P + rb")sheetData\b[^>]*?(/?)>")


# C0/C1 controls (tab and line breaks kept: a cell may hold lines), bidi overrides and
# zero-width marks: invisible, they would end up in names and messages.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e"
                        "\u2066-\u2069\ufeff]")


def clean_text(text: str) -> str:
    """``text`` without invisible control characters (cheap when there are none)."""
    return text if text.isprintable() else _INVISIBLE.sub("", text)


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] != "#":
        return _NAMED[name]
    try:
        code = int(name[2:], 16) if name[1] == "x" else int(name[1:])
        return chr(code)
    except (ValueError, OverflowError):
        return ""


def xml_text(raw: bytes, path: Path) -> str:
    """Element text as the user typed it: entities and OOXML's _xHHHH_ escapes undone."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise corrupt(path) from exc
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "_x" in text:
        text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return clean_text(text)


def _attrs(raw: bytes) -> dict[bytes, bytes]:
    return {k.rsplit(b":", 1)[-1]: a or b for k, a, b in _ATTR.findall(raw)}


def _rich_text(content: bytes, path: Path) -> str:
    if b"rPh" in content:
        content = _RPH.sub(b"", content)  # phonetic guides are not part of the value
    return "".join(xml_text(t, path) for t in _T.findall(content))


# -- workbook: sheets, styles, shared strings -------------------------------------------
_BUILTIN_DATES = {14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58}
_BUILTIN_TIMES = {18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56}


def _format_kind(code: str) -> str:
    """'date', 'time' or '' for a number format code."""
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code.split(";")[0]).lower()
    has_time = "h" in plain or "s" in plain
    if any(ch in plain for ch in "yd") or ("m" in plain and not has_time):
        return "date"
    return "time" if has_time else ""


class Workbook:
    """The parts of an .xlsx the reader needs: sheets, date styles, shared strings."""

    def __init__(self, zipped: Zip) -> None:
        self.zip, self.path = zipped, zipped.path
        workbook = "xl/workbook.xml"
        if zipped.info("_rels/.rels") is not None:
            for attrs in self._elements(zipped.read_small("_rels/.rels"), b"Relationship"):
                if attrs.get(b"Type", b"").endswith(b"/officeDocument"):
                    workbook = attrs.get(b"Target", workbook.encode()).decode().lstrip("/")
        if zipped.info(workbook) is None:
            raise corrupt(self.path)
        folder = posixpath.dirname(workbook)
        rels: dict[bytes, tuple[bytes, str]] = {}
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(workbook) + ".rels")
        if zipped.info(rels_name) is not None:
            for attrs in self._elements(zipped.read_small(rels_name), b"Relationship"):
                target = attrs.get(b"Target", b"").decode()
                if attrs.get(b"TargetMode") == b"External" or not target:
                    continue
                part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target))
                rels[attrs.get(b"Id", b"")] = (attrs.get(b"Type", b""), part)
        book = zipped.read_small(workbook)
        pr = re.search(rb"<" + _P + rb"workbookPr\b([^>]*)>", book)
        self.epoch = datetime(1904, 1, 1) if pr and _attrs(pr.group(1)).get(b"date1904") in (b"1", b"true") \
            else datetime(1899, 12, 30)
        # (name, part, visible) of every worksheet; chart and macro sheets hold no rows.
        self.sheets: list[tuple[str, str, bool]] = []
        for attrs in self._elements(book, b"sheet"):
            kind, part = rels.get(attrs.get(b"id", b""), (b"", ""))
            if kind.endswith(b"/worksheet") and zipped.info(part) is not None:
                name = xml_text(attrs.get(b"name", b""), self.path)
                self.sheets.append((name, part, attrs.get(b"state", b"visible") == b"visible"))
        by_type = {kind.rsplit(b"/", 1)[-1]: part for kind, part in rels.values()}
        self.dates = self._date_styles(by_type.get(b"styles"))
        self._shared_part = by_type.get(b"sharedStrings")
        self._shared: SharedStrings | None = None

    def _elements(self, data: bytes, local: bytes) -> Iterator[dict[bytes, bytes]]:
        for m in re.finditer(rb"<" + _P + local + rb"\b([^>]*)>", data):
            yield _attrs(m.group(1))

    def _date_styles(self, part: str | None) -> dict[int, str]:
        """Style index -> 'date' / 'time' for the cell styles that show a number as one."""
        if part is None or self.zip.info(part) is None:
            return {}
        styles = self.zip.read_small(part)
        formats: dict[int, str] = {}
        for attrs in self._elements(styles, b"numFmt"):
            kind = _format_kind(xml_text(attrs.get(b"formatCode", b""), self.path))
            if kind:
                formats[int(attrs.get(b"numFmtId", b"0") or 0)] = kind
        xfs = re.search(rb"<" + _P + rb"cellXfs\b.*?</" + _P + rb"cellXfs>", styles, re.S)
        out: dict[int, str] = {}
        for index, attrs in enumerate(self._elements(xfs.group() if xfs else b"", b"xf")):
            fmt = int(attrs.get(b"numFmtId", b"0") or 0)
            kind = formats.get(fmt) or ("date" if fmt in _BUILTIN_DATES else "time" if fmt in _BUILTIN_TIMES else "")
            if kind:
                out[index] = kind
        return out

    def shared(self) -> SharedStrings:
        if self._shared is None:
            self._shared = SharedStrings(self.zip, self._shared_part)
        return self._shared


class SharedStrings:
    """The workbook's shared strings, as one UTF-8 buffer and offsets (a tenth of a str list)."""

    def __init__(self, zipped: Zip, part: str | None) -> None:
        self.blob = bytearray()
        self.offsets = array("I", [0])
        self.overlong: set[int] = set()
        if part is None or zipped.info(part) is None:
            return
        path = zipped.path
        declared = produced = 0
        tail = b""
        end_tag = b"</si>"
        skipping = False  # inside one <si> already known to be over the cell limit
        for chunk in zipped.inflate(part):
            if not produced:
                m = re.search(rb'uniqueCount="(\d+)"', chunk[:4096]) or re.search(rb'\bcount="(\d+)"', chunk[:4096])
                declared = int(m.group(1)) if m else 0
                prefix = re.search(rb"<(" + _P + rb")sst\b", chunk[:4096])
                end_tag = b"</" + (prefix.group(1) if prefix else b"") + b"si>"
            produced += len(chunk)
            # What the part declares, or (when it declares nothing) what it delivered so far.
            if produced > min(PART_SLACK + max(declared, len(self.offsets)) * MAX_CELL_XML, MAX_SHARED_BYTES):
                raise bloated(path, produced, max(declared, len(self)))
            data = tail + chunk
            if skipping:
                end = data.find(end_tag)
                if end < 0:
                    tail = data[-64:]
                    continue
                data, skipping = data[end + len(end_tag) :], False
            cut = data.rfind(end_tag)
            body, tail = (data[: cut + len(end_tag)], data[cut + len(end_tag) :]) if cut >= 0 else (b"", data)
            if not self._add_simple(body, path):
                for m in _SI.finditer(body):
                    self._add(m.group(1) or b"", path)
            if len(tail) > MAX_CELL_XML:
                self._add_overlong()
                skipping, tail = True, b""

    def _add_simple(self, body: bytes, path: Path) -> bool:
        """All of ``body`` at C speed when it is plain ``<si><t>text</t></si>`` items (Excel's usual)."""
        if b"&" in body or b"_x" in body:
            return False
        texts = _SIMPLE_SI.findall(body)
        if len(texts) != body.count(b"<si") or (texts and max(map(len, texts)) > MAX_CELL_CHARS):
            return False
        joined = b"".join(texts)
        try:
            if not joined.decode("utf-8").isprintable():
                return False
        except UnicodeDecodeError as exc:
            raise corrupt(path) from exc
        self.offsets.extend(itertools.accumulate(map(len, texts), initial=len(self.blob)))
        self.offsets.pop(-len(texts) - 1)  # the initial value: already the previous end
        self.blob += joined
        if len(self.blob) > MAX_SHARED_TEXT or len(self.offsets) > MAX_SHARED_STRINGS:
            raise self._full(path)
        return True

    @staticmethod
    def _full(path: Path) -> Exception:
        return too_big(path, translate("Import", "its cells hold more than {size} MB of text or {count} different texts")
                       .format(size=fmt_int(MAX_SHARED_TEXT >> 20), count=fmt_int(MAX_SHARED_STRINGS)))

    def _add(self, content: bytes, path: Path) -> None:
        if content.startswith(b"<t>") and content.endswith(b"</t>") and content.count(b"<") == 2:
            text = xml_text(content[3:-4], path)
        else:
            text = _rich_text(content, path)
        if len(text) > MAX_CELL_CHARS:
            self.overlong.add(len(self.offsets) - 1)
            text = text[:MAX_CELL_CHARS]
        self.blob += text.encode("utf-8")
        if len(self.blob) > MAX_SHARED_TEXT or len(self.offsets) > MAX_SHARED_STRINGS:
            raise self._full(path)
        self.offsets.append(len(self.blob))

    def _add_overlong(self) -> None:
        self.overlong.add(len(self.offsets) - 1)
        self.offsets.append(len(self.blob))

    def __len__(self) -> int:
        return len(self.offsets) - 1


# -- worksheets ---------------------------------------------------------------------------
class SheetStream:
    """One worksheet as rows; ``broken`` and ``overlong`` fill in as the rows stream.

    ``broken[row]`` lists the columns holding a formula without a saved result (or an
    error result); ``overlong[row]`` the columns cut at MAX_CELL_CHARS. Both are
    reported by the importer, which never stores such a cut cell.
    """

    def __init__(self, book: Workbook, part: str) -> None:
        self.book, self.part, self.path = book, part, book.path
        self.first_col = 0
        self.last_row: int | None = None
        self.merged: list[tuple[int, int, int, int]] = []
        self.broken: Flags = {}
        self.overlong: Flags = {}
        self.chars = 0  # text characters in the rows delivered so far (for the child's frame sizes)
        self._kept: list[bytes] | None = None
        self._survey()

    def _survey(self) -> None:
        """The declared dimension and the merged blocks (listed after the rows): one pass, no parsing."""
        head, tail = b"", b""
        produced = elements = 0
        kept: list[bytes] | None = []
        for chunk in self.book.zip.inflate(self.part):
            # The proportion rows() enforces, judged early on a count of possible cells and rows
            # (an overcount: <col>, <cfRule> count too), so that padding is refused at once. A
            # sheet still small enough to keep is judged by rows() alone, exactly, and counted
            # here only once it grows past KEEP_INFLATED.
            if kept is None and produced > min(PART_SLACK + elements * MAX_CELL_XML, MAX_SHEET_BYTES):
                raise bloated(self.path, produced, elements)
            produced += len(chunk)
            if kept is not None:  # inflating twice costs a tenth of the read: a small sheet is kept
                if produced <= KEEP_INFLATED:
                    kept.append(chunk)
                else:
                    elements += sum(c.count(b"<c") + c.count(b"<row") // 512 for c in kept)
                    kept = None
            if kept is None:
                elements += chunk.count(b"<c") + chunk.count(b"<row") // 512
            if len(head) < 65536:
                head += chunk[:65536]
                m = _DIMENSION.search(head)
                if m and self.last_row is None:
                    self.first_col = column_index(m.group(1)) - 1
                    self.last_row = int(m.group(4) or m.group(2))
            data = tail + chunk
            at = data.rfind(b'row r="')
            if at >= 0:  # the last row, for progress: rows come in order
                last = _LEADING_DIGITS.match(data, at + 7)
                if last:
                    self.last_row = int(last.group())
            if b"mergeCell" in data:
                for c1, r1, c2, r2 in _MERGE.findall(data[: data.rfind(b">") + 1]):
                    c1i, r1i = column_index(c1) - 1, int(r1) - 1
                    self.merged.append((r1i, c1i, int(r2) - 1 if r2 else r1i, column_index(c2) - 1 if c2 else c1i))
                    if len(self.merged) > MAX_MERGES:
                        raise too_big(self.path, translate("Import", "it merges more than {count} blocks of cells")
                                      .format(count=fmt_int(MAX_MERGES)))
                data = data[data.rfind(b">") + 1 :]
            tail = data[-256:]
        self._kept = kept

    def _chunks(self) -> Iterator[bytes]:
        """The part inflated again, or the chunks the first pass kept (each let go once read)."""
        kept, self._kept = self._kept, None
        if kept is None:
            yield from self.book.zip.inflate(self.part)
            return
        kept.reverse()
        while kept:
            yield kept.pop()

    def _odd_cell(self, attrs: bytes, next_col: int) -> tuple[int, bytes, bytes]:
        """(column, type, style) of a cell written unusually: attributes reordered, or no reference."""
        a = _attrs(attrs)
        col = next_col
        ref = a.get(b"r")
        if ref:
            found = _REF.match(ref)
            if found is None:
                raise corrupt(self.path)
            col = column_index(found.group(1)) - 1 - self.first_col
            if col < 0 or col + self.first_col >= MAX_COLUMNS:
                raise corrupt(self.path)
        return col, a.get(b"t", b""), a.get(b"s", b"")

    def rows(self) -> Iterator[Row]:
        path, first_col = self.path, self.first_col
        dates, epoch = self.book.dates, self.book.epoch
        shared: SharedStrings | None = None
        broken, overlong = self.broken, self.overlong
        produced = cells_seen = rows_seen = 0
        tail = b""
        started = finished = False
        sheet_end, row_start = b"</sheetData>", b"<row"
        row_or_cell = _row_or_cell(b"")
        number = row_chars = 0
        cells: list[object] | None = None
        columns: dict[bytes, int] = {}
        attr_sets: dict[bytes, tuple[bytes, bytes]] = {}
        blob, offsets, long_strings = bytearray(), array("I"), set()
        for chunk in self._chunks():
            # Checked before the chunk's cells count: they are judged with the next chunk.
            if produced > min(PART_SLACK + cells_seen * MAX_CELL_XML + rows_seen * ROW_XML, MAX_SHEET_BYTES):
                raise bloated(path, produced, cells_seen)
            produced += len(chunk)
            if finished:
                continue
            data = tail + chunk
            if not started:
                m = _SHEETDATA.search(data)
                if m is None:
                    if len(data) > MAX_ROW_XML:
                        raise corrupt(path)
                    tail = data
                    continue
                started = True
                if m.group(2):  # <sheetData/>: no rows
                    finished = True
                    continue
                prefix = m.group(1)
                sheet_end, row_start = b"</" + prefix + b"sheetData>", b"<" + prefix + b"row"
                row_or_cell = _row_or_cell(prefix)
                data = data[m.end():]
            stop = data.find(sheet_end)
            if stop >= 0:
                data, finished, tail = data[:stop], True, b""
            else:
                # Everything before the last row's start is whole rows (self-closing ones included).
                cut = data.rfind(row_start)
                while cut > 0 and data[cut + len(row_start) : cut + len(row_start) + 1] not in _AFTER_NAME:
                    cut = data.rfind(row_start, 0, cut)
                if cut <= 0:
                    if len(data) > MAX_ROW_XML:
                        raise too_big(path, translate("Import", "row {row} holds more than {size} MB")
                                      .format(row=fmt_int(number + 1), size=fmt_int(MAX_ROW_XML >> 20)))
                    tail = data
                    continue
                data, tail = data[:cut], data[cut:]
            # No entity and no _xHHHH_ escape anywhere in these rows: inline text is the bytes decoded.
            plain = b"&" not in data and b"_x" not in data
            for row_tag, row_attrs, letters, attrs, simple, inline, content in row_or_cell.findall(data):
                if row_tag:  # a row starts
                    rows_seen += 1
                    if cells is not None:
                        self.chars += row_chars
                        yield number, cells
                    r = _ROW_NUMBER.search(row_attrs)
                    number = int(r.group(1)) if r else number + 1
                    if number > MAX_ROWS:
                        raise too_big(path, translate("Import", "more than {rows} rows").format(rows=fmt_int(MAX_ROWS)))
                    cells = []
                    row_chars = 0
                    continue
                if cells is None:
                    raise corrupt(path)  # a cell outside any row
                cells_seen += 1
                if letters:  # the usual <c r="B7" ...>: columns and attribute sets repeat, so both are cached
                    col = columns.get(letters, -1)
                    if col < 0:
                        col = column_index(letters) - 1 - first_col
                        if col < 0 or col + first_col >= MAX_COLUMNS:
                            raise corrupt(path)
                        columns[letters] = col
                    known = attr_sets.get(attrs)
                    if known is None:
                        a = _attrs(attrs)
                        known = (a.get(b"t", b""), a.get(b"s", b""))
                        if len(attr_sets) < 4096:
                            attr_sets[attrs] = known
                    kind, style = known
                else:
                    col, kind, style = self._odd_cell(attrs, len(cells))
                value: object = ""
                if inline:
                    if plain:
                        try:
                            text = inline.decode("utf-8")
                        except UnicodeDecodeError as exc:
                            raise corrupt(path) from exc
                        value = text if text.isprintable() else _INVISIBLE.sub("", text)
                    else:
                        value = xml_text(inline, path)
                    if len(value) > MAX_CELL_CHARS:
                        overlong.setdefault(number, []).append(col)
                        value = value[:MAX_CELL_CHARS]
                    row_chars += len(value)
                    if row_chars > MAX_ROW_CHARS:
                        raise _long_row(path, number)
                elif simple or content:
                    if simple:
                        raw: bytes | None = simple
                        formula = False
                    else:
                        v = _V.search(content)
                        raw = v.group(1) if v else None
                        formula = _F.search(content) is not None
                    if kind == b"s" and raw:
                        if shared is None:
                            shared = self.book.shared()
                            blob, offsets, long_strings = shared.blob, shared.offsets, shared.overlong
                        try:
                            index = int(raw)
                            value = blob[offsets[index] : offsets[index + 1]].decode("utf-8")
                        except (ValueError, IndexError) as exc:
                            raise corrupt(path) from exc
                        if long_strings and index in long_strings:
                            overlong.setdefault(number, []).append(col)
                    elif kind == b"inlineStr":
                        value = _rich_text(content, path)
                    elif raw is None or raw == b"" or kind == b"e":
                        if formula or kind == b"e":
                            broken.setdefault(number, []).append(col)
                    elif kind in (b"str", b"d"):
                        value = xml_text(raw, path)
                    elif kind == b"b":
                        value = raw.strip() in (b"1", b"true")
                    else:
                        try:
                            number_value = float(raw)
                        except ValueError as exc:
                            raise corrupt(path) from exc
                        value = number_value
                        if style and dates:
                            shown = dates.get(int(style))
                            if shown is not None:
                                value = _serial(number_value, shown, epoch)
                    if type(value) is str:
                        if len(value) > MAX_CELL_CHARS:
                            overlong.setdefault(number, []).append(col)
                            value = value[:MAX_CELL_CHARS]
                        row_chars += len(value)
                        if row_chars > MAX_ROW_CHARS:
                            raise _long_row(path, number)
                if col == len(cells):
                    cells.append(value)
                elif col > len(cells):
                    cells.extend([""] * (col - len(cells)))
                    cells.append(value)
                else:
                    cells[col] = value
        if not started:
            raise corrupt(path)
        if produced > min(PART_SLACK + cells_seen * MAX_CELL_XML + rows_seen * ROW_XML, MAX_SHEET_BYTES):
            raise bloated(path, produced, cells_seen)
        if cells is not None:
            self.chars += row_chars
            yield number, cells


def _long_row(path: Path, number: int) -> Exception:
    return too_big(path, translate("Import", "row {row} holds more than {chars} characters").format(
        row=fmt_int(number), chars=fmt_int(MAX_ROW_CHARS)))


def _serial(value: float, shown: str, epoch: datetime) -> object:
    """A date-formatted number as the text a report shows: 1990-01-02, 14:30, 1990-01-02 14:30."""
    if not -1 < value < 2_958_466:  # beyond 9999-12-31: leave the number
        return value
    if shown == "time" and 0 <= value < 1:
        clock = datetime.min + timedelta(seconds=round(value * 86400) % 86400)
        return clock.time().isoformat(timespec="seconds" if clock.second else "minutes")
    if epoch.year == 1899 and value < 61:
        value += 1  # Excel's phantom 1900-02-29
    moment = epoch + timedelta(seconds=round(value * 86400))
    seconds = "seconds" if moment.second else "minutes"
    if moment.time() == time(0):
        return date(moment.year, moment.month, moment.day).isoformat()
    return moment.isoformat(sep=" ", timespec=seconds)
