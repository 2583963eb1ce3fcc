"""Command-line inputs → an ordered stream of named sources (files, directories, globs, stdin)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["HTML_SUFFIXES", "STDIN", "WARC_SUFFIXES", "expand_inputs", "is_html_file", "is_input_file"]

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
