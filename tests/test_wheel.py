"""The wheel `pip install .` builds: compiled catalogues inside, and an install that speaks Chinese.

pip builds it in an isolated environment (``[build-system] requires`` only), from a copy of the
checkout, with no ``pyside6-lrelease`` on PATH: what a user's `pip install .` or pipx does. Needs
the package index (or pip's cache) for the build requirements; runs in CI (``-m wheel``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ("smsdesk_en.qm", "smsdesk_zh_TW.qm")
SKIP = shutil.ignore_patterns(".git", "build", "dist", "*.egg-info", "__pycache__", ".venv", ".*_cache",
                              "*.qm", "docs", "benchmarks")

CHECK = """
import sys
from PySide6.QtCore import QCoreApplication
import smsdesk
from smsdesk import i18n
app = QCoreApplication([])
print(smsdesk.__file__)
print(i18n.qm_path("zh_TW"))
print(i18n.install_qt_translator(app, i18n.pick_language()))
print(i18n.translate("List", "{list}, {item}"))
"""


def _path_without_lrelease() -> str:
    kept = [d for d in os.environ.get("PATH", "").split(os.pathsep)
            if d and not any((Path(d) / n).exists() for n in ("pyside6-lrelease", "pyside6-lrelease.exe"))]
    return os.pathsep.join(kept)


@pytest.mark.wheel
@pytest.mark.timeout(900)
def test_wheel_ships_both_compiled_catalogues_and_installs_speaking_chinese(tmp_path: Path) -> None:
    source, out, site, home = tmp_path / "src", tmp_path / "wheels", tmp_path / "site", tmp_path / "home"
    shutil.copytree(ROOT, source, ignore=SKIP)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_NO_BUILD_ISOLATION")}
    env["PATH"] = _path_without_lrelease()
    env.pop("PYTHONPATH", None)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(out), str(source)],
                           env=env, capture_output=True, text=True, timeout=840)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    [wheel] = out.glob("smsdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in CATALOGUES:
        assert f"smsdesk/resources/translations/{name}" in names, sorted(n for n in names if "resources" in n)
    assert not any(n.endswith(".ts") for n in names), "the sources of the catalogues are not needed at run time"
    assert "smsdesk/resources/icons/smsdesk-256.png" in names

    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
                              str(site), str(wheel)], env=env, capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    run_env = {**env, "PYTHONPATH": str(site), "SMSDESK_HOME": str(home), "SMSDESK_LANG": "zh_TW",
               "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", CHECK], cwd=tmp_path, env=run_env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    package, catalogue, installed, joined = run.stdout.splitlines()
    assert Path(package).resolve().is_relative_to(site.resolve()), package
    assert Path(catalogue).resolve() == (site / "smsdesk" / "resources" / "translations" / "smsdesk_zh_TW.qm").resolve()
    assert installed == "True"
    assert joined == "{list}、{item}"
    assert not (home / "cache").exists(), "an installed SMS Desk must not compile catalogues"
