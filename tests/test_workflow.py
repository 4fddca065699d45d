"""The GitHub workflow tests on the target systems, smoke-starts natively and releases on a tag.

It cannot run here; this reads it (.github/workflows/build.yml) and checks that the jobs the
README promises exist and are wired as described.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # YAML 1.1 reads a bare `on` key as True.
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict)
    return found


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in steps(job))


def test_runs_on_pushes_pull_requests_and_version_tags(workflow: dict[str, Any]) -> None:
    on = triggers(workflow)
    assert "v*" in on["push"]["tags"]
    assert "pull_request" in on
    assert workflow["permissions"] == {"contents": "read"}  # only the release job may write


def test_the_full_suite_runs_on_windows_macos_and_linux_with_two_pythons(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["test"]
    matrix = job["strategy"]["matrix"]
    assert {"windows-latest", "macos-latest", "ubuntu-latest"} <= set(matrix["os"])
    assert {"3.11", "3.13"} <= {str(v) for v in matrix["python"]}
    assert job["runs-on"] == "${{ matrix.os }}"
    assert job["strategy"]["fail-fast"] is False
    setup = next(s for s in steps(job) if str(s.get("uses", "")).startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert '-e ".[test]"' in runs(job)
    # The whole suite: no marker or keyword deselects the wheel, bundle or slow tests.
    pytest_lines = [line.strip() for line in runs(job).splitlines() if "pytest" in line and "install" not in line]
    assert pytest_lines == ["python -m pytest"]


def test_bundles_are_smoke_started_with_their_native_platform_plugin(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["build"]
    include = job["strategy"]["matrix"]["include"]
    assert {(entry["os"], entry["platform"]) for entry in include} == {("windows-latest", "windows"),
                                                                         ("macos-latest", "cocoa")}
    assert job["needs"] == "test"
    assert job["env"]["SMSDESK_SMOKE_PLATFORM"] == "${{ matrix.platform }}"
    # Offscreen nowhere: not for the workflow, the job, or any step, and not in the Windows script.
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "QT_QPA_PLATFORM" not in {**workflow.get("env", {}), **job["env"]}
    assert all("QT_QPA_PLATFORM" not in (step.get("env") or {}) for step in steps(job))
    assert "QT_QPA_PLATFORM: offscreen" not in text and "QT_QPA_PLATFORM=offscreen" not in text
    smoke_ps1 = (ROOT / "packaging" / "windows" / "smoke.ps1").read_text(encoding="utf-8")
    assert '"offscreen"' not in smoke_ps1 and "Remove-Item Env:QT_QPA_PLATFORM" in smoke_ps1
    names = [str(step.get("name", "")) for step in steps(job)]
    assert "Smoke-start the frozen app (Windows)" in names
    assert "Smoke-start the frozen app (macOS)" in names
    assert "Install silently, smoke-start the installed app, uninstall (Windows)" in names
    assert runs(job).count("smoke.ps1") == 2  # the portable folder and the installed app
    mac_smoke = next(s for s in steps(job) if s.get("name") == "Smoke-start the frozen app (macOS)")
    assert "SMSDESK_SMOKE=1" in mac_smoke["run"] and "SMSDESK_SMOKE_LANGUAGE=zh_TW" in mac_smoke["run"]
    build_text = runs(job) + str([step.get("env") for step in steps(job)]) + str(job["env"])
    assert "PYTHON_KEYRING_BACKEND" not in build_text  # the bundles' smoke uses the real keychain


def test_the_readme_linux_install_is_started_with_the_xcb_plugin(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["linux-from-source"]
    assert job["runs-on"] == "ubuntu-latest"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    apt = readme[readme.index("sudo apt install python3-venv"):]
    packages = set(apt[:apt.index("```")].replace("\\", " ").split()[3:])
    assert "libxcb-cursor0" in packages and "fonts-noto-cjk" in packages
    installed = set(runs(job).replace("\\", " ").split())
    assert packages <= installed, packages - installed  # the README's list, nothing left out
    start = next(s for s in steps(job) if "smoke-start" in str(s.get("name", "")))
    assert start["env"]["SMSDESK_SMOKE_PLATFORM"] == "xcb" and start["env"]["LANG"] == "zh_TW.UTF-8"
    for command in ("python3 -m venv .venv", ". .venv/bin/activate", "pip install .", "xvfb-run -a smsdesk"):
        assert command in start["run"], command


def uploads(job: dict[str, Any]) -> dict[str, str]:
    return {step["with"]["name"]: step["with"]["path"] for step in steps(job)
            if str(step.get("uses", "")).startswith("actions/upload-artifact")}


def test_a_tag_publishes_the_installer_and_the_dmg_as_a_release(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["release"]
    assert job["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert job["needs"] == "build"
    assert job["permissions"] == {"contents": "write"}
    uploaded = uploads(workflow["jobs"]["build"])
    assert "SMSDesk-${{ steps.version.outputs.version }}-windows-setup" in uploaded
    assert "SMSDesk-${{ steps.version.outputs.version }}-macos-dmg" in uploaded
    patterns = [step["with"]["pattern"] for step in steps(job)
                if str(step.get("uses", "")).startswith("actions/download-artifact")]
    assert patterns == ["SMSDesk-*-windows-setup", "SMSDesk-*-macos-dmg"]
    publish = next(step for step in steps(job) if str(step.get("uses", "")).startswith("softprops/action-gh-release"))
    files = publish["with"]["files"].split()
    assert files == ["release/SMSDesk-*-setup.exe", "release/SMSDesk-*.dmg"]
    assert publish["with"]["fail_on_unmatched_files"] is True
    # What is uploaded is what the release picks up.
    assert uploaded["SMSDesk-${{ steps.version.outputs.version }}-windows-setup"].endswith("SMSDesk-*-setup.exe")
    assert uploaded["SMSDesk-${{ steps.version.outputs.version }}-macos-dmg"].endswith("SMSDesk-*.dmg")


def test_a_tag_must_match_the_version(workflow: dict[str, Any]) -> None:
    assert "does not match smsdesk.__version__" in runs(workflow["jobs"]["build"])
