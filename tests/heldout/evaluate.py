#!/usr/bin/env python3
"""Blind held-out evaluation of `sinotech add` on four new documents.

Runs the installed `sinotech` command against an isolated store and compares
its output with the hand-written gold tables in gold/*.json (written before
sinotech was ever run on these files). Prints a Markdown report.

Usage:
    python tests/heldout/evaluate.py [--db /tmp/heldout/s.db] > tests/heldout/RESULTS.md

Importable without side effects: `evaluate(db)` returns (rows, totals, misses)
so a test can check the numbers without parsing the report.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DOCS = ["a-navigation", "b-chips-drones", "c-space", "d-internet"]
# diagnostic only (same text and gold as c-space, 11pt, 1.5 spacing); not in the overall row
EXTRA = ["c-space-onehalf"]
ALL_PREFIXES = " OR ".join(c + "*" for c in "abcdefghijklmnopqrstuvwxyz0123456789")
QUERY = "the OR a OR of OR and OR to OR in"
FIELDS = ("title", "url", "date")

Row = tuple[Any, ...]
Miss = tuple[str, Any, Any]


def run(args: list[str], db: Path) -> tuple[Any, str | None]:
    """Run `sinotech ARGS` on the isolated store; return (parsed JSON, None) or (None, error)."""
    env = dict(os.environ, SINOTECH_DB=str(db), NO_COLOR="1")
    p = subprocess.run(["sinotech", *args], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        return None, (p.stderr.strip().splitlines() or [f"exit {p.returncode}"])[-1]
    try:
        return json.loads(p.stdout), None
    except json.JSONDecodeError as e:
        return None, f"bad JSON: {e}"


def norm_text(s: str | None) -> str:
    """Typography-insensitive, otherwise exact: quotes, dashes, ligatures, spaces."""
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u00ad", "")
    for a, b in (
        ("\u2018", "'"),
        ("\u2019", "'"),
        ("\u201c", '"'),
        ("\u201d", '"'),
        ("\u2013", "-"),
        ("\u2014", "-"),
        ("\u2010", "-"),
        ("\u2011", "-"),
        ("\u00a0", " "),
    ):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def norm_title(s: str | None) -> str:
    """Compare titles by words only: case and punctuation differ between sources."""
    s = norm_text(s).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_url(u: str | None) -> str:
    """Ignore scheme, www and trailing slash/dot; DOIs are case-insensitive, other paths not."""
    u = (u or "").strip().rstrip("/.")
    u = re.sub(r"^https?://(www\.)?", "", u, flags=re.I)
    return u.lower() if u.lower().startswith("doi.org/") else u


def date_str(work: dict[str, Any]) -> str | None:
    """Render a CSL `issued` date as YYYY[-MM[-DD]] so it compares with the gold string."""
    parts = ((work.get("issued") or {}).get("date-parts") or [[]])[0]
    parts = [p for p in parts if p not in (None, "")]
    if not parts:
        return None
    out = f"{int(parts[0]):04d}"
    for p in parts[1:3]:
        out += f"-{int(p):02d}"
    return out


def authors(work: dict[str, Any]) -> list[str]:
    """Family names (or literal/given) in order: gold records only these."""
    out = []
    for a in work.get("author") or []:
        out.append(a.get("family") or a.get("literal") or a.get("given") or "?")
    return out


def title_sim(a: str | None, b: str | None) -> float:
    """Word Jaccard similarity, to pick which cited work a gold entry refers to."""
    sa, sb = set(norm_title(a).split()), set(norm_title(b).split())
    return len(sa & sb) / max(1, len(sa | sb))


def debris_hits(claims: list[dict[str, Any]], debris: list[Any]) -> list[tuple[dict, Any]]:
    """Claims containing a gold debris string (or matching a {"re": ...} pattern)."""
    hits = []
    for c in claims:
        t = norm_text(c["text"])
        for d in debris:
            if isinstance(d, dict):
                if re.search(d["re"], t):
                    hits.append((c, d["re"]))
            elif norm_text(d) in t:
                hits.append((c, d))
    return hits


def footnote(n: int, sid: str, db: Path) -> tuple[Any, str | None]:
    """Fetch footnote N of source SID as JSON."""
    return run(["footnote", str(n), "--source", sid, "--format", "json"], db)


def evaluate(db: Path) -> tuple[list[Row], dict[str, Any], dict[str, list[Miss]]]:
    """Add every held-out document to a fresh store at DB and score it against gold.

    Returns (rows, totals, misses): one row per document (DOCS then EXTRA), totals over
    DOCS only, and every miss as (kind, expected, got) keyed by document name.
    """
    if db.exists():
        db.unlink()
    # The library beside the store outlives the store by design: a fresh run needs it gone too.
    shutil.rmtree(db.with_name(f"{db.stem}-library"), ignore_errors=True)
    rows: list[Row] = []
    misses: dict[str, list[Miss]] = {}
    tot: dict[str, Any] = dict(
        mk=0,
        mk_ok=0,
        mk_in=0,
        debris=0,
        claims=0,
        f=0,
        f_ok=0,
        au=0,
        au_ok=0,
        fields={k: [0, 0] for k in FIELDS},
    )
    for name in DOCS + EXTRA:
        gold = json.loads((HERE / "gold" / f"{name}.json").read_text())
        miss = misses.setdefault(name, [])
        added, err = run(["add", str(HERE / gold["file"]), "--format", "json"], db)
        if err:
            miss.append(("add", "add failed", err))
            rows.append((name, "-", 0, 0, 0, 0, 0, 0, 0, 0, 0))
            continue
        info = added[0]
        sid = info["id"]
        srcs, _ = run(["sources", "--format", "json"], db)
        src = next((x for x in srcs or [] if x["id"] == sid), {})

        # document metadata
        meta_ok, gm = 0, gold["meta"]
        title = src.get("title") or info.get("title")
        if norm_title(title) == norm_title(gm["title"]):
            meta_ok += 1
        else:
            miss.append(("meta.title", gm["title"], title))
        src_authors = src.get("authors") or []
        fam = [a.split(",")[0].strip() if "," in a else a.split()[-1] for a in src_authors]
        if fam == gm["authors"] and all("," not in a for a in src_authors):
            meta_ok += 1
        else:
            miss.append(
                ("meta.authors", gm["authors"], f"{src.get('authors')} (source id {sid!r})")
            )
        issued = src.get("issued") or ""
        if issued[: len(gm["date"])] == gm["date"] and len(issued) >= len(gm["date"]):
            meta_ok += 1
        else:
            miss.append(("meta.date", gm["date"], src.get("issued")))

        # markers
        mk_ok = mk_in = 0
        notes = {}
        for m in gold["markers"]:
            fn, err = footnote(m["n"], sid, db)
            notes[m["n"]] = fn
            if err:
                miss.append(("marker", f"n{m['n']}: {m['sentence']}", "ERROR " + err))
                continue
            note_claims = fn.get("claims") or ([fn["claim"]] if fn.get("claim") else [])
            texts = [c["text"] for c in note_claims]
            primary = (
                (fn.get("claim") or {}).get("text")
                if fn.get("claim")
                else (texts[0] if texts else None)
            )
            if primary is not None and norm_text(primary) == norm_text(m["sentence"]):
                mk_ok += 1
                mk_in += 1
            else:
                if any(norm_text(t) == norm_text(m["sentence"]) for t in texts):
                    mk_in += 1
                miss.append(
                    ("marker", f"n{m['n']}: {m['sentence']}", primary if texts else "(no claim)")
                )

        # works
        au = au_ok = 0
        fields = {k: [0, 0] for k in FIELDS}
        for w in gold["works"]:
            fn = notes.get(w["n"])
            if fn is None:
                fn, err = footnote(w["n"], sid, db)
            cits = [c.get("work") or {} for c in (fn or {}).get("citations") or []]
            got = max(cits, key=lambda c: title_sim(c.get("title", ""), w["title"])) if cits else {}
            raw = (fn or {}).get("text", "")
            for k in FIELDS:
                if k not in w:
                    continue
                fields[k][1] += 1
                if k == "title":
                    ok = norm_title(got.get("title")) == norm_title(w["title"])
                    g = got.get("title")
                elif k == "url":
                    cand = [norm_url(got.get("URL"))]
                    if got.get("DOI"):
                        cand.append(norm_url("https://doi.org/" + got["DOI"]))
                    ok = norm_url(w["url"]) in cand
                    g = got.get("URL") or (("DOI " + got["DOI"]) if got.get("DOI") else None)
                else:
                    g = date_str(got)
                    ok = g == w["date"]
                fields[k][0] += ok
                if not ok:
                    miss.append(
                        ("work." + k, f"n{w['n']}: {w[k]!r}", f"{g!r}   [note: {raw[:90]}]")
                    )
            au += 1
            ga = authors(got)
            if [norm_title(a) for a in ga] == [norm_title(a) for a in w["authors"]] and (
                cits or not w["authors"]
            ):
                au_ok += 1
            else:
                miss.append(
                    ("work.authors", f"n{w['n']}: {w['authors']}", f"{ga}   [note: {raw[:90]}]")
                )
        f = sum(v[1] for v in fields.values())
        f_ok = sum(v[0] for v in fields.values())

        # debris
        claims, err = run(["search", "--source", sid, "--format", "json", "-n", "1000", QUERY], db)
        claims = claims or []
        n_query = len(claims)
        more, _ = run(
            ["search", "--source", sid, "--format", "json", "-n", "1000", ALL_PREFIXES], db
        )
        seen = {c["id"] for c in claims}
        claims += [c for c in more or [] if c["id"] not in seen]
        hits = debris_hits(claims, gold["debris"])
        bad_claims = {id(c) for c, _ in hits}
        for c, d in hits:
            miss.append(("debris", f"no claim containing {d!r}", c["text"]))

        n = len(gold["markers"])
        rows.append(
            (
                name,
                sid,
                n,
                mk_ok,
                mk_in,
                f"{len(claims)} ({n_query})",
                len(bad_claims),
                f_ok,
                f,
                au_ok,
                au,
                dict(fields),
                meta_ok,
            )
        )
        if name in EXTRA:
            continue
        for k in fields:
            tot["fields"][k][0] += fields[k][0]
            tot["fields"][k][1] += fields[k][1]
        tot["mk"] += n
        tot["mk_ok"] += mk_ok
        tot["mk_in"] += mk_in
        tot["claims"] += len(claims)
        tot["debris"] += len(bad_claims)
        tot["f"] += f
        tot["f_ok"] += f_ok
        tot["au"] += au
        tot["au_ok"] += au_ok
        tot["meta"] = tot.get("meta", 0) + meta_ok
    return rows, tot, misses


def pct(a: int, b: int) -> str:
    """'a/b (p%)', or '-' when there is nothing to count."""
    return f"{a}/{b} ({100.0 * a / b:.0f}%)" if b else "-"


LEGEND = (
    "Marker = footnote N's claim is exactly the gold sentence (typography-normalised: quotes, "
    "dashes, ligatures, spaces). 'in list' = gold sentence among the note's claims. Debris = "
    f"claims (from `search '{QUERY}' -n 1000`) containing a gold debris string. Fields = "
    "title/URL/date of the best-matching cited work (only fields present in gold; a gold date "
    "of null means no issued date may be given). Authors = ordered family names (or literal) "
    "equal. Claims = all claims of the source (prefix query `a* OR b* OR ... 9*`), in brackets "
    "those the brief's stopword query returns. Doc meta = the source's title, author family "
    "names (as `sources` lists them) and date. The overall row excludes the diagnostic variant.\n"
)
HEADER = (
    "| document | source id | markers exact | in list | claims | debris claims "
    "| title | URL | date | fields total | authors | doc meta |"
)


def report(db: Path, rows: list[Row], tot: dict[str, Any], misses: dict[str, list[Miss]]) -> None:
    """Print the Markdown report (tables, then every miss) to stdout."""
    v = subprocess.run(["sinotech", "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(
        ["git", "-C", str(HERE), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    print("# Held-out evaluation of `sinotech add`\n")
    print(
        f"`{v}`, repository HEAD `{commit}` (working tree as found). "
        f"Store: `{db}` (deleted first).\n"
    )
    print(LEGEND)
    print(HEADER)
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if len(r) < 13:
            print(f"| {r[0]} | {r[1]} | add failed | | | | | | | | |")
            continue
        name, sid, n, ok, inl, nc, deb, fok, f, aok, au, fields, mo = r
        if name in EXTRA:
            name = f"*{name} (diagnostic)*"
        fcols = " | ".join(pct(*fields[k]) for k in FIELDS)
        print(
            f"| {name} | {sid} | {pct(ok, n)} | {pct(inl, n)} | {nc} | {deb} | {fcols} "
            f"| {pct(fok, f)} | {pct(aok, au)} | {mo}/3 |"
        )
    fcols = " | ".join(pct(*tot["fields"][k]) for k in FIELDS)
    print(
        f"| **overall** | | {pct(tot['mk_ok'], tot['mk'])} | {pct(tot['mk_in'], tot['mk'])} "
        f"| {tot['claims']} | {tot['debris']} | {fcols} | {pct(tot['f_ok'], tot['f'])} "
        f"| {pct(tot['au_ok'], tot['au'])} | {tot.get('meta', 0)}/{3 * len(DOCS)} |"
    )
    print("\n## Every miss (expected vs got)\n")
    for name, ms in misses.items():
        print(f"### {name} ({len(ms)})\n")
        if not ms:
            print("none\n")
            continue
        for kind, exp, got in ms:
            print(f"- **{kind}** expected: {exp}\n  - got: {got}")
        print()


def main() -> None:
    """CLI entry point: evaluate into --db and print the report."""
    ap = argparse.ArgumentParser(description="Held-out evaluation of `sinotech add`.")
    ap.add_argument("--db", default="/tmp/heldout/s.db", help="store to (re)create")
    a = ap.parse_args()
    db = Path(a.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    rows, tot, misses = evaluate(db)
    report(db, rows, tot, misses)


if __name__ == "__main__":
    main()
