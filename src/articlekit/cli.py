"""The ``articlekit`` command. The only module that configures logging or prints.

Exit codes: 0 every input went well; 1 some inputs failed (each named on stderr, the others still
output; with ``--fail-empty`` a page with no content counts as failed); 2 usage error (named before any
work starts); 3 the output could not be written (disk full, file-size limit …: one message, and the run
stops); 141 the reader closed the output pipe (the run stops quietly, like any command killed by SIGPIPE).

URLs, ``--input-file``, ``--feed`` and ``--sitemap`` go through :func:`_run_web`, which loads
:mod:`articlekit.fetch` (and the HTTP client) only then: reading files never imports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from articlekit.batch import Result, Task
    from articlekit.batch.progress import Progress
    from articlekit.fetch import Fetcher, FetchOptions
    from articlekit.integrations.warc import WarcStats

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_PIPE = 0, 1, 2, 3, 141
DEFAULT_TIMEOUT = 30.0  # seconds per document: far above any real page (< 1 s), short enough to notice
_FORMATS = ("json", "jsonl", "markdown", "text", "csv", "html")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive integer, got {value!r}")
    return number


def _seconds(value: str, *, zero_ok: bool) -> float:
    """A finite number of seconds: positive, or also zero when ``zero_ok``."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not (number >= 0 if zero_ok else number > 0) or number == float("inf"):
        kind = "zero or a positive" if zero_ok else "a positive"
        raise argparse.ArgumentTypeError(f"expected {kind} number of seconds, got {value!r}")
    return number


def _seconds_or_off(value: str) -> float | None:
    """A time limit in seconds; ``0`` turns the limit off (``None``)."""
    return _seconds(value, zero_ok=True) or None


def _seconds_or_zero(value: str) -> float:
    return _seconds(value, zero_ok=True)


