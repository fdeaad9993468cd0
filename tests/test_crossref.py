"""Across sources: entities and aliases, corroborating claims, topics, dates and the timeline."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from sinotech import store
from sinotech.cli import cli
from sinotech.dates import dates_in
from sinotech.entities import harvest, long_form


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result.stdout


def ids(output: str) -> list[str]:
    return [line.split("\t")[0] for line in output.splitlines()]


# Entities.
def test_abbreviations_are_harvested_from_the_text() -> None:
    assert long_form("HVs", "Hypersonic vehicles") == "Hypersonic vehicles"
    assert long_form("ASAT", "Anti-satellite") == "Anti-satellite"
    assert long_form("AMD", "Air and missile defence") == "Air and missile defence"
    assert long_form("LEO", "numerically extensive low Earth orbit") == "low Earth orbit"
    found = harvest(["maritime and underwater unmanned aerial vehicles (UAVs, 'drones') are"])
    assert found == {"UAVs": ("unmanned aerial vehicles", ["drones"])}


def test_entities_know_their_harvested_names(connection: sqlite3.Connection) -> None:
    rows = {
        name: json.loads(harvested)
        for name, harvested in connection.execute("SELECT name, harvested FROM entities")
    }
    assert rows["hypersonic vehicles"] == ["HVs"]
    assert rows["anti-satellite"] == ["ASAT"]
    assert rows["satellite navigation"] == ["SATNAV"]
    assert rows["drones"] == ["UAVs"]
    assert rows["China"] == ["PRC"]
    assert rows["science and technology"] == ["S&T"]  # a term the curated list lacks
    assert rows["NICA"] == []  # curated: the text's '(NICA)' has no letter-by-letter long form


# Hand-labelled: the entities each of these claims is about (generic China/Russia included).
LABELLED_MENTIONS = {
    "acri-2022:2.1:7": {"China", "Russia", "Ericsson", "Nokia", "ZTE"},
    "acri-2022:2.2:14": {"Huawei", "Kaspersky", "Sberbank", "Russia", "cybersecurity",
                         "cloud computing"},
    "acri-2022:3.3:19": {"China", "Zhaoxin", "Taiwan", "Intel", "Advanced Micro Devices"},
    "acri-2022:4.2:1": {"Russia", "China", "S-400", "air and missile defence"},
    "acri-2022:4.3:2": {"air and missile defence", "hypersonic vehicles"},
    "acri-2022:4.5:5": {"China", "anti-satellite", "low Earth orbit", "SpaceX", "Starlink"},
    "acri-2022:5.2:2": {"BeiDou", "GLONASS"},
    "acri-2022:4.1:9": {"CR-929"},
    "acri-2022:4.1:13": {"CR-929", "China"},
    "acri-2022:4.4:1": {"Russia", "drones", "Syria", "Ukraine"},
    "orf-2021:8": {"GLONASS", "BeiDou"},
    "orf-2021:11": {"Russia", "China", "artificial intelligence", "big data", "5G", "robotics",
                    "biotechnology", "Information and Communications Technology"},
    "orf-2021:25": {"5G", "Huawei", "Russia", "MTS", "Ericsson"},
    "radu-2019:7": {"Russia", "Vladimir Putin", "China", "missile early warning system",
                    "United States"},
    "ecfr-2019:7": {"Vladimir Putin", "Russia", "China", "missile early warning system"},
}  # fmt: skip


def test_entity_recall_on_labelled_claims(connection: sqlite3.Connection) -> None:
    expected = found = 0
    missed = []
    for claim_id, labelled in LABELLED_MENTIONS.items():
        detected = {
            name
            for (name,) in connection.execute(
                "SELECT entity FROM claim_entities WHERE claim = ?", [claim_id]
            )
        }
        expected += len(labelled)
        found += len(labelled & detected)
        missed += [(claim_id, name) for name in labelled - detected]
    assert missed == []
    assert (found, expected) == (60, 60)


def test_aliases_are_not_read_into_other_words(connection: sqlite3.Connection) -> None:
    def entities_of(claim_id: str) -> set[str]:
        rows = connection.execute("SELECT entity FROM claim_entities WHERE claim = ?", [claim_id])
        return {row[0] for row in rows}

    assert "air and missile defence" not in entities_of("acri-2022:3.3:19")  # Intel and AMD
    assert "United States" not in entities_of("orf-2021:1")


@pytest.mark.parametrize(
    ("query", "claim_id"),
    [
        ('"artificial intelligence"', "acri-2022:2.2:1"),  # says only AI
        ("PRC", "radu-2019:12"),  # says only 'the Chinese'
        ("BeiDou", "acri-2022:5.2:2"),  # written Beidou
        ('"United States"', "acri-2022:4.5:1"),  # written US
        ("CR929", "acri-2022:4.1:9"),  # written CR-929
        ("HVs", "acri-2022:4.3:1"),  # the definition sentence, 'hypersonic vehicles'
        ('"hypersonic vehicles"', "acri-2022:4.3:6"),  # written HVs
        ("UAVs", "acri-2022:4.4:5"),  # written drones
        ("drones", "acri-2022:4.4:1"),  # written UAVs
        ("AMD", "ecfr-2019:14"),  # written missile defence
        ("ASAT", "ecfr-2019:15"),  # written anti-satellite
        ('"anti-satellite"', "acri-2022:4.5:5"),  # written ASAT
        ("hypersonic", "acri-2022:4.3:3"),  # 'deployed HVs': the word names the entity (item 21)
    ],
)
def test_search_expands_aliases(query: str, claim_id: str) -> None:
    assert claim_id in ids(run("search", query, "--limit", "200"))


def test_a_first_word_reaches_only_defined_abbreviations(connection: sqlite3.Connection) -> None:
    """A technology's first word stands for the abbreviations the documents define for it;
    short or generic words, and organisations' and places' words, stand for nothing more."""
    expansion = store.aliases(connection)
    assert expansion["hypersonic"] == ["hypersonic", "HVs"]
    assert expansion["intellectual"] == ["intellectual", "IP"]
    assert "low" not in expansion  # low Earth orbit: LEO
    assert "united" not in expansion  # United States, United Kingdom
    assert "international" not in expansion  # International Telecommunication Union


# Topics.
def test_topics_span_all_sources() -> None:
    found = ids(run("search", "huawei", "--topic", "telecommunications", "--limit", "100"))
    assert {claim_id.split(":")[0] for claim_id in found} == {"acri-2022", "orf-2021",
                                                              "radu-2019"}  # fmt: skip
    assert "orf-2021:25" in found  # Huawei and MTS's 5G in Moscow
    assert "acri-2022:2.2:18" not in found  # section 2.2: artificial intelligence
    navigation = ids(run("search", "GLONASS", "--topic", "5.2"))
    assert set(navigation) == {"acri-2022:5.2:1", "acri-2022:5.2:2", "acri-2022:5.2:5",
                               "orf-2021:8"}  # fmt: skip
    result = CliRunner().invoke(cli, ["search", "huawei", "--topic", "cooking"])
    assert (result.exit_code, result.stderr) == (2, "Error: no topic 'cooking': give a "
                                                    "section number or title words\n")  # fmt: skip


# Dates and the timeline.
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("In 2017, the two states established", [("2017", "in")]),
        ("in March 2022 the", [("2022-03", "in")]),
        ("From 2019, Russia amended its laws", [("2019", "from")]),
        ("production at 28 nanometres by 2030", [("2030", "by")]),
        ("dates from the late 2000s", [("late 2000s", "from")]),
        ("the Year of 2020-2021", [("2020/2021", "mention")]),
        ("with 2020-21 being marked", [("2020/2021", "mention")]),
        ("In July and August 2021, the PRC", [("2021-07/2021-08", "in")]),
        ("As of June 2022, PRC exports", [("2022-06", "as of")]),
        ("Russia's 2015 sale", [("2015", "mention")]),
        ("In 2016 and 2018, Russia", [("2016", "in"), ("2018", "mention")]),
        ("no date here", []),
    ],
)
def test_dates_are_normalised(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(d.value, d.qualifier) for d in dates_in(text)] == dates


def test_timeline_is_in_date_order() -> None:
    rows = [line.split("\t") for line in run("timeline", "huawei").splitlines()]
    assert [(row[0], row[1]) for row in rows[:4]] == [
        ("late 2000s", "acri-2022:2.1:5"),
        ("2014", "acri-2022:2.1:3"),
        ("2018", "acri-2022:2.3:15"),
        ("2019", "orf-2021:25"),
    ]
    keys = [row[0][-4:] if row[0][0].isalpha() else row[0][:4] for row in rows]
    assert keys == sorted(keys)
    whole = run("timeline").splitlines()
    assert whole[0].split("\t")[:2] == ["mid 1980s", "acri-2022:3.2:16"]
    assert len(whole) == 118  # the claims that state a date, each once


def test_entities_and_entity_commands(connection: sqlite3.Connection) -> None:
    rows = [line.split("\t") for line in run("entities", "--kind", "organisation").splitlines()]
    assert rows[0][:5] == ["Huawei", "organisation", "32", "3", "15"]
    record = json.loads(run("entity", "HVs", "-f", "json"))
    assert record["name"] == "hypersonic vehicles"
    (independent,) = connection.execute(
        """SELECT count(*) FROM claims WHERE duplicate_of IS NULL
           AND (lower(text) LIKE '%hypersonic%' OR text GLOB '*HV*')"""
    ).fetchone()
    assert record["claim_count"] == len(record["claims"]) == independent == 16
    assert {work["id"] for work in record["works"]} >= {"sevastopuloChinaTestsNew2021"}
    result = CliRunner().invoke(cli, ["entity", "Atlantis"])
    assert (result.exit_code, result.stderr) == (1, "Error: no entity 'Atlantis': see "
                                                    "`sinotech entities`\n")  # fmt: skip


def test_store_entity_lookup_by_alias(connection: sqlite3.Connection) -> None:
    assert store.entity(connection, "prc")["name"] == "China"
