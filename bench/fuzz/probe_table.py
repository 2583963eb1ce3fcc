"""The probe table of issue 19, re-run: each hostile input in a fresh process, with CPU time and peak memory.

Limits: an input of 1 MB or less within 1 s of CPU, any input within the size limit within 15 s, and
summarize/key_figures under 50x the input's size in memory (peak RSS above the idle interpreter's).

    nice python bench/fuzz/probe_table.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# name, setup code that defines `data` (and the call to make), and the input size in bytes
PROBES: list[tuple[str, str]] = [
    ("control char under deep nesting", "data = '<div>'*201 + 'x&#1;y' + '</div>'*201\n"
                                        "call = lambda: articlekit.extract(data)"),
    ("key_figures('I. ' * 200k)", "data = 'I. ' * 200_000\ncall = lambda: articlekit.key_figures(data)"),
    ("summarize('I. ' * 200k)", "data = 'I. ' * 200_000\ncall = lambda: articlekit.summarize(data)"),
    ("extract 200 KB of 'I. '", "data = '<p>' + 'I. ' * 66_000 + '</p>'\ncall = lambda: articlekit.extract(data)"),
    ("100k attributes", "data = '<p ' + ' '.join(f'a{i}=1' for i in range(100_000)) + '>x</p>'\n"
                        "call = lambda: articlekit.extract(data)"),
    ("300k attributes", "data = '<p ' + ' '.join(f'a{i}=1' for i in range(300_000)) + '>x</p>'\n"
                        "call = lambda: articlekit.extract(data)"),
    ("1 MB of 300-attribute tags", "tag = '<b ' + ' '.join(f'a{i}' for i in range(300)) + '>'\n"
                                   "data = tag * (1_000_000 // len(tag))\ncall = lambda: articlekit.extract(data)"),
    ("extract 200 KB of '1. 2. 3.'", "data = '<p>' + ' '.join(f'{i}.' for i in range(40_000)) + '</p>'\n"
                                     "call = lambda: articlekit.extract(data)"),
    ("key_figures 2 MB money soup", "data = '$1.5 million 15% €3bn 2.5 times 40 per cent ' * 45_000\n"
                                    "call = lambda: articlekit.key_figures(data)"),
    ("summarize 2 MB money soup", "data = '$1.5 million 15% €3bn 2.5 times 40 per cent ' * 45_000\n"
                                  "call = lambda: articlekit.summarize(data)"),
    ("key_figures 200 KB money soup", "data = '$1.5 million 15% €3bn 2.5 times 40 per cent ' * 4_500\n"
                                      "call = lambda: articlekit.key_figures(data)"),
    ("DOCTYPE subset mid-page", "data = '<p>a</p><!DOCTYPE x [<!ENTITY xxe \"y\">]><p>b &xxe; c</p>'\n"
                                "call = lambda: articlekit.extract(data)"),
    ("unclosed DOCTYPE subsets, 1 MB", "data = '<!DOCTYPE [' * 90_000\ncall = lambda: articlekit.extract(data)"),
    ("deep nesting 1 MB", "data = '<div>' * 200_000\ncall = lambda: articlekit.extract(data)"),
    ("deep JSON-LD author", "data = '<script type=\"application/ld+json\">"
                            "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":' + '['*500"
                            " + '{\"name\":\"A B\"}' + ']'*500 + '}</script><title>T</title>'\n"
                            "call = lambda: articlekit.extract(data)"),
    ("50 MB of words", "data = 'word ' * 10_000_000\ncall = lambda: articlekit.extract(data)"),
    ("1 MB of <p>x</p>", "data = '<p>x</p>' * 125_000\ncall = lambda: articlekit.extract(data)"),
    ("50 MB of <p>x</p>", "data = '<p>x</p>' * 6_250_000\ncall = lambda: articlekit.extract(data)"),
    ("200 nested <pre>, 1 kB each", "data = ('<pre>' + 'code words ' * 100) * 200 + '</pre>' * 200\n"
                                    "call = lambda: articlekit.extract(data)"),
    ("1 MB of '<?a' (no tree for libxml2)", "data = '<?a' * 333_333\ncall = lambda: articlekit.extract(data)"),
    ("1 MB of '</ '", "data = '</ ' * 333_333\ncall = lambda: articlekit.extract(data)"),
    ("1 MB of '<b>In Brief</b><br>' in a paragraph",
     "data = '<h1>T</h1><p>' + '<b>In Brief</b><br>' * 52_000 + '</p>'\ncall = lambda: articlekit.extract(data)"),
    ("1 MB, one line of numbers", "data = '<p>Sign me up →</p>' + '10.86-10.9 ' * 90_000\n"
                                  "call = lambda: articlekit.extract(data)"),
]

_RUNNER = textwrap.dedent("""
    import json, resource, sys, time
    import articlekit
    articlekit.extract('<p>The council said 1,200 homes were flooded in 2024, up 15% on 2023.</p>')
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    exec(sys.argv[1])
    size = len(data.encode('utf-8', 'surrogatepass')) if isinstance(data, str) else len(data)
    start = time.process_time()
    try:
        value = call()
        outcome = 'ok'
    except Exception as exc:
        outcome = type(exc).__name__ + (' (ours)' if isinstance(exc, articlekit.ArticlekitError) else ' (NOT OURS)')
    spent = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"size": size, "cpu": spent, "extra_kb": max(0, peak - base), "outcome": outcome}))
""")


def main() -> None:
    print("| probe | input | CPU s | limit | extra memory | x input | outcome |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, code in PROBES:
        try:
            out = subprocess.run([sys.executable, "-c", _RUNNER, code], capture_output=True, text=True, timeout=900)
            row = json.loads(out.stdout.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, IndexError, json.JSONDecodeError) as exc:
            print(f"| {name} | ? | > 900 | | | | {type(exc).__name__} |")
            continue
        limit = 1.0 if row["size"] <= 1_000_000 else 15.0
        ratio = row["extra_kb"] * 1024 / max(1, row["size"])
        flag = "" if row["cpu"] <= limit else " **over**"
        print(f"| {name} | {row['size']:,} B | {row['cpu']:.2f}{flag} | {limit:g} | {row['extra_kb'] / 1024:.0f} MB "
              f"| {ratio:.1f} | {row['outcome']} |", flush=True)


if __name__ == "__main__":
    main()
