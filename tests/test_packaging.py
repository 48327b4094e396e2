"""What installing dateline puts on a machine: one import name, and a store that runs
without Textual."""

from __future__ import annotations

import subprocess
import sys
import tarfile
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


def test_build_gives_an_sdist_and_a_wheel_that_pass_twine_and_install_in_a_fresh_venv(tmp_path):
    """``python -m build``: the sdist carries the seed, the styles and the README; both
    files pass ``twine check``; the sdist installs in a new virtual environment and its
    ``dateline`` runs (README: "Building a release")."""
    pytest.importorskip("build")
    pytest.importorskip("twine")
    out = tmp_path / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    (sdist,) = out.glob("dateline-*.tar.gz")
    (wheel,) = out.glob("dateline-*.whl")
    proc = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with tarfile.open(sdist) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {"README.md", "db/seed/article.json", "db/seed/article.txt", "tui/app.tcss", "MANIFEST.in"} <= names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    proc = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(sdist)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for command in (
        [str(venv / "bin" / "dateline"), "--version"],
        [str(venv / "bin" / "python"), "-m", "dateline", "--version"],
    ):
        proc = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path)
        assert proc.returncode == 0 and "0.1.0" in proc.stdout, proc.stderr
