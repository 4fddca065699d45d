"""Ship resources/ inside the package when building a wheel, with the catalogues compiled.

Everything else lives in pyproject.toml. The .ts catalogues are compiled to .qm here, with the
lrelease of the PySide6 that ``[build-system] requires`` installs into the build environment, so
an installed SMS Desk never needs a Qt tool; a build that cannot compile them fails instead of
shipping an English-only wheel. An editable install keeps using the checkout's resources/
(smsdesk.i18n compiles the catalogues for a source checkout itself).
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _qt_tools():  # type: ignore[no-untyped-def]
    # By file path: importing the smsdesk package would need its run-time dependencies.
    spec = importlib.util.spec_from_file_location("_smsdesk_qt_tools", ROOT / "smsdesk" / "qt_tools.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        source = ROOT / "resources"
        target = Path(self.build_lib) / "smsdesk" / "resources"
        # The .ts sources stay out: the installed app reads only the compiled catalogues.
        shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.ts", "*.qm"))
        qt_tools = _qt_tools()
        sources = sorted((source / "translations").glob("*.ts"))
        if not sources:
            raise SystemExit(f"no .ts catalogues in {source / 'translations'}")
        for ts in sources:
            try:
                qt_tools.compile_ts(ts, target / "translations" / ts.with_suffix(".qm").name)
            except qt_tools.CompileError as exc:
                raise SystemExit(f"cannot compile the translations: {exc}") from None


setup(cmdclass={"build_py": BuildWithResources})
