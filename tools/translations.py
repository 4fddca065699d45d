"""Update the .ts catalogues from the source (pyside6-lupdate) and compile them (pyside6-lrelease).

    python tools/translations.py update    # refresh resources/translations/*.ts
    python tools/translations.py compile   # build the .qm files next to them
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_TW", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "smsdesk").rglob("*.py"))


def _qt_tools():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from smsdesk import qt_tools

    return qt_tools


def tool(name: str) -> str:
    """PySide6's own lupdate/lrelease binary, by path: no activated environment needed."""
    found = _qt_tools().tool(name.removeprefix("pyside6-")) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return str(found)


def lupdate(ts: Path, language: str, *, quiet: bool = False) -> None:
    """Extract every string of the sources into ``ts`` (kept translations stay, vanished ones go)."""
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", language, "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=quiet)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate((TS_DIR / f"smsdesk_{lang}.ts").relative_to(ROOT), lang)


def compile_all(out_dir: Path | None = None) -> list[Path]:
    built = []
    for lang in LANGUAGES:
        ts = TS_DIR / f"smsdesk_{lang}.ts"
        qm = (out_dir or TS_DIR) / f"smsdesk_{lang}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "compile":
        for path in compile_all():
            print(path)
    else:
        raise SystemExit(__doc__)
