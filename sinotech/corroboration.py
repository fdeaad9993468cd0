"""Which claims of different documents state the same fact, and which state another figure for it.

Two claims are compared on what they say, not only on the words they share:

- meaning: the cosine of their sentence vectors (`semantic.py`), which meets a fact reworded
  or named otherwise ("parallel Russian internet" and "sovereign internet");
- wording: the TF-IDF cosine of their content words once the entities' names are taken out
  (`similarity.py`), which says whether they say the same *about* what they name;
- subject: the specific entities both name, whatever alias or defined abbreviation names them;
- time and quantity: the years and the figures each states.

The score is 0.5 × meaning + 0.4 × wording + 0.1 × subject, each a cosine in 0..1. Then:

- `supports`: score at least SUPPORTS, and no conflict;
- `contrasts`: the same specific subject, score at least CONTRASTS, and a figure of the same
  kind (a percentage, an amount, a count of the same thing) that differs;
- `candidate` (shown by `related --all`): score at least CANDIDATE, or a supports-grade pair
  whose dates disagree: two dated claims with no year in common state different events (the
  2019 declaration is not the 2021 agreement), so the pair is never offered as corroboration.

Every link keeps the reasons it was made: shared entities (with the words that named them on
each side), dates and figures that agree or conflict, the shared words, and the three cosines.
The thresholds were chosen for precision on the labelled pairs (README;
tests/corroboration_labels.py).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, NamedTuple

from .similarity import Vector, Weighed, stem, terms, weighed

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

    import numpy as np

    from .ingest import Claim

SUPPORTS = 0.44
CONTRASTS = 0.36
CANDIDATE = 0.3
WEIGHTS = (0.5, 0.4, 0.1)  # meaning, wording, subject

# A number and what it counts: '2,000 staff', '50 per cent', 'US$50 billion'. A number in words
# ('ten universities') is left alone: in these texts such words are rarely figures.
_FIGURE = re.compile(
    r"(?=[US$¥R€\d])"  # what a figure starts with: every other place fails at once
    r"(?P<currency>US\$|\$|¥|RMB\s?|€)?(?<![\w.,-])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>billion|million|thousand|trillion|bn|m)\b)?"
    r"(?:\s*(?P<percent>%|per\s?cent|percent))?"
    r"(?:\s+(?P<noun>(?:[A-Za-z-]+\s+){0,2}?[a-z]{3,}))?"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD = re.compile(r"[A-Za-z0-9]+")
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_ADJECTIVE = re.compile(r"^(?:russian|chinese|prc|new|more|joint|other|major|per)$", re.I)


class Figure(NamedTuple):
    kind: str  # what is counted: a noun's stem ('universit', 'staff'), 'percent [noun]', 'currency'
    value: float
    text: str


class Profile(NamedTuple):
    """What one claim says, as the comparison needs it."""

    id: str
    source: str
    text: str
    residual: str  # the text with the entities' names taken out
    entities: dict[str, str]  # specific entity -> the words that named it here
    years: frozenset[str]
    figures: tuple[Figure, ...]


class Link(NamedTuple):
    claim: str
    other: str
    label: str  # supports, contrasts, candidate
    score: float
    why: dict[str, object]
    # whether each claim keeps the link among its best of its label (`best_of`): the claim's,
    # then the other's; a link is kept while either does
    best: tuple[bool, bool] = (True, True)

    def turned(self) -> Link:
        """The same link seen from its other claim: each side-by-side pair the other way."""
        why = dict(self.why)
        why["entities"] = [[name, b, a] for name, a, b in self.why["entities"]]
        if "figures" in why:
            why["figures"] = [[b, a] for a, b in self.why["figures"]]
        if "dates" in why:
            why["dates"] = self.why["dates"][::-1]
        return Link(self.other, self.claim, self.label, self.score, why, self.best[::-1])


def figures_in(text: str) -> tuple[Figure, ...]:
    """The figures a claim states, with what they count (years and day numbers are dates)."""
    found = []
    for match in _FIGURE.finditer(text):
        number = match["number"]
        if _YEAR.fullmatch(number) and not (match["currency"] or match["scale"]):
            continue
        value = float(number.replace(",", "")) * _SCALES.get((match["scale"] or "").lower(), 1)
        words = [w for w in (match["noun"] or "").split() if not _ADJECTIVE.match(w)]
        counted = stem(words[-1].lower()) if words and not words[0][0].isupper() else None
        if match["percent"]:
            kind = f"percent {counted}" if counted else "percent"
        elif match["currency"]:
            kind = "currency"
        elif counted:
            kind = counted
        else:
            continue  # a bare number, '10 December', '5G': not a count of something
        found.append(Figure(kind, value, match.group().strip()))
    return tuple(found)


def profile(
    claim: Claim,
    source: str,
    mentions: Sequence[tuple[str, str]],
    years: set[str],
    generic: frozenset[str],
) -> Profile:
    """A claim's profile from its entity mentions (entity, the words naming it) and years;
    the generic entities (China, Russia) say too little of what a claim is about to count."""
    text = claim.text
    entities: dict[str, str] = {}
    residual = text
    for name, alias in mentions:
        residual = residual.replace(alias, " ")
        if name not in generic:
            entities.setdefault(name, alias)
    return Profile(claim.id, source, text, residual, entities, frozenset(years), figures_in(text))


# The most links of each label a claim keeps: its best (highest score, then the other claim's
# id), and every link among the best of one of its two claims. In a large library of one
# subject a claim may come close to thousands and state what hundreds state; `related` lists
# the best, and a claim with any link of a label keeps at least one.
BEST_PER_CLAIM = {"supports": 25, "contrasts": 25, "candidate": 10}
# While pairs are found, what is found so far is cut to the claims' best once it passes this
# many pairs a claim, in multiples of the most a claim keeps (`_kept_pairs`).
CUT_AFTER = 8
LABELS = ("supports", "contrasts", "candidate", "none")  # a pair's label code is its index


class Pairs(NamedTuple):
    """Pairs of profiles, by index, as arrays: each pair's label (its code in LABELS), score
    (rounded, as its link's) and three cosines (meaning, wording, subject)."""

    i: np.ndarray
    j: np.ndarray
    label: np.ndarray
    score: np.ndarray
    cosines: np.ndarray

    def rows(self, which: np.ndarray) -> Pairs:
        return Pairs(*(column[which] for column in self))


def joined(parts: Sequence[Pairs]) -> Pairs:
    import numpy as np

    if not parts:
        empty = np.zeros(0, np.int64)
        return Pairs(empty, empty, empty.astype(np.int8), empty.astype(float), np.zeros((0, 3)))
    return Pairs(*(np.concatenate(column) for column in zip(*parts, strict=True)))


def best_of(pairs: Pairs, rank: np.ndarray) -> np.ndarray:
    """For each pair, whether its second claim is among its first claim's BEST_PER_CLAIM best
    of their label, and whether the first is among the second's (best: highest score, then the
    other claim's id, whose order `rank` gives by index), as two columns. What a claim keeps
    depends on its own links only, so it can be kept up to date as documents are added
    (`best_after`)."""
    import numpy as np

    best = np.zeros((len(pairs.i), 2), bool)
    for code, label in enumerate(LABELS[:-1]):
        rows = np.nonzero(pairs.label == code)[0]
        if not len(rows):
            continue
        claim = np.concatenate([pairs.i[rows], pairs.j[rows]])
        partner = np.concatenate([pairs.j[rows], pairs.i[rows]])
        score = np.concatenate([pairs.score[rows], pairs.score[rows]])
        order = np.lexsort((rank[partner], -score, claim))
        grouped = claim[order]
        starts = np.concatenate([[0], np.nonzero(grouped[1:] != grouped[:-1])[0] + 1])
        lengths = np.diff(np.concatenate([starts, [len(order)]]))
        place = np.arange(len(order)) - np.repeat(starts, lengths)
        chosen = order[place < BEST_PER_CLAIM[label]]
        best[rows[chosen % len(rows)], chosen // len(rows)] = True
    return best


# A stored link of a claim, as the store gives it: (claim, other, label, score, whether the
# claim keeps it among its best, whether the other claim does).
Stored = tuple[str, str, str, float, int, int]


# How many links of a label a claim keeps among its best, and the lowest score among them, as
# the store gives it: (claim, label, kept, weakest).
Kept = tuple[str, str, int, float]


class Update(NamedTuple):
    """What adding documents changes in the stored links."""

    unlinked: list[tuple[str, str]]  # links no longer among either claim's best
    best: list[tuple[str, str, bool]]  # (claim, other, keeps): a claim's changed keeping
    reranked: list[str]  # the claims whose best were ranked again (their `Kept` may change)


def best_after(
    added: Pairs,
    stored: Callable[[Collection[str]], Sequence[Stored]],
    kept: Callable[[Collection[str]], Sequence[Kept]],
    ids: Sequence[str],
    rank: np.ndarray,
) -> tuple[np.ndarray, Update]:
    """`best_of` for the added pairs, as if computed with every stored link, and what it
    changes in the stored links. `ids` are the profiles' ids by index; `stored(claims)` gives
    every stored link of those claims, `kept(claims)` what they keep of each label.

    Exact, and reads the links only of the claims an added pair may enter the best of (`open`),
    not of every claim they touch nor of their partners: a claim's new best are among its old
    best and its added pairs (every other link of it ranks below its old best), and a claim
    whose best no added pair enters keeps the best it had, which each stored link records
    (`best`, `back`)."""
    import numpy as np

    index = {claim: n for n, claim in enumerate(ids)}
    opened = _open(added, kept, ids, index)
    rows = stored([ids[n] for n in np.nonzero(opened)[0]])
    claim = np.array([index[row[0]] for row in rows], np.int64)
    other = np.array([index[row[1]] for row in rows], np.int64)
    # A link between two open claims comes from each: it is taken once, as claim < other.
    once = ~opened[other] | (rank[claim] < rank[other])
    rows = [row for row, taken in zip(rows, once, strict=True) if taken]
    claim, other = claim[once], other[once]
    label = np.array([LABELS.index(row[2]) for row in rows], np.int8)
    score = np.array([row[3] for row in rows], float)
    keeps = np.array([row[4:6] for row in rows], bool).reshape(-1, 2)
    ranked = keeps[:, 0] | (keeps[:, 1] & opened[other])
    cosines = np.zeros((int(ranked.sum()), 3))  # not needed: no stored link is explained again
    old = Pairs(claim[ranked], other[ranked], label[ranked], score[ranked], cosines)
    best = best_of(joined([added, old]), rank)
    # a claim no added pair enters the best of keeps none, whatever its few rows read rank
    best[: len(added.i)] &= np.column_stack([opened[added.i], opened[added.j]])
    now = np.zeros_like(keeps)  # a link outside its claims' old best stays outside: False
    now[ranked] = best[len(added.i) :]
    now[:, 1] = np.where(opened[other], now[:, 1], keeps[:, 1])
    gone = ~now.any(axis=1)
    update = Update(
        [(ids[a], ids[b]) for a, b in zip(claim[gone], other[gone], strict=True)],
        [],
        [ids[n] for n in np.nonzero(opened)[0]],
    )
    for side, (a, b) in enumerate(((claim, other), (other, claim))):
        changed = np.nonzero(~gone & (now[:, side] != keeps[:, side]))[0]
        update.best.extend((ids[a[k]], ids[b[k]], bool(now[k, side])) for k in changed)
    return best[: len(added.i)], update


def _open(
    added: Pairs,
    kept: Callable[[Collection[str]], Sequence[Kept]],
    ids: Sequence[str],
    index: Mapping[str, int],
) -> np.ndarray:
    """Which claims an added pair may enter the best of: all but those that keep their full
    number of the pair's label, every one scoring above it (a tie may enter: its claim is read)."""
    import numpy as np

    touched = np.zeros(len(ids), bool)
    touched[added.i] = touched[added.j] = True
    weakest = np.full((len(ids), len(LABELS)), -np.inf)  # -inf: room for any link of the label
    for claim, label, count, score in kept([ids[n] for n in np.nonzero(touched)[0]]):
        if count >= BEST_PER_CLAIM[label]:
            weakest[index[claim], LABELS.index(label)] = score
    opened = np.zeros(len(ids), bool)
    for side in (added.i, added.j):
        opened[side[added.score >= weakest[side, added.label]]] = True
    return opened


def links(compare: Comparison) -> list[Link]:
    """Every link between claims of different sources that is kept (`best_of`), explained."""
    every = _kept_pairs(compare, compare.by_source)
    return compare.explained(every, best_of(every, compare.rank))


def links_after(
    compare: Comparison,
    added: Collection[str],
    stored: Callable[[Collection[str]], Sequence[Stored]],
    kept: Callable[[Collection[str]], Sequence[Kept]],
) -> tuple[list[Link], Update]:
    """The links `links` would keep that have a claim of the added sources (the last ones),
    explained, and what they change in the stored links (`best_after` says what the store
    gives)."""
    found = compare.best(_kept_pairs(compare, [s for s in compare.by_source if s in added]))
    ids = [item.id for item in compare.profiles]
    best, update = best_after(found, stored, kept, ids, compare.rank)
    return compare.explained(found, best), update


def _kept_pairs(compare: Comparison, sources: Iterable[str]) -> Pairs:
    """The pairs of these sources' claims with the earlier sources' (`Comparison.pairs`), cut to
    the claims' best now and then as they are found, which changes nothing (a pair among
    neither claim's best never comes back): memory follows the claims, not their pairs."""
    found: list[Pairs] = []
    size = 0
    for source in sources:
        found.append(compare.pairs(source))
        size += len(found[-1].i)
        if size > CUT_AFTER * max(BEST_PER_CLAIM.values()) * len(compare.profiles):
            found = [compare.best(joined(found))]
            size = len(found[0].i)
    return joined(found)


# Earlier claims are compared with a source's claims this many at a time, in blocks counted
# from the first claim: what a product sums depends on its shape, so a source's pairs are
# computed by the same products whichever sources follow it (a build and an add get the same
# scores, to the last bit), and memory follows a block, not the library.
BLOCK = 4096


class Comparison:
    """Compares profiled claims, each source's with every earlier source's: their words and
    subjects are weighed (TF-IDF) over the reference profiles (by default all of them). The
    profiles come grouped by source, in the sources' order."""

    def __init__(
        self,
        profiles: Sequence[Profile],
        meaning: np.ndarray,
        reference: Sequence[int] | None = None,
    ) -> None:
        import numpy as np

        self.profiles = profiles
        self.meaning = meaning
        words = [terms(p.residual) for p in profiles]
        subjects = [Counter(list(p.entities)) for p in profiles]
        chosen = range(len(profiles)) if reference is None else reference
        self.words = _Sparse(weighed(words, [words[i] for i in chosen]))
        self.subjects = _Sparse(weighed(subjects, [subjects[i] for i in chosen]))
        by_source: dict[str, list[int]] = {}
        for index, item in enumerate(profiles):
            by_source.setdefault(item.source, []).append(index)
        self.by_source = {source: np.array(rows, np.int64) for source, rows in by_source.items()}
        if any(rows[-1] - rows[0] != len(rows) - 1 for rows in self.by_source.values()):
            raise ValueError("the profiles to compare come grouped by source")
        ids = [item.id for item in profiles]
        self.rank = np.empty(len(ids), np.int64)  # each profile's place in the order of ids
        self.rank[sorted(range(len(ids)), key=ids.__getitem__)] = np.arange(len(ids))
        self.dated = np.array([bool(item.years) for item in profiles], bool)
        self.counted = np.array([bool(item.figures) for item in profiles], bool)
        # what explaining a claim's links needs, made once per claim (a claim has many links):
        # its words as {stem: weight}, and how its text first spells each stem
        self._vector = functools.cache(self.words.vector)
        self._spelling = functools.cache(lambda i: spelling(profiles[i].text))

    def pairs(self, source: str, floor: float | None = CANDIDATE) -> Pairs:
        """The pairs of the source's claims and every earlier source's scoring at least floor,
        labelled (every pair, 'none' below CANDIDATE, with floor None), the earlier claim
        first."""
        rows = self.by_source[source]
        return joined([self._block(rows, lo, floor) for lo in range(0, int(rows[0]), BLOCK)])

    def _block(self, rows: np.ndarray, lo: int, floor: float | None) -> Pairs:
        """`pairs` of a source's claims (rows) with the block of earlier claims from lo on: up to
        BLOCK of them, and none of the source's own. The score is summed as 0.5 × meaning, plus
        0.4 × wording, plus 0.1 × subject, each pair alike; the subject only where the pair
        names one in common (few pairs do; adding 0.0 elsewhere would change no bit)."""
        import numpy as np

        hi = min(lo + BLOCK, int(rows[0]))
        width = hi - lo
        meaning = self.meaning[rows] @ self.meaning[lo:hi].T
        wording = self.words.times(rows, lo, hi).ravel()
        named, subject = self.subjects.sums(rows, lo, hi)
        score = np.multiply(meaning, WEIGHTS[0], dtype=float).ravel()
        score += wording * WEIGHTS[1]
        score[named] += subject * WEIGHTS[2]
        cells = np.arange(len(score)) if floor is None else np.flatnonzero(score >= floor)
        r, c = np.divmod(cells, width)
        i, j, found = lo + c, rows[r], score[cells]
        item = self.profiles
        different = np.zeros(len(found), bool)  # dated, with no year in common
        for k in np.nonzero(self.dated[i] & self.dated[j])[0]:
            different[k] = not item[i[k]].years & item[j[k]].years
        shared, subject = _at(cells, named, subject)  # a specific entity both name
        conflict = np.zeros(len(found), bool)  # figures of the same kind that differ
        for k in np.nonzero((found >= CONTRASTS) & self.counted[i] & self.counted[j])[0]:
            conflict[k] = bool(_figure_conflict(item[i[k]].figures, item[j[k]].figures))
        label = np.select(
            [
                found < CANDIDATE,
                conflict & shared & (found >= CONTRASTS) & ~different,
                (found >= SUPPORTS) & ~conflict & ~different,
            ],
            [LABELS.index("none"), LABELS.index("contrasts"), LABELS.index("supports")],
            LABELS.index("candidate"),
        ).astype(np.int8)
        cosines = np.column_stack([meaning.ravel()[cells], wording[cells], subject])
        return Pairs(i, j, label, np.round(found, 4), cosines)

    def best(self, pairs: Pairs) -> Pairs:
        """The pairs among the best of one of their two claims."""
        return pairs.rows(best_of(pairs, self.rank).any(axis=1))

    def __call__(self, i: int, j: int) -> Link:
        """The link between profiles i and j of different sources, labelled 'none' below
        CANDIDATE: computed as the build computes it (in the block of the earlier one), and
        seen from i, as the store's row for i holds it."""
        import numpy as np

        earlier, later = sorted((i, j))
        rows = self.by_source[self.profiles[later].source]
        found = self._block(rows, earlier - earlier % BLOCK, floor=None)
        pair = found.rows(np.nonzero((found.i == earlier) & (found.j == later))[0])
        link = self.explained(pair, np.ones((1, 2), bool))[0]
        return link if i == earlier else link.turned()

    def explained(self, pairs: Pairs, best: np.ndarray) -> list[Link]:
        """The links of the pairs one of their claims keeps (`best`, as `best_of` gives it),
        with why and which of the two keeps each."""
        keep = best.any(axis=1)
        return [
            self._explain(int(i), int(j), LABELS[label], float(score), cosines, keeps)
            for i, j, label, score, cosines, keeps in zip(
                *pairs.rows(keep), best[keep], strict=True
            )
        ]

    def _explain(
        self,
        i: int,
        j: int,
        label: str,
        score: float,
        cosines: Sequence[float],
        keeps: Sequence[bool],
    ) -> Link:
        """A pair's link, with why."""
        a, b = self.profiles[i], self.profiles[j]
        meaning, wording, subject = (float(value) for value in cosines)
        why: dict[str, object] = {
            "entities": [
                [name, a.entities[name], b.entities[name]]
                for name in sorted(set(a.entities) & set(b.entities))
            ],
            "years": sorted(a.years & b.years),
            "words": _shared_words(self._vector(i), self._vector(j), self._spelling(i)),
            "meaning": round(meaning, 3),
            "wording": round(wording, 3),
            "subject": round(subject, 3),
        }
        conflict = _figure_conflict(a.figures, b.figures)
        if conflict:
            why["figures"] = conflict
        if a.years and b.years and not a.years & b.years:
            why["dates"] = [sorted(a.years), sorted(b.years)]
        return Link(a.id, b.id, label, score, why, (bool(keeps[0]), bool(keeps[1])))


class _Sparse:
    """Sparse vectors, one a claim, kept by term: each term's claims in order, with their
    values. A product of two vectors sums over their shared terms one at a time in the terms'
    sorted order, whatever else is multiplied with them (so a pair scores the same to the last
    bit in any block, and in a build and an add)."""

    def __init__(self, vectors: Weighed) -> None:
        import numpy as np

        self.vocabulary, term = vectors.vocabulary, vectors.term  # the terms in sorted order
        self.size = len(vectors.start) - 1
        self.start = vectors.start
        claims = np.repeat(np.arange(self.size), np.diff(self.start))
        by_claim = np.argsort(claims * len(self.vocabulary) + term)  # each claim's terms, in order
        self.term, self.value = term[by_claim], vectors.value[by_claim]
        key = term * self.size + claims
        by_term = np.argsort(key)  # each term's claims, in order
        self.key, self.claim, self.weight = key[by_term], claims[by_term], vectors.value[by_term]

    def vector(self, claim: int) -> Vector:
        """A claim's vector as {term: value}."""
        span = slice(self.start[claim], self.start[claim + 1])
        return dict(
            zip(
                (self.vocabulary[t] for t in self.term[span].tolist()),
                self.value[span].tolist(),
                strict=True,
            )
        )

    def shared(self, rows: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """The product of each term a vector at rows shares with one of the claims lo..hi, and
        its cell (row's place × the block's width + the claim's place in the block), a row's
        terms in order: the order each cell's are summed in."""
        import numpy as np

        counts = self.start[rows + 1] - self.start[rows]
        place = _spans(self.start[rows], counts)
        row = np.repeat(np.arange(len(rows)), counts)
        term, value = self.term[place], self.value[place]  # each row's in the terms' order
        first = np.searchsorted(self.key, term * self.size + lo)
        found = np.searchsorted(self.key, term * self.size + hi) - first
        taken = _spans(first, found)  # the claims lo..hi that use each term
        cell = np.repeat(row * (hi - lo) - lo, found) + self.claim[taken]
        return cell, np.repeat(value, found) * self.weight[taken]

    def times(self, rows: np.ndarray, lo: int, hi: int) -> np.ndarray:
        """The products of the vectors at rows with those of the claims lo..hi, as a matrix."""
        import numpy as np

        cell, product = self.shared(rows, lo, hi)
        return np.bincount(cell, product, len(rows) * (hi - lo)).reshape(len(rows), hi - lo)

    def sums(self, rows: np.ndarray, lo: int, hi: int) -> tuple[np.ndarray, np.ndarray]:
        """`times` where a row and a claim share a term: their cells, in order, and products
        (summed in the same order); the other products are 0."""
        import numpy as np

        cell, product = self.shared(rows, lo, hi)
        cells, where = np.unique(cell, return_inverse=True)
        return cells, np.bincount(where, product, len(cells))


def _at(wanted: np.ndarray, cells: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which wanted cells are among the given cells (sorted), and the values at them: the
    given values there, 0 at the others."""
    import numpy as np

    place = np.searchsorted(cells, wanted)
    found = place < len(cells)
    found[found] = cells[place[found]] == wanted[found]
    result = np.zeros(len(wanted))
    result[found] = values[place[found]]
    return found, result


def _spans(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions from each start on, as many as its count, one span after another."""
    import numpy as np

    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())


def _figure_conflict(a: Sequence[Figure], b: Sequence[Figure]) -> list[list[str]]:
    """Figures of the same kind that differ, when no figure of that kind agrees."""
    if not a or not b:
        return []
    conflicts = []
    for kind in {f.kind for f in a} & {f.kind for f in b}:
        values_a = {f.value: f.text for f in a if f.kind == kind}
        values_b = {f.value: f.text for f in b if f.kind == kind}
        if not set(values_a) & set(values_b):
            conflicts.append([", ".join(values_a.values()), ", ".join(values_b.values())])
    return sorted(conflicts)


def spelling(text: str) -> dict[str, str]:
    """{stem: the word as the text first spells it} ('sanction': 'sanctions')."""
    spelled: dict[str, str] = {}
    for word in _WORD.findall(text):
        spelled.setdefault(stem(word.lower()), word)
    return spelled


def _shared_words(a: Vector, b: Vector, spelled: dict[str, str], most: int = 6) -> list[str]:
    """The shared content words that weigh most in the wording cosine, as the first claim
    spells them (`spelling`: 'sanctions', not the stem 'sanction')."""
    shared = sorted(a.keys() & b.keys(), key=lambda term: (-a[term] * b[term], term))
    return [spelled.get(term, term) for term in shared[:most]]
