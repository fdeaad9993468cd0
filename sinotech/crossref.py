"""What the documents say together: entity mentions, stated dates, topics, corroborating claims.

Computed once, when the store is built, from the ingested documents:

- every claim's entity mentions (`entities.py`) and dates (`dates.py`);
- a topic for every claim: the report's own section for its claims, and for an article claim
  the report section whose claims it resembles most (TF-IDF centroid, `similarity.py`);
- corroborating pairs: claims in different documents that name the same specific things and
  say the same about them, scoring at least CORROBORATION_THRESHOLD.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import entities as entity_index
from .dates import DateMention, dates_in
from .similarity import Vector, centroid, cosine, terms, tf_idf
from .sources import REPORT_ID

if TYPE_CHECKING:
    from .ingest import Claim, Document

# Chosen on the labelled pairs in tests/corroboration_pairs.py (precision and recall in the
# README); the scores of the whole corpus fall off steeply above it.
CORROBORATION_THRESHOLD = 0.08
# Entities too common in this corpus to say what a claim is about.
_GENERIC = frozenset({"China", "Russia", "United States"})


@dataclass
class CrossReference:
    entities: list[entity_index.Entity]
    mentions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (entity, alias)
    dates: dict[str, list[DateMention]] = field(default_factory=dict)
    topics: dict[str, tuple[str, float]] = field(default_factory=dict)  # (section, score)
    related: list[tuple[str, str, float]] = field(default_factory=list)


def cross_reference(
    documents: list[Document], threshold: float = CORROBORATION_THRESHOLD
) -> CrossReference:
    """Mentions, dates, topics, and the pairs of claims that corroborate each other."""
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
    result.related = _corroborations(claims, result, threshold)
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
    claims: list[tuple[str, Claim]], result: CrossReference, threshold: float
) -> list[tuple[str, str, float]]:
    """Pairs of original claims from different documents scoring at least the threshold.

    Two claims state the same fact when they name the same specific things (entity cosine)
    and say the same about them (cosine of the words left once the names are taken out);
    the score is the geometric mean of the two, weighted 0.4 to 0.6.
    """
    originals = [(source, claim) for source, claim in claims if claim.duplicate_of is None]
    residuals = []
    for _, claim in originals:
        text = claim.text
        for _, alias in result.mentions[claim.id]:
            text = text.replace(alias, " ")
        residuals.append(terms(text, years=_years(result, claim.id)))
    entity_bags = [Counter(_specific(result, claim.id)) for _, claim in originals]
    words = tf_idf(residuals)
    names = tf_idf(entity_bags)
    pairs = []
    for i, (source_a, a) in enumerate(originals):
        for j in range(i + 1, len(originals)):
            source_b, b = originals[j]
            if source_a == source_b:
                continue
            shared_words = cosine(words[i], words[j])
            if not shared_words:
                continue
            score = shared_words**0.6 * (cosine(names[i], names[j]) + 0.01) ** 0.4
            if score >= threshold:
                pairs.append((a.id, b.id, round(score, 4)))
    return pairs
