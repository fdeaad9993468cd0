"""Corroboration (issue 12): labelled links between claims of different documents, with reasons.

The measured precision and recall are the README's; the links the bundled corpus gets are
listed here by hand, each checked by reading both claims.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sinotech.cli import cli
from sinotech.corroboration import CANDIDATE, SUPPORTS, Comparison, Figure, figures_in, profile
from sinotech.ingest.model import Claim

from . import corroboration_eval as evaluation


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == code, (result.output, result.stderr)
    return result.stdout


# Every `supports` link of the bundled corpus, read and checked by hand: (claim, other, the fact).
SUPPORTS_LINKS = {
    ("ecfr-2019:7", "radu-2019:7"): "Putin: Russia will help China build a missile early "
    "warning system",
    ("acri-2022:5.2:2", "orf-2021:8"): "BeiDou and GLONASS interoperability",
    ("acri-2022:1:17", "orf-2021:1"): "2020-21, the Year of Scientific and Technological "
    "Innovation",
    ("orf-2021:13", "radu-2019:6"): "science and technology parks and academic exchanges",
    ("orf-2021:21", "radu-2019:17"): "joint biotechnology work (a wrong link: the academies' "
    "joint research is not the 2018 laboratory; kept here so a change that drops it shows)",
    ("acri-2022:4.2:2", "radu-2019:7"): "Putin: Russia is helping the PRC develop a missile "
    "early warning system",
    ("acri-2022:2.3:5", "orf-2021:51"): "both promote cyber sovereignty internationally",
    ("orf-2021:11", "radu-2019:1"): "cooperation extends to AI, biotechnology and the digital "
    "economy",
    ("acri-2022:2.1:5", "radu-2019:10"): "Huawei's presence in Russia (weak: its date vs its "
    "expansion)",
}
# The bundled corpus has no `contrasts` link: its labelled contrasts (tests/corroboration_labels)
# are all of assessment ('world leader' vs 'lags the US'), which no figure or date shows; the
# figure rule is tested below on documents made for it.
CONTRASTS_LINKS: dict[tuple[str, str], str] = {}


def links(connection: sqlite3.Connection, label: str) -> set[tuple[str, str]]:
    return {
        tuple(row)
        for row in connection.execute(
            "SELECT claim, other FROM related WHERE label = ? AND claim < other", [label]
        )
    }


def test_every_supports_and_contrasts_link_is_checked_by_hand(
    connection: sqlite3.Connection,
) -> None:
    assert links(connection, "supports") == set(SUPPORTS_LINKS)
    assert links(connection, "contrasts") == set(CONTRASTS_LINKS)


def test_precision_and_recall_on_the_labelled_pairs() -> None:
    """The figures the README reports, at the default threshold."""
    assert SUPPORTS == 0.44
    assert evaluation.at_default() == (SUPPORTS, 7 / 8, 7 / 90, 8)
    assert len(evaluation.DISPUTED) == 15
    assert evaluation.at_default(agreed_only=True) == (SUPPORTS, 7 / 8, 7 / 86, 8)


def test_the_readme_shows_the_measured_curve() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = re.search(r"\| threshold \| precision \(all 228\).*?\n\n", readme, re.S)
    assert table is not None
    lines = table.group().strip().splitlines()[2:]
    thresholds = [float(line.split("|")[1].split()[0]) for line in lines]
    measured = zip(
        evaluation.curve(evaluation.labelled(), thresholds),
        evaluation.curve(evaluation.labelled(True), thresholds),
        strict=True,
    )
    for line, (every, agreed) in zip(lines, measured, strict=True):
        cells = [cell.strip() for cell in line.strip("|").split("|")][1:]
        expected = [
            cell
            for point in (every, agreed)
            for cell in (f"{point.precision:.2f}", f"{point.recall:.2f}", str(point.kept))
        ]
        assert cells == expected, line


def test_related_explains_each_link() -> None:
    found = json.loads(run("related", "acri-2022:1:17", "--format", "json"))
    link = found[0]
    assert (link["id"], link["label"]) == ("orf-2021:1", "supports")
    assert link["why"]["entities"] == [[
        "Year of Scientific and Technological Innovation",
        "China-Russia Year of Scientific and Technological Innovation",
        "Year of Scientific, Technical and Innovation Cooperation",
    ]]  # fmt: skip
    assert link["why"]["years"] == ["2020"]
    assert link["because"].startswith("Year of Scientific and Technological Innovation · 2020 · ")
    table = run("related", "acri-2022:1:17", "--format", "plain")
    assert table.split("\t")[:2] == ["orf-2021:1", "supports"]


def test_related_all_adds_the_candidates_after_the_links() -> None:
    plain = json.loads(run("related", "acri-2022:4.2:2", "--format", "json"))
    every = json.loads(run("related", "acri-2022:4.2:2", "--all", "--format", "json"))
    assert [claim["id"] for claim in plain] == ["radu-2019:7"]
    assert every[: len(plain)] == plain
    candidates = every[len(plain) :]
    assert candidates and {claim["label"] for claim in candidates} == {"candidate"}
    scores = [claim["score"] for claim in candidates]
    assert scores == sorted(scores, reverse=True)
    assert min(scores) >= CANDIDATE
    # The same announcement, reported by ORF, is only a candidate: 'early warning' is worded
    # differently enough that the pair stays below the precision-first threshold.
    assert "orf-2021:5" in [claim["id"] for claim in candidates]


def test_search_corroborated_uses_only_supports(connection: sqlite3.Connection) -> None:
    found = run("search", "early", "warning", "--corroborated", "--limit", "50", "-f", "plain")
    ids = [line.split("\t")[0] for line in found.splitlines()]
    supported = {claim for pair in SUPPORTS_LINKS for claim in pair}
    assert ids and set(ids) <= supported
    assert "acri-2022:4.2:2" in ids
    result = CliRunner().invoke(cli, ["search", "huawei", "--contrasted"])
    assert (result.exit_code, result.stdout) == (1, "")


def test_show_lists_links_not_candidates() -> None:
    shown = json.loads(run("show", "orf-2021:8", "-f", "json"))["related"]
    assert shown == [
        {"id": "acri-2022:5.2:2", "source": "acri-2022", "label": "supports", "score": 0.5542}
    ]


# The rules, on claims made for them.
@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("plans to quadruple R&D staff to 2,000 staff by 2025",
         [Figure("staff", 2000.0, "2,000 staff")]),
        ("trade reached US$50 billion in 2019, up 30 per cent",
         [Figure("currency", 5e10, "US$50 billion"), Figure("percent", 30.0, "30 per cent")]),
        ("joint labs at 10 Russian universities",
         [Figure("universit", 10.0, "10 Russian universities")]),
        ("about 45% of chips", [Figure("percent chip", 45.0, "45% of chips")]),
        ("on 10 December 2019, 5G tests began", []),  # a date and a name, no count
        ("the S-400 system and Su-35 fighters", []),  # model numbers
    ],
)  # fmt: skip
def test_figures_and_what_they_count(text: str, figures: list[Figure]) -> None:
    assert list(figures_in(text)) == figures


def compared(a: str, b: str, mentions: list[tuple[str, str]], years: tuple[set, set]) -> object:
    import numpy as np

    profiles = [
        profile(Claim(f"{source}:1", None, 1, text), source, mentions, found, frozenset())
        for source, text, found in (("x", a, years[0]), ("y", b, years[1]))
    ]
    same = np.array([[1.0, 0.0], [1.0, 0.0]], dtype=np.float32)  # the same meaning
    return Comparison(profiles, same)(0, 1)


def test_another_figure_for_the_same_subject_contrasts() -> None:
    link = compared(
        "Huawei employs 2,000 researchers in Russia.",
        "Huawei employs 10,000 researchers in Russia.",
        [("Huawei", "Huawei")],
        ({"2021"}, {"2021"}),
    )
    assert link.label == "contrasts"
    assert link.why["figures"] == [["2,000 researchers", "10,000 researchers"]]
    assert link.turned().why["figures"] == [["10,000 researchers", "2,000 researchers"]]


def test_different_dates_are_different_events_not_corroboration() -> None:
    link = compared(
        "Russia and China signed the lunar station declaration.",
        "Russia and China signed the lunar station agreement.",
        [("International Lunar Research Station", "lunar station")],
        ({"2019"}, {"2021"}),
    )
    assert link.score >= SUPPORTS
    assert link.label == "candidate"
    assert link.why["dates"] == [["2019"], ["2021"]]


# The sentence vectors.
def test_the_shipped_vectors_are_the_models() -> None:
    """The bundled documents' vectors in the package are what the model gives now (else
    `python -m sinotech.semantic` makes them again)."""
    import numpy as np

    from sinotech import semantic
    from sinotech.crossref import original_claims
    from sinotech.ingest import ingest_corpus
    from sinotech.paths import bundled

    documents = ingest_corpus(bundled("references"), [])
    by_source = original_claims([(d.source_id, c) for d in documents for c in d.claims])
    texts = [[claim.text for claim in claims] for claims in by_source.values()]
    shipped = sorted(path.name for path in semantic.SHIPPED.glob("*.npy"))
    assert shipped == sorted(semantic.cache_name(claims) for claims in texts)
    for claims in texts:
        made = np.asarray(semantic._model().embed(claims, norm=True), dtype=np.float32)
        assert np.allclose(np.load(semantic.SHIPPED / semantic.cache_name(claims)), made)


def test_vectors_are_cached_and_a_bad_cache_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sinotech import semantic

    texts = ["Huawei opened a research centre in Moscow.", "Yandex sells self-driving cars."]
    first = semantic.vectors(texts, tmp_path)
    (cached,) = tmp_path.iterdir()
    assert cached.name == semantic.cache_name(texts)
    assert first.shape == (2, 256)
    monkeypatch.setattr(semantic, "_model", lambda: pytest.fail("the model was loaded again"))
    assert (semantic.vectors(texts, tmp_path) == first).all()
    cached.write_bytes(b"not an array")  # a damaged cache entry is made again, never trusted
    monkeypatch.undo()
    assert (semantic.vectors(texts, tmp_path) == first).all()
    assert [path.name for path in tmp_path.iterdir()] == [cached.name]


def test_the_model_is_loaded_once_for_many_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wordllama

    from sinotech import semantic

    semantic._model.cache_clear()
    loads = []
    load = wordllama.WordLlama.load
    monkeypatch.setattr(
        wordllama.WordLlama, "load", lambda **options: loads.append(options) or load(**options)
    )
    first = semantic.vectors(["Huawei opened a research centre in Moscow."], tmp_path)
    second = semantic.vectors(["Yandex sells self-driving cars.", "Sber builds chips."], tmp_path)
    assert (first.shape, second.shape, len(loads)) == ((1, 256), (2, 256), 1)


def test_a_broken_model_installation_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from sinotech import semantic
    from sinotech.errors import StoreError

    semantic._model.cache_clear()  # as in a process that has not loaded it yet
    monkeypatch.setitem(sys.modules, "wordllama", None)
    with pytest.raises(StoreError, match=r"^cannot load the sentence model .*reinstall sinotech$"):
        semantic.vectors(["A sentence no cache holds."], tmp_path)
    assert list(tmp_path.iterdir()) == []


def pairs_of(links: list[tuple[int, int, str, float]]) -> object:
    """Pairs (claim i, claim j, label, score) as the arrays `corroboration.kept` takes."""
    import numpy as np

    from sinotech.corroboration import LABELS, Pairs

    return Pairs(
        np.array([i for i, *_ in links], np.int64),
        np.array([j for _, j, *_ in links], np.int64),
        np.array([LABELS.index(label) for *_, label, _ in links], np.int8),
        np.array([score for *_, score in links], float),
        np.zeros((len(links), 3)),
    )


def test_links_are_bounded_per_claim_and_label() -> None:
    """In a library of one subject a claim comes close to thousands: each claim keeps its best
    links of each label (never fewer than the cap, when it has that many), and the best of all."""
    import numpy as np

    from sinotech.corroboration import BEST_PER_CLAIM, best_of

    scores = iter(range(12800, 0, -1))
    links = [
        (i, 80 + j, label, next(scores) / 20000)
        for label in ("candidate", "supports")
        for i in range(80)
        for j in range(80)
    ]
    keep = best_of(pairs_of(links), np.arange(160)).any(axis=1)
    for label in ("candidate", "supports"):
        chosen = [
            link for link, keeps in zip(links, keep, strict=True) if keeps and link[2] == label
        ]
        most = BEST_PER_CLAIM[label]
        assert len(chosen) <= most * 160 < 6400
        for claim in range(160):
            assert sum(claim in link[:2] for link in chosen) >= most
        assert max((link for link in links if link[2] == label), key=lambda link: link[3]) in chosen


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),  # the pair's first claim, in an earlier source
            st.integers(0, 3),  # its second claim, in a later source
            st.integers(0, 5),  # which pair of sources: 0-2 before the add, 3-5 with the added one
            st.sampled_from([0.31, 0.35, 0.35, 0.4, 0.42, 0.5]),
            st.sampled_from(["candidate", "candidate", "candidate", "supports", "contrasts"]),
        ),
        unique_by=lambda link: link[:3],
        min_size=8,
    ),
    st.integers(1, 3),
)
def test_links_kept_up_to_date_are_the_best_of_all(links, most) -> None:
    """Pairs kept by `best_of` before an add, then updated by `best_after` with the added pairs,
    are what `best_of` keeps of all the pairs at once, with the same claims keeping each (ties
    in score included)."""
    import numpy as np

    from sinotech import corroboration
    from sinotech.corroboration import best_after, best_of

    sources = {
        0: ("a", "b"),
        1: ("a", "c"),
        2: ("b", "c"),
        3: ("a", "d"),
        4: ("b", "d"),
        5: ("c", "d"),
    }
    ids = [f"{source}:{n}" for source in "abcd" for n in range(4)]
    every = [
        (ids.index(f"{sources[p][0]}:{i}"), ids.index(f"{sources[p][1]}:{j}"), label, score)
        for i, j, p, score, label in links
    ]
    before = [link for link in every if not ids[link[1]].startswith("d")]
    added = [link for link in every if ids[link[1]].startswith("d")]
    rank = np.arange(len(ids))

    def kept(pairs):
        """{(claim, other): (label, score, whether each keeps it)} of the pairs kept."""
        found = best_of(pairs_of(pairs), rank)
        return {
            (ids[i], ids[j]): (label, score, tuple(keeps))
            for (i, j, label, score), keeps in zip(pairs, found.tolist(), strict=True)
            if any(keeps)
        }

    caps = corroboration.BEST_PER_CLAIM
    corroboration.BEST_PER_CLAIM = dict.fromkeys(caps, most)
    try:
        stored = kept(before)

        def stored_links(claims):
            return [
                (a, b, label, score, *(keeps if (a, b) in stored else keeps[::-1]))
                for pair, (label, score, keeps) in stored.items()
                for a, b in (pair, pair[::-1])
                if a in claims
            ]

        def kept_links(claims):
            counted = {}
            for (a, b), (label, score, keeps) in stored.items():
                for claim, keeping in ((a, keeps[0]), (b, keeps[1])):
                    if keeping and claim in claims:
                        count, weakest = counted.get((claim, label), (0, score))
                        counted[claim, label] = (count + 1, min(weakest, score))
            return [(claim, label, *found) for (claim, label), found in counted.items()]

        best, update = best_after(pairs_of(added), stored_links, kept_links, ids, rank)
        expected = kept(every)
    finally:
        corroboration.BEST_PER_CLAIM = caps
    for pair in update.unlinked:
        del stored[pair if pair in stored else pair[::-1]]
    for claim, other, keeps in update.best:
        label, score, both = stored[(claim, other) if (claim, other) in stored else (other, claim)]
        side = 0 if (claim, other) in stored else 1
        both = tuple(keeps if n == side else both[n] for n in range(2))
        stored[(claim, other) if side == 0 else (other, claim)] = (label, score, both)
    for (i, j, label, score), keeps in zip(added, best.tolist(), strict=True):
        if any(keeps):
            stored[ids[i], ids[j]] = (label, score, tuple(keeps))
    assert stored == expected


@pytest.mark.parametrize(
    ("score", "read", "a0_keeps"),
    [
        (0.6, {"a:1", "c:0"}, False),  # below all that a:0 keeps, which are as many as it may
        (0.8, {"a:0", "a:1", "c:0"}, False),  # a tie with a:0's weakest: read, and ranked after
        (0.85, {"a:0", "a:1", "c:0"}, True),  # above it: a:0 keeps the new link instead
    ],
)
def test_an_add_reads_the_links_only_of_the_claims_a_new_pair_may_enter_the_best_of(
    score: float, read: set[str], a0_keeps: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 2 links of a label kept per claim, a:0 keeps two supports (0.9, 0.8) and a:1 one:
    the added claim c:0 comes close to both, and a:0's links are read only when the new pair
    may enter its best."""
    import numpy as np

    from sinotech import corroboration

    monkeypatch.setattr(corroboration, "BEST_PER_CLAIM", dict.fromkeys(corroboration.LABELS, 2))
    ids = ["a:0", "a:1", "b:0", "b:1", "c:0"]
    links = {("a:0", "b:0"): 0.9, ("a:0", "b:1"): 0.8, ("a:1", "b:0"): 0.5}
    rows = [
        (claim, other, "supports", score, 1, 1)
        for pair, score in links.items()
        for claim, other in (pair, pair[::-1])
    ]
    asked: list[set[str]] = []

    def stored(claims):
        asked.append(set(claims))
        return [row for row in rows if row[0] in claims]

    def kept(claims):
        counts = {"a:0": (2, 0.8), "a:1": (1, 0.5), "b:0": (2, 0.5), "b:1": (1, 0.8)}
        return [(claim, "supports", *counts[claim]) for claim in claims if claim in counts]

    added = pairs_of([(0, 4, "supports", score), (1, 4, "supports", 0.4)])
    best, update = corroboration.best_after(added, stored, kept, ids, np.arange(len(ids)))
    assert asked == [read]
    assert best.tolist() == [[a0_keeps, True], [True, True]]
    assert sorted(update.reranked) == sorted(read)
    assert update.unlinked == []  # b:1 still keeps its one link
    assert update.best == ([("a:0", "b:1", False)] if a0_keeps else [])


