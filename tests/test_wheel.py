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
from dataclasses import dataclass
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


@dataclass
class Installed:
    wheel: Path
    site: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel pip builds from a copy of the checkout, installed into a folder of its own."""
    base = tmp_path_factory.mktemp("wheel")
    source, out, site = base / "src", base / "wheels", base / "site"
    shutil.copytree(ROOT, source, ignore=SKIP)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_NO_BUILD_ISOLATION")}
    env["PATH"] = _path_without_lrelease()
    env.pop("PYTHONPATH", None)
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(out), str(source)],
                           env=env, capture_output=True, text=True, timeout=840)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    [wheel] = out.glob("smsdesk-*.whl")
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target",
                              str(site), str(wheel)], env=env, capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-3000:]
    return Installed(wheel, site, {**env, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.wheel
@pytest.mark.timeout(900)
def test_wheel_ships_both_compiled_catalogues_and_installs_speaking_chinese(installed: Installed,
                                                                           tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for name in CATALOGUES:
        assert f"smsdesk/resources/translations/{name}" in names, sorted(n for n in names if "resources" in n)
    assert not any(n.endswith(".ts") for n in names), "the sources of the catalogues are not needed at run time"
    assert "smsdesk/resources/icons/smsdesk-256.png" in names

    home = tmp_path / "home"
    run = subprocess.run([sys.executable, "-c", CHECK], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env={**installed.env, "SMSDESK_HOME": str(home), "SMSDESK_LANG": "zh_TW"})
    assert run.returncode == 0, run.stderr
    package, catalogue, ok, joined = run.stdout.splitlines()
    site = installed.site.resolve()
    assert Path(package).resolve().is_relative_to(site), package
    assert Path(catalogue).resolve() == site / "smsdesk" / "resources" / "translations" / "smsdesk_zh_TW.qm"
    assert ok == "True"
    assert joined == "{list}、{item}"
    assert not (home / "cache").exists(), "an installed SMS Desk must not compile catalogues"


def smoke(installed: Installed, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    code = "import sys; from smsdesk.gui.app import main; sys.exit(main())"
    tmp_path.mkdir()
    return subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=180,
                          env={**installed.env, "SMSDESK_SMOKE": "1", "SMSDESK_HOME": str(tmp_path / "home"),
                               "SMSDESK_SMOKE_PLATFORM": "offscreen", **env})


@pytest.mark.wheel
@pytest.mark.timeout(900)
def test_smoke_mode_passes_on_the_installed_app_and_fails_on_what_ci_must_catch(installed: Installed,
                                                                                tmp_path: Path) -> None:
    memory = "smsdesk.core.credentials.MemoryKeyring"
    good = smoke(installed, tmp_path / "good", PYTHON_KEYRING_BACKEND=memory, SMSDESK_LANG="zh_TW",
                 SMSDESK_SMOKE_LANGUAGE="zh_TW")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "SMOKE CHECK language: zh_TW" in good.stdout and "SMOKE OK SMS Desk" in good.stdout

    no_keychain = smoke(installed, tmp_path / "fail", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert no_keychain.returncode == 1
    assert "SMOKE FAIL check keyring failed" in no_keychain.stdout
    assert "unusable keyring backend keyring.backends.fail.Keyring" in no_keychain.stdout

    wrong_plugin = smoke(installed, tmp_path / "plugin", PYTHON_KEYRING_BACKEND=memory, SMSDESK_SMOKE_PLATFORM="cocoa")
    assert wrong_plugin.returncode == 1 and "'offscreen' platform plugin is running" in wrong_plugin.stdout

    broken = tmp_path / "broken-site"
    shutil.copytree(installed.site, broken)
    (broken / "smsdesk" / "resources" / "translations" / "smsdesk_zh_TW.qm").unlink()
    no_catalogue = smoke(installed, tmp_path / "qm", PYTHON_KEYRING_BACKEND=memory, PYTHONPATH=str(broken))
    assert no_catalogue.returncode == 1
    assert "no compiled zh_TW catalogue in this installation" in no_catalogue.stdout
