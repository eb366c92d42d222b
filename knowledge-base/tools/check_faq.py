#!/usr/bin/env python3
"""Validate the FAQ knowledge base.

Checks, for every kb/faq/*.yaml file:
  * the file parses as YAML and has `topic` and `entries`;
  * every entry has id, question, variants (2-4), answer (120-400 chars), citations, tags;
  * ids look like faq-<file slug>-NNN and are unique across all files;
  * every citation is <law-id>#<n>, the law-id is listed in LAW-IDS.txt and the article n
    exists in the reference text (lines "第X条 ..."; for the 通知 file the items 一、二、三).

Usage:
  python3 tools/check_faq.py [--faq DIR] [--laws DIR] [--law-ids FILE]

Defaults are relative to the knowledge-base directory (the parent of this script's folder);
the reference laws default to /work/shared/reference/laws or $LAW_REFERENCE_DIR.
Exit code 0 when everything is valid, 1 otherwise.
"""
import argparse
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.stderr.write("PyYAML is required (python3-yaml)\n")
    sys.exit(2)

KB_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}

ARTICLE_LINE = re.compile(r"^\s*第([零〇一二两三四五六七八九十百千]+)条")
NOTICE_ITEM = re.compile(r"^\s*#*\s*([一二三四五六七八九十]+)[、\s]*")
CITATION = re.compile(r"^([a-z0-9-]+)#([1-9][0-9]*)$")
ID_PATTERN = re.compile(r"^faq-([a-z0-9-]+)-(\d{3})$")


def cn_to_int(text):
    total, num = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            num = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (num if num else 1) * CN_UNITS[ch]
            num = 0
        else:
            raise ValueError(text)
    return total + num


def load_law_ids(path):
    """Return {law_id: file name} from LAW-IDS.txt (lines: '<file>.md   <law-id>')."""
    mapping = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            law_id = parts[-1]
            fname = " ".join(parts[:-1])
            mapping[law_id] = fname
    return mapping


def load_articles(path, notice=False):
    """Return the set of article numbers present in a reference law file."""
    articles = set()
    with open(path, encoding="utf-8") as fh:
        body = fh.read()
    if "<!-- INFO END -->" in body:
        body = body.split("<!-- INFO END -->", 1)[1]
    for line in body.splitlines():
        m = ARTICLE_LINE.match(line)
        if m:
            articles.add(cn_to_int(m.group(1)))
            continue
        if notice and line.lstrip().startswith("#"):
            m = NOTICE_ITEM.match(line)
            if m:
                articles.add(cn_to_int(m.group(1)))
    return articles


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--faq", default=os.path.join(KB_ROOT, "src/main/resources/kb/faq"))
    ap.add_argument("--laws", default=os.environ.get("LAW_REFERENCE_DIR", "/work/shared/reference/laws"))
    ap.add_argument("--law-ids", default=os.path.join(KB_ROOT, "LAW-IDS.txt"))
    ap.add_argument("--min-answer", type=int, default=120)
    ap.add_argument("--max-answer", type=int, default=400)
    args = ap.parse_args()

    errors = []
    law_ids = load_law_ids(args.law_ids)
    article_cache = {}

    def articles_for(law_id):
        if law_id not in article_cache:
            fname = law_ids[law_id]
            path = os.path.join(args.laws, fname)
            if not os.path.exists(path):
                article_cache[law_id] = None
            else:
                article_cache[law_id] = load_articles(path, notice=fname.startswith("关于职工全年月平均工作时间"))
        return article_cache[law_id]

    files = sorted(f for f in os.listdir(args.faq) if f.endswith((".yaml", ".yml")))
    if not files:
        errors.append("no FAQ files in %s" % args.faq)
    seen_ids = {}
    counts = []
    citations_total = 0
    for fname in files:
        slug = fname.rsplit(".", 1)[0]
        path = os.path.join(args.faq, fname)
        try:
            with open(path, encoding="utf-8") as fh:
                doc = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            errors.append("%s: YAML parse error: %s" % (fname, exc))
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("topic"), str) or not doc["topic"].strip():
            errors.append("%s: missing topic" % fname)
            continue
        entries = doc.get("entries")
        if not isinstance(entries, list) or not entries:
            errors.append("%s: missing entries" % fname)
            continue
        counts.append((fname, doc["topic"], len(entries)))
        for i, e in enumerate(entries):
            where = "%s[%d]" % (fname, i)
            if not isinstance(e, dict):
                errors.append("%s: entry is not a mapping" % where)
                continue
            eid = e.get("id")
            where = "%s %s" % (fname, eid)
            m = ID_PATTERN.match(str(eid))
            if not m:
                errors.append("%s: bad id" % where)
            elif m.group(1) != slug:
                errors.append("%s: id slug does not match file name '%s'" % (where, slug))
            if eid in seen_ids:
                errors.append("%s: duplicate id (also in %s)" % (where, seen_ids[eid]))
            seen_ids[eid] = fname
            q = e.get("question")
            if not isinstance(q, str) or not q.strip():
                errors.append("%s: missing question" % where)
            variants = e.get("variants")
            if not isinstance(variants, list) or not 2 <= len(variants) <= 4 \
                    or not all(isinstance(v, str) and v.strip() for v in variants):
                errors.append("%s: variants must be 2-4 non-empty strings" % where)
            ans = e.get("answer")
            if not isinstance(ans, str):
                errors.append("%s: missing answer" % where)
            else:
                n = len(re.sub(r"\s", "", ans))
                if not args.min_answer <= n <= args.max_answer:
                    errors.append("%s: answer length %d outside %d-%d" % (where, n, args.min_answer, args.max_answer))
            tags = e.get("tags")
            if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and t.strip() for t in tags):
                errors.append("%s: tags must be a non-empty list of strings" % where)
            cits = e.get("citations")
            if not isinstance(cits, list) or not cits:
                errors.append("%s: citations must be a non-empty list" % where)
                continue
            if len(set(cits)) != len(cits):
                errors.append("%s: duplicate citation" % where)
            for c in cits:
                citations_total += 1
                cm = CITATION.match(str(c))
                if not cm:
                    errors.append("%s: malformed citation %r" % (where, c))
                    continue
                law_id, art = cm.group(1), int(cm.group(2))
                if law_id not in law_ids:
                    errors.append("%s: unknown law-id %s" % (where, law_id))
                    continue
                arts = articles_for(law_id)
                if arts is None:
                    errors.append("%s: reference file for %s not found" % (where, law_id))
                elif art not in arts:
                    errors.append("%s: %s has no article %d" % (where, law_id, art))

    for fname, topic, n in counts:
        print("%-32s %-16s %3d entries" % (fname, topic, n))
    print("total: %d entries in %d files, %d citations checked" % (sum(c[2] for c in counts), len(counts), citations_total))
    if errors:
        print("%d problem(s):" % len(errors))
        for err in errors:
            print("  - " + err)
        return 1
    print("OK: all files parse, ids unique, all citations resolve to existing articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