def test_added_documents_are_linked_like_the_bundled_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two added reports that give Huawei's Russian staff different figures contrast, through
    the real `add` and rebuild; the sentence they repeat from the report is its repeat, and
    the report's own figure for the staff (2000 personnel) supports the first."""
    monkeypatch.setenv("SINOTECH_DB", str(tmp_path / "store" / "s.db"))
    (tmp_path / "store").mkdir()
    texts = {
        "first.md": "Huawei employs 2,000 researchers in Russia.[^1]",
        "second.md": "Huawei employs 10,000 researchers in Russia.[^1]",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(
            f"# A brief\n\n{text} Since 2015, both sides have worked to build interoperability"
            " between Beidou and GLONASS.\n\n[^1]: Ivan Petrov, *Huawei in Russia* (Moscow:"
            " Nauka, 2021), 12.\n",
            encoding="utf-8",
        )
        run("add", str(tmp_path / name), "--id", name.removesuffix(".md"))
    first, second = "first:1:1", "second:1:1"
    links = json.loads(run("related", first, "--format", "json"))
    link = next(link for link in links if link["id"] == second)
    assert link["label"] == "contrasts"
    assert link["why"]["figures"] == [["2,000 researchers", "10,000 researchers"]]
    assert "different figures: 2,000 researchers vs 10,000 researchers" in link["because"]
    assert ("acri-2022:2.1:13", "supports") in {(link["id"], link["label"]) for link in links}
    assert json.loads(run("show", "first:1:2", "--format", "json"))["duplicate_of"] == (
        "acri-2022:5.2:2"
    )
    contrasted = run("search", "huawei", "--contrasted", "--format", "plain")
    assert [line.split("\t")[0] for line in contrasted.splitlines()] == [first, second]


@settings(max_examples=400, deadline=None)
@given(
    st.text(st.sampled_from(list("US$¥R€MB 0123456789,.%-bmillion per cent staffé")), max_size=50)
)
@example("RMB 50 million and US$2 billion, ¥30 bn, €4m, $5, 2,000 staff, 5% of 10 percent")
def test_the_figure_pattern_finds_what_it_would_without_its_shortcut(text: str) -> None:
    """The lookahead that makes most places fail at once (what a figure may start with)
    changes no match."""
    from sinotech.corroboration import _FIGURE

    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", _FIGURE.pattern))
    assert plain.pattern != _FIGURE.pattern
    found = [(match.span(), match.groupdict()) for match in _FIGURE.finditer(text)]
    assert found == [(match.span(), match.groupdict()) for match in plain.finditer(text)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefghij"), st.floats(0.01, 1.0), max_size=6),
        min_size=2,
        max_size=30,
    ),
    st.data(),
)
def test_a_sparse_product_sums_the_shared_terms_in_their_order(vectors, data) -> None:
    """Each product is the sum over the two vectors' shared terms, one at a time in the terms'
    sorted order, to the last bit, whichever rows and block it is computed in: what keeps a
    pair's score the same in a build and in an add."""
    import numpy as np

    from sinotech.corroboration import _Sparse
    from sinotech.similarity import Weighed

    hi = data.draw(st.integers(1, len(vectors)))
    lo = data.draw(st.integers(0, hi - 1))
    rows = np.array(data.draw(st.lists(st.integers(0, len(vectors) - 1), min_size=1)))
    vocabulary = sorted({t for vector in vectors for t in vector})  # as `weighed` gives it
    term = [vocabulary.index(t) for vector in vectors for t in vector]  # in each vector's order
    value = [x for vector in vectors for x in vector.values()]
    start = np.cumsum([0, *map(len, vectors)])
    sparse = _Sparse(Weighed(vocabulary, start, np.array(term, np.int64), np.array(value)))
    found = sparse.times(rows, lo, hi)
    cells, sums = sparse.sums(rows, lo, hi)  # the same, only where a term is shared
    where = dict(zip(cells.tolist(), sums.tolist(), strict=True))
    for r, row in enumerate(rows):
        for column in range(lo, hi):
            a, b = vectors[row], vectors[column]
            expected = 0.0
            for term in sorted(a.keys() & b.keys()):
                expected += a[term] * b[term]
            assert found[r, column - lo] == expected
            cell = r * (hi - lo) + column - lo
            assert where.pop(cell) == expected if a.keys() & b.keys() else cell not in where
    assert not where


