"""Reading inputs: command-line arguments → an ordered stream of named sources, and a source → bounded bytes.

:func:`expand_inputs` walks directories and globs; :func:`read_input` reads a file (gunzipping ``*.gz``)
and :func:`read_stdin` the standard input, each within a byte limit and with errors as ``InputError``.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from articlekit.errors import InputError

__all__ = [
    "HTML_SUFFIXES",
    "STDIN",
    "WARC_SUFFIXES",
    "expand_inputs",
    "is_html_file",
    "is_input_file",
    "read_input",
    "read_stdin",
]

STDIN = "-"
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")  # same as articlekit.integrations.warc, kept here to stay import-light
_GLOB_CHARS = frozenset("*?[")


def is_html_file(name: str) -> bool:
    """Whether a file name looks like a saved page (matched when a directory is walked)."""
    return name.lower().endswith(HTML_SUFFIXES)


def is_input_file(name: str) -> bool:
    """Whether a file found in a directory is read: a saved page or a WARC file."""
    return is_html_file(name) or name.lower().endswith(WARC_SUFFIXES)


def _walk(directory: Path) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames.sort()  # deterministic order
        for name in sorted(filenames):
            if is_input_file(name):
                yield os.path.join(dirpath, name)


def expand_inputs(args: Iterable[str]) -> Iterator[str]:
    """Expand each argument in order: ``-`` stays, directories are walked, globs are expanded.

    A directory yields its saved pages and WARC files (see :func:`is_input_file`), sorted, recursively.

    A path that does not exist is passed through unchanged, so reading it reports a named error.
    """
    for arg in args:
        if arg == STDIN:
            yield arg
        elif os.path.isdir(arg):
            yield from _walk(Path(arg))
        elif not os.path.exists(arg) and _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield arg
            for match in matches:
                yield from _walk(Path(match)) if os.path.isdir(match) else iter((match,))
        else:
            yield arg


def read_input(path: str | os.PathLike[str], *, max_bytes: int) -> bytes:
    """Read a page's bytes from a file, gunzipping ``*.gz``; errors become InputError."""
    p = Path(path)
    gz = p.name.endswith(".gz")
    # gzip never grows data by more than ~0.1 %: a larger .gz file cannot decompress within the limit.
    limit = max_bytes + max_bytes // 100 + 1024 if gz else max_bytes
    try:
        if p.is_dir():
            raise IsADirectoryError(p)
        if p.stat().st_size > limit:
            raise InputError(f"{p}: {p.stat().st_size:,} bytes, above the limit of {limit:,} bytes")
        with p.open("rb") as fh:
            data = fh.read(limit + 1)  # bounded: /dev/zero, pipes and growing files report no true size
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{p}: more than the limit of {limit:,} bytes")
    if gz:
        data = _gunzip(data, p, max_bytes)
    return data


def _gunzip(data: bytes, path: Path, max_bytes: int) -> bytes:
    import zlib

    decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decomp.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"{path}: not a valid gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise InputError(f"{path}: decompresses to more than the limit of {max_bytes:,} bytes")
    return out


def read_stdin(max_bytes: int) -> bytes:
    """Read the standard input, at most ``max_bytes``; more is an InputError, not a memory blow-up."""
    import sys

    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(f"{STDIN}: cannot read stdin ({exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{STDIN}: more than the limit of {max_bytes:,} bytes")
    return data
