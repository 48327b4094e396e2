"""What installing dateline puts on a machine: one import name, and a store that runs
without Textual."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:  # no setuptools in this environment: build it in isolation
        proc = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
        )
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("dateline-*.whl")
    return path


def test_the_wheel_installs_only_the_dateline_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"dateline"}
    top_level = [n for n in names if n.endswith("top_level.txt")]
    if top_level:
        assert zipfile.ZipFile(wheel).read(top_level[0]).decode().split() == ["dateline"]


def test_the_wheel_carries_the_seed_and_the_styles(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dateline/db/seed/article.txt" in names
    assert "dateline/db/seed/article.json" in names
    assert "dateline/tui/app.tcss" in names
    assert "dateline/__main__.py" in names


def test_importing_the_store_loads_no_textual():
    code = (
        "import sys, dateline.db, dateline.db.queries, dateline.db.formats, dateline.db.write, "
        "dateline.db.timeline; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui', 'db')); "
        "print(' '.join(bad))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_python_m_dateline_is_the_command():
    proc = subprocess.run([sys.executable, "-m", "dateline", "--version"], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("dateline, version ")
