"""Throughput of ``extract_many`` with 1 and 2 workers on the scrapinghub DEV pages, and peak memory.

Each configuration runs in a fresh Python process, so peak memory is its own. The timer starts
after one warm-up extraction (imports and word lists are loaded once per process; with ``fork``
the workers inherit them), so the figures are steady-state throughput; the warm-up time is
reported on its own.

    python bench/speed/batch_bench.py                      # workers 1 and 2, best of 1 run each
    python bench/speed/batch_bench.py --workers 1 2 4 --repeat 3 --json out.json
    python bench/speed/batch_bench.py --cycle 5            # the page list 5 times over: memory stays flat
    python bench/speed/batch_bench.py --own-sessions       # on a machine busy with other sessions (autogroup)
    python bench/speed/batch_bench.py --check-warc         # a WARC of the pages gives exactly the same records
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "extraction" / "scrapinghub" / "html"


def pages(directory: Path) -> list[str]:
    """The DEV pages, sorted (181 gzipped HTML files)."""
    return sorted(str(p) for p in directory.glob("*.html.gz"))


def _own_sessions() -> None:
    """Start every worker in a session of its own (Linux: its own autogroup, as a separate program).

    With ``sched_autogroup_enabled``, Linux shares the CPU between sessions, not processes, so on a
    machine busy with other sessions two workers of one session get no more CPU than one process.
    This shows the pool's own scaling there; it is a benchmark device, not something the library does.
    """
    import os

    import articlekit.batch.pool as pool

    worker_main = pool._worker_main

    def in_own_session(*args: Any) -> None:
        os.setsid()
        worker_main(*args)

    pool._worker_main = in_own_session  # type: ignore[assignment]  # inherited by forked workers


def measure(directory: Path, workers: int, cycle: int, own_sessions: bool = False) -> dict[str, Any]:
    """Run one configuration in this process and return its figures."""
    import articlekit

    if own_sessions:
        _own_sessions()

    paths = pages(directory)
    start = time.perf_counter()
    articlekit.extract("<html><body><article><p>Warm-up page with one sentence.</p></article></body></html>")
    warm_up = time.perf_counter() - start
    cpu0 = time.process_time()
    start = time.perf_counter()
    inputs = itertools.chain.from_iterable(itertools.repeat(paths, cycle))
    results = articlekit.extract_many(inputs, workers=workers)
    count = failed = 0
    for result in results:
        count += 1
        failed += not result.ok
    wall = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "workers": workers, "documents": count, "failed": failed, "wall_s": round(wall, 2),
        "docs_per_s": round(count / wall, 1), "warm_up_s": round(warm_up, 2),
        "parent_cpu_s": round(time.process_time() - cpu0, 2),
        "workers_cpu_s": round(children.ru_utime + children.ru_stime, 2),
        "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "worker_peak_rss_mb": round(children.ru_maxrss / 1024, 1),
    }


def check_warc(directory: Path, workers: int) -> dict[str, Any]:
    """Store every page in one WARC (as HTTP responses) and check it gives exactly the file results."""
    import gzip
    import io
    import tempfile

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    import articlekit
    from articlekit.integrations.warc import WarcStats, iter_warc_pages

    paths = pages(directory)
    urls = [f"https://dev.example/{Path(p).name[:-8]}" for p in paths]
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "dev.warc.gz"
        with warc.open("wb") as fh:
            writer = WARCWriter(fh, gzip=True)
            for url, path in zip(urls, paths, strict=True):
                body = gzip.decompress(Path(path).read_bytes())
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", http_headers=headers,
                                                              payload=io.BytesIO(body), length=len(body)))
        stats = WarcStats()
        start = time.perf_counter()
        from_warc = [r.to_dict() for r in articlekit.extract_many(
            ((p.url, p.html) for p in iter_warc_pages(warc, stats=stats)), workers=workers)]
        wall = time.perf_counter() - start
    from_files = [r.to_dict() for r in articlekit.extract_many(
        ((url, gzip.decompress(Path(p).read_bytes())) for url, p in zip(urls, paths, strict=True)),
        workers=workers)]
    return {"warc_pages": stats.pages, "records": len(from_warc), "equal_to_files": from_warc == from_files,
            "warc_wall_s": round(wall, 2)}


def run_child(directory: Path, workers: int, cycle: int, own_sessions: bool) -> dict[str, Any]:
    """:func:`measure` in a fresh interpreter (in a new session too with ``own_sessions``)."""
    cmd = [sys.executable, __file__, "--child", str(workers), "--data", str(directory), "--cycle", str(cycle)]
    if own_sessions:
        cmd.append("--own-sessions")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True, start_new_session=own_sessions)
    figures: dict[str, Any] = json.loads(proc.stdout)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per configuration."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest is kept")
    parser.add_argument("--cycle", type=int, default=1, help="feed the page list this many times over")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--check-warc", action="store_true",
                        help="also check that a WARC of the pages gives exactly the same records")
    parser.add_argument("--own-sessions", action="store_true",
                        help="run the parent and each worker in a session of its own (see _own_sessions)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.check_warc:
        print(json.dumps(check_warc(args.data, max(args.workers))), flush=True)
    if args.child is not None:
        print(json.dumps(measure(args.data, args.child, args.cycle, args.own_sessions)))
        return 0
    rows = []
    for workers in args.workers:
        runs = [run_child(args.data, workers, args.cycle, args.own_sessions) for _ in range(args.repeat)]
        rows.append(min(runs, key=lambda r: r["wall_s"]))
        print(json.dumps(rows[-1]), flush=True)
    base = next((r for r in rows if r["workers"] == 1), None)
    if base is not None:
        for row in rows:
            print(f"workers={row['workers']}: {row['wall_s']} s wall, {row['docs_per_s']} docs/s, "
                  f"speed-up x{base['wall_s'] / row['wall_s']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
