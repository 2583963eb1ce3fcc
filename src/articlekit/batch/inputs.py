"""Reading inputs: command-line arguments → an ordered stream of named sources, and a source → bounded bytes.

:func:`expand_inputs` walks directories and globs; :func:`read_input` reads a file (gunzipping ``*.gz``)
and :func:`read_stdin` the standard input, each within a byte limit and with errors as ``InputError``.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from articlekit.errors import DecodeError, InputError

__all__ = [
    "HTML_SUFFIXES",
    "STDIN",
    "WARC_SUFFIXES",
    "Unusable",
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


class Unusable(str):
    """A name met while expanding the inputs that cannot be read, and why: it is reported as a failed input.

    Still a ``str`` (the name), so it travels wherever a name does.
    """

    reason: str

    def __new__(cls, name: str, reason: str) -> Unusable:
        """The name, carrying ``reason``."""
        obj = super().__new__(cls, name)
        obj.reason = reason
        return obj


_SPECIAL_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                  (stat.S_ISBLK, "a block device"))


def _check_found(path: str) -> str:
    """``path`` itself when it is a regular file; otherwise an :class:`Unusable` saying why.

    Only files found by walking a directory are checked: reading a FIFO would wait for a writer for
    ever. A FIFO or device named on the command line is read as asked (``<(command)`` is one).
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return Unusable(path, "dangling symbolic link" if os.path.islink(path) else "no such file")
    except OSError as exc:
        return Unusable(path, f"cannot read ({exc.strerror or exc})")
    if stat.S_ISREG(mode):
        return path
    kind = next((name for test, name in _SPECIAL_KINDS if test(mode)), "a special file")
    return Unusable(path, f"not a regular file ({kind}); skipped")


def _walk(directory: Path) -> Iterator[str]:
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(directory, onerror=unreadable.append):
        while unreadable:  # os.walk could not list a directory: name it instead of skipping it silently
            exc = unreadable.pop(0)
            yield Unusable(str(exc.filename), f"cannot read directory ({exc.strerror or exc})")
        dirnames.sort()  # deterministic order
        for name in sorted(filenames):
            if is_input_file(name):
                yield _check_found(os.path.join(dirpath, name))
    for exc in unreadable:  # the top directory itself, or the last one listed
        yield Unusable(str(exc.filename), f"cannot read directory ({exc.strerror or exc})")


def expand_inputs(args: Iterable[str]) -> Iterator[str]:
    """Expand each argument in order: ``-`` stays, directories are walked, globs are expanded.

    A directory yields its saved pages and WARC files (see :func:`is_input_file`), sorted, recursively.
    What a walk finds but cannot read (a directory it may not list, a FIFO or device, a dangling link)
    comes as an :class:`Unusable` name, so that it is reported and counted, never skipped in silence.

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


# "www.example.com/story" or "example.com/news/x": a web address typed without its scheme (a host,
# then a path); a bare "page.html" is a file name
_HOST_LIKE = re.compile(r"^(?:www\.[a-z0-9.-]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/)", re.IGNORECASE)


def _url_hint(name: str) -> str:
    """A hint for a missing file whose name looks like a web address without ``https://``."""
    return f" (to fetch a web page, give its full URL: https://{name})" if _HOST_LIKE.match(name) else ""


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
        raise InputError(f"{path}: no such file{_url_hint(os.fspath(path))}") from None
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
    """Every member of a gzip file, within ``max_bytes`` in all; truncation and junk are DecodeErrors.

    A file cut short is refused rather than read in part: partial text would pass for the whole page.
    Zero bytes after the last member (tape and block padding) are ignored, as ``gzip`` does.
    """
    import zlib

    out: list[bytes] = []
    size, rest = 0, data
    while True:
        decomp = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = decomp.decompress(rest, max_bytes + 1 - size)
        except zlib.error as exc:
            raise DecodeError(f"{path}: not a valid gzip file ({exc})") from None
        size += len(chunk)
        out.append(chunk)
        if size > max_bytes:
            raise InputError(f"{path}: decompresses to more than the limit of {max_bytes:,} bytes")
        if not decomp.eof:
            raise DecodeError(f"{path}: truncated gzip file (the data ends inside a member)")
        rest = decomp.unused_data
        if not rest.strip(b"\0"):
            return b"".join(out)


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
