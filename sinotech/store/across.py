"""Reading what the documents say together: entities, related claims, topics, the timeline."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..errors import NotFound
from ..sources import REPORT_ID
from .claims import CLAIM_SQL, Claim, claim, claim_record, linked_rows

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Iterable


def aliases(connection: sqlite3.Connection) -> dict[str, list[str]]:
    """{name or alias, lower case: every plain name of its entity}, for expanding searches.

    A technology or term named by its first word ("hypersonic" for hypersonic vehicles) is also
    reached by the abbreviations the documents define for it ("HVs"), which a claim may use
    alone; a word of four letters or fewer ("low", "air") names nothing by itself."""
    expansion: dict[str, list[str]] = {}
    by_first_word: dict[str, list[str]] = {}
    for name, kind, curated, harvested in connection.execute(
        "SELECT name, kind, aliases, harvested FROM entities"
    ):
        names = [name, *json.loads(curated), *json.loads(harvested)]
        plain = [alias for alias in names if not alias.startswith("re:")]
        for alias in plain:
            expansion[alias.lower()] = plain
        if kind in ("technology", "term") and json.loads(harvested):
            for first in {alias.split()[0].lower() for alias in plain if " " in alias}:
                if len(first) > 4:
                    by_first_word.setdefault(first, [first]).extend(json.loads(harvested))
    return by_first_word | expansion


def related(connection: sqlite3.Connection, claim_id: str, every: bool = False) -> list[Claim]:
    """The claims of other documents linked to claim_id, best first: those that state the same
    fact (`supports`) or another figure for it (`contrasts`); with `every`, then the weaker
    `candidate`s. Each with its label, score, the reasons (`why`) and their one-line summary."""
    claim(connection, claim_id)  # NotFound for an unknown id
    linked = []
    for row in linked_rows(connection, claim_id, every):
        why = json.loads(row["why"])
        reasons = {"label": row["label"], "score": row["score"], "because": because(why)}
        linked.append(claim_record(row) | reasons | {"why": why})
    return linked


def because(why: dict) -> str:
    """A link's reasons in one line: 'Huawei, 5G · 2019 · words: presence · meaning 0.56'."""
    parts = []
    if why["entities"]:
        parts.append(", ".join(name for name, *_ in why["entities"]))
    if why["years"]:
        parts.append(", ".join(why["years"]))
    if "dates" in why:
        parts.append("different dates: " + " vs ".join(", ".join(y) for y in why["dates"]))
    for a, b in why.get("figures", ()):
        parts.append(f"different figures: {a} vs {b}")
    if why["words"]:
        parts.append("words: " + ", ".join(why["words"]))
    parts.append(f"meaning {why['meaning']:.2f}")
    return " · ".join(parts)


def topic_sections(connection: sqlite3.Connection, topic: str) -> list[str]:
    """The sections a --topic names: a number ('2.1', '4'), or words of a title
    ('telecommunications'); an exact title wins over titles that merely contain the words."""
    rows = connection.execute(
        "SELECT number, title FROM sections WHERE kind IN ('chapter', 'section') AND source = ?",
        [REPORT_ID],
    ).fetchall()
    wanted = topic.strip().lower()
    numbers = [number for number, _ in rows]
    if wanted in numbers:
        chosen = [wanted]
    else:
        exact = [number for number, title in rows if title.lower() == wanted]
        chosen = exact or [number for number, title in rows if wanted in title.lower()]
    return [n for n in numbers if any(n == c or n.startswith(c + ".") for c in chosen)]


def entities(
    connection: sqlite3.Connection, kind: str | None = None, name: str | None = None
) -> list[dict[str, object]]:
    """Entities (of a kind, or the one named) with how many claims, sources and footnotes."""
    rows = connection.execute(
        """SELECT e.name, e.kind, e.aliases, e.harvested,
                  count(DISTINCT m.claim) AS claims,
                  count(DISTINCT c.source) AS sources,
                  count(DISTINCT l.source || ':' || l.n) AS footnotes
           FROM entities e
           JOIN claim_entities m ON m.entity = e.name
           JOIN claims c ON c.id = m.claim AND c.duplicate_of IS NULL
           LEFT JOIN claim_footnotes l ON l.claim = c.id
           WHERE (? IS NULL OR e.kind = ?) AND (? IS NULL OR e.name = ?)
           GROUP BY e.name ORDER BY claims DESC, e.name""",
        [kind, kind, name, name],
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
    (found,) = entities(connection, name=row["name"])
    claim_ids = [
        claim_id
        for (claim_id,) in connection.execute(
            """SELECT DISTINCT m.claim FROM claim_entities m JOIN claims c ON c.id = m.claim
               JOIN documents d ON d.id = c.source
               WHERE m.entity = ? AND c.duplicate_of IS NULL ORDER BY d.position, c.position""",
            [row["name"]],
        )
    ]
    from .cited import works_behind  # a search, which reads aliases here, is spared loading it

    claims = [claim(connection, claim_id, context=False) for claim_id in claim_ids]
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
        f"""SELECT {CLAIM_SQL}, t.value, t.sort_key, t.qualifier
            FROM claims c JOIN documents d ON d.id = c.source
            JOIN claim_dates t ON t.claim = c.id
              AND t.rowid = (SELECT min(rowid) FROM claim_dates WHERE claim = c.id)
            WHERE c.duplicate_of IS NULL
            ORDER BY t.sort_key, d.position, c.position"""
    )
    wanted = None if claim_ids is None else set(claim_ids)
    return [
        claim_record(row)
        | {"date": row["value"], "sort_key": row["sort_key"], "as": row["qualifier"]}
        for row in rows
        if wanted is None or row["id"] in wanted
    ]
