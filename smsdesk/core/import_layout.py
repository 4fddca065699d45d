"""Reading a sheet's layout: the header row, the phone / name / variable columns, merged cells.

Decided once:
- Rows above the detected header row (titles, notes) are ignored.
- The best phone heading wins; among equals, the column with more numbers. Content
  alone decides when no heading fits.
- Merged cells: the value of a merged block is copied into every cell it covers
  (a store name merged down several customers belongs to each), except in the
  phone column, where only the block's first row gets the number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from smsdesk.core import phones
from smsdesk.core.import_errors import ImportFailed
from smsdesk.core.workbooks import Sheet, blank, cell_text, column_letter
from smsdesk.i18n import join_list, translate

PROBE_ROWS = 50               # rows looked at to find the header and the columns
HEADER_SEARCH_ROWS = 10

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


def detect_layout(
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
        values = [v for v in first if v != ""]
        if values and all(type(v) is str for v in values) and not has_phone(first) and any(
            has_phone(cells) for _n, cells in rows[1:]
        ):
            return 0
    return None


# -- merged cells -------------------------------------------------------------------
class MergeFill:
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


def probe_rows(sheet: Sheet) -> tuple[list[tuple[int, list[object]]], list[tuple[int, list[object]]]]:
    """The first PROBE_ROWS filled rows (to find the layout), and every row read so far.

    Blank rows are left out of the second list too, except those blank only because their
    formulas have no saved result: the import reports them.
    """
    probe: list[tuple[int, list[object]]] = []
    read: list[tuple[int, list[object]]] = []
    for number, row in sheet.rows:
        if not blank(row):
            probe.append((number, row))
            read.append((number, row))
            if len(probe) >= PROBE_ROWS:
                break
        elif number in sheet.broken:
            read.append((number, row))
    return probe, read
