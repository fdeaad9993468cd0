"""The search language: what each query becomes, what it finds, and what it refuses."""

from __future__ import annotations

import re
import sqlite3

import pytest

from sinotech import store
from sinotech.errors import QueryError
from sinotech.query import to_fts
from sinotech.search import Filters, search_sql


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("huawei", '"huawei"'),
        ("huawei 5G", '"huawei" AND "5G"'),
        ('"early warning" system', '"early warning" AND "system"'),
        ("sanction*", '"sanction"*'),
        ("S-400", '"S-400"'),
        ("huawei 5G OR 6G", '"huawei" AND ("5G" OR "6G")'),
        ("huawei NOT 5G", '"huawei" NOT "5G"'),
        ("huawei russia NOT 5G", '("huawei" AND "russia") NOT "5G"'),
        ("huawei AND zte", '"huawei" AND "zte"'),
        ("(huawei OR zte) sanctions", '("huawei" OR "zte") AND "sanctions"'),
        ("huawei or and not", '"huawei" AND "or" AND "and" AND "not"'),
        # An unclosed quote is read as plain words.
        ('"missile early', '"missile" AND "early"'),
        ('say "cheese', '"say" AND "cheese"'),
        # Punctuation-only words are dropped; quotes inside words are escaped.
        ("huawei & zte", '"huawei" AND "zte"'),
        ('ab"c', '"ab" AND "c"'),
    ],
)
def test_translation(query: str, expression: str) -> None:
    assert to_fts(query) == expression


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('""', "empty query"),
        ("AND", "empty query"),
        ("AND huawei", "AND needs a search term on each side"),
        ("huawei AND", "AND needs a search term on each side"),
        ("huawei OR", "OR needs a search term on each side"),
        ("OR huawei", "OR needs a search term on each side"),
        ("NOT huawei", "NOT needs a term on each side"),
        ("huawei NOT", "NOT needs a term on each side"),
        ("*", "a * must end a word"),
        ("huawei *", "a * must end a word"),
        ("NEAR(huawei zte)", "NEAR queries are not supported"),
        ("NEAR(", "NEAR queries are not supported"),
        ("(huawei", "a ( is never closed"),
        ("huawei)", "a ) has no ("),
        ("()", "empty query"),
        ("huawei ()", "empty group"),
    ],
)
def test_rejected(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        to_fts(query)


def ids(connection: sqlite3.Connection, query: str, **filters: object) -> list[str]:
    """The ids the search SQL selects for a query as written (no alias expansion)."""
    sql, parameters = search_sql(to_fts(query), Filters(**filters))
    return [row["id"] for row in connection.execute(sql, parameters)]


def test_stemming_finds_other_forms(connection: sqlite3.Connection) -> None:
    found = ids(connection, "sanction", limit=None)
    assert "acri-2022:2.2:24" in found  # "targeted by US and EU sanctions"
    assert "acri-2022:3.1:2" in found  # "... the same countries that are sanctioning Russia"
    assert found == ids(connection, "SANCTIONS", limit=None)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("S-400", ["acri-2022:4.2:1", "orf-2021:4"]),
        ("CR-929", ["acri-2022:4.1:9", "acri-2022:4.1:13"]),
        ("RISC-V", ["acri-2022:3.3:22", "acri-2022:3.3:23", "acri-2022:3.3:24",
                    "acri-2022:3.3:25"]),
        ('"missile early warning"', ["orf-2021:5", "radu-2019:7", "ecfr-2019:7", "ecfr-2019:9"]),
        ("Vocord", ["orf-2021:33"]),
    ],
)  # fmt: skip
def test_terms_as_written(connection: sqlite3.Connection, query: str, expected: list) -> None:
    assert sorted(ids(connection, query, limit=None)) == sorted(expected)


def containing(connection: sqlite3.Connection, fragment: str) -> set[str]:
    """Independent of the index: claims (each once) whose text contains fragment, any case."""
    rows = connection.execute(
        "SELECT id FROM claims WHERE instr(lower(text), lower(?)) AND duplicate_of IS NULL",
        [fragment],
    )
    return {row[0] for row in rows}


def test_5g_is_one_term(connection: sqlite3.Connection) -> None:
    found = ids(connection, "5G", limit=None)
    assert set(found) == containing(connection, "5G")
    assert len(found) == 14
    assert not set(found) & set(ids(connection, "6G NOT 5G", limit=None))


def test_phrase_is_stricter_than_words(connection: sqlite3.Connection) -> None:
    phrase = ids(connection, '"early warning"', limit=None)
    words = ids(connection, "early warning", limit=None)
    assert set(phrase) < set(words) or set(phrase) == set(words)
    assert "radu-2019:7" in phrase  # "missile early-warning system"
    assert "acri-2022:4.2:2" in phrase


def test_prefix(connection: sqlite3.Connection) -> None:
    found = set(ids(connection, "cyber*", limit=None))
    assert found == containing(connection, "cyber")  # cyberspace, cybersecurity, cyber ...
    assert found > set(ids(connection, "cyber", limit=None))


def test_or_and_not(connection: sqlite3.Connection) -> None:
    either = set(ids(connection, "Kaspersky OR Yandex", limit=None))
    kaspersky = set(ids(connection, "Kaspersky", limit=None))
    yandex = set(ids(connection, "Yandex", limit=None))
    assert either == kaspersky | yandex
    assert set(ids(connection, "Kaspersky NOT Yandex", limit=None)) == kaspersky - yandex


def test_filters(connection: sqlite3.Connection) -> None:
    assert ids(connection, "huawei", sources=("orf-2021",), limit=None) == [
        claim_id for claim_id in ids(connection, "huawei", limit=None)
        if claim_id.startswith("orf-2021:")
    ]  # fmt: skip
    chapter = ids(connection, "huawei", section="2", limit=None)
    assert {claim_id.split(":")[1] for claim_id in chapter} == {"2.1", "2.2", "2.3"}
    footnoted = ids(connection, "huawei", footnoted=True, limit=None)
    assert footnoted and all(
        store.claim(connection, claim_id)["footnotes"] for claim_id in footnoted
    )
    assert len(ids(connection, "huawei", limit=3)) == 3


def test_repeated_summary_appears_once(connection: sqlite3.Connection) -> None:
    query = '"key factor in the evolving international balance of power"'
    assert ids(connection, query) == ["acri-2022:summary:1"]
    assert ids(connection, query, sources=("uts-2022",)) == ["uts-2022:1"]
    assert ids(connection, query, sources=("uts-2022", "acri-2022")) == ["acri-2022:summary:1"]
    assert store.claim(connection, "acri-2022:summary:1")["also_in"] == ["uts-2022:1"]


def test_ranked_by_bm25(connection: sqlite3.Connection) -> None:
    found = ids(connection, "huawei")
    assert set(found) == containing(connection, "huawei")
    assert len(found) == 32
    assert found[0] == "acri-2022:2.2:18"  # three mentions in one sentence
