#!/usr/bin/env python3
"""Prints up to N (default 200) distinct questions, one a line, from the project's evaluation sets:
knowledge-base/src/test/resources/eval/retrieval-eval.yaml (text:) and
backend/src/test/resources/assistant/gold.yaml (q:). Used by the search and assistant benchmarks."""
import os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200
seen, out = set(), []
for path, pattern in (
    ("knowledge-base/src/test/resources/eval/retrieval-eval.yaml", r"^\s+text:\s*(.+)$"),
    ("backend/src/test/resources/assistant/gold.yaml", r"^\s+-\s*q:\s*(.+)$"),
):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        for line in f:
            m = re.match(pattern, line)
            if m:
                q = m.group(1).strip().strip("'\"")
                if q and q not in seen:
                    seen.add(q)
                    out.append(q)
for q in out[:limit]:
    print(q)
