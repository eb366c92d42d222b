#!/usr/bin/env python3
"""Validate the knowledge-base retrieval eval set and the case digests.

Checks
  * retrieval-eval.yaml: YAML structure, unique ids, allowed kinds, non-empty
    text, 1-4 citations per item, every citation well-formed, its law id listed
    in LAW-IDS.txt and its article present in the reference law file.
  * kb/cases/*.md: front matter present and parseable, required fields,
    id == file name, ISO date, citations valid as above, required sections.

Usage
  python3 tools/check_eval.py [--laws-dir DIR] [--eval FILE] [--cases-dir DIR]

The reference laws directory defaults to the first existing one of:
  $KB_LAWS_DIR, <repo>/../shared/reference/laws, /work/shared/reference/laws
Exit status 0 when no errors were found, 1 otherwise.
"""
import argparse
import datetime
import os
import re
import sys

try:
    import yaml  # PyYAML
except ImportError:  # pragma: no cover - fallback exercised only without PyYAML
    yaml = None

KB_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # knowledge-base/
REPO_ROOT = os.path.dirname(KB_ROOT)

CITE_RE = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)#([1-9][0-9]*)$")
EVAL_ID_RE = re.compile(r"^e\d{3,}$")
CASE_ID_RE = re.compile(r"^case-[a-z0-9]+(?:-[a-z0-9]+)*$")
KINDS = {"question", "narrative"}
CASE_FIELDS = ["id", "title", "source", "published", "topics", "cites"]
CASE_SECTIONS = ["基本案情", "争议焦点", "处理结果", "裁判理由", "典型意义"]

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(s):
    """Convert a Chinese numeral such as 一百零一 / 二十 / 十五 to int."""
    if s.isdigit():
        return int(s)
    total, digit = 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:
            raise ValueError("not a Chinese numeral: %r" % s)
    if digit:
        total += digit
    return total


ARTICLE_LINE_RE = re.compile(r"^\s*第([零〇一二两三四五六七八九十百千0-9]+)条")
# numbered items of a 通知, e.g. "## 一、制度工作时间的计算" or "## 三"
NOTICE_ITEM_RE = re.compile(r"^\s*(?:#+\s*)?([一二三四五六七八九十]+)(?:、|\s*$)")


def load_law_ids(path):
    """Return {law_id: file name} from LAW-IDS.txt."""
    ids = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.rsplit(None, 1)
            if len(parts) != 2:
                raise ValueError("bad LAW-IDS line: %r" % line)
            ids[parts[1]] = parts[0]
    return ids


def articles_in(path, notice=False):
    """Set of article numbers (int) found in a reference law file."""
    found = set()
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    body = text.split("<!-- INFO END -->", 1)[-1]
    for line in body.splitlines():
        m = ARTICLE_LINE_RE.match(line)
        if m:
            found.add(cn_to_int(m.group(1)))
            continue
        if notice:
            m = NOTICE_ITEM_RE.match(line)
            if m:
                found.add(cn_to_int(m.group(1)))
    return found


