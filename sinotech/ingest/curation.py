"""A bibliographer's decisions about the report's reference list, kept as reviewed data.

The parser in `references.py` reads the entries by rule; what a rule cannot know is here, each
with its reason: which names are written family name first, which bylines are organisations,
what kind of publication each periodical is, and the few errors in the printed entries that a
careful reader corrects (with the evidence for the correction).
"""

from __future__ import annotations

import re

# Chinese names the entries write family name first (as the publications' own bylines do).
FAMILY_NAME_FIRST = frozenset(
    {
        "Xi Jinping",
        "Yin Yeping",
        "Zhang Erchi",
        "Wang Lei",
        "Lu Bingheng",
        "Huang Jin",
        "Liu Zhen",
        "Yu Haoyuan",
        "Cheng Ting-Fang",
    }
)

# Bylines that are organisations, not people: cited as {"literal": …}.
ORGANISATION_WORDS = (
    "Ministry", "Administration", "Agency", "Institute", "Organization", "Organisation",
    "President of", "White House", "Department", "Government", "Huawei", "Rostec", "Reuters",
    "Staff", "Council", "Commission", "Foundation", "Corporation", "United States",
)  # fmt: skip

# Short forms an entry uses for an organisation it names in full elsewhere.
ORGANISATION_ALIASES = {"IISS": "International Institute for Strategic Studies"}

# Periodicals by kind; a periodical with a volume is a journal, any other is a magazine.
NEWSPAPERS = frozenset(
    {
        "Bloomberg", "CNBC", "CNN", "China News Network", "Financial Times", "Global Times",
        "Intellinews", "Nikkei Asia", "Politico", "Protocol", "RT", "Reuters",
        "Science and Technology Daily", "South China Morning Post", "Sputnik News",
        "TASS Russian News Agency", "The Guardian", "The Moscow Times", "The Telegraph",
        "Wall Street Journal",
    }
)  # fmt: skip
BLOGS = frozenset({"Gizchina", "Habr", "Lawfare"})
# Addresses of an institution's blog posts and web articles, which the entries print like its
# reports (author, title, institution, date): the address says what the work is.
# (IISS files its research papers under /blogs/research-paper/: they stay reports.)
POST_ADDRESSES = re.compile(r"(?://blogs?\.|/blogs?/)(?!research-paper/)")
PAGE_ADDRESSES = re.compile(r"weforum\.org/agenda/")  # the World Economic Forum's articles
# Italic names that are an institute's report series, not periodicals.
SERIES = frozenset({"DGAP Analysis", "Asie.Visions"})

# Corrections of the printed entries: (footnote, what is printed, what it should read, why).
ERRATA: tuple[tuple[int, str, str, str], ...] = (
    (
        1,
        "partnership with Russia post-Ukraine",
        "partnership with China post-Ukraine",
        "the chapter's title, as note 50 prints it; 'with Russia' is a slip",
    ),
    (
        3,
        "partnership with Russia post-Ukraine",
        "partnership with China post-Ukraine",
        "as note 1",
    ),
    (
        10,
        "partnership with Russia post-Ukraine",
        "partnership with China post-Ukraine",
        "as note 1",
    ),
    (
        36,
        "Matthew North Yandex, 'N.V: Pressure",
        "Matthew North, 'Yandex N.V.: Pressure",
        "the company name slipped out of the title (the URL reads yandex-nv-pressure-under-…)",
    ),
    (
        187,
        "Stephen Neillis Karen Freifeld and Alexander Alper",
        "Stephen Nellis, Karen Freifeld and Alexandra Alper",
        "the Reuters byline; note 90 spells the same reporter Alexandra Alper",
    ),
    (
        48,
        "https://cisss.umd.edu/",
        "https://cissm.umd.edu/",
        "the CISSM domain, as note 39 prints it",
    ),
    (
        62,
        "https://www.loyyinstitute.org/",
        "https://www.lowyinstitute.org/",
        "the Lowy Institute's domain, as note 12 prints it",
    ),
    (
        79,
        "https://www.loyyinstitute.org/",
        "https://www.lowyinstitute.org/",
        "as note 62",
    ),
    (
        184,
        "https://www.loyyinstitute.org/",
        "https://www.lowyinstitute.org/",
        "as note 62",
    ),
    (
        89,
        "Royal United Services Industry",
        "Royal United Services Institute",
        "RUSI's name, as note 134 prints it",
    ),
    (
        124,
        "November 26 2021",
        "November 26 2019",
        "the article's own address is dated 2019-11-26",
    ),
    (
        18,
        "Huawei, April 15 2020",
        "Huawei, April 15 2021",
        "the release's own address is dated 2021/4 and the report says 5G launched in 2021",
    ),
)

# Facts about a work that the entries leave out, recorded from a verified public source.
ENRICHMENT: dict[str, tuple[dict[str, str], str]] = {
    "a new sino-russian high-tech partnership": (
        {
            "title": (
                "A new Sino-Russian high-tech partnership: Authoritarian innovation in an era of "
                "great-power rivalry"
            ),
            "collection-title": "ASPI International Cyber Policy Centre Policy Brief",
            "number": "22/2019",
        },
        "the ASPI report page and PDF (shared corpus README)",
    ),
}