@given(
    st.lists(
        st.dictionaries(st.sampled_from("abcdefghij"), st.integers(-1, 5), max_size=6),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_words_are_weighed_as_each_document_alone_would_be(counts, data) -> None:
    """TF-IDF over arrays gives each document the vector the formula gives it alone, to the
    last bit: a term's weight (1 + log count) × IDF over the reference, the norm summed in the
    document's order; terms counted 0 or less left out, an all-empty document left as it is."""
    import math
    from collections import Counter

    from sinotech.similarity import tf_idf

    documents = [Counter(c) for c in counts]
    reference = data.draw(st.lists(st.sampled_from(documents)))
    frequency = Counter(term for document in reference for term in document)
    for document, vector in zip(documents, tf_idf(documents, reference), strict=True):
        expected = {
            term: (1 + math.log(count))
            * math.log(
                (1 + len(reference)) / (1 + frequency[term])
                if term in frequency
                else 1 + len(reference)
            )
            for term, count in document.items()
            if count > 0
        }
        norm = 0.0
        for value in expected.values():
            norm += value * value
        norm = math.sqrt(norm) or 1.0
        assert list(vector.items()) == [(term, value / norm) for term, value in expected.items()]


def test_pairs_are_the_same_in_any_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A source's pairs with the earlier sources, compared a block of claims at a time, are the
    pairs compared all at once, whatever the block's size (labels, scores, cosines)."""
    import numpy as np

    from sinotech import corroboration
    from tests.corroboration_eval import comparison

    compare = comparison()
    source = list(compare.by_source)[-1]
    whole = compare.pairs(source, floor=None)
    monkeypatch.setattr(corroboration, "BLOCK", 37)
    blocked = compare.pairs(source, floor=None)
    whole = whole.rows(np.lexsort((whole.j, whole.i)))
    blocked = blocked.rows(np.lexsort((blocked.j, blocked.i)))
    rows = compare.by_source[source]
    assert len(whole.i) == len(rows) * rows[0] > 10_000
    for column in ("i", "j", "label"):  # every earlier claim compared once, labelled alike
        assert np.array_equal(getattr(whole, column), getattr(blocked, column))
    # the words and subjects to the last bit; the meaning to BLAS's rounding in another shape
    assert np.array_equal(whole.cosines[:, 1:], blocked.cosines[:, 1:])
    np.testing.assert_allclose(whole.cosines[:, 0], blocked.cosines[:, 0], rtol=0, atol=1e-6)
    np.testing.assert_allclose(whole.score, blocked.score, rtol=0, atol=1.0001e-4)  # rounded


def test_a_pair_asked_for_later_claim_first_is_the_stored_row_of_that_claim() -> None:
    """`Comparison(i, j)` is the link as the store's row for claim i holds it, whichever of the
    two came first: the other way round, it is the same link turned."""
    from tests.corroboration_eval import comparison

    compare = comparison()
    index = {item.id: n for n, item in enumerate(compare.profiles)}
    first, second = index["acri-2022:2.1:8"], index["ecfr-2019:43"]
    forward, backward = compare(first, second), compare(second, first)
    assert (forward.claim, backward.claim) == ("acri-2022:2.1:8", "ecfr-2019:43")
    assert backward == forward.turned()


@given(
    st.lists(
        st.tuples(st.sampled_from(["a:1", "a:2", "b:10", "b:9", "é:1", "Z:3"]), st.integers(0, 5)),
        max_size=12,
        unique=True,
    )
)
def test_links_are_written_both_ways_in_the_order_sqlite_keeps_them(pairs) -> None:
    """The build writes each link and the same link turned, once each, in the order of the
    related table's key as SQLite orders it (so its indexes are written end to end)."""
    import contextlib
    import sqlite3

    from sinotech.corroboration import Link
    from sinotech.store.building import _both_ways_in_key_order

    links = [
        Link(claim, f"x:{n}", "supports", 0.5, {"entities": [], "words": []}, (True, False))
        for claim, n in pairs
    ]
    written = list(_both_ways_in_key_order(links))
    expected = [*links, *(link.turned() for link in links)]
    assert sorted(written) == sorted(expected)
    with contextlib.closing(sqlite3.connect(":memory:")) as store:
        store.execute("CREATE TABLE related (claim TEXT, other TEXT, PRIMARY KEY (claim, other))")
        store.executemany("INSERT INTO related VALUES (?, ?)", [link[:2] for link in expected])
        keyed = store.execute("SELECT claim, other FROM related ORDER BY claim, other").fetchall()
    assert [link[:2] for link in written] == keyed
