"""The dates claims state ('In 2017', 'in March 2022', 'From 2019', 'by 2030', 'the late 2000s'),
normalised so a timeline can sort them.

Each mention gets an ISO-like value ('2017', '2022-03', '2020/2021' for a range, '2000s' for a
decade), a sort key, the word that qualifies it ('in', 'since', 'by', …; 'mention' for a bare
year such as "Russia's 2015 sale") and the text it was read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = ("January February March April May June July August September October November "
           "December").split()  # fmt: skip
_MONTH = "|".join(_MONTHS)
_QUALIFIER = (
    r"(?P<qualifier>[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]s of"
    r"|[Tt]hroughout)"
)
_PATTERN = re.compile(
    rf"(?:\b{_QUALIFIER}\s+(?:the\s+)?)?"
    rf"(?:(?P<part>early|mid|late)[- ])?"
    rf"(?:(?P<month>{_MONTH})(?:\s+and\s+(?P<month2>{_MONTH}))?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+)?"
    r"\b(?P<year>(?:19[5-9]\d|20[0-4]\d))(?P<decade>s)?"
    r"(?:\s*[–-]\s*(?P<end>\d{2}(?:\d{2})?)\b)?"
)


@dataclass(frozen=True)
class DateMention:
    value: str  # '2017', '2022-03', '2020/2021', '2000s'
    sort_key: str  # sortable: '2017', '2022-03', '2020', '2000'
    qualifier: str  # in, since, from, by, until, during, before, after, as of, mention
    text: str


def dates_in(text: str) -> list[DateMention]:
    """Every date the text states, left to right."""
    found = []
    for match in _PATTERN.finditer(text):
        year = match["year"]
        qualifier = (match["qualifier"] or "mention").lower()
        if match["decade"]:
            value = sort_key = f"{year}s"
            sort_key = year
        elif match["end"]:
            end = match["end"] if len(match["end"]) == 4 else year[:2] + match["end"]
            value, sort_key = f"{year}/{end}", year
        elif match["month"]:
            month = _MONTHS.index(match["month"]) + 1
            value = sort_key = f"{year}-{month:02d}"
            if match["month2"]:
                value = f"{year}-{month:02d}/{year}-{_MONTHS.index(match['month2']) + 1:02d}"
            if match["day"]:
                value = sort_key = f"{year}-{month:02d}-{int(match['day']):02d}"
        else:
            value = sort_key = year
        if match["part"]:
            value = f"{match['part']} {value}"
        found.append(DateMention(value, sort_key, qualifier, match.group().strip()))
    return found
