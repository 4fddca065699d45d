"""Write README.md's vendor table and account instructions from the drivers' declarations.

    python tools/vendor_table.py          # rewrite the block between the vendor-table markers
    python tools/vendor_table.py --check  # exit 1 when README.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from smsdesk.vendors.summary import readme_block, replace_block

    path = ROOT / "README.md"
    current = path.read_text(encoding="utf-8")
    wanted = replace_block(current, readme_block())
    if "--check" in argv:
        if wanted != current:
            print("README.md's vendor table is out of date: run python tools/vendor_table.py", file=sys.stderr)
            return 1
        return 0
    if wanted != current:
        path.write_text(wanted, encoding="utf-8")
        print("README.md updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
