"""`sinotech add` and the read commands on a synthetic library of 10k, 100k and 1M claims.

Generates a library of footnoted reports (half Markdown with pandoc footnotes, half plain text
with [n] markers and a Notes list), whose sentences are the bundled corpus's claims recombined
and perturbed (fixed seed: document i is the same at every size), some repeated verbatim across
documents, and whose notes cite works as reports do ('Author, "Title," Publisher, 12 May 2020,
https://…', books, journal articles, Ibid., short forms), some works cited by many documents.
Each size is added to a copy of the bundled store in a temporary folder, the whole library in
one `sinotech add` (written into the store in place, in one transaction), timed as a whole
process. Then, alternately with a bare `python -c pass` so all see the same machine
load, it times piped `search` for a common term, a rare term, a phrase and filtered queries,
`cite huawei` and `works`; and the cost of adding ONE more document to the library of that size
against adding the same document to an empty library (bundled corpus only), the two in turn,
three times each, medians (one add moves by 20–30% with a shared machine's load): both stores
are current, so each add is written in place (`store/extending.py`).

    PYTHONPATH=. python bench/scale.py [--quick] [--sizes 10000 100000 1000000] [--runs 11]

Everything runs in a temporary folder with its own cache (`XDG_CACHE_HOME`), so the sentence
vectors of the documents added are made as a new user's are. --quick is 10k and 100k claims. A
size whose add takes longer than --add-timeout (default 1800 s) is given up, and the sizes after
it are not tried. Targets (issue 11): add at least 10,000 claims/s; one more document to a big
library at most 2x one to an empty library; at 1M claims, `search huawei` at most 1.5x its time
on the bundled corpus, rare-term and phrase queries at most 1.2x.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SINOTECH = [sys.executable, "-m", "sinotech"]
SEED = 11
CLAIMS_PER_DOCUMENT = 250
MARKDOWN_SHARE = 0.5  # the rest plain text
REPEATED = 0.06  # share of sentences taken verbatim from a pool every document draws on
FOOTNOTED = 0.4  # share of sentences that carry a note marker

GIVEN = (
    "Anna Boris Chen David Elena Fatima Gregory Hiro Irina James Kateryna Lin Maria Mei Nikolai "
    "Olga Pavel Rajesh Samuel Sofia Tatiana Viktor Wei Xu Yuri Zhang Alexander Leonid Marc Ruth"
).split()
FAMILY = (
    "Ivanova Petrov Lee Zhou Marsh Okafor Tanaka Ruiz Bendett Gabuev Kashin Lo Kofman Hsiung "
    "Kapoor Brady Lanteigne Humpert Shilov Kovachich Engstrom Bekkevold Kendall-Taylor Stent "
    "Radu Kania Triolo Segal Cheung Fravel Weitz Bondarenko Sokolova Novak Wright Mahshie"
).split()
PUBLISHERS = (
    "Carnegie Endowment for International Peace",
    "RAND Corporation",
    "Mercator Institute for China Studies",
    "Chatham House",
    "Center for Strategic and International Studies",
    "Jamestown Foundation",
    "Observer Research Foundation",
    "European Council on Foreign Relations",
    "Australia-China Relations Institute",
    "Royal United Services Institute",
    "Brookings Institution",
    "Center for a New American Security",
    "Reuters",
    "South China Morning Post",
    "Kommersant",
    "The Diplomat",
    "Financial Times",
    "Nikkei Asia",
)
JOURNALS = (
    "Journal of Eurasian Affairs",
    "Survival",
    "International Security",
    "Post-Soviet Affairs",
    "The China Quarterly",
    "Asian Survey",
    "Europe-Asia Studies",
)
CITIES = ("Cambridge", "London", "Washington, DC", "Oxford", "New York", "Stanford", "Canberra")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Queries: (label, arguments). The rare term is a word the generator gives only a few claims.
RARE = "zelenogradsky"
QUERIES = {
    "search huawei": ["search", "huawei"],
    f"search {RARE} (rare)": ["search", RARE],
    'search "early warning"': ["search", '"early warning"'],
    "search huawei --source X": ["search", "huawei", "--source", "{source}"],
    "search huawei --footnoted": ["search", "huawei", "--footnoted"],
    "cite huawei": ["cite", "huawei"],
    "works": ["works"],
}


class Generator:
    """Documents made of the corpus's sentences, recombined; document i depends only on i."""

    def __init__(self, sentences: list[str]) -> None:
        self.sentences = sentences
        words = [w for s in sentences for w in s.split() if re.fullmatch(r"[a-z]{4,}", w)]
        self.words = words  # with repeats: frequent words stay frequent
        pool = random.Random(SEED)
        self.repeated = pool.sample(sentences, min(300, len(sentences)))
        self.shared_works = [self.work(random.Random(SEED * 1000 + i)) for i in range(2000)]

    def title(self, rng: random.Random, words: int) -> str:
        """A run of words from a corpus sentence, in title case."""
        run = re.findall(r"[\w’'-]+", rng.choice(self.sentences))
        start = rng.randrange(max(len(run) - words, 1))
        return " ".join(w[:1].upper() + w[1:] for w in run[start : start + words])

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    def date(self, rng: random.Random) -> tuple[str, str]:
        """('12 May 2020', '2020-05-12')."""
        year, month, day = rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28)
        return f"{day} {MONTHS[month - 1]} {year}", f"{year}-{month:02}-{day:02}"

    def work(self, rng: random.Random) -> tuple[str, str]:
        """A cited work: (full reference, short form)."""
        author = self.person(rng)
        family = author.split()[-1]
        title = self.title(rng, rng.randint(3, 7))
        written, _ = self.date(rng)
        year = written[-4:]
        slug = re.sub(r"\W+", "-", title.lower()).strip("-")
        kind = rng.random()
        if kind < 0.5:
            publisher = rng.choice(PUBLISHERS)
            host = re.sub(r"\W+", "", publisher.lower())[:16]
            full = (
                f'{author}, "{title}," {publisher}, {written}, https://www.{host}.org/{year}/{slug}'
            )
        elif kind < 0.75:
            city, publisher = rng.choice(CITIES), rng.choice(PUBLISHERS)
            full = f"{author}, *{title}* ({city}: {publisher}, {year})"
        else:
            journal = rng.choice(JOURNALS)
            volume, issue, page = rng.randint(1, 60), rng.randint(1, 6), rng.randint(1, 400)
            doi = f"10.{rng.randint(1000, 9999)}/{slug[:20]}.{year}"
            full = (
                f'{author}, "{title}," *{journal}* {volume}, no. {issue} ({year}): '
                f"{page}–{page + rng.randint(10, 30)}, https://doi.org/{doi}"
            )
        return full, f"{family}, *{' '.join(title.split()[:3])}*"

    def sentence(self, rng: random.Random) -> str:
        if rng.random() < REPEATED:
            return rng.choice(self.repeated)
        base = rng.choice(self.sentences)
        if rng.random() < 0.3:  # splice two sentences at a comma
            other = rng.choice(self.sentences)
            head, comma, _ = base.partition(", ")
            _, comma2, tail = other.partition(", ")
            if comma and comma2 and len(head) > 20 and len(tail) > 20:
                base = f"{head}, {tail}"
        words = base.split()
        for _ in range(rng.randint(1, 3)):  # a few content words swapped
            at = rng.randrange(len(words))
            if re.fullmatch(r"[a-z]{4,}", words[at]):
                words[at] = rng.choice(self.words)
        return " ".join(words)

    def document(self, index: int, claims: int) -> tuple[str, str]:
        """(suffix, text) of document `index`, of about `claims` sentences."""
        rng = random.Random(SEED * 7919 + index)
        markdown = rng.random() < MARKDOWN_SHARE
        title = self.title(rng, rng.randint(4, 8))
        authors = list(dict.fromkeys(self.person(rng) for _ in range(rng.randint(1, 3))))
        written, iso = self.date(rng)
        publisher = rng.choice(PUBLISHERS)
        slug = re.sub(r"\W+", "-", title.lower()).strip("-")
        notes: list[str] = []
        cited: list[tuple[str, str]] = []
        sections: list[tuple[str, list[str]]] = []
        left = claims
        while left > 0:
            paragraphs = []
            for _ in range(rng.randint(2, 6)):
                sentences = []
                for _ in range(min(left, rng.randint(2, 6))):
                    text = self.sentence(rng)
                    if index % 97 == 0 and rng.random() < 0.02:
                        text = text.rstrip(".") + f", said the {RARE} report."
                    if rng.random() < FOOTNOTED:
                        notes.append(self.note(rng, cited))
                        n = len(notes)
                        text += f"[^{n}]" if markdown else f" [{n}]"
                    sentences.append(text)
                    left -= 1
                paragraphs.append(" ".join(sentences))
                if not left:
                    break
            sections.append((self.title(rng, rng.randint(2, 5)), paragraphs))
        if markdown:
            lines = [
                "---",
                f'title: "{title}"',
                "author:",
                *(f"  - {author}" for author in authors),
                f"date: {iso}",
                f"publisher: {publisher}",
                f"url: https://example.org/reports/{slug}",
                "---",
                "",
            ]
            for heading, paragraphs in sections:
                lines += [f"# {heading}", "", *(p + "\n" for p in paragraphs)]
            lines += [f"[^{n}]: {note}\n" for n, note in enumerate(notes, 1)]
            return ".md", "\n".join(lines)
        lines = [title, "", "By " + " and ".join(authors), written, ""]
        for number, (heading, paragraphs) in enumerate(sections, 1):
            lines += [f"{number} {heading}", "", *(p + "\n" for p in paragraphs)]
        lines += ["Notes", "", *(f"{n}. {note}" for n, note in enumerate(notes, 1))]
        return ".txt", "\n".join(lines) + "\n"

    def note(self, rng: random.Random, cited: list[tuple[str, str]]) -> str:
        """A note as reports write them: a new work, a shared one, Ibid., or a short form."""
        roll = rng.random()
        if cited and roll < 0.1:
            return "Ibid." if rng.random() < 0.5 else f"Ibid., {rng.randint(2, 300)}."
        if cited and roll < 0.25:
            return f"{rng.choice(cited)[1]}, {rng.randint(2, 300)}."
        work = rng.choice(self.shared_works) if roll < 0.5 else self.work(rng)
        cited.append(work)
        full = work[0]
        if rng.random() < 0.2:  # two works in one note
            other = self.work(rng)
            cited.append(other)
            full += "; " + other[0]
        return full + "."