def _positive_seconds(value: str) -> float:
    return _seconds(value, zero_ok=False)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (kept importable for documentation and tests)."""
    from articlekit import __version__

    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Turn raw news HTML into a clean, structured article and an In Brief summary.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = sub.add_parser("extract", help="extract articles from HTML files or URLs",
                        description="Extract articles from web pages (URLs, feeds, sitemaps), HTML files, "
                                    "WARC files, directories, globs or stdin (-).")
    ex.add_argument("paths", nargs="*", metavar="INPUT",
                    help="an http(s) URL, an HTML file (.html, .htm, .html.gz), a WARC file (.warc, .warc.gz: "
                         "one record per HTML response), a directory (searched recursively), a glob, or - for stdin")
    ex.add_argument("-f", "--format", choices=_FORMATS, default="json",
                    help="json (one object, or an array for several inputs), jsonl, markdown, text, "
                         "csv (a header, then one row per article) or html (a standalone page)")
    ex.add_argument("-o", "--output-dir", type=Path, metavar="DIR",
                    help="write one file per input into DIR (named after the input) instead of stdout")
    ex.add_argument("--url", help="the page's URL (only with a single input)")
    ex.add_argument("--no-summary", action="store_true", help="skip the In Brief bullets and key figures")
    ex.add_argument("--bullets", type=_positive_int, metavar="N",
                    help="number of In Brief bullets (default 3)")
    ex.add_argument("-w", "--workers", type=_positive_int, metavar="N",
                    help="worker processes (default: the number of CPUs)")
    ex.add_argument("--timeout", type=_seconds_or_off, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                    help=f"time limit per document (default {DEFAULT_TIMEOUT:g}; 0: none); a page over it "
                         "is reported as an error and skipped, even while C code runs")
    ex.add_argument("-v", "--verbose", action="count", default=0,
                    help="more log output on stderr (-vv: debug)")
    _add_empty_arguments(ex)
    _add_web_arguments(ex)
    return parser


def _add_empty_arguments(ex: argparse.ArgumentParser) -> None:
    group = ex.add_argument_group("pages with no content (always reported on stderr as 'no content')")
    group.add_argument("--skip-empty", action="store_true", help="leave pages with no article body out of the output")
    group.add_argument("--fail-empty", action="store_true",
                       help="count a page with no article body as a failure (exit code 1)")


def _since(value: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an ISO date such as 2024-05-01 or 2024-05-01T08:00, "
                                         f"got {value!r}") from None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def _add_web_arguments(ex: argparse.ArgumentParser) -> None:
    group = ex.add_argument_group("the web (robots.txt is respected; see docs/cli.md)")
    group.add_argument("-i", "--input-file", metavar="FILE",
                       help="read inputs from FILE, one URL or path per line (- for stdin; # starts a comment)")
    group.add_argument("--feed", action="append", default=[], metavar="URL",
                       help="extract the articles of an RSS or Atom feed (repeatable)")
    group.add_argument("--sitemap", action="append", default=[], metavar="URL",
                       help="extract the articles of a sitemap, sitemap index, news or gzip sitemap (repeatable)")
    group.add_argument("--since", type=_since, metavar="DATE",
                       help="feeds/sitemaps: only entries dated on or after DATE (ISO 8601; UTC unless given)")
    group.add_argument("--max", type=_positive_int, metavar="N", dest="max_entries",
                       help="feeds/sitemaps: only the N newest entries")
    group.add_argument("--ignore-robots", action="store_true", help="fetch URLs that robots.txt disallows")
    group.add_argument("--per-host", type=_positive_int, metavar="N",
                       help="requests in flight to one host at once (default 2)")
    group.add_argument("--delay", type=_seconds_or_zero, metavar="SECONDS",
                       help="pause between the starts of two requests to one host (default 0.5)")
    group.add_argument("--fetch-timeout", type=_positive_seconds, metavar="SECONDS",
                       help="connect and read timeout of each request (default 10 and 20)")


def _configure_logging(verbosity: int) -> None:
    level = logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="articlekit: %(levelname)s: %(message)s", stream=sys.stderr)


def _inputs(paths: Sequence[str], url: str | None, tally: WarcStats) -> Iterator[Task | Result]:
    """Every input as a task in order: files and stdin as they are, WARC files one page at a time."""
    from articlekit.batch import to_task
    from articlekit.batch.inputs import STDIN, Unusable, expand_inputs
    from articlekit.integrations.warc import is_warc_path

    index = 0
    for source in expand_inputs(paths):
        if is_warc_path(source):
            for item in _warc_tasks(source, index, tally):
                yield item
                index += 1
            continue
        # stdin is read here (workers have none); a path is read by the worker, even one holding "<"
        task = to_task(index, source) if source == STDIN or isinstance(source, Unusable) else (
            index, source, None, None, None)
        yield task if url is None or not isinstance(task, tuple) else (*task[:3], url, task[4])
        index += 1


def _warc_tasks(path: str, start: int, tally: WarcStats) -> Iterator[Task | Result]:
    """One task per HTML response of a WARC file; a broken file ends in one error naming it."""
    from articlekit.batch import Result
    from articlekit.errors import ArticlekitError
    from articlekit.integrations.warc import iter_warc_pages

    index = start
    try:
        for page in iter_warc_pages(path, stats=tally):
            yield (index, page.url, page.html, page.url, page.date)  # the capture time anchors relative dates
            index += 1
    except ArticlekitError as exc:
        yield Result(path, error=str(exc), error_type=type(exc).__name__, index=index)


def _report(result: Result, progress: Progress | None) -> None:
    reason = (result.error or "unknown error").replace("\n", " ")
    prefix = f"{result.source}: "
    _say(f"articlekit: error: {'' if reason.startswith(prefix) else prefix}{reason}", progress)


def _say(line: str, progress: Progress | None) -> None:
    if progress is not None:
        progress.message(line)
    else:
        print(line, file=sys.stderr)


class _OutputFailed(Exception):
    """Writing the output failed in a way no later input can avoid: the run stops."""


def _write_error(target: str, exc: OSError) -> Exception:
    """The exception that ends the run: a closed pipe as itself, anything else as :class:`_OutputFailed`."""
    if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
        return BrokenPipeError()
    return _OutputFailed(f"cannot write {target}: {exc.strerror or exc}")


def _write_file(result: Result, args: argparse.Namespace, taken: set[str], progress: Progress | None) -> bool:
    """Write one result to its file in ``--output-dir``; False when only this input's file could not be."""
    from articlekit.batch.output import output_name, render, write_atomic

    assert result.article is not None
    path = args.output_dir / output_name(result.source, args.format, taken)
    try:
        write_atomic(path, render(result.article, args.format) + "\n")
    except IsADirectoryError:  # this one name is taken; the next input's file can still be written
        _say(f"articlekit: error: {result.source}: cannot write {path}: a directory has that name", progress)
        return False
    except OSError as exc:
        raise _write_error(str(path), exc) from None
    return True


