"""Fill the .ts catalogues without Qt Linguist.

    python tools/fill_translations.py en                  # English: every translation = its source
    python tools/fill_translations.py dump OUT.jsonl      # zh_TW messages still unfinished
    python tools/fill_translations.py apply OUT.jsonl TR.tsv
    python tools/fill_translations.py check               # unfinished counts per catalogue

The workflow after ``tools/translations.py update`` adds strings: ``dump`` lists the new ones with
numbers, a translator writes ``number<TAB>translation`` lines (a newline in a text is written as
``\\n``), ``apply`` writes them into smsdesk_zh_TW.ts. The committed .ts files stay the source of
truth; this script only edits them in place, keeping lupdate's layout so diffs stay small.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"

_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?(?:/>|>.*?</translation>)", re.S)


def _xml_text(text: str) -> str:
    # lupdate's own escaping, so a later update does not rewrite every line.
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def _unescape_name(raw: str) -> str:
    return ET.fromstring(f"<n>{raw}</n>").text or ""


def messages(ts: Path) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, translation, finished) for every message, in file order."""
    out = []
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            finished = tr is not None and not tr.get("type") and bool((tr.text or "").strip() or len(tr))
            out.append((name, msg.findtext("source") or "", None if tr is None else tr.text, finished))
    return out


def english_forms(source: str) -> list[str]:
    """English plural forms of a numerus source written "segment(s)": ["segment", "segments"]."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def rewrite(ts: Path, fill: dict[tuple[str, str], str | list[str]]) -> int:
    """Set the translation of each (context, source) in ``fill``; returns how many changed.

    A list gives each plural form of a numerus message; a text serves them all."""
    text = ts.read_text(encoding="utf-8")
    changed = 0

    def on_context(cm: re.Match[str]) -> str:
        nonlocal changed
        context = _unescape_name(cm.group(1))

        def on_message(mm: re.Match[str]) -> str:
            nonlocal changed
            block = mm.group(0)
            source = ET.fromstring(block).findtext("source") or ""
            target = fill.get((context, source))
            if target is None:
                return block
            if 'numerus="yes"' in block:
                # Chinese has one plural form; English keeps lupdate's count (one, other).
                count = max(1, block.count("<numerusform"))
                texts = target if isinstance(target, list) else [target] * count
                forms = "".join(f"<numerusform>{_xml_text(t)}</numerusform>" for t in texts)
                new = f"<translation>{forms}</translation>"
            elif isinstance(target, list):
                new = f"<translation>{_xml_text(target[-1])}</translation>"
            else:
                new = f"<translation>{_xml_text(target)}</translation>"
            changed += 1
            return _TRANSLATION.sub(lambda _m: new, block, count=1)

        body = _MESSAGE.sub(on_message, cm.group(2))
        return f"<context>\n    <name>{cm.group(1)}</name>{body}</context>"

    text = _CONTEXT.sub(on_context, text)
    ts.write_text(text, encoding="utf-8")
    return changed


def fill_english() -> int:
    ts = TS_DIR / "smsdesk_en.ts"
    fill: dict[tuple[str, str], str | list[str]] = {
        (c, s): english_forms(s) if "(s)" in s else s for c, s, _t, done in messages(ts) if not done}
    return rewrite(ts, fill)


def dump(out: Path) -> int:
    pending = [(c, s) for c, s, _t, done in messages(TS_DIR / "smsdesk_zh_TW.ts") if not done]
    with out.open("w", encoding="utf-8") as f:
        for number, (context, source) in enumerate(pending, 1):
            f.write(json.dumps({"n": number, "context": context, "source": source}, ensure_ascii=False) + "\n")
    return len(pending)


def apply(dumped: Path, translations: Path) -> int:
    keys = {}
    for line in dumped.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        keys[row["n"]] = (row["context"], row["source"])
    fill = {}
    for line in translations.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, _, text = line.partition("\t")
        fill[keys[int(number)]] = text.rstrip("\r\n").replace("\\n", "\n")
    return rewrite(TS_DIR / "smsdesk_zh_TW.ts", fill)


def check() -> int:
    bad = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        pending = [(c, s) for c, s, _t, done in messages(ts) if not done]
        print(f"{ts.name}: {len(pending)} unfinished")
        bad += len(pending)
    return bad


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "en":
        print(fill_english(), "English messages marked finished")
    elif cmd == "dump":
        print(dump(Path(sys.argv[2])), "unfinished zh_TW messages")
    elif cmd == "apply":
        print(apply(Path(sys.argv[2]), Path(sys.argv[3])), "translations written")
    elif cmd == "check":
        sys.exit(1 if check() else 0)
    else:
        raise SystemExit(__doc__)