def corpus_sentences(folder: Path) -> list[str]:
    """The bundled store's claims, built in folder."""
    path = folder / "bundled.db"
    env = {**os.environ, "SINOTECH_DB": str(path)}
    subprocess.run([*SINOTECH, "db", "build"], env=env, check=True, capture_output=True)
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT text FROM claims ORDER BY rowid").fetchall()
    connection.close()
    return [text for (text,) in rows if len(text.split()) >= 6]


def write_library(generator: Generator, folder: Path, claims: int, per_document: int) -> int:
    """Documents of about `claims` claims in all, written to folder; how many."""
    folder.mkdir(parents=True, exist_ok=True)
    count = -(-claims // per_document)
    for index in range(count):
        suffix, text = generator.document(index, per_document)
        (folder / f"doc-{index:05}{suffix}").write_text(text, encoding="utf-8")
    return count


def extra_document(generator: Generator, folder: Path, per_document: int) -> Path:
    """The one more document (Markdown, read by pandoc), not in any library."""
    index = 10**6
    while (document := generator.document(index, per_document))[0] != ".md":
        index += 1
    path = folder / f"extra{document[0]}"
    path.write_text(document[1], encoding="utf-8")
    return path


def run(arguments: list[str], store: Path, timeout: float | None = None) -> tuple[float, str]:
    """Seconds of one whole `sinotech` process, and its output; exit status 1 (no matches)
    is an answer too."""
    env = {**os.environ, "SINOTECH_DB": str(store)}
    start = time.perf_counter()
    result = subprocess.run(
        [*SINOTECH, *arguments],
        env=env,
        cwd=store.parent,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode not in (0, 1) or (result.returncode and arguments[0] == "add"):
        raise SystemExit(f"sinotech {' '.join(arguments[:3])} failed: {result.stderr[-2000:]}")
    return time.perf_counter() - start, result.stdout


def bare() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


def copy_store(store: Path, folder: Path) -> Path:
    """The store and its library copied into folder (a new one); the copy's store path."""
    folder.mkdir(parents=True)
    shutil.copy(store, folder / store.name)
    library = store.with_name(f"{store.stem}-library")
    if library.exists():
        shutil.copytree(library, folder / library.name)
    return folder / store.name


def add_one(stores: list[Path], extra: Path, scratch: Path, runs: int) -> list[float]:
    """Median seconds of adding `extra` to a new copy of each store, the stores taken in turn
    in every run, so that all see the same machine load."""
    times: list[list[float]] = [[] for _ in stores]
    for _ in range(runs):
        for store, found in zip(stores, times, strict=True):
            copy = copy_store(store, scratch / "one")
            found.append(run(["add", str(extra)], copy)[0])
            shutil.rmtree(copy.parent)
    return [statistics.median(found) for found in times]


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def matches(store: Path) -> dict[str, int]:
    """How many claims each unfiltered search matches (before the page of 20), and how many
    corroborating pairs the build found ("related": the synthetic sentences are variants of a
    few hundred, so they corroborate far more often than a real library's do)."""
    from sinotech.query import to_fts

    found = {}
    with contextlib.closing(sqlite3.connect(store)) as connection:
        for label, arguments in QUERIES.items():
            if arguments[0] == "search" and len(arguments) == 2:
                found[label] = connection.execute(
                    "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?",
                    [to_fts(arguments[1])],
                ).fetchone()[0]
        found["related"] = connection.execute(
            "SELECT count(*) FROM related WHERE claim < other"  # each link is stored both ways
        ).fetchone()[0]
    return found


def commands(store: Path, source: str, runs: int) -> dict[str, list[float]]:
    """Seconds of every query, run alternately with bare Python, after one warm-up run each."""
    queries = {
        label: [argument.format(source=source) for argument in arguments]
        for label, arguments in QUERIES.items()
    }
    for arguments in queries.values():
        run(arguments, store)
    samples: dict[str, list[float]] = {"python -c pass": [], **{label: [] for label in queries}}
    for _ in range(runs):
        samples["python -c pass"].append(bare())
        for label, arguments in queries.items():
            samples[label].append(run(arguments, store)[0])
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true", help="10k and 100k claims")
    parser.add_argument("--runs", type=int, default=11, help="runs of each query")
    parser.add_argument("--per-document", type=int, default=CLAIMS_PER_DOCUMENT)
    parser.add_argument(
        "--add-timeout", type=float, default=1800, help="give up a size whose add takes longer"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and leave it")
    arguments = parser.parse_args()
    sizes = [10_000, 100_000] if arguments.quick else arguments.sizes
    folder = arguments.keep or Path(tempfile.mkdtemp(prefix="sinotech-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        measure(folder, sizes, arguments)
    finally:
        if not arguments.keep:
            shutil.rmtree(folder)


def measure(folder: Path, sizes: list[int], arguments: argparse.Namespace) -> None:
    start = time.perf_counter()
    # a cache of its own: the sentence vectors of a run's documents are made as a new user's
    # are, never read from an earlier run's
    os.environ["XDG_CACHE_HOME"] = str(folder / "cache")
    generator = Generator(corpus_sentences(folder))
    empty = folder / "empty" / "s.db"
    empty.parent.mkdir(exist_ok=True)
    shutil.copy(folder / "bundled.db", empty)
    extra = extra_document(generator, folder, arguments.per_document)
    (baseline,) = add_one([empty], extra, folder, 3)
    base_source = "acri-2022"
    rows = [
        (
            matches(empty),
            0,
            0,
            None,
            (size_of(empty), 0),
            commands(empty, base_source, arguments.runs),
            (baseline, baseline),
        )
    ]
    print_rows(rows)
    for size in sizes:
        library = folder / f"docs-{size}"
        documents = write_library(generator, library, size, arguments.per_document)
        store = folder / f"store-{size}" / "s.db"
        store.parent.mkdir(exist_ok=True)
        shutil.copy(folder / "bundled.db", store)
        paths = [str(path) for path in sorted(library.iterdir())]
        print(f"adding {documents} documents ({size} claims) …", file=sys.stderr, flush=True)
        try:
            seconds, output = run(
                ["add", "--format", "json", *paths], store, timeout=arguments.add_timeout
            )
        except subprocess.TimeoutExpired:
            print(f"{size:>9} claims: add gave up after {arguments.add_timeout:.0f} s", flush=True)
            break
        reports = json.loads(output)
        claims = sum(report["claims"] for report in reports)
        library_bytes = size_of(store.with_name("s-library"))
        samples = commands(store, reports[0]["id"], arguments.runs)
        one = add_one([store, empty], extra, folder, 3)  # and to the empty library beside it
        sizes_ = (size_of(store), library_bytes)
        rows.append((matches(store), claims, len(reports), seconds, sizes_, samples, one))
        print_rows(rows[-1:], header=False)
        shutil.rmtree(library)
    print()
    print_rows(rows)
    print(f"(the whole run took {time.perf_counter() - start:.0f} s)")


def print_rows(rows: list[tuple], header: bool = True) -> None:
    """The table: a line of add figures per size, then a line per command, and adding one more
    document against adding it to an empty library in the same runs."""
    for found, claims, documents, seconds, sizes, samples, (one, empty) in rows:
        store_bytes, library_bytes = sizes
        python = statistics.median(samples["python -c pass"])
        if claims:
            print(
                f"{claims:>9,} claims {documents:>5} documents  add {seconds:7.1f} s"
                f" {claims / seconds:8.0f} claims/s {documents / seconds:6.1f} docs/s"
                f"  store {store_bytes / 2**20:.1f} MiB, library {library_bytes / 2**20:.1f} MiB,"
                f" {found['related']:,} links"
            )
        else:
            print(f"bundled corpus only  store {store_bytes / 2**20:7.1f} MiB")
        if header:
            print(
                f"  {'command (piped)':<34} {'p50 ms':>8} {'p95 ms':>8} {'x python':>9}"
                f" {'matches':>8}"
            )
        for label, times in samples.items():
            p50 = statistics.median(times)
            print(
                f"  {label:<34} {p50 * 1000:8.0f} {percentile(times, 0.95) * 1000:8.0f}"
                f" {p50 / python:8.1f}x {found.get(label, ''):>8}"
            )
        print(
            f"  {'add one more document':<34} {one * 1000:8.0f} {'':>8} {one / python:8.1f}x"
            f"   {one / empty:.1f}x adding it to an empty library ({empty * 1000:.0f} ms beside it)"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
