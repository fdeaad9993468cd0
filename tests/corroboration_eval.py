"""How well `related` labels the hand-labelled pairs: precision and recall of `supports`.

Every labelled pair is scored by the same comparison the build runs (`corroboration.Comparison`),
so pairs below the stored candidates count too. Two sets: all 228 labelled pairs (LABELS), and
the "agreed" ones, leaving out the 15 doubtful pairs whose second, blind labelling disagreed.

    PYTHONPATH=. python -m tests.corroboration_eval      # the README's table
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from sinotech.corroboration import SUPPORTS, Comparison, Link
from sinotech.crossref import corroboration_inputs, cross_reference, stated_years
from sinotech.ingest import ingest_corpus
from sinotech.paths import bundled, user_cache_dir

from .corroboration_labels import LABELS, SECOND

_FIRST = {(a, b): label for a, b, label, _ in LABELS}
DISPUTED = {(a, b) for a, b, label, *_ in SECOND if _FIRST[a, b] != label}


class Point(NamedTuple):
    threshold: float
    precision: float
    recall: float
    kept: int


@functools.cache
def comparison() -> Comparison:
    """The bundled corpus's claims, compared as the build compares them."""
    documents = ingest_corpus(bundled("references"), [])
    claims = [(document.source_id, claim) for document in documents for claim in document.claims]
    found = cross_reference(documents, user_cache_dir())
    years = {claim: stated_years(dates) for claim, dates in found.dates.items()}
    profiles, meaning = corroboration_inputs(claims, found.mentions, years, user_cache_dir())
    return Comparison(profiles, meaning)


@functools.cache
def scored() -> dict[tuple[str, str], Link]:
    """Every labelled pair's link, as the build would compute it (label 'none' below CANDIDATE)."""
    compare = comparison()
    index = {item.id: i for i, item in enumerate(compare.profiles)}
    return {(a, b): compare(index[a], index[b]) for a, b, *_ in LABELS}


def labelled(agreed_only: bool = False) -> list[tuple[str, str, str]]:
    return [(a, b, label) for a, b, label, _ in LABELS if not (agreed_only and (a, b) in DISPUTED)]


def curve(pairs: list[tuple[str, str, str]], thresholds: list[float]) -> list[Point]:
    """Precision and recall of `supports` if it were given at each threshold (conflicts still
    veto it, as in the build)."""
    links = scored()
    positives = sum(label == "supports" for *_, label in pairs)
    points = []
    for threshold in thresholds:
        kept = [
            label
            for a, b, label in pairs
            if links[a, b].score >= threshold and _unvetoed(links[a, b])
        ]
        hits = kept.count("supports")
        precision = hits / len(kept) if kept else 1.0
        points.append(Point(threshold, precision, hits / positives, len(kept)))
    return points


def _unvetoed(link: Link) -> bool:
    return "dates" not in link.why and "figures" not in link.why


def at_default(agreed_only: bool = False) -> Point:
    """Precision and recall of the labels the build gives (`supports` at SUPPORTS)."""
    links = scored()
    pairs = labelled(agreed_only)
    kept = [label for a, b, label in pairs if links[a, b].label == "supports"]
    positives = sum(label == "supports" for *_, label in pairs)
    hits = kept.count("supports")
    return Point(SUPPORTS, hits / len(kept) if kept else 1.0, hits / positives, len(kept))


def main() -> None:
    thresholds = [round(0.20 + 0.02 * step, 2) for step in range(21)]
    print(
        "| threshold | precision (all 228) | recall | kept | precision (agreed) | recall | kept |"
    )
    print("|---|---|---|---|---|---|---|")
    rows = zip(curve(labelled(), thresholds), curve(labelled(True), thresholds), strict=True)
    for every, agreed in rows:
        mark = " (default)" if every.threshold == SUPPORTS else ""
        print(
            f"| {every.threshold:.2f}{mark} | {every.precision:.2f} | {every.recall:.2f} | "
            f"{every.kept} | {agreed.precision:.2f} | {agreed.recall:.2f} | {agreed.kept} |"
        )


if __name__ == "__main__":
    main()