def _emit(results: Iterator[Result], args: argparse.Namespace, many: bool, progress: Progress | None) -> int:
    from articlekit.batch.output import StreamWriter

    failed = 0
    taken: set[str] = set()
    writer = None if args.output_dir else StreamWriter(sys.stdout, args.format, many=many)
    for result in results:
        empty, skip = _empty_page(result, args, progress)
        if empty and args.fail_empty:
            failed += 1
        if result.article is None:
            failed += 1
            _report(result, progress)
        elif skip:
            pass
        elif writer is not None:
            try:
                writer.write(result.article)
            except OSError as exc:
                raise _write_error("to stdout", exc) from None
        elif not _write_file(result, args, taken, progress):
            failed += 1
        if progress is not None:
            progress.update(result.article is None)
    if writer is not None:
        try:
            writer.close()
        except OSError as exc:
            raise _write_error("to stdout", exc) from None
    return EXIT_FAILED if failed else EXIT_OK


def _empty_page(result: Result, args: argparse.Namespace, progress: Progress | None) -> tuple[bool, bool]:
    """(is a page with no body, leave it out): such a page is always named on stderr."""
    if result.article is None or result.article.text:
        return False, False
    _say(f"articlekit: no content: {result.source}", progress)
    return True, bool(args.skip_empty)


def _silence_stdout() -> None:
    """Point stdout at the null device: the interpreter's last flush must not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _count_documents(paths: Sequence[str]) -> int | None:
    """How many documents the inputs hold, or ``None`` when a WARC file makes it unknown ahead."""
    from articlekit.batch.inputs import expand_inputs
    from articlekit.integrations.warc import is_warc_path

    total = 0
    for name in expand_inputs(paths):  # a second walk over the names: cheap beside extraction, flat memory
        if is_warc_path(name):
            return None
        total += 1
    return total


def _make_progress(paths: Sequence[str], many: bool) -> Progress | None:
    """A progress display on stderr, only for several inputs and only when stderr is a terminal."""
    if not many or not sys.stderr.isatty():
        return None
    from articlekit.batch.progress import make_progress

    return make_progress(sys.stderr, _count_documents(paths))


def _check_args(args: argparse.Namespace, parser: argparse.ArgumentParser, has_warc: bool) -> None:
    if args.url and (len(args.paths) != 1 or Path(args.paths[0]).is_dir() or has_warc):
        parser.error("--url needs exactly one input file (a WARC record's URL comes from the record)")
    if args.output_dir:
        problem = _output_dir_problem(args.output_dir)
        if problem:
            parser.error(f"--output-dir {args.output_dir}: {problem}")


def _output_dir_problem(directory: Path) -> str | None:
    """Why files cannot be written into ``directory`` (created if missing), or None: checked before any work."""
    from articlekit.batch.output import write_atomic

    if directory.exists() and not directory.is_dir():
        return "exists and is not a directory"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / ".articlekit-write-test"
        write_atomic(probe, "")  # a real write: permissions, read-only file systems, quotas all show here
        probe.unlink()
    except OSError as exc:
        return f"cannot write there ({exc.strerror or exc})"
    return None


def _run_extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if _uses_web(args):
        return _run_web(args, parser)
    if not args.paths:
        parser.error("give at least one INPUT, or --input-file, --feed or --sitemap")
    from articlekit.batch import ExtractOptions, extract_tasks
    from articlekit.batch.inputs import STDIN
    from articlekit.integrations.warc import WarcStats, is_warc_path

    has_warc = any(is_warc_path(p) for p in args.paths)
    _check_args(args, parser, has_warc)
    options = ExtractOptions(summarize=not args.no_summary, bullets=args.bullets, timeout=args.timeout)
    many = len(args.paths) > 1 or has_warc or any(p != STDIN and not Path(p).is_file() for p in args.paths)
    progress = _make_progress(args.paths, many)
    tally = WarcStats()
    results = extract_tasks(_inputs(args.paths, args.url, tally), workers=args.workers, options=options)
    try:
        code = _emit(results, args, many, progress)
        if has_warc or tally.pages or tally.skipped:
            _say(f"articlekit: WARC: {tally.pages} HTML pages read, {tally.skipped} other records skipped",
                 progress)
    except _OutputFailed as exc:
        _silence_stdout()
        _say(f"articlekit: error: {exc}; the run stopped", progress)
        return EXIT_OUTPUT
    finally:
        results.close()  # type: ignore[attr-defined]  # a generator: stops the workers at once
        if progress is not None:
            progress.close()
    return code


# --- the web: URLs, input files, feeds and sitemaps ---------------------------------------------------


def _is_url(text: str) -> bool:
    return text[:8].lower().startswith(("http://", "https://"))


def _uses_web(args: argparse.Namespace) -> bool:
    return bool(args.input_file or args.feed or args.sitemap or any(_is_url(p) for p in args.paths))


def _input_file_lines(name: str, parser: argparse.ArgumentParser) -> list[str]:
    """The inputs listed in a file (or stdin): one per line; blank lines and # comments skipped."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        parser.error(f"cannot read --input-file {name}: {exc.strerror or exc}")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _fetch_options(args: argparse.Namespace) -> FetchOptions:
    from articlekit.fetch import FetchOptions

    changes: dict[str, object] = {"respect_robots": not args.ignore_robots}
    if args.per_host is not None:
        changes["per_host"] = args.per_host
    if args.delay is not None:
        changes["host_delay"] = args.delay
    if args.fetch_timeout is not None:
        changes.update(connect_timeout=args.fetch_timeout, read_timeout=args.fetch_timeout)
    return FetchOptions(**changes)  # type: ignore[arg-type]


