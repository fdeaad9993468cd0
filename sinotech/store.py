"""The SQLite store: build it (atomically, with sqlite-utils), open it, and read from it.

The store is derived data. `open_store` checks the fingerprint of what it was built from (the
corpus files, db/schema.sql and the ingest code) and rebuilds when any of them changed, so a
user never runs on stale data and never runs a manual step. Reads use the standard sqlite3
module on a read-only connection; sqlite-utils is imported only to build.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import NotFound, StoreError
from .paths import bundled
from .sources import SOURCES

if TYPE_CHECKING:
    from collections.abc import Iterable

    import sqlite_utils

    from .bibliography import Work
    from .crossref import CrossReference
    from .ingest import Document

STORE_FORMAT = "sinotech"
# The code whose output the store holds: a change to any of it rebuilds the store.
_BUILD_CODE = ("sources.py", "bibliography.py", "crossref.py", "entities.py", "dates.py",
               "similarity.py")  # fmt: skip
_PACKAGE = Path(__file__).resolve().parent

Claim = dict[str, object]


def fingerprint(corpus_dir: Path | None = None) -> str:
    """A checksum of everything the store is built from: the corpus, the schema, the ingest
    and bibliography code. CRC-32 per file (it detects changes, it guards against nobody, and
    zlib loads in a fraction of the time hashlib's OpenSSL takes, on every command)."""
    corpus_dir = corpus_dir or bundled("references")
    inputs = [bundled("db") / "schema.sql", _PACKAGE / "data" / "entities.tsv"]
    inputs += [_PACKAGE / name for name in _BUILD_CODE]
    inputs += sorted((_PACKAGE / "ingest").glob("*.py"))
    inputs += [corpus_dir / source.filename for source in SOURCES]
    return "-".join(f"{zlib.crc32(path.read_bytes()):08x}" for path in inputs)


def open_store(path: Path, create_parent: bool = True) -> sqlite3.Connection:
    """A read-only connection to an up-to-date store at path, building it first if needed.

    With `create_parent` false (a path the user typed), a missing directory is an error rather
    than something to create.
    """
    if not path.exists() or _built_from(path) != fingerprint():
        if not create_parent and not path.parent.is_dir():
            raise StoreError(f"no such directory for the store: {path.parent}")
        build(path)
    return _connect_read_only(path)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def _built_from(path: Path) -> str | None:
    """The fingerprint a store was built from; StoreError for a file that is not a store."""
    try:
        with _connect_read_only(path) as connection:
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError:
        rows = {}
    if rows.get("format") != STORE_FORMAT:
        raise StoreError(f"{path} is not a sinotech store; choose another path with --db")
    return rows.get("fingerprint")


def build(path: Path, corpus_dir: Path | None = None) -> dict[str, int]:
    """Ingest the corpus into a new store at path, replacing any old one only when complete."""
    import datetime
    import tempfile

    import sqlite_utils

    from .bibliography import build_works
    from .crossref import cross_reference
    from .ingest import ingest_corpus

    corpus_dir = corpus_dir or bundled("references")
    if path.exists():
        _built_from(path)  # refuses to replace a file that is not a sinotech store
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".sinotech-", suffix=".db", dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise StoreError(f"cannot write the store in {path.parent}: {error.strerror}") from None
    try:
        documents = ingest_corpus(corpus_dir)
        works = build_works(documents)
        database = sqlite_utils.Database(temporary)
        database.executescript((bundled("db") / "schema.sql").read_text(encoding="utf-8"))
        with database.conn:
            _insert(database, documents, corpus_dir)
            _insert_works(database, works)
            _insert_crossref(database, cross_reference(documents))
            database.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
            database["meta"].insert_all(
                [
                    {"key": "format", "value": STORE_FORMAT},
                    {"key": "fingerprint", "value": fingerprint(corpus_dir)},
                    {"key": "built_at", "value": datetime.datetime.now().isoformat("T", "seconds")},
                ]
            )
        database.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return {
        "documents": len(documents),
        "claims": sum(len(document.claims) for document in documents),
        "footnotes": sum(len(document.references) for document in documents),
        "works": len(works),
    }


def _insert(database: sqlite_utils.Database, documents: list[Document], corpus_dir: Path) -> None:
    from hashlib import sha256

    by_id = {source.id: source for source in SOURCES}
    for position, document in enumerate(documents, 1):
        source = by_id[document.source_id]
        file = corpus_dir / source.filename
        database["documents"].insert(
            {
                "id": source.id,
                "position": position,
                "kind": source.kind,
                "type": source.type,
                "title": source.title,
                "authors": json.dumps(list(source.authors)),
                "publisher": source.publisher,
                "container_title": source.container_title,
                "issued": source.issued,
                "url": source.url,
                "isbn": source.isbn,
                "provenance": source.provenance,
                "filename": source.filename,
                "sha256": sha256(file.read_bytes()).hexdigest(),
            }
        )
        database["sections"].insert_all(
            {"source": source.id, "position": i, **vars(section)}
            for i, section in enumerate(document.sections, 1)
        )
        database["paragraphs"].insert_all(
            {"source": source.id, **vars(paragraph)} for paragraph in document.paragraphs
        )
        database["claims"].insert_all(
            {
                "id": claim.id,
                "source": source.id,
                "section": claim.section,
                "paragraph": claim.paragraph,
                "position": i,
                "text": claim.text,
                "duplicate_of": claim.duplicate_of,
            }
            for i, claim in enumerate(document.claims, 1)
        )
        database["footnotes"].insert_all(
            {"source": source.id, "n": n, "text": text} for n, text in document.references.items()
        )
        database["claim_footnotes"].insert_all(
            {"claim": claim.id, "source": source.id, "n": marker.n, "char_offset": marker.offset}
            for claim in document.claims
            for marker in claim.markers
        )


def _insert_works(database: sqlite_utils.Database, works: list[Work]) -> None:
    from .bibliography import creators_text

    database["works"].insert_all(
        {
            "key": work.key,
            "position": position,
            "type": work.item["type"],
            "title": work.item["title"],
            "creators": creators_text(work.item, work.et_al),
            "year": (work.item.get("issued") or {"date-parts": [[None]]})["date-parts"][0][0],
            "container": work.item.get("container-title") or work.item.get("publisher"),
            "et_al": work.et_al,
            "source": work.source,
            "csl": json.dumps(work.item, ensure_ascii=False),
        }
        for position, work in enumerate(works, 1)
    )
    database["citations"].insert_all(
        {
            "source": citation.source,
            "n": citation.n,
            "position": citation.position,
            "raw": citation.raw,
            "locator": citation.locator,
            "prefix": citation.prefix,
            "work": work.key,
            "corrections": json.dumps(citation.notes, ensure_ascii=False),
        }
        for work in works
        for citation in work.citations
    )


def _insert_crossref(database: sqlite_utils.Database, found: CrossReference) -> None:
    database["entities"].insert_all(
        {
            "name": entity.name,
            "kind": entity.kind,
            "aliases": json.dumps(entity.aliases, ensure_ascii=False),
            "harvested": json.dumps(entity.harvested, ensure_ascii=False),
        }
        for entity in found.entities
    )
    database["claim_entities"].insert_all(
        {"claim": claim, "entity": entity, "alias": alias}
        for claim, mentions in found.mentions.items()
        for entity, alias in mentions
    )
    database["claim_dates"].insert_all(
        {"claim": claim, **vars(mention)}
        for claim, mentions in found.dates.items()
        for mention in mentions
    )
    database["claim_topics"].insert_all(
        {"claim": claim, "section": section, "score": score}
        for claim, (section, score) in found.topics.items()
    )
    database["related"].insert_all(
        row
        for a, b, score in found.related
        for row in (
            {"claim": a, "other": b, "score": score},
            {"claim": b, "other": a, "score": score},
        )
    )


# Reading -----------------------------------------------------------------------------------

_CLAIM_COLUMNS = """
    c.id, c.source, c.section, c.text, c.paragraph, c.duplicate_of,
    (SELECT title FROM sections s WHERE s.source = c.source AND s.number = c.section)
        AS section_title,
    (SELECT json_group_array(n) FROM (
        SELECT n FROM claim_footnotes f WHERE f.claim = c.id ORDER BY f.char_offset
    )) AS footnotes,
    (SELECT json_group_array(id) FROM (
        SELECT d.id FROM claims d WHERE d.duplicate_of = c.id ORDER BY d.rowid
    )) AS also_in
"""
_HIGHLIGHT_START, _HIGHLIGHT_END = "\x02", "\x03"


def _claim(row: sqlite3.Row) -> Claim:
    """The JSON contract of a claim: id, source, section, text, footnotes, and context keys."""
    claim: Claim = {
        "id": row["id"],
        "source": row["source"],
        "section": row["section"],
        "text": row["text"],
        "footnotes": json.loads(row["footnotes"]),
        "section_title": row["section_title"],
        "paragraph": row["paragraph"],
        "duplicate_of": row["duplicate_of"],
        "also_in": json.loads(row["also_in"]),
    }
    if "marked" in row.keys():  # noqa: SIM118 (sqlite3.Row: `in` tests values)
        claim["matches"] = _match_spans(row["marked"])
    return claim


def _match_spans(marked: str) -> list[list[int]]:
    """[start, end) offsets of the highlighted terms in FTS5 highlight() output."""
    spans: list[list[int]] = []
    plain = 0
    start = 0
    for char in marked:
        if char == _HIGHLIGHT_START:
            start = plain
        elif char == _HIGHLIGHT_END:
            spans.append([start, plain])
        else:
            plain += 1
    return spans


def search(
    connection: sqlite3.Connection,
    match: str | None,
    sources: Iterable[str] = (),
    section: str | None = None,
    footnoted: bool = False,
    limit: int | None = 20,
    corroborated: bool = False,
    topics: Iterable[str] | None = None,
) -> list[Claim]:
    """Claims matching an FTS5 expression, best first (BM25), each once; with no expression,
    every claim the filters let through, in document order.

    A sentence repeated in another document (the UTS page repeats the report's summary) is
    listed once, under the document that said it first, unless its own source is asked for.
    """
    sources = list(sources)
    where = ["claims_fts MATCH ?"] if match is not None else ["1"]
    parameters: list[object] = [match] if match is not None else []
    if sources:
        where.append(f"c.source IN ({', '.join('?' * len(sources))})")
        parameters += sources
        where.append(
            f"(c.duplicate_of IS NULL OR (SELECT source FROM claims o WHERE o.id = c.duplicate_of)"
            f" NOT IN ({', '.join('?' * len(sources))}))"
        )
        parameters += sources
    else:
        where.append("c.duplicate_of IS NULL")
    if section is not None:
        where.append("(c.section = ? OR c.section LIKE ? || '.%')")
        parameters += [section, section]
    if footnoted:
        where.append("EXISTS (SELECT 1 FROM claim_footnotes f WHERE f.claim = c.id)")
    if corroborated:
        where.append("EXISTS (SELECT 1 FROM related r WHERE r.claim = c.id)")
    if topics is not None:
        topics = list(topics)
        where.append(
            f"(SELECT section FROM claim_topics t WHERE t.claim = c.id) IN "
            f"({', '.join('?' * len(topics))})"
        )
        parameters += topics
    if match is None:
        sql = f"""
            SELECT {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.source
            WHERE {" AND ".join(where)} ORDER BY d.position, c.position
        """
    else:
        sql = f"""
            SELECT {_CLAIM_COLUMNS},
                   highlight(claims_fts, 0, '{_HIGHLIGHT_START}', '{_HIGHLIGHT_END}') AS marked
            FROM claims_fts
            JOIN claims c ON c.rowid = claims_fts.rowid
            JOIN documents d ON d.id = c.source
            WHERE {" AND ".join(where)}
            ORDER BY bm25(claims_fts), d.position, c.position
        """
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    return [_claim(row) for row in connection.execute(sql, parameters)]


def claim(connection: sqlite3.Connection, claim_id: str) -> Claim:
    """One claim by id, with the paragraph it stands in."""
    row = connection.execute(
        f"SELECT {_CLAIM_COLUMNS} FROM claims c WHERE c.id = ?", [claim_id]
    ).fetchone()
    if row is None:
        raise NotFound(f"no claim {claim_id!r}: claim ids look like acri-2022:2.1:7 or orf-2021:12")
    result = _claim(row)
    result["paragraph_text"] = connection.execute(
        "SELECT text FROM paragraphs WHERE source = ? AND position = ?",
        [row["source"], row["paragraph"]],
    ).fetchone()[0]
    result["related"] = [
        {"id": other, "source": source, "score": score}
        for other, source, score in connection.execute(
            """SELECT r.other, c.source, r.score FROM related r JOIN claims c ON c.id = r.other
               WHERE r.claim = ? ORDER BY r.score DESC, c.rowid""",
            [claim_id],
        )
    ]
    result["footnote_texts"] = [
        {"n": n, "text": text}
        for n, text in connection.execute(
            """SELECT f.n, f.text FROM claim_footnotes l
               JOIN footnotes f ON f.source = l.source AND f.n = l.n
               WHERE l.claim = ? ORDER BY l.char_offset""",
            [claim_id],
        )
    ]
    return result


def footnote(connection: sqlite3.Connection, n: int, source: str) -> dict[str, object]:
    """Footnote n of a source: its verbatim text and the claim that carries its marker."""
    row = connection.execute(
        """SELECT f.source, f.n, f.text, l.claim FROM footnotes f
           JOIN claim_footnotes l ON l.source = f.source AND l.n = f.n
           WHERE f.source = ? AND f.n = ?""",
        [source, n],
    ).fetchone()
    if row is None:
        count = connection.execute(
            "SELECT count(*) FROM footnotes WHERE source = ?", [source]
        ).fetchone()[0]
        if not count:
            raise NotFound(f"{source} has no footnotes")
        raise NotFound(f"no footnote {n} in {source}: its footnotes are numbered 1 to {count}")
    carrier = claim(connection, row["claim"])
    for key in ("paragraph_text", "footnote_texts"):
        carrier.pop(key)
    return {
        "source": row["source"],
        "n": row["n"],
        "text": row["text"],
        "claim": carrier,
        "citations": citations_of(connection, row["source"], row["n"]),
    }


def sources(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """The documents in the store, with their claim and footnote counts."""
    rows = connection.execute(
        """SELECT d.id, d.kind, d.type, d.title, d.authors, d.publisher, d.issued, d.url,
                  (SELECT count(*) FROM claims c WHERE c.source = d.id) AS claims,
                  (SELECT count(*) FROM claims c
                   WHERE c.source = d.id AND c.duplicate_of IS NOT NULL) AS duplicates,
                  (SELECT count(*) FROM footnotes f WHERE f.source = d.id) AS footnotes
           FROM documents d ORDER BY d.position"""
    )
    return [dict(row) | {"authors": json.loads(row["authors"])} for row in rows]


def sections(connection: sqlite3.Connection, source: str | None = None) -> list[dict[str, object]]:
    """Sections with their claim and footnote counts (a chapter's own text, not its sections)."""
    rows = connection.execute(
        """SELECT s.source, s.number, s.title, s.page, s.kind, s.parent,
                  (SELECT count(*) FROM claims c
                   WHERE c.source = s.source AND c.section = s.number) AS claims,
                  (SELECT count(*) FROM claim_footnotes l JOIN claims c ON c.id = l.claim
                   WHERE c.source = s.source AND c.section = s.number) AS footnotes
           FROM sections s JOIN documents d ON d.id = s.source
           WHERE ? IS NULL OR s.source = ?
           ORDER BY d.position, s.position""",
        [source, source],
    )
    return [dict(row) for row in rows]


def section_numbers(connection: sqlite3.Connection) -> set[str]:
    """Every section number that holds claims, for checking a --section filter."""
    return {row[0] for row in connection.execute("SELECT DISTINCT section FROM claims")} - {None}


def stats(connection: sqlite3.Connection) -> dict[str, object]:
    """Row counts and build facts, for `sinotech db stats`."""
    counts = {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in (
            "documents",
            "sections",
            "paragraphs",
            "claims",
            "footnotes",
            "claim_footnotes",
            "works",
            "citations",
        )
    }
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    return counts | {"built_at": meta["built_at"], "fingerprint": meta["fingerprint"]}


def claim_ids(connection: sqlite3.Connection, prefix: str, limit: int = 200) -> list[str]:
    """Claim ids starting with prefix, in document order (for shell completion)."""
    rows = connection.execute(
        """SELECT c.id FROM claims c JOIN documents d ON d.id = c.source
           WHERE c.id LIKE ? ESCAPE '\\' ORDER BY d.position, c.position LIMIT ?""",
        [prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit],
    )
    return [row[0] for row in rows]


# The bibliography ---------------------------------------------------------------------------

_WORK_COLUMNS = """
    w.key, w.type, w.title, w.creators, w.year, w.container, w.source, w.et_al, w.csl,
    (SELECT count(DISTINCT c.source || ':' || c.n) FROM citations c WHERE c.work = w.key)
        AS footnotes,
    CASE WHEN w.source IS NULL THEN
        (SELECT count(DISTINCT l.claim) FROM citations c
         JOIN claim_footnotes l ON l.source = c.source AND l.n = c.n WHERE c.work = w.key)
    ELSE (SELECT count(*) FROM claims k WHERE k.source = w.source) END AS claims
"""


def _work(row: sqlite3.Row) -> dict[str, object]:
    record = {key: row[key] for key in row.keys() if key != "csl"}  # noqa: SIM118
    record["csl"] = json.loads(row["csl"])
    return record


def citations_of(connection: sqlite3.Connection, source: str, n: int) -> list[dict[str, object]]:
    """The works footnote n cites, in the entry's order: raw text, locator, CSL item."""
    rows = connection.execute(
        """SELECT c.raw, c.locator, w.csl FROM citations c JOIN works w ON w.key = c.work
           WHERE c.source = ? AND c.n = ? ORDER BY c.position""",
        [source, n],
    )
    return [{"raw": raw, "locator": locator, "work": json.loads(csl)} for raw, locator, csl in rows]


def works_behind(
    connection: sqlite3.Connection,
    claim_ids: Iterable[str],
    footnotes: Iterable[tuple[str, int]] = (),
) -> list[dict[str, object]]:
    """The works behind claims (their footnotes' works and their source documents) and behind
    (source, n) footnotes, each once, sorted by key, with the footnotes that cite it."""
    claim_ids, footnotes = list(claim_ids), list(footnotes)
    cited: dict[str, set[tuple[str, int]]] = {}
    documents: set[str] = set()
    for claim_id in claim_ids:
        row = connection.execute("SELECT source FROM claims WHERE id = ?", [claim_id]).fetchone()
        documents.add(row[0])
        for source, n, key in connection.execute(
            """SELECT c.source, c.n, c.work FROM claim_footnotes l
               JOIN citations c ON c.source = l.source AND c.n = l.n WHERE l.claim = ?""",
            [claim_id],
        ):
            cited.setdefault(key, set()).add((source, n))
    for source, n in footnotes:
        for (key,) in connection.execute(
            "SELECT work FROM citations WHERE source = ? AND n = ?", [source, n]
        ):
            cited.setdefault(key, set()).add((source, n))
    for (key,) in connection.execute(
        f"SELECT key FROM works WHERE source IN ({', '.join('?' * len(documents))})",
        sorted(documents),
    ):
        cited.setdefault(key, set())
    records = [
        work(connection, key) | {"cited_in": [{"source": s, "n": n} for s, n in sorted(notes)]}
        for key, notes in cited.items()
    ]
    return sorted(records, key=lambda record: str(record["key"]).lower())


def works(connection: sqlite3.Connection, words: Iterable[str] = ()) -> list[dict[str, object]]:
    """The bibliography, in order of first citation; words (any case) must all occur in a
    work's creators, title, container or year."""
    where, parameters = [], []
    for word in words:
        where.append(
            "instr(lower(w.creators || ' ' || w.title || ' ' || coalesce(w.container, '') || ' '"
            " || coalesce(w.year, '') || ' ' || w.key), lower(?))"
        )
        parameters.append(word)
    sql = f"SELECT {_WORK_COLUMNS} FROM works w"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_work(row) for row in connection.execute(sql + " ORDER BY w.position", parameters)]


def work(connection: sqlite3.Connection, key: str) -> dict[str, object]:
    """One work by key (any case): its CSL item, counts, citations and the claims it supports."""
    row = connection.execute(
        f"SELECT {_WORK_COLUMNS} FROM works w WHERE lower(w.key) = lower(?)", [key]
    ).fetchone()
    if row is None:
        raise NotFound(f"no work {key!r}: see `sinotech works` for the keys")
    return _work(row)


def work_detail(connection: sqlite3.Connection, key: str) -> dict[str, object]:
    """`work KEY`: the work plus every citation of it and the claims it supports."""
    record = work(connection, key)
    key = str(record["key"])
    record["citations"] = [
        {"source": source, "footnote": n, "locator": locator, "raw": raw,
         "corrections": json.loads(corrections)}
        for source, n, locator, raw, corrections in connection.execute(
            """SELECT source, n, locator, raw, corrections FROM citations
               WHERE work = ? ORDER BY n, position""",
            [key],
        )
    ]  # fmt: skip
    if record["source"] is None:
        claim_rows = connection.execute(
            """SELECT DISTINCT l.claim FROM citations c
               JOIN claim_footnotes l ON l.source = c.source AND l.n = c.n
               JOIN claims k ON k.id = l.claim WHERE c.work = ? ORDER BY k.rowid""",
            [key],
        )
        record["claims"] = [claim(connection, claim_id) for (claim_id,) in claim_rows]
        for claim_record in record["claims"]:
            del claim_record["paragraph_text"], claim_record["footnote_texts"]
    else:
        record["claims"] = []
    return record


def work_keys(connection: sqlite3.Connection, prefix: str = "") -> list[str]:
    """Citation keys starting with prefix (any case), for shell completion."""
    rows = connection.execute(
        "SELECT key FROM works WHERE lower(key) LIKE lower(?) || '%' ORDER BY key", [prefix]
    )
    return [row[0] for row in rows]


def bibliography(connection: sqlite3.Connection) -> list[dict[str, object]]:
    """Every work, sorted by key, each with the footnotes that cite it (for `export`)."""
    cited: dict[str, list[dict[str, object]]] = {}
    for key, source, n in connection.execute(
        "SELECT DISTINCT work, source, n FROM citations ORDER BY source, n"
    ):
        cited.setdefault(key, []).append({"source": source, "n": n})
    records = [record | {"cited_in": cited.get(str(record["key"]), [])}
               for record in works(connection)]  # fmt: skip
    return sorted(records, key=lambda record: str(record["key"]).lower())


# Across sources ------------------------------------------------------------------------------


def aliases(connection: sqlite3.Connection) -> dict[str, list[str]]:
    """{name or alias, lower case: every plain name of its entity}, for expanding searches."""
    expansion: dict[str, list[str]] = {}
    for name, curated, harvested in connection.execute(
        "SELECT name, aliases, harvested FROM entities"
    ):
        names = [name, *json.loads(curated), *json.loads(harvested)]
        plain = [alias for alias in names if not alias.startswith("re:")]
        for alias in plain:
            expansion[alias.lower()] = plain
    return expansion


def related(connection: sqlite3.Connection, claim_id: str) -> list[Claim]:
    """The claims of other documents that state the same fact, best first, with their score."""
    claim(connection, claim_id)  # NotFound for an unknown id
    rows = connection.execute(
        f"""SELECT {_CLAIM_COLUMNS}, r.score FROM related r JOIN claims c ON c.id = r.other
            WHERE r.claim = ? ORDER BY r.score DESC, c.rowid""",
        [claim_id],
    )
    return [_claim(row) | {"score": row["score"]} for row in rows]


def topic_sections(connection: sqlite3.Connection, topic: str) -> list[str]:
    """The sections a --topic names: a number ('2.1', '4'), or words of a title
    ('telecommunications'); an exact title wins over titles that merely contain the words."""
    rows = connection.execute(
        "SELECT number, title FROM sections WHERE kind IN ('chapter', 'section')"
    ).fetchall()
    wanted = topic.strip().lower()
    numbers = [number for number, _ in rows]
    if wanted in numbers:
        chosen = [wanted]
    else:
        exact = [number for number, title in rows if title.lower() == wanted]
        chosen = exact or [number for number, title in rows if wanted in title.lower()]
    return [n for n in numbers if any(n == c or n.startswith(c + ".") for c in chosen)]


def entities(connection: sqlite3.Connection, kind: str | None = None) -> list[dict[str, object]]:
    """Entities with how many claims, sources and footnoted claims mention them."""
    rows = connection.execute(
        """SELECT e.name, e.kind, e.aliases, e.harvested,
                  count(DISTINCT m.claim) AS claims,
                  count(DISTINCT c.source) AS sources,
                  count(DISTINCT l.source || ':' || l.n) AS footnotes
           FROM entities e
           JOIN claim_entities m ON m.entity = e.name
           JOIN claims c ON c.id = m.claim AND c.duplicate_of IS NULL
           LEFT JOIN claim_footnotes l ON l.claim = c.id
           WHERE ? IS NULL OR e.kind = ?
           GROUP BY e.name ORDER BY claims DESC, e.name""",
        [kind, kind],
    )
    return [
        dict(row)
        | {
            "aliases": [
                alias
                for alias in json.loads(row["aliases"]) + json.loads(row["harvested"])
                if not alias.startswith("re:")
            ],
            "harvested": json.loads(row["harvested"]),
        }
        for row in rows
    ]


def entity(connection: sqlite3.Connection, name: str) -> dict[str, object]:
    """One entity (by name or alias, any case): its claims across sources, the works cited for
    them, and the entities it is mentioned with."""
    key = aliases(connection).get(name.lower())
    row = connection.execute(
        "SELECT name, kind FROM entities WHERE lower(name) = lower(?)", [key[0] if key else name]
    ).fetchone()
    if row is None:
        raise NotFound(f"no entity {name!r}: see `sinotech entities`")
    found = next(e for e in entities(connection) if e["name"] == row["name"])
    claim_ids = [
        claim_id
        for (claim_id,) in connection.execute(
            """SELECT DISTINCT m.claim FROM claim_entities m JOIN claims c ON c.id = m.claim
               JOIN documents d ON d.id = c.source
               WHERE m.entity = ? AND c.duplicate_of IS NULL ORDER BY d.position, c.position""",
            [row["name"]],
        )
    ]
    claims = [claim(connection, claim_id) for claim_id in claim_ids]
    for record in claims:
        del record["paragraph_text"], record["footnote_texts"]
    works = [w for w in works_behind(connection, claim_ids) if w["source"] is None]
    placeholders = ", ".join("?" * len(claim_ids))
    co_occurring = connection.execute(
        f"""SELECT entity, count(DISTINCT claim) FROM claim_entities
            WHERE claim IN ({placeholders}) AND entity != ?
            GROUP BY entity ORDER BY 2 DESC, entity LIMIT 15""",
        [*claim_ids, row["name"]],
    ).fetchall()
    return found | {
        "claim_count": found["claims"],
        "claims": claims,
        "works": [w["csl"] for w in works],
        "with": [{"entity": name, "claims": count} for name, count in co_occurring],
    }


def timeline(
    connection: sqlite3.Connection, claim_ids: Iterable[str] | None = None
) -> list[dict[str, object]]:
    """Dated claims (each once, at the first date it states) in date order."""
    rows = connection.execute(
        f"""SELECT {_CLAIM_COLUMNS}, t.value, t.sort_key, t.qualifier
            FROM claims c JOIN documents d ON d.id = c.source
            JOIN claim_dates t ON t.claim = c.id
              AND t.rowid = (SELECT min(rowid) FROM claim_dates WHERE claim = c.id)
            WHERE c.duplicate_of IS NULL
            ORDER BY t.sort_key, d.position, c.position"""
    )
    wanted = None if claim_ids is None else set(claim_ids)
    return [
        _claim(row) | {"date": row["value"], "sort_key": row["sort_key"], "as": row["qualifier"]}
        for row in rows
        if wanted is None or row["id"] in wanted
    ]
