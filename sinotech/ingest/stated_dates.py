"""A date as a document states it ("12 May 2021", "May 12th, 2021", "2021-05-12T09:00Z",
"25/12/2020", "September 2023", "2019") as ISO 8601, as precise as stated.

One reading for every reader's metadata (pandoc's YAML and core properties, a page's meta tags,
a PDF's title block, a plain text's date line), so the same written date gives the same ISO
date whatever the file's format.
"""

from __future__ import annotations

import re
from datetime import date

from .references import MONTHS

_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?!\d)")
_ORDINAL = r"(?:st|nd|rd|th)?"
_WRITTEN = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}}){_ORDINAL}\s+)?(?P<month>[A-Za-z]+)\.?,?\s+"
    rf"(?:(?P<d2>\d{{1,2}}){_ORDINAL},?\s+)?(?P<year>\d{{4}})$"
)
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def iso_date(text: str | None) -> str | None:
    """The ISO date a text states, or None. A numeric date whose day and month cannot be told
    apart (05/06/2020) gives its year only; a text naming one year and nothing else readable
    gives that year."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if not text:
        return None
    if match := _ISO.match(text):
        return from_parts(match[1], match[2], match[3])
    if (match := _WRITTEN.match(text)) and match["month"].lower() in MONTHS:
        return from_parts(match["year"], match["month"], match["d1"] or match["d2"])
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[2]), match[3]
        if first > 12 >= second:
            return from_parts(year, str(second), str(first))  # day first: 25/12/2020
        if second > 12 >= first:
            return from_parts(year, str(first), str(second))  # month first: 12/25/2020
        return year
    years = set(_YEAR.findall(text))
    return years.pop() if len(years) == 1 else None


def from_parts(year: str, month: str | None = None, day: str | None = None) -> str | None:
    """'2021', 'May' or '5', '12' → '2021-05-12', as precise as given; None for a date that
    does not exist (31 February)."""
    number = None
    if month:
        number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if number is None:
            return None
    try:
        date(int(year), number or 1, int(day) if day else 1)
    except ValueError:
        return None
    if number is None:
        return f"{int(year):04d}"
    return f"{int(year):04d}-{number:02d}" + (f"-{int(day):02d}" if day else "")