class Checker:
    def __init__(self, law_ids_path, laws_dir):
        self.errors = []
        self.warnings = []
        self.law_ids = load_law_ids(law_ids_path)
        self.laws_dir = laws_dir
        self._articles = {}

    def err(self, where, msg):
        self.errors.append("%s: %s" % (where, msg))

    def warn(self, where, msg):
        self.warnings.append("%s: %s" % (where, msg))

    def articles(self, law_id):
        if law_id not in self._articles:
            fname = self.law_ids[law_id]
            path = os.path.join(self.laws_dir, fname)
            if not os.path.exists(path):
                self._articles[law_id] = None
            else:
                arts = articles_in(path)
                if not arts:  # a 通知 numbered only with items 一、二、三
                    arts = articles_in(path, notice=True)
                self._articles[law_id] = arts
        return self._articles[law_id]

    def check_cite(self, where, cite):
        if not isinstance(cite, str):
            self.err(where, "citation is not a string: %r" % (cite,))
            return
        m = CITE_RE.match(cite.strip())
        if not m or cite != cite.strip():
            self.err(where, "malformed citation %r (want <law-id>#<n>)" % cite)
            return
        law_id, num = m.group(1), int(m.group(2))
        if law_id not in self.law_ids:
            self.err(where, "unknown law id %r in %r" % (law_id, cite))
            return
        arts = self.articles(law_id)
        if arts is None:
            self.err(where, "reference file for %s not found in %s" % (law_id, self.laws_dir))
        elif num not in arts:
            self.err(where, "%s has no article %d (%r)" % (law_id, num, cite))

    # ------------------------------------------------------------ eval set
    def check_eval(self, path):
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        items = parse_eval_yaml(raw, self, path)
        if items is None:
            return {}
        if not isinstance(items, list) or not items:
            self.err(path, "top level must be a non-empty list")
            return {}
        seen = {}
        counts = {}
        for idx, it in enumerate(items):
            where = "%s[%d]" % (os.path.basename(path), idx)
            if not isinstance(it, dict):
                self.err(where, "item is not a mapping")
                continue
            iid = it.get("id")
            if isinstance(iid, str):
                where = "%s %s" % (os.path.basename(path), iid)
            extra = set(it) - {"id", "kind", "text", "relevant"}
            if extra:
                self.warn(where, "unexpected keys %s" % sorted(extra))
            if not isinstance(iid, str) or not EVAL_ID_RE.match(iid):
                self.err(where, "bad or missing id %r" % (iid,))
            elif iid in seen:
                self.err(where, "duplicate id (also item %d)" % seen[iid])
            else:
                seen[iid] = idx
            kind = it.get("kind")
            if kind not in KINDS:
                self.err(where, "kind must be one of %s, got %r" % (sorted(KINDS), kind))
            else:
                counts[kind] = counts.get(kind, 0) + 1
            text = it.get("text")
            if not isinstance(text, str) or not text.strip():
                self.err(where, "text missing or empty")
            elif kind == "question" and len(text) > 80:
                self.warn(where, "question text is long (%d chars)" % len(text))
            elif kind == "narrative" and len(text) < 60:
                self.warn(where, "narrative text is short (%d chars)" % len(text))
            rel = it.get("relevant")
            if not isinstance(rel, list) or not (1 <= len(rel) <= 4):
                self.err(where, "relevant must be a list of 1-4 citations")
                rel = rel if isinstance(rel, list) else []
            if len(set(map(str, rel))) != len(rel):
                self.err(where, "duplicate citation in relevant")
            for c in rel:
                self.check_cite(where, c)
        texts = {}
        for it in items:
            if isinstance(it, dict) and isinstance(it.get("text"), str):
                t = it["text"].strip()
                if t in texts:
                    self.err(str(it.get("id")), "same text as %s" % texts[t])
                texts[t] = it.get("id")
        return counts

    # ------------------------------------------------------------ cases
    def check_cases(self, cases_dir):
        files = sorted(f for f in os.listdir(cases_dir) if f.endswith(".md"))
        if not files:
            self.err(cases_dir, "no case files")
        numbers = {}
        for fname in files:
            path = os.path.join(cases_dir, fname)
            where = "cases/" + fname
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
            if not m:
                self.err(where, "missing front matter delimited by --- lines")
                continue
            fm = parse_front_matter(m.group(1), self, where)
            body = m.group(2)
            if fm is None:
                continue
            for k in CASE_FIELDS:
                if k not in fm or fm[k] in (None, "", []):
                    self.err(where, "front matter field %r missing or empty" % k)
            cid = fm.get("id")
            if isinstance(cid, str):
                if not CASE_ID_RE.match(cid):
                    self.err(where, "id %r is not kebab-case ascii starting with case-" % cid)
                if cid + ".md" != fname:
                    self.err(where, "id %r does not match file name" % cid)
            pub = fm.get("published")
            if isinstance(pub, datetime.date):
                pass
            elif not (isinstance(pub, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", pub)):
                self.err(where, "published must be an ISO date, got %r" % (pub,))
            num = fm.get("caseNumber")
            if num is not None:
                if not isinstance(num, int) or num < 1:
                    self.err(where, "caseNumber must be a positive integer")
                elif num in numbers:
                    self.err(where, "caseNumber %d also used by %s" % (num, numbers[num]))
                else:
                    numbers[num] = fname
            for k in ("topics", "cites"):
                if k in fm and not isinstance(fm[k], list):
                    self.err(where, "%s must be a list" % k)
            for c in fm.get("cites") or []:
                self.check_cite(where, c)
            heads = re.findall(r"^## (.+?)\s*$", body, re.M)
            if heads != CASE_SECTIONS:
                self.err(where, "sections must be exactly %s, got %s" % (CASE_SECTIONS, heads))
            else:
                facts = re.search(r"^## 基本案情\n(.*?)^## ", body, re.S | re.M).group(1).strip()
                if not 100 <= len(facts) <= 250:
                    self.warn(where, "基本案情 has %d chars (want 100-250)" % len(facts))
            for sec in CASE_SECTIONS:
                sm = re.search(r"^## %s\n(.*?)(?=^## |\Z)" % sec, body, re.S | re.M)
                if sm and not sm.group(1).strip():
                    self.err(where, "section %s is empty" % sec)
        return len(files)


# ---------------------------------------------------------------- parsing
def parse_eval_yaml(raw, checker, path):
    if yaml is not None:
        try:
            return yaml.safe_load(raw)
        except yaml.YAMLError as e:
            checker.err(path, "YAML error: %s" % e)
            return None
    return regex_parse_eval(raw, checker, path)


def regex_parse_eval(raw, checker, path):
    """Minimal parser for the fixed eval layout, used when PyYAML is absent."""
    items, cur = [], None
    for n, line in enumerate(raw.splitlines(), 1):
        s = line.rstrip()
        if not s or s.lstrip().startswith("#"):
            continue
        m = re.match(r"^- id:\s*(\S+)\s*$", s)
        if m:
            cur = {"id": m.group(1)}
            items.append(cur)
            continue
        m = re.match(r"^  (kind|text|relevant):\s*(.*)$", s)
        if not m or cur is None:
            checker.err(path, "line %d not understood: %r" % (n, s))
            continue
        key, val = m.group(1), m.group(2).strip()
        if key == "relevant":
            lm = re.match(r"^\[(.*)\]$", val)
            if not lm:
                checker.err(path, "line %d: relevant must be a [..] list" % n)
                val = []
            else:
                val = [v.strip() for v in lm.group(1).split(",") if v.strip()]
        elif len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
            val = val[1:-1]
        if key in cur:
            checker.err(path, "line %d: duplicate key %s" % (n, key))
        cur[key] = val
    return items


def parse_front_matter(src, checker, where):
    if yaml is not None:
        try:
            fm = yaml.safe_load(src)
        except yaml.YAMLError as e:
            checker.err(where, "front matter YAML error: %s" % e)
            return None
        if not isinstance(fm, dict):
            checker.err(where, "front matter is not a mapping")
            return None
        return fm
    fm = {}
    for line in src.splitlines():
        m = re.match(r"^(\w+):\s*(.*)$", line)
        if not m:
            checker.err(where, "front matter line not understood: %r" % line)
            continue
        k, v = m.group(1), m.group(2).strip()
        if v.startswith("[") and v.endswith("]"):
            v = [x.strip() for x in v[1:-1].split(",") if x.strip()]
        elif re.match(r"^\d+$", v):
            v = int(v)
        fm[k] = v
    return fm


def default_laws_dir():
    cands = [os.environ.get("KB_LAWS_DIR"),
             os.path.join(os.path.dirname(REPO_ROOT), "shared", "reference", "laws"),
             "/work/shared/reference/laws"]
    for c in cands:
        if c and os.path.isdir(c):
            return c
    return cands[1]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--laws-dir", default=default_laws_dir())
    ap.add_argument("--law-ids", default=os.path.join(KB_ROOT, "LAW-IDS.txt"))
    ap.add_argument("--eval", default=os.path.join(
        KB_ROOT, "src", "test", "resources", "eval", "retrieval-eval.yaml"))
    ap.add_argument("--cases-dir", default=os.path.join(
        KB_ROOT, "src", "main", "resources", "kb", "cases"))
    args = ap.parse_args(argv)

    if not os.path.isdir(args.laws_dir):
        print("ERROR: reference laws directory not found: %s" % args.laws_dir)
        return 1
    ck = Checker(args.law_ids, args.laws_dir)
    for law_id, fname in sorted(ck.law_ids.items()):
        arts = ck.articles(law_id)
        if arts is None:
            ck.err("LAW-IDS.txt", "%s -> %s: file missing" % (law_id, fname))
        elif not arts:
            ck.err("LAW-IDS.txt", "%s -> %s: no articles found" % (law_id, fname))

    counts = ck.check_eval(args.eval) if os.path.exists(args.eval) else None
    if counts is None:
        ck.err(args.eval, "file not found")
    ncases = ck.check_cases(args.cases_dir) if os.path.isdir(args.cases_dir) else 0

    print("parser: %s" % ("PyYAML " + yaml.__version__ if yaml else "regex fallback"))
    print("reference laws: %s (%d law ids)" % (args.laws_dir, len(ck.law_ids)))
    if counts is not None:
        print("eval items: %d (%s)" % (sum(counts.values()),
              ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("case digests: %d" % ncases)
    for w in ck.warnings:
        print("WARNING: " + w)
    for e in ck.errors:
        print("ERROR: " + e)
    print("%d error(s), %d warning(s)" % (len(ck.errors), len(ck.warnings)))
    return 1 if ck.errors else 0


if __name__ == "__main__":
    sys.exit(main())
