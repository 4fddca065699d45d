"""Ship resources/ (translations, icons) inside the package when building a wheel.

Everything else lives in pyproject.toml. The .ts catalogues are compiled to .qm
here when pyside6-lrelease is available, and otherwise on first start.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = ROOT / "resources"
        target = Path(self.build_lib) / "smsdesk" / "resources"
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
            lrelease = shutil.which("pyside6-lrelease")
            for ts in (target / "translations").glob("*.ts"):
                if lrelease:
                    subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))],
                                   check=False, capture_output=True)


setup(cmdclass={"build_py": BuildWithResources})
