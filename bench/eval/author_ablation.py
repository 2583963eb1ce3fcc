"""Switch off one named author rule at a time and report what it changes, per set and half.

Each rule in RULE_SWITCHES is turned off by replacing the function that applies it; the metadata stage
alone is run on every page with a gold author (scored as the shared scorer does: normalised name sets,
and pages whose gold is empty counted in ``empty``). A rule pays when switching it off loses pages on
the ``check`` half.

    python3 bench/eval/author_ablation.py                       # every rule
    python3 bench/eval/author_ablation.py --rules DOMAIN_OWNER,BYLINE_SUPERSET
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SETS = ("wcxb_article", "trafilatura", "wcxb_other", "readability")

# rule -> (module, attribute, replacement): the replacement is the rule switched off
RULE_SWITCHES: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "DOMAIN_OWNER": ("articlekit.metadata.authors.owner", "domain_owner", lambda *a, **k: []),
    "BYLINE_SUPERSET": ("articlekit.metadata", "more_authors", lambda chosen, cands, most: chosen),
    "NAME_FROM_TEXT": ("articlekit.metadata.authors.combine", "_name_in_text", lambda *a: ""),
    "DATE_BY_NAME": ("articlekit.metadata.authors.candidates", "dated_name_lines", lambda text: ""),
    "DATE_NAME_LINE": ("articlekit.metadata.authors.candidates", "date_name_line", lambda text: ""),
    "NAME_OVER_ROLE": ("articlekit.metadata.authors.candidates", "name_over_role", lambda text: ""),
    "CO_AUTHOR_NOTE": ("articlekit.metadata.authors.cleaning", "_co_authors", lambda *a: []),
    "PERSON_SITE": ("articlekit.metadata.authors.candidates", "_person_site", lambda *a: False),
    "DOMAIN_AUTHOR": ("articlekit.metadata.authors.candidates", "_domain_author", lambda *a: []),
    "POSSESSIVE_SITE": ("articlekit.metadata.authors.candidates", "_possessive_site", lambda *a: []),
    "BIO_BOX_LEAD": ("articlekit.metadata.authors.candidates", "_lead_lines", lambda el: []),
    "LABELLED_SIGNATURE": ("articlekit.metadata", "signature_candidates", lambda *a, **k: []),
    "JOB_WORD_SURNAME": ("articlekit.metadata.authors.cleaning", "_surname_job_word", lambda words: False),
    "HIDDEN_NOT_BYLINE": ("articlekit.metadata.authors.bylines", "_hidden", lambda el: False),
    "NOT_AN_AUTHOR": ("articlekit.metadata.authors.bylines", "in_aside", lambda el: False),
    "BYLINE_MARKUP": ("articlekit.metadata.authors.bylines", "markup_bylines", lambda root: ([], "")),
    "TOLERANT_JSONLD": ("articlekit.metadata.jsonld", "_recover_fields", lambda text, out: None),
    "LIVE_UPDATES": ("articlekit.metadata.jsonld", "_read_live_updates", lambda *a: None),
    "PROSE_BYLINE": ("articlekit.metadata.authors.cleaning", "_is_phrase", lambda part: False),
    "STAFF_DESK": ("articlekit.metadata.authors.cleaning", "_names_a_desk", lambda kept, written: False),
}


def score(eval_dir: Path, data_dir: Path) -> dict[str, list[int]]:
    """[right, with gold, empty and none returned, empty gold] per "set/half"."""
    sys.path.insert(0, str(eval_dir))
    scorer = importlib.import_module("extract_eval")
    from articlekit.config import DEFAULT
    from articlekit.html.parse import parse_html
    from articlekit.metadata import extract_metadata

    out: dict[str, list[int]] = {}
    for name in SETS:
        for half in ("fit", "check"):
            row = out.setdefault(f"{name}/{half}", [0, 0, 0, 0])
            for case in scorer.load_cases(str(data_dir / name), half=half):
                if case.get("author") is None:
                    continue
                _, html = scorer.read_html(str(data_dir / name), case["html_path"])
                meta = extract_metadata(parse_html(html), url=case.get("url"), now=None, config=DEFAULT.metadata)
                got = scorer.author_set(list(meta.authors))
                if case["author"] == "":
                    row[2] += not got
                    row[3] += 1
                else:
                    row[0] += scorer.author_set(case["author"]) == got
                    row[1] += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "extraction")
    parser.add_argument("--rules", default="", help="comma-separated rule names (default: all)")
    parser.add_argument("--one", default="", help=argparse.SUPPRESS)  # internal: score with one rule off
    args = parser.parse_args()
    if args.one:
        if args.one != "none":
            module, attr, off = RULE_SWITCHES[args.one]
            setattr(importlib.import_module(module), attr, off)
        print(json.dumps(score(args.eval, args.data)))
        return
    import subprocess  # one process per rule: a switched-off rule must not leak into the next run

    def run(rule: str) -> dict[str, list[int]]:
        cmd = [sys.executable, __file__, "--one", rule, "--eval", str(args.eval), "--data", str(args.data)]
        result: dict[str, list[int]] = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                                                 text=True).stdout)
        return result

    base = run("none")
    print("rule switched off: change in right pages (and in empty-gold pages left empty), per set/half")
    for rule in (args.rules.split(",") if args.rules else list(RULE_SWITCHES)):
        got = run(rule)
        cells = [f"{k}:{got[k][0] - v[0]:+d}" + (f"/{got[k][2] - v[2]:+d}" if v[3] else "") for k, v in base.items()]
        print(f"{rule:20s}", " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
