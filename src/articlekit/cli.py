"""The ``articlekit`` command. The only module that configures logging or prints.

Exit codes: 0 every input went well; 1 some inputs failed (each named on stderr, the others still
output); 2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articlekit.batch import ExtractOptions, Result

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_FORMATS = ("json", "jsonl", "markdown", "text")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (kept importable for documentation and tests)."""
    from articlekit import __version__

    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Turn raw news HTML into a clean, structured article and an In Brief summary.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="extract articles from HTML files",
                        description="Extract articles from HTML files, directories, globs or stdin (-).")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="an HTML file (.html, .htm, .html.gz), a directory (searched recursively), "
                         "a glob, or - for stdin")
    ex.add_argument("-f", "--format", choices=_FORMATS, default="json",
                    help="json (one object, or an array for several inputs), jsonl, markdown or text")
    ex.add_argument("-o", "--output-dir", type=Path, metavar="DIR",
                    help="write one file per input into DIR (named after the input) instead of stdout")
    ex.add_argument("--url", help="the page's URL (only with a single input)")
    ex.add_argument("--no-summary", action="store_true", help="skip the In Brief bullets and key figures")
    ex.add_argument("--bullets", type=_positive_int, metavar="N", help="number of In Brief bullets (default 3)")
    ex.add_argument("-v", "--verbose", action="count", default=0, help="more log output on stderr (-vv: debug)")
    return parser


def _configure_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="articlekit: %(levelname)s: %(message)s", stream=sys.stderr)


def _results(paths: Sequence[str], options: ExtractOptions) -> Iterator[Result]:
    from articlekit.batch import extract_sequential
    from articlekit.inputs import expand_inputs

    return extract_sequential(expand_inputs(paths), options)


def _report(result: Result) -> None:
    reason = (result.error or "unknown error").replace("\n", " ")
    print(f"articlekit: error: {result.source}: {reason}", file=sys.stderr)


def _emit(results: Iterator[Result], args: argparse.Namespace, many: bool) -> int:
    from articlekit.output import StreamWriter, output_name, render, write_atomic

    failed = 0
    taken: set[str] = set()
    writer = None if args.output_dir else StreamWriter(sys.stdout, args.format, many=many)
    for result in results:
        if result.article is None:
            failed += 1
            _report(result)
        elif writer is not None:
            writer.write(result.article)
        else:
            path = args.output_dir / output_name(result.source, args.format, taken)
            write_atomic(path, render(result.article, args.format) + "\n")
    if writer is not None:
        writer.close()
    return EXIT_FAILED if failed else EXIT_OK


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from articlekit.batch import ExtractOptions

    if args.url and (len(args.paths) != 1 or Path(args.paths[0]).is_dir()):
        parser.error("--url needs exactly one input file")
    if args.output_dir:
        try:
            args.output_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            parser.error(f"cannot create --output-dir {args.output_dir}: {exc.strerror or exc}")
    options = ExtractOptions(url=args.url, summarize=not args.no_summary, bullets=args.bullets)
    many = len(args.paths) > 1 or any(p != "-" and not Path(p).is_file() for p in args.paths)
    return _emit(_results(args.paths, options), args, many)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _configure_logging(args.verbose)
    try:
        return _run_extract(args, parser)
    except KeyboardInterrupt:
        print("articlekit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
