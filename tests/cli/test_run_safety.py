"""Issue 19: the command line survives its own output, names every unusable input, and has a time limit.

Write failures, special files and unreadable directories are tested on a real run (a subprocess
where the failure needs a process-wide setting: a file-size limit, /dev/full, another user).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from articlekit import cli
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
PAGE = FIXTURES / "parsely-metadata" / "source.html"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["extract", *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_process(*args: str, timeout: float = 60, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "articlekit", "extract", *args], capture_output=True,
                          text=True, env=ENV, timeout=timeout, **kwargs)  # type: ignore[call-overload]


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.html", "b.html", "c.html"):
        shutil.copy(PAGE, folder / name)
    return folder


# ------------------------------------------------------------------ -o checked before any work (defect 7)

def test_output_dir_that_is_a_file_is_a_usage_error(pages: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("not a directory")
    with pytest.raises(SystemExit) as exc:
        run(capsys, str(pages), "-o", str(target))
    assert exc.value.code == 2
    assert "--output-dir" in capsys.readouterr().err


def test_output_dir_on_a_read_only_place_is_a_usage_error(pages: Path) -> None:
    # /proc is read-only for everyone, root included
    result = run_process(str(pages), "-o", "/proc/articlekit-out")
    assert result.returncode == 2
    assert "--output-dir" in result.stderr and "Traceback" not in result.stderr


# ------------------------------------------------------------------ write failures mid-run (defect 7)

@pytest.mark.slow
def test_stdout_on_a_full_device_stops_with_one_message(pages: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "articlekit", "extract", str(pages), "-f", "jsonl"],
                                stdout=full, stderr=subprocess.PIPE, text=True, env=ENV, timeout=60)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "stdout" in lines[0] and "No space left" in lines[0]


@pytest.mark.slow
def test_a_file_size_limit_stops_the_run_with_one_message(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"

    def small_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000, 1_000))  # each output file is larger

    result = run_process(str(pages), "-o", str(out), preexec_fn=small_files)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "File too large" in lines[0] and str(out) in lines[0]
    assert not list(out.glob(".*.tmp")), "a half-written temporary file was left behind"


def test_an_output_name_taken_by_a_directory_fails_that_input_only(
        pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    (out / "b.json").mkdir(parents=True)
    code, _, err = run(capsys, str(pages), "-o", str(out), "-w", "1")
    assert code == 1
    assert "b.html" in err and "directory" in err
    assert (out / "a.json").is_file() and (out / "c.json").is_file()


def test_a_closed_pipe_stops_quietly(pages: Path) -> None:
    many = [str(pages)] * 30
    proc = subprocess.Popen([sys.executable, "-m", "articlekit", "extract", *many, "-f", "jsonl", "-w", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(60) == 141
    assert "Traceback" not in err and "Exception ignored" not in err


# ------------------------------------------------------------------ files honour the umask (defect 10)

@pytest.fixture
def umask_027() -> Iterator[None]:
    old = os.umask(0o027)
    yield
    os.umask(old)


@pytest.mark.usefixtures("umask_027")
def test_output_files_honour_the_umask(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, _, _ = run(capsys, str(pages / "a.html"), "-o", str(out))
    assert code == 0
    assert stat.S_IMODE((out / "a.json").stat().st_mode) == 0o640


# ------------------------------------------------------------------ unusable inputs are named (defects 8, 9)

@pytest.mark.slow
def test_a_fifo_in_a_walked_directory_is_named_and_does_not_block(pages: Path) -> None:
    os.mkfifo(pages / "stuck.html")
    result = run_process(str(pages), "-f", "jsonl", timeout=60)
    assert result.returncode == 1
    assert "stuck.html" in result.stderr and "not a regular file" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_a_dangling_link_is_named_and_counted(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pages / "gone.html").symlink_to(pages / "missing.html")
    code, out, err = run(capsys, str(pages), "-f", "jsonl", "-w", "1")
    assert code == 1
    assert "gone.html: dangling symbolic link" in err
    assert len(out.splitlines()) == 3


def _without_override() -> list[str]:
    """A command prefix under which permissions hold: root loses its right to override them."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root overrides permissions, and setpriv is missing")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps", "-all"]


@pytest.mark.slow
def test_an_unreadable_directory_is_named_and_counted() -> None:
    top = Path(tempfile.mkdtemp(prefix="articlekit-perm-"))
    try:
        top.chmod(0o755)
        (top / "open").mkdir(mode=0o755)
        shutil.copy(PAGE, top / "open" / "a.html")
        (top / "open" / "a.html").chmod(0o644)
        (top / "closed").mkdir()
        shutil.copy(PAGE, top / "closed" / "b.html")
        (top / "closed").chmod(0o000)
        result = subprocess.run([*_without_override(), sys.executable, "-m", "articlekit", "extract", str(top),
                                 "-f", "jsonl"], capture_output=True, text=True, env=ENV, timeout=60)
        assert result.returncode == 1, result.stderr
        assert "closed" in result.stderr and "Permission denied" in result.stderr
        assert len(result.stdout.splitlines()) == 1
    finally:
        (top / "closed").chmod(0o755)
        shutil.rmtree(top)


# ------------------------------------------------------------------ a default time limit (defect 9)

def test_the_default_time_limit_is_30_seconds_and_zero_turns_it_off() -> None:
    parser = cli.build_parser()
    assert parser.parse_args(["extract", "x.html"]).timeout == 30
    assert parser.parse_args(["extract", "x.html", "--timeout", "0"]).timeout is None
    assert parser.parse_args(["extract", "x.html", "--timeout", "2.5"]).timeout == 2.5
    with pytest.raises(SystemExit):
        parser.parse_args(["extract", "x.html", "--timeout", "-1"])


def test_one_file_with_the_default_limit_gives_the_same_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(PAGE))
    code_off, out_off, _ = run(capsys, str(PAGE), "--timeout", "0")
    assert code == code_off == 0
    assert json.loads(out) == json.loads(out_off)
