"""What the documents say together: entity mentions, stated dates, topics, corroborating claims.

Computed once, when the store is built, from the ingested documents:

- every claim's entity mentions (`entities.py`) and dates (`dates.py`);
- a topic for every claim: the report's own section for its claims, and for an article claim
  the report section whose claims it resembles most (TF-IDF centroid, `similarity.py`);
- links between claims of different documents that state the same fact (`supports`), another
  figure for it (`contrasts`), or come close (`candidate`): `corroboration.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import entities as entity_index
from .corroboration import Link, Profile, corroborate, profile
from .dates import DateMention, dates_in
from .similarity import Vector, centroid, cosine, terms, tf_idf
from .sources import REPORT_ID

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np

    from .ingest import Claim, Document

# Entities too common in this corpus to say what a claim is about.
_GENERIC = frozenset({"China", "Russia", "United States"})


@dataclass
class CrossReference:
    entities: list[entity_index.Entity]
    mentions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (entity, alias)
    dates: dict[str, list[DateMention]] = field(default_factory=dict)
    topics: dict[str, tuple[str, float]] = field(default_factory=dict)  # (section, score)
    related: list[Link] = field(default_factory=list)


def cross_reference(documents: list[Document], cache: Path | None = None) -> CrossReference:
    """Mentions, dates, topics, and the labelled links between claims of different documents
    (sentence vectors are kept in the cache folder, when given, for the next build)."""
    claims = [(document.source_id, claim) for document in documents for claim in document.claims]
    texts = [claim.text for _, claim in claims]
    texts += [section.title for document in documents for section in document.sections]
    known = entity_index.with_harvest(entity_index.load(), texts)
    matcher = entity_index.Matcher(known)
    result = CrossReference(known)
    for _, claim in claims:
        result.mentions[claim.id] = [
            (entity.name, claim.text[start:end])
            for entity, start, end in matcher.mentions(claim.text)
        ]
        result.dates[claim.id] = dates_in(claim.text)
    _assign_topics(claims, result)
    result.related = _corroborations(claims, result, cache)
    return result


def _specific(result: CrossReference, claim_id: str) -> set[str]:
    return {name for name, _ in result.mentions[claim_id] if name not in _GENERIC}


def _years(result: CrossReference, claim_id: str) -> set[str]:
    return {mention.sort_key[:4] for mention in result.dates[claim_id]}


def _assign_topics(claims: list[tuple[str, Claim]], result: CrossReference) -> None:
    """The report's sections are the topic tree: its claims keep their section; any other
    claim (an article's, an added document's, whatever its own sections) takes the report
    section whose claims (words, entities and years together) it resembles most."""
    bags = [
        terms(claim.text, _specific(result, claim.id), _years(result, claim.id))
        for _, claim in claims
    ]
    vectors = {claim.id: vector for (_, claim), vector in zip(claims, tf_idf(bags), strict=True)}
    by_section: dict[str, list[Vector]] = {}
    for source, claim in claims:
        if _in_topic_tree(source, claim) and claim.duplicate_of is None:
            by_section.setdefault(str(claim.section), []).append(vectors[claim.id])
    centroids = {section: centroid(members) for section, members in by_section.items()}
    for source, claim in claims:
        if _in_topic_tree(source, claim):
            result.topics[claim.id] = (claim.section, 1.0)
            continue
        scores = {section: cosine(vectors[claim.id], c) for section, c in centroids.items()}
        best = max(sorted(scores), key=lambda section: scores[section])
        result.topics[claim.id] = (best, round(scores[best], 4))


def _in_topic_tree(source: str, claim: Claim) -> bool:
    return source == REPORT_ID and claim.section not in (None, "summary")


def _corroborations(
    claims: list[tuple[str, Claim]], result: CrossReference, cache: Path | None
) -> list[Link]:
    """The labelled links between original claims of different documents (`corroboration`)."""
    return corroborate(*corroboration_inputs(claims, result, cache))


def original_claims(claims: list[tuple[str, Claim]]) -> dict[str, list[Claim]]:
    """{source: its claims that repeat no other document's}, in document order."""
    by_source: dict[str, list[Claim]] = {}
    for source, claim in claims:
        if claim.duplicate_of is None:
            by_source.setdefault(source, []).append(claim)
    return by_source


def corroboration_inputs(
    claims: list[tuple[str, Claim]], result: CrossReference, cache: Path | None
) -> tuple[list[Profile], np.ndarray]:
    """The original claims' profiles and sentence vectors, grouped by document. Vectors are made
    a document at a time, so the cache holds one entry a document."""
    import numpy as np

    from .semantic import vectors

    by_source = original_claims(claims)
    profiles = [
        profile(claim, source, result.mentions[claim.id], _years(result, claim.id), _GENERIC)
        for source, members in by_source.items()
        for claim in members
    ]
    blocks = [vectors([claim.text for claim in members], cache) for members in by_source.values()]
    return profiles, np.concatenate(blocks) if blocks else np.zeros((0, 256), np.float32)