def _listed_urls(args: argparse.Namespace, fetcher: Fetcher, progress: Progress | None) -> tuple[list[str], int]:
    """The article URLs of --feed and --sitemap (newest first, --since, --max) and the failed listings."""
    from articlekit.fetch.listing import collect, select

    if not (args.feed or args.sitemap):
        return [], 0
    listing = collect([*args.feed, *args.sitemap], fetcher)
    for url, exc in listing.failures:
        _say(f"articlekit: error: {url}: {str(exc).removeprefix(url + ': ')}", progress)
    chosen = select(listing.entries, since=args.since, limit=args.max_entries)
    _say(f"articlekit: feeds/sitemaps: {len(listing.entries)} URLs listed, {len(chosen)} selected", progress)
    return [e.url for e in chosen], len(listing.failures)


def _web_tasks(items: Sequence[str], fetcher: Fetcher, tally: WarcStats) -> Iterator[Task | Result]:
    """Tasks for URLs (downloaded ahead, in threads) and paths (as for files), numbered in input order."""
    from dataclasses import replace

    from articlekit.batch import Result
    from articlekit.fetch.errors import FetchError
    from articlekit.fetch.run import fetch_in_order

    index = 0
    for item, got in fetch_in_order(items, fetcher, lambda x: x if _is_url(x) else None):
        if isinstance(got, FetchError):
            yield Result(item, error=str(got), error_type=type(got).__name__, index=index)
        elif got is not None:
            yield (index, item, got.html, got.url, None)
        else:
            for task in _inputs([item], None, tally):
                yield replace(task, index=index) if isinstance(task, Result) else (index, *task[1:])
                index += 1
            continue
        index += 1


def _run_web(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from articlekit.batch import ExtractOptions, extract_tasks
    from articlekit.fetch import Fetcher
    from articlekit.integrations.warc import WarcStats

    if args.url:
        parser.error("--url is for a single file; a fetched page's URL is known")
    if (args.since or args.max_entries) and not (args.feed or args.sitemap):
        parser.error("--since and --max select entries of --feed or --sitemap")
    _check_args(args, parser, has_warc=False)
    items = list(args.paths) + (_input_file_lines(args.input_file, parser) if args.input_file else [])
    fetcher = Fetcher(_fetch_options(args))
    progress = None
    if sys.stderr.isatty():
        from articlekit.batch.progress import make_progress

        progress = make_progress(sys.stderr, None)  # the count is unknown until the listings are read
    tally = WarcStats()
    try:
        listed, failed_listings = _listed_urls(args, fetcher, progress)
        items += listed
        if not items:
            return EXIT_FAILED if failed_listings else EXIT_OK
        options = ExtractOptions(summarize=not args.no_summary, bullets=args.bullets, timeout=args.timeout)
        results = extract_tasks(_web_tasks(items, fetcher, tally), workers=args.workers, options=options)
        code = _emit(results, args, len(items) > 1 or any(not _is_url(i) for i in items), progress)
    finally:
        if progress is not None:
            progress.close()
    return EXIT_FAILED if failed_listings else code


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
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as SIGPIPE would
        _silence_stdout()
        return EXIT_PIPE
