"""Footnote and reference-list text → CSL-JSON works, for documents of any citation style.

The bundled report has a parser tuned to its own style (`references.py`); a document a user adds
may use Chicago notes or bibliography, APA, Harvard, MLA, Wikipedia's template output, or plain
web citations, with or without Markdown italics. No maintained PyPI parser reads these well offline
(docs/citation-parsers.md), so this one reads them as a bibliographer does, by shape:

1. a note splits into citations at `;`, at a new sentence opening a cue ("See also", "Cf."),
   and after a sentence that is a whole citation when commentary follows ('Jones, "Moon
   Base." On the crash itself, see …') or another citation follows, as Wikipedia prints its
   templates one after another ('… *The War Zone*. and "AVIC …"', '… 2024. Kang, Li (2019).
   …'); periods of initials and abbreviations ("D.C.", "et al.", "Vol.") end no sentence
   (a lone "Surname, Given" piece is an author list split by `;`, and is joined back);
2. commentary before a cue ("On this point see …") is dropped, the cue kept as the prefix;
3. Ibid./Id., Chicago short forms, author-date and MLA author–page references ("Lukin 370",
   "Kluge and Paul 5") resolve to the earlier citation's work, or cite nothing;
4. otherwise links, access and archive dates are taken out, the head (authors, date) and title
   found (quoted, italic, after an author-date head, or the first sentence or clause), and what
   follows read as chapter, journal, publication, report or thesis details, dates and a pinpoint.

A bare URL is a webpage whose title is the URL itself and a bare DOI a work whose title is its
doi.org link: a slug is no title, and a later look-up (Crossref) can fill the real one in.
A DOI given as a doi.org link is kept as `DOI` only; a publisher's address that holds one
(`tandfonline.com/doi/full/10.…`) gives both. Pinpoints are written "p. 8" / "pp. 12-14",
page ranges with a hyphen. A range after a journal's volume is the article's `page`; pages after
a book's publication details, and single pages, are the note's locator.
"""

from __future__ import annotations

import copy
import re

from .references import MONTHS, Citation, Item, doi_in_url

# Capital and small letters of the Latin and Cyrillic alphabets, for names in either.
_UP = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_LO = "a-zß-öø-ÿа-яё"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_SEASON = r"(?:Spring|Summer|Autumn|Fall|Winter)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DATE = re.compile(
    rf"(?<!\w)(?P<iso>(?P<iy>{_YEAR})-(?P<im>[01]\d)(?:-(?P<id>[0-3]\d))?)(?![\d-])"
    rf"|(?<!\w)(?P<dmy>(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>{_YEAR}))\b"
    rf"|(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>{_YEAR}))\b"
    rf"|(?<!\w)(?P<ymd>(?P<y3>{_YEAR}),?\s+(?P<m3>{_MONTH})(?:\s+(?P<d3>[0-3]?\d))?)(?![\w-])"
    rf"|(?P<range>(?:{_MONTH}\s*[/–-]\s*{_MONTH}|{_SEASON}(?:\s*[/–-]\s*{_SEASON})?),?\s+"
    rf"(?P<y5>{_YEAR})(?:\s*[/–-]\s*(?:{_YEAR}|\d\d)(?!\d))?)(?![\w-])"
    rf"|(?P<my>(?P<m4>{_MONTH}),?\s+(?P<y4>{_YEAR}))\b"
    rf"|(?P<nd>\bn\.\s?d\.)"
    rf"|(?<![\w/.:-])(?P<y6>{_YEAR})[a-z]?(?![\w/-]|\.\d)"
)
_URL = re.compile(
    r"<?(?:(?:https?|ftp)://|www\.)[^\s<>\"]+>?"
    r"|(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|mil|ru|cn|uk|de|fr|eu|io|info|asia"
    r"|news|au|ca|jp|in|kz|ua)/[^\s<>\"]*"
)
_DOI = re.compile(r"(?:\bdoi:\s*|\bDOI:?\s*)?\b(?P<doi>10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_ARCHIVE_HOSTS = ("web.archive.org", "archive.ph", "archive.is", "archive.today", "webcitation")
_ACCESSED = re.compile(
    r"[\[(]?\s*(?:[Ll]ast\s+)?(?:[Aa]ccessed|[Rr]etrieved|[Vv]iewed|[Cc]onsulted|[Dd]ate accessed)"
    r"(?:\s+on)?:?\s*(?P<date>[^\[\]();]*?\d{4})\s*[\])]?(?:,?\s*from)?(?=[.,;\s]|$)"
)
_ARCHIVED = re.compile(
    r"\(?\s*Archived\s+(?:from\s+the\s+original\s+)?(?:\(\s*\)\s*)?(?:on\s+)?"
    r"[^.;]*?(?:\d{4}|Wayback Machine)\s*\)?\.?"
)
_NOISE = re.compile(
    r"\[[Oo]nline\]|\b(?:Available:|Available\s+(?:at|from|online)|Retrieved\s+from|Online\s+at|URL)\s*:?"
    r"|(?:^|(?<=[.,]\s))(?:Web|Print|Online|Internet)\.(?=\s|$)"
)
_IDENTIFIER = re.compile(
    r"\b(?P<kind>ISBN|ISSN|PMID|PMC|OCLC|S2CID|JSTOR|Bibcode|LCCN|SSRN|hdl|arXiv)(?:-1[03])?"
    r"\s*:?\s*(?P<value>(?:PMC)?[\dXx](?:[\dXx\s-]*[\dXx])?|[\w./:-]*\w)(?![\w-])"
)
_IDENTIFIER_FIELDS = {"ISBN": "ISBN", "ISSN": "ISSN", "PMID": "PMID", "PMC": "PMCID"}
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth").split()
_EDITION = re.compile(
    rf"\(?\b(?P<edition>\d+)(?:st|nd|rd|th)\s+(?:ed(?:n|ition)?)\b\.?\)?"
    rf"|\(?\b(?P<word>{'|'.join(_ORDINALS)})\s+(?:ed(?:n|ition)?)\b\.?\)?",
    re.IGNORECASE,
)
# An APA bracket that describes the work's form rather than translating its title.
_DESCRIPTOR = re.compile(
    r"(?i)\b(?:press release|tweet|video|film|podcast|audio|recording|report|data\s?set|fact"
    r" sheet|infographic|abstract|editorial|letter|blog|post|photograph|image|map|software|slides"
    r"|lecture|webinar|interview|speech|transcript|brochure|paper|brief|review|comment|television"
    r"|radio|episode|motion picture|online|computer|app|memo|database|preprint|sic|manuscript"
    r"|presentation|poster|session|conference|symposium|workshop|address|notes|syllabus|data"
    r"|audiobook|album|song|painting|artwork|description|translation|summary)\b"
)
_LANGUAGE = re.compile(
    r"\s*[\[(](?:[Ii]n\s+)?(?P<language>Russian|Chinese|English|French|German|Japanese|Korean)"
    r"(?:\s+language)?[\])]"
)
# Wikipedia's (cs1) labels after a title: the file's format "(PDF)", the work's kind "(Report)",
# "(Press release)", "(Thesis)". They are no part of the title.
_CS1_LABEL = re.compile(
    r"\s*\((?:(?P<medium>PDF|DOC|DOCX|XLS|XLSX|PPT|PPTX|CSV|ZIP|MP3|MP4|EPUB)"
    r"|(?P<genre>Report|Technical report|Press release|Thesis|PhD thesis|Doctoral dissertation"
    r"|Master's thesis|Master’s thesis|Working paper|Preprint|Speech|Interview|Map|Video"
    r"|Podcast|Data set|Dataset|Fact sheet|Letter|Memorandum|Transcript))\)(?=[\s.,;]|$)"
)
_LANGUAGE_CODES = {"Russian": "ru", "Chinese": "zh", "English": "en", "French": "fr",
                   "German": "de", "Japanese": "ja", "Korean": "ko"}  # fmt: skip
_PREFIX = re.compile(
    r"^(?:[Aa]nd\s+(?=[Ss]ee|[Cc]f\.|[Aa]lso))?(?P<prefix>(?:[Ss]ee,?\s+(?:also|generally|e\.g\.|for\s+example|for\s+instance)"
    r"|[Bb]ut\s+see|[Aa]lso\s+see|[Ss]ee|[Cc]f\.|[Cc]ompare|[Ff]or\s+(?:example|instance)"
    r"|[Ee]\.g\.|[Qq]uoted\s+in|[Cc]ited\s+in|[Aa]s\s+cited\s+in|[Aa]lso),?)(?=\s)\s*"
)
# A cue after commentary: "On this point see Lee, …", "as quoted in …".
_CUE = re.compile(
    r"(?:^|[\s(])(?P<cue>(?:[Ss]ee(?:,?\s+(?:also|generally|e\.g\.|for\s+example))?"
    r"|[Cc]f\.|[Qq]uoted\s+in|[Cc]ited\s+in|[Rr]eported\s+(?:in|by)))[,:]?\s+"
)
_IBID = re.compile(r"^(?:[Ii]bid(?:em)?|Id|[Ii]b)\.?(?=[\s,.:;]|$)[\s,.:]*(?:at\s+)?")
_OP_CIT = re.compile(r",?\s*\b(?:op\.\s*cit|loc\.\s*cit|supra(?:\s+note\s+\d+)?)\.?", re.I)
_LOCATOR_LABEL = r"(?:pp?|paras?|chaps?|secs?|nn?|figs?|tabs?|lines?|cols?|art|arts|§§?|¶¶?|at)\.?"
_NUMBERS = (
    r"(?:[A-Z]\d+|[\dxivlc]+)(?:\s*[-–—]\s*[\dxivlc]+)?(?:\s*(?:,|and|&)\s*\d+(?:\s*[-–—]\s*\d+)?)*"
)
_LABELLED_LOCATOR = re.compile(
    rf"(?:^|[,:;.(]?\s+|[,:])(?P<locator>{_LOCATOR_LABEL}\s*{_NUMBERS}(?:\s*n\.?\s*\d+)?)\)?$",
    re.IGNORECASE,
)
_PAGE = r"(?!(?:19|20)\d\d\b)\d+"
_BARE_LOCATOR = re.compile(
    rf"(?:^|[,:]\s*|(?<=\))\s*,?\s*)(?P<locator>{_PAGE}(?:\s*[-–—]\s*\d+)?(?:,\s*{_PAGE}"
    r"(?:\s*[-–—]\s*\d+)?)*"
    r"|[ivxlc]+(?:\s*[-–—]\s*[ivxlc]+)?)$"
)
_VOLUME = re.compile(
    r"\b[Vv]ol(?:ume)?\.?\s*(?P<v1>\d+)(?:[,.]?\s*(?:[Nn]o|[Ii]ss(?:ue)?|[Nn]umber|[Nn]r)\.?\s*"
    r"(?P<i1>\d+(?:[-/]\d+)?))?"
    r"|(?<![\w./-])(?P<v2>\d{1,4})\s?\((?P<i2>(?!(?:19|20)\d\d\))\d{1,4}(?:[-/]\d+)?)\)"
    r"|(?<![\w./-])(?P<v3>\d{1,4}),?\s+(?:no|iss|issue)\.?\s*(?P<i3>\d+(?:[-/]\d+)?)"
    r"|(?:(?<=\*\s)|(?<=\*,\s)|(?<=\*))(?!(?:19|20)\d\d\b)(?P<v4>\d{1,4})(?:\s?\((?P<i5>(?!(?:19|20)\d\d\))\d{1,4}(?:[-/]\d+)?)\))?(?=\s*[(:,.]|$)"
    r"|(?<=[A-Za-z]),\s(?P<v6>\d{1,4}),\s(?=e?\d+[.,]?\s*$|\d+\s*[-–—]\s*\d+)"
    r"|(?<=[A-Za-z])\s(?P<v5>\d{1,4})(?=\s\((?:[A-Z][a-z]+\.?\s)?(?:19|20)\d\d\))"
    r"|(?:^|(?<=[\s,]))(?:[Nn]o|[Ii]ssue)\.?\s*(?P<i4>\d+(?:[-/]\d+)?)(?=[\s,.(]|$)"
)
_PAGE_RANGE = re.compile(
    r"(?:^|[,:.]\s*|\s)(?P<label>pp?\.\s*)?(?P<first>[A-Za-z]?\d+)\s*[-–—]\s*(?P<last>[A-Za-z]?\d+)"
    r"(?=[.,;)\s]|$)"
)
_SINGLE_PAGE = re.compile(r"(?:^|[,.]\s*)(?P<label>pp?\.\s*)(?P<first>[A-Za-z]?\d+)(?=[.,;)\s]|$)")
_CHAPTER_APA = re.compile(
    r"^[Ii]n:?\s+(?P<editors>[^*]+?)\s*\((?P<role>[Ee]ds?\.?|[Ee]ditors?)\),?\s*"
    r"(?P<book>\*[^*]+\*|[^(.]+)\s*(?:\((?P<pages>(?:pp?\.\s*)?[\dA-Za-z]+\s*[-–—]\s*"
    r"[\dA-Za-z]+)\))?[.,]?\s*(?P<tail>.*)$"
)
_CHAPTER_CHICAGO = re.compile(
    r"^[Ii]n:?\s+(?P<book>\*[^*]+\*|[^,(]+?)\s*,?\s*(?:(?:ed|eds)\.|[Ee]dited\s+by)\s+"
    r"(?P<editors>.+?)(?P<tail>(?:\s*\(|,\s*(?:pp?\.\s*)?\d|[.,]\s+[A-Z][\w .'’-]*:|\.\s|\s*$).*)$"
)
_CHAPTER_PLAIN = re.compile(r"^[Ii]n:?\s+(?P<book>\*[^*]+\*)\s*(?P<tail>.*)$")
_PUBLICATION_PAREN = re.compile(r"\((?P<inner>[^()]*?[^()\s])\)")
_PLACE_PUBLISHER = re.compile(
    rf"(?:^|(?<=[.,]\s)|(?<=\)\s))(?P<place>[{_UP}][\w.'’-]*(?:[ -][{_UP}][\w.'’-]*)*"
    rf"(?:,\s*[{_UP}][\w.]*(?:\s[{_UP}][\w.]*)?)?)\s*:\s*(?P<publisher>[{_UP}][^:;*]*?)"
    r"(?=,\s*(?:\d{4}|n\.\s?d\.)|\.\s|[.,]?\s*$)"
)
_GENRE = re.compile(
    r"(?P<genre>(?:[A-Z]{2,5}\s+)?(?:(?:Research|Policy|Working|Occasional|Discussion|Technical"
    r"|Special|Issue|Background|Briefing|Conference|Analytical|Staff|White|Country|Annual|Task "
    r"Force|Strategic|Insight|Intelligence|Congressional)\s+)*(?:Report|Paper|Brief|Briefing"
    r"|Memo|Memorandum|Insight|In Focus|Commentary|Analysis|Note|Study|Monograph)s?)\b"
    r"(?:\s*(?:[Nn]o\.|[Nn]umber|#)?\s*(?P<number>[A-Z]{0,4}[-\s]?\d(?:[\w./-]*\w)?))?"
)
_REPORT_TITLE = re.compile(r"\b(?:Report|Working Paper|White Paper|Policy Brief)\b")
_THESIS = re.compile(
    r"(?P<genre>(?:PhD|Ph\.\s?D\.|Doctoral|Master['’]?s|MA|MPhil|M\.A\.|DPhil)\s*"
    r"(?:diss(?:ertation)?\.?|thesis))",
    re.IGNORECASE,
)
_LEGISLATION = re.compile(
    r"^(?:(?:Federal|Public|Constitutional)\s+Law\b|Law\s+(?:of|on)\b|Decree\b|Executive Order"
    r"|Presidential Decree|.*\bLaw\s+of\s+the\b|Resolution\s+(?:No\.|of)|Regulation\s+\("
    r"|Directive\b)"
    r"|\bAct(?:\s+of\s+\d{4}|,\s*\d{4}|\s+\d{4})?$|\b\d+\s+U\.S\.C\.|\bPub\.\s*L\.|\bStat\.\s*\d"
)
_NEWSPAPER = re.compile(
    r"\b(?:Times|Post|News|Daily|Herald|Tribune|Gazette|Guardian|Telegraph|Chronicle|Observer"
    r"|Independent|Gazeta|Kommersant|Vedomosti|Izvestiya?|Ribao|Novosti|Reuters|Bloomberg|Xinhua|TASS|Interfax"
    r"|Sputnik|Nikkei|Asahi|Yomiuri|Le Monde|Pravda|Journal)\b"
)
_WIRE_SERVICES = frozenset({"Reuters", "Bloomberg", "Xinhua", "Interfax", "Sputnik", "Kremlin",
                            "Kyodo", "Yonhap", "Novosti"})  # fmt: skip
_ORGANISATION_WORDS = frozenset(
    "Agency Academy Administration Assembly Association Authority Bank Board Bureau Cabinet Center"
    " Centre Club College Endowment Commission Committee Company Congress Corporation Council Court"
    " Department Embassy Federation Forum Foundation Fund Government Group Inc Inc. Initiative"
    " Institute Institution Laboratory League Ltd Ltd. Media Ministry Network News Office"
    " Organisation Organization Parliament Party Press Program Programme Project Research Republic"
    " Secretariat Senate Service Society Staff Studies Times Union University Nations Agency"
    " Commissioner Presidency Duma Directorate Command Forces Army Navy Embassy Watch Rights"
    " Alliance Coalition Council Trust Partnership Observatory Monitor Bureau Consortium"
    " Chamber Office Institute Tank Lab Labs Group Watchdog Amnesty Transparency System Systems"
    " Holding Holdings Co. Corp. LLC PLC GmbH".split()
)
# Words that make a byline an organisation's, not a person's, though they name no institution
# in a periodical's or publisher's name (so `_is_organisation` does not read them): "U.S.
# Geological Survey", "China Unicom Global", "Russian Helicopters". No family name is one of them.
_ORGANISATION_NAME_WORDS = _ORGANISATION_WORDS | frozenset(
    "Survey Global Telecom Telecommunications Communications Mobile Airlines Airways Aviation"
    " Aerospace Helicopters Industries Industry Technologies Technology Electronics Motors"
    " Petroleum Oil Gas Energy Energies Railways Railway Shipping Mining Metals Resources"
    " Solutions Services Capital Partners Associates Consulting Analytics Statistics Census"
    " Customs Police Navigation Telegraph Radio Television Broadcasting Insurance Securities"
    " Exchange Airport Nuclear Atomic Space Defence Defense Mobility Electric Machines Chemicals"
    " Chemical Pharmaceuticals Automotive Semiconductor Semiconductors Microelectronics Robotics"
    " Logistics Shipbuilding Shipyard Networks Software Instruments Dynamics".split()
)
# A country or region at the end of a name is a company's branch or a firm's ("Trivium China",
# "Huawei Russia", "Google Japan"): no family name is one of these.
_PLACE_ENDINGS = frozenset(
    "China Russia Japan Korea Germany Ukraine Taiwan Vietnam Mongolia Kazakhstan Pakistan Iran"
    " Europe Asia Eurasia Africa America Americas India".split()
)
# A byline that opens with a country, a nationality or an institution's adjective is an
# organisation's ("Russian Helicopters", "U.S. Geological Survey", "China Unicom Global",
# "National Development and Reform Commission"): no given name is one of these words.
_ORGANISATION_OPENERS = frozenset(
    "U.S. US U.S U.K. UK E.U. EU U.N. UN PRC USSR American British Chinese Russian Soviet"
    " European Eurasian Japanese Korean Indian German French Ukrainian Kazakh Mongolian Iranian"
    " Turkish Canadian Australian Asian African Arctic Pacific Atlantic Sino Sino-Russian"
    " International National Federal Royal Imperial Central Global World United People's"
    " China Russia Japan Korea Germany France Britain Ukraine Taiwan Vietnam Mongolia Kazakhstan"
    " Pakistan Iran Beijing Moscow Shanghai Shenzhen".split()
)
# A company's legal form ends its name: "Huawei Investment & Holding Co., Ltd.", "Acme Inc.",
# "Siemens AG", "Yandex N.V.": the name is one organisation, its commas split no authors.
_COMPANY = re.compile(
    r"(?:,?\s+(?:Co\.?,?\s*Ltd\.?|Co\.|Corp\.?|Ltd\.?|Limited|Inc\.?|Incorporated|LLC|L\.L\.C\."
    r"|LLP|PLC|plc|GmbH|AG|S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|Pty\.?|P?JSC|Holdings?|Group))+\.?$"
)
# Publishers of report series named by their acronym ("CRS Report R46937").
_SERIES_PUBLISHERS = {"CRS": "Congressional Research Service", "GAO": "Government Accountability"
                      " Office", "CBO": "Congressional Budget Office"}  # fmt: skip
_FUNCTION_WORDS = frozenset({"of", "the", "for", "on", "in"})
_DETERMINERS = frozenset("The A An This That These Those Its It Their Our Such".split())
_PARTICLES = frozenset("van von der den de del della di da dos du la le al el bin ibn ter".split())
_NAME_SUFFIX = re.compile(r",?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai"
    r"|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|ü|v)(?![aeiouü])){1,2}$",
    re.IGNORECASE,
)
_CHINESE_SURNAMES = frozenset(
    "Bai Cai Cao Chen Cheng Cui Dai Deng Ding Dong Du Fan Fang Feng Fu Gao Gong Gu Guo Han Hao He"
    " Hou Hu Huang Jia Jiang Jin Kong Lei Li Liang Liao Lin Liu Long Lu Luo Ma Mao Meng Pan Peng"
    " Qian Qin Qiu Ren Shao Shen Shi Song Su Sun Tan Tang Tian Wan Wang Wei Wen Wu Xi Xia Xiao"
    " Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao Zheng Zhong Zhou Zhu Zou".split()
)
# A period ends a sentence unless it closes an initial or a common abbreviation.
_ABBREVIATIONS = re.compile(
    rf"(?:\b[{_UP}]|\b(?:[Vv]ol|[Nn]o|[Ee]d|[Ee]ds|[Tt]rans|pp?|[Ii]nc|[Ll]td|[Cc]o|[Cc]orp|[Dd]r|[Mm]r"
    r"|[Mm]rs|[Mm]s|[Pp]rof|[Ss]t|[Jj]r|[Ss]r|vs|[Ee]tc|[Ii]bid|al|[Dd]ept|[Gg]ov|[Uu]niv|[Rr]ev"
    r"|[Ee]dn|n\.d|U\.S|U\.K|U\.N|E\.U|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep"
    r"|[Ss]ept|[Oo]ct|[Nn]ov|[Dd]ec|[Cc]f|[Ee]\.g|[Ii]\.e|[Dd]iss|[Nn]\.|[Cc]h|[Cc]hap))$"
)
_OPENING_QUOTES = "\"“‘'«„"
_CLOSING = {'"': '"”“', "“": '”"', "‘": "’'", "'": "'’", "«": "»", "„": '“”"'}


def parse_note(source: str, n: int, text: str, previous: list[Citation]) -> list[Citation]:
    """Every work that note n cites, in order. `previous` is every citation of the earlier notes
    of the same document (for Ibid., 'Id.', and Chicago short-form notes such as
    'Lee, "China-Russia cooperation," 12.' which must resolve to the earlier full citation's
    work: same item (deep copy), new locator). A note that cites no work (pure commentary) → []."""
    citations: list[Citation] = []
    text = re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()
    # A note's own number printed before its text ('12 Ibid.', '3. Lo, …') is no part of it.
    text = re.sub(rf"^\[?{n}(?:[.)\]]|\s)\s*(?=[^\d\s.,;:)\]])", "", text)
    for raw in _split(text, previous):
        citations.extend(_citations(source, n, raw, previous, citations))
    for citation in citations:
        _given_name_first(citation, text)
    return citations


def _given_name_first(citation: Citation, note: str) -> None:
    """A Chinese name printed as two pinyin syllables that are both family names ('Yang Zhou',
    'Wei Li') is read family name first, unless the note itself calls the person by the second
    alone ('Zhou describes …', 'Li and Harper suggest …') and never by the first alone: then the
    name was printed given name first, as English-language publications often print it."""
    for person in citation.item.get("author") or []:  # type: ignore[union-attr]
        family, given = person.get("family"), person.get("given")  # type: ignore[union-attr]
        if not family or not given or family not in _CHINESE_SURNAMES:
            continue
        if given not in _CHINESE_SURNAMES or given == "He" or f"{family} {given}" not in note:
            continue
        rest = note.replace(f"{family} {given}", " ")
        if re.search(rf"(?<![\w'’-]){given}(?![\w'’-])", rest) and not re.search(
            rf"(?<![\w'’-]){family}(?![\w'’-])", rest
        ):
            person["family"], person["given"] = given, family  # type: ignore[index]


def _citations(
    source: str, n: int, raw: str, previous: list[Citation], done: list[Citation]
) -> list[Citation]:
    """The works one piece of a note cites: itself as a citation, or the author-date references
    ('(Lo 2008, 45)') that commentary makes to works cited earlier."""
    earlier = previous + done
    text = _normalise(raw).strip()
    signal = _PREFIX.match(text)
    prefix = _capitalised(signal["prefix"]) if signal else None
    references = _in_text_references(text[signal.end() :] if signal else text, earlier)
    if references is None:
        citation = _citation(source, n, len(done) + 1, raw, earlier)
        return [] if citation is None else [citation]
    return [
        Citation(
            source,
            n,
            len(done) + index,
            raw,
            copy.deepcopy(before.item),
            locator=locator,
            prefix=cue or prefix,
            et_al=before.et_al,
        )
        for index, (before, locator, cue) in enumerate(references, 1)
    ]


def _normalise(text: str) -> str:
    """Markdown links as text and URL, `_italic_` and `__x__`/`**x**` as `*italic*`."""
    text = re.sub(r"\[([^\]]+)\]\((\S+?)\)", lambda m: _link(m[1], m[2]), text)
    text = re.sub(r"\*\*([^*]+)\*\*|__([^_]+)__", lambda m: f"*{m[1] or m[2]}*", text)
    text = re.sub(r"(?<![\w/*])_(?=\S)([^_]+?)(?<=\S)_(?![\w/*])", r"*\1*", text)
    # APA italicises a volume number ('*6*(3)'): a number is never a title.
    text = re.sub(r"(?<=\d)--(?=\d)", "–", text)
    text = re.sub(r"\*(\d{1,4})\*", r"\1", text)
    # '*Telecommunications Policy, 47*(8)': the journal's name alone is italic here.
    return re.sub(r"\*([^*]*[^*\d\s,]),\s*(\d{1,4})\*(?=\(|,|\.|\s|$)", r"*\1*, \2", text)


def _link(label: str, url: str) -> str:
    return url if label.strip("<> ") == url else f"{label}, {url}"


def _split(text: str, earlier: list[Citation]) -> list[str]:
    """The note's citations, verbatim: at `;` outside brackets, quotes and italics, at a
    sentence that opens with a cue such as "See also", and after a sentence that is a whole
    citation when a sentence of commentary follows it (`_split_commentary`)."""
    pieces: list[str] = []
    depth, italic, quoted, start = 0, False, False, 0
    for index, char in enumerate(text):
        if char in "([<":
            depth += 1
        elif char in ")]>":
            depth = max(depth - 1, 0)
        elif char == "*":
            italic = not italic
        elif char in "“”":
            quoted = char == "“"
        elif char == ";" and not depth and not italic and not quoted:
            pieces.append(text[start:index])
            start = index + 1
    pieces.append(text[start:])
    result: list[str] = []
    for piece in pieces:
        parts = re.split(
            r"(?:(?<=[.)\]])|(?<=[.?!][\"”’]))\s+(?=Cf\.\s|(?:See|Compare|Also see|But see"
            r"|For (?:example|instance|more)|Quoted in|Cited in)\b"
            rf"|{_COMMENTARY_CUE.pattern})",
            piece.strip(),
        )
        for part in parts:
            for sentence in _split_commentary(part.strip(), earlier):
                result.extend(_split_prose_join(sentence, earlier))
    return _join_split_authors([part for part in result if part])


# Prose that joins two citations after a title: 'Rostec, "General Contract," with the
# assessment in IISS, *The Military Balance 2022* …'.
_PROSE_JOIN = re.compile(
    r"(?:(?<=[,.][\"”’])|(?<=[\"”’*],))\s+(?=(?:with|and|against|versus|than|alongside|but"
    r"|while|whereas)\s+(?:[a-z]+\s+){0,6}?[a-z]+,?\s+[A-Z])"
)


def _split_prose_join(piece: str, earlier: list[Citation]) -> list[str]:
    """A citation, then prose that leads to another's byline and title: two citations, the
    prose dropped as the second's lead-in (`_after_lead_in`)."""
    for join in _PROSE_JOIN.finditer(piece):
        before, after = piece[: join.start()], piece[join.end() :]
        cited = _after_lead_in(after)
        if cited != after and _first_title(cited) and _whole_citation(before, earlier):
            return [before.strip(), *_split_prose_join(after, earlier)]
    return [piece]


# Commentary that leads to a cue: "On the crash itself, see …", "For a contrary view, cf. …".
_COMMENTARY_CUE = re.compile(
    r"(?:On|For|Regarding|Concerning|About|Compare)\s[^.;\"“”*()]{1,80}?,?\s(?:see|cf\.)\s"
)
# A sentence of a citation, not of commentary, that opens with ordinary words.
_CONTINUATION = re.compile(
    r"^(?:[A-Z]\w*\s+)?(?:presented|delivered|given|prepared|submitted|read|issued|released"
    r"|published|posted|broadcast|aired|held|made|edited|translated|compiled|accessed|retrieved"
    r"|available|archived|originally|first|reprinted|republished|last|updated|revised|modified"
    r"|unpublished|release|manuscript|produced|directed|written|hearing|testimony|interview|text|cited|quoted)\b",
    re.IGNORECASE,
)
_NOTE_REMARK = re.compile(
    r"^(?:Emphasis|Italics)\s+(?:added|mine|in\s+(?:the\s+)?original)|^(?:Author['’]s|My)"
    r"\s+translation|^Translation\s+mine|^Translated\s+by\s+the\s+author",
    re.IGNORECASE,
)
_LIGHT_WORDS = frozenset(
    "a an the of in on at by for to from and or with as into via under".split()
)


def _split_commentary(piece: str, earlier: list[Citation]) -> list[str]:
    """A citation ends at the end of a sentence when the next sentence is commentary ('Jones,
    "Moon Base." On the crash itself, see Roscosmos, …'): the piece is cut there, and what
    follows is read on its own (the commentary's own citation, or none). A period that closes
    an initial or an abbreviation ("D.C.", "U.S.", "Vol.", "et al.") ends no sentence, and a
    sentence that continues a citation ("Washington: Brookings", "Accessed …") is no
    commentary."""
    pieces: list[str] = []
    start = 0
    for end in _sentence_ends(piece):
        before, after = piece[start:end].strip(), piece[end:].strip()
        joined = re.match(r"(?:and|as well as)\s+(?=[\"“‘«*A-Z])", after)
        if joined and (_opens_citation(after[joined.end() :]) or after[joined.end()] in '"“‘«*'):
            if _whole_citation(before, earlier):
                pieces.append(before)
                start = end + piece[end:].index(after) + joined.end()
            continue
        if (_opens_commentary(after) or _opens_citation(after)) and _whole_citation(
            before, earlier
        ):
            pieces.append(before)
            start = end
    pieces.append(piece[start:].strip())
    return pieces


def _opens_citation(text: str) -> bool:
    """Does the text open a citation of its own, as Wikipedia's templates print one after
    another in a note: a byline and a bracketed date ('Xinhua (27 September 2021). …',
    'Kang, Li; Sorokin, Pavel (2019). …') or a quoted title closed before its period
    ('"AVIC unveils AC313A". Xinhua. 2021.')?"""
    head = re.match(
        r"(?P<byline>[A-Z][^()\"“”*.]*(?:\.[^()\"“”*.]+)*)\s\((?P<date>[^()]+)\)\.\s", text
    )
    if head:
        return bool(_DATE.fullmatch(head["date"].strip())) and _is_byline(head["byline"])
    return bool(re.match(r"[\"“][^\"“”]{3,}[\"”](?:\s+\S+://\S+)?\.\s", text))


_ENDS_SENTENCE = frozenset('.?!"”’')  # the last character of a sentence, or of its quotation
_NEXT_SENTENCE = re.compile(r"\s+[A-Z]|\s+(?:and|as well as)\s+[\"“‘«*A-Z]|\s+[\"“]")


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end: after '.', '?' or '!' (and a closing quote after it) outside
    brackets and italics, before a space and a capital; not after an initial or abbreviation."""
    ends: list[int] = []
    depth, italic, quoted = 0, False, False
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == "*":
            italic = not italic
        elif char == '"':
            quoted = not quoted
        elif char in "“”":
            quoted = char == "“"
        if depth or italic or char not in _ENDS_SENTENCE:
            continue
        end = index + 1
        if not _NEXT_SENTENCE.match(text, end):
            continue
        if char in ".?!" and not quoted:
            if char == "." and _ABBREVIATIONS.search(text[:index]):
                continue
            ends.append(end)
        elif char in '"”’' and not quoted and text[index - 1 : index] in (".", "?", "!"):
            ends.append(end)
    return ends


def _opens_commentary(text: str) -> bool:
    """Does the text open a sentence of commentary: a cue ("See", "Cf.", "On X, see"), a
    remark ("Emphasis added."), or prose (words such as "The mission failed")?"""
    if _PREFIX.match(text) and not re.match(r"[Aa]lso\s+[a-z]", text):
        return True
    if _COMMENTARY_CUE.match(text) or _NOTE_REMARK.match(text):
        return True
    if _CONTINUATION.match(text):
        return False
    clause = re.split(r"[,:;\"“”*(\[]|\.(?:\s|$)|https?://", text, maxsplit=1)[0]
    words = clause.split()
    lower = [w for w in words if re.fullmatch(r"[a-z][a-z'’-]*", w)]
    content = [w for w in lower if w not in _LIGHT_WORDS]
    if len(words) < 2 or not content:
        return False
    sentence = text[: _sentence_end(text)]
    return len(lower) >= 2 or not re.search(r"\d|[\"“”*]|https?://|www\.", sentence)


def _whole_citation(text: str, earlier: list[Citation]) -> bool:
    """Is the text by itself a whole citation: Ibid., a short form or author-date reference
    that resolves, or a full citation with a printed title (quoted or italic) or a link?"""
    body, _ = _strip_commentary(_normalise(text))
    if _IBID.match(body):
        return bool(earlier)
    citation = _citation("", 0, 0, text, earlier)
    if citation is None:
        return False
    if any(citation.item == before.item for before in earlier):
        return True
    if _first_title(body) or _URL.search(body) or _DOI.search(body):
        return True
    # A plain title: whole when dated and ending as a citation ends (a year, a pinpoint, a
    # bracket), not at an APA head or title ("Lo, B. (2008). Axis of convenience.").
    body = body.rstrip(" .")
    head = re.fullmatch(r"(?P<byline>[^()]*?),?\s*\([^()]*\)", body)
    if head and _is_byline(head["byline"]):
        return False
    return "issued" in citation.item and bool(re.search(r"[\d)]$", body))


def _join_split_authors(pieces: list[str]) -> list[str]:
    """Wikipedia and some styles separate authors with `;`: a piece that is only a name
    ("Bennett, Samuel") belongs to the citation that follows it."""
    joined: list[str] = []
    carry = ""
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        tail = re.fullmatch(
            r"(?P<head>.*[.\"”])\s+(?P<name>[A-Z][\w'’ .-]*,\s*[A-Z][\w'’ .-]*)", piece
        )
        if tail and len(tail["name"].split()) <= 5 and _opens_citation(following.strip() + " "):
            # '… *Kommersant*. Kang, Li; Sorokin, Pavel (2019). …': the next citation's authors.
            joined.append(carry + tail["head"])
            carry = tail["name"] + "; "
            continue
        if re.fullmatch(r"[A-Z][\w'’ .-]*,\s*[A-Z][\w'’ .-]*", piece) and len(piece.split()) <= 5:
            carry += piece + "; "
        else:
            joined.append(carry + piece)
            carry = ""
    if carry:
        joined.append(carry.rstrip("; "))
    return joined


def _citation(
    source: str, n: int, position: int, raw: str, earlier: list[Citation]
) -> Citation | None:
    """One citation, or None when the piece is commentary."""
    text, prefix = _strip_commentary(_normalise(raw))
    ibid = _IBID.match(text)
    if ibid:
        if not earlier:
            return None
        before = earlier[-1]
        locator = _locator_only(text[ibid.end() :])
        return Citation(source, n, position, raw, copy.deepcopy(before.item),
                        locator=locator, prefix=prefix, et_al=before.et_al)  # fmt: skip
    cross = re.fullmatch(
        r"\[(?P<ref>\d{1,4})(?:,\s*(?P<inner>[^\[\]]+))?\](?P<rest>.*)", text.strip(" .")
    )
    if cross and (cross["inner"] is None or cross["rest"].strip(" ,.") == ""):
        # IEEE's cross-reference ('[8], p. 6', '[8, p. 6]') to the work note 8 cites.
        pinpoint = cross["inner"] or cross["rest"]
        locator = _locator_only(pinpoint)
        found_note = next((before for before in earlier if before.n == int(cross["ref"])), None)
        if found_note is None or (pinpoint.strip(" ,.") and locator is None):
            return None
        return Citation(source, n, position, raw, copy.deepcopy(found_note.item),
                        locator=locator, prefix=prefix, et_al=found_note.et_al)  # fmt: skip
    author_date = _author_date(text)
    if author_date is not None:
        found = _earlier_author_date(earlier, *author_date[:2])
        if found is None:
            return None
        return Citation(source, n, position, raw, copy.deepcopy(found.item),
                        locator=author_date[2], prefix=prefix, et_al=found.et_al)  # fmt: skip
    short = _short_form(text, earlier) or _author_page(text, earlier)
    if short is not None:
        before, locator = short
        return Citation(source, n, position, raw, copy.deepcopy(before.item),
                        locator=locator, prefix=prefix, et_al=before.et_al)  # fmt: skip
    if _AUTHOR_PAGE.fullmatch(_unbracketed(text)):
        return None  # an unresolved author–page reference: a page number is no title
    parsed = _parse_work(text)
    if parsed is None:
        return None
    item, locator, et_al = parsed
    return Citation(source, n, position, raw, item, locator=locator, prefix=prefix, et_al=et_al)


def _strip_commentary(raw: str) -> tuple[str, str | None]:
    """The citation without a leading signal or commentary, and the signal as its prefix."""
    text = raw.strip()
    match = _PREFIX.match(text)
    if match:
        return _after_lead_in(text[match.end() :].strip()), _capitalised(match["prefix"])
    if _starts_citation(text):
        return text, None
    for cue in _CUE.finditer(text):
        after = text[cue.end() :]
        if _starts_citation(after) or _looks_bibliographic(after):
            return after.strip(), _capitalised(cue["cue"])
    sentences = list(re.finditer(r"(?<=[a-z\d)\]][.!?])\s+(?=[A-Z\"“*])", text))
    for boundary in sentences:
        after = text[boundary.end() :]
        if _looks_bibliographic(after) and not _looks_bibliographic(text[: boundary.start()]):
            return _after_lead_in(after.strip()), None
    return _after_lead_in(text), None


def _capitalised(prefix: str) -> str:
    prefix = re.sub(r"\s+", " ", prefix)
    return prefix[0].upper() + prefix[1:]


def _starts_citation(text: str) -> bool:
    """Does the text open as a citation does: a link, a title, Ibid., or a byline before one?"""
    if re.match(r"^(?:https?://|www\.|doi:|10\.\d{4})", text) or _IBID.match(text):
        return True
    if text[:1] in _OPENING_QUOTES + "*":
        return True
    head = re.split(r"[\"“‘*(]|\s'|\.\s|,\s*\d", text, maxsplit=1)[0]
    return bool(head.strip()) and _is_byline(head.strip(" ,.")) and _looks_bibliographic(text)


def _looks_bibliographic(text: str) -> bool:
    """Has what only a citation has: a link, a year or n.d., or a quoted or italic title."""
    return bool(
        _URL.search(text)
        or _DOI.search(text)
        or re.search(rf"\b{_YEAR}\b|\bn\.\s?d\.", text)
        or (re.search(r"\*[^*]+\*|[\"“][^\"”]+[\"”]", text) and re.search(r"\d", text))
    )


def _locator_only(text: str) -> str | None:
    """The pinpoint of a note whose rest is only a pinpoint (Ibid., 45.)."""
    text = text.strip(" ,.;:")
    if not text:
        return None
    match = re.fullmatch(rf"{_LOCATOR_LABEL}\s*{_NUMBERS}|{_NUMBERS}", text, re.IGNORECASE)
    return _normalised_locator(text) if match else None


def _normalised_locator(text: str) -> str:
    """'45' → 'p. 45', '45–47' → 'pp. 45-47', 'p.8' → 'p. 8'."""
    text = re.sub(r"\s*[-–—]\s*", "-", text.strip(" ,.;:()"))
    label = re.match(rf"(?P<label>{_LOCATOR_LABEL})\s*(?P<rest>.*)$", text, re.IGNORECASE)
    if label:
        name = label["label"].rstrip(".")
        name = name if name in ("§", "§§", "¶", "¶¶") or name.lower() == "at" else name + "."
        return f"{name} {label['rest']}" if name.lower() != "at" else f"p. {label['rest']}"
    if re.search(r"[-,&]|\band\b", text):
        return f"pp. {text}"
    return f"p. {text}"


def _short_form(text: str, earlier: list[Citation]) -> tuple[Citation, str | None] | None:
    """A Chicago short note ('Lee, "Title," 12.', 'Lee, *Book*, 12', 'Lee, 12', 'Lee, op. cit.')
    and the earlier citation of the same work."""
    if not earlier or _URL.search(text) or _DOI.search(text):
        return None
    text = _OP_CIT.sub("", text).strip(" .")
    title_match = re.match(
        r"^(?P<authors>[^\"“*]*?)[,.]?\s*(?:[\"“‘'](?P<quoted>[^\"”’]+?)[,.]?[\"”’]|"
        r"\*(?P<italic>[^*]+)\*)[,.]?\s*(?P<rest>.*)$",
        text,
    )
    if title_match:
        authors, rest = title_match["authors"].strip(" ,."), title_match["rest"]
        title = title_match["quoted"] or title_match["italic"]
    else:
        plain = re.match(
            r"^(?P<authors>[^,]+?)(?:,\s*(?P<title>[^,\d][^,]*?))?,\s*(?P<rest>.*)$", text
        )
        if plain is None:
            plain = re.match(r"^(?P<authors>[^,\d]+?)\s*(?P<title>)(?P<rest>)$", text)
        if plain is None:
            return None
        authors, title, rest = plain["authors"].strip(), plain["title"] or "", plain["rest"]
    # Commentary after the pinpoint ('Kashin, "Partnership," 14, and in later statements').
    rest = re.sub(
        r"(?:^|[,;]\s*)(?:and|or|but|which|who|where|although|though|while|whereas)\s+[a-z]"
        r"[^\"“”*]*$",
        "",
        rest,
    )
    if rest.strip() and _locator_only(rest) is None:
        return None
    if authors and not _is_byline(authors):
        return None
    if not authors and not title:
        return None
    for before in reversed(earlier):
        if _same_work(before.item, authors, title):
            return before, _locator_only(rest)
    return None


# MLA's author–page reference: 'Lukin 370', 'Kluge and Paul 5', 'Lo et al. 12–14', 'Lukin,
# "Russia–China Entente" 370', '(Lukin 370)'. The name is a family name (or an organisation's);
# the pages are no year, and no heading word ('Article 5', 'Order 66', 'Section 889') is a name.
_AUTHOR_PAGE = re.compile(
    r"(?P<authors>(?!(?:Article|Arts?|Section|Sec|Order|Chapter|Part|Title|Volume|Vol|No|Number"
    r"|Figure|Fig|Table|Annex|Appendix|Paragraph|Para|Clause|Rule|Resolution|Decree|Directive"
    r"|Regulation|Amendment|Protocol|Item|Case|Page|Note|Book|Step|Phase|Stage|Level|Class"
    r"|Type|Model|Version|Issue|Question|Point|Room|Route|Flight|Unit|Block|Group|Team"
    r"|Division|Battalion|Brigade|Squadron|Project|Program|Programme|Plan|Index|Line"
    r"|Year|Day|Week|Month|Top|Forbes|Fortune|Windows|Boeing|Airbus|Su|Tu|Il|Mi|Ka|An)\b)"
    r"(?:(?:d['’]|[Dd]e|[Dd]i|[Dd]u|[Ll]a|[Ll]e|[Vv]an|[Vv]on|[Dd]er|[Dd]el|[Dd]os|[Bb]in|al-)\s*)?"
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|on|in|de|van|von|der|&))*?"
    r"(?:,?\s+et\s+al\.?)?)"
    r"(?:,\s*(?:\*(?P<italic>[^*]+)\*|[\"“‘](?P<quoted>[^\"”’]+?)[,.]?[\"”’]))?"
    rf"\s+(?P<pages>{_PAGE}(?:\s*[-–—]\s*\d+)?(?:\s*,\s*{_PAGE}(?:\s*[-–—]\s*\d+)?)*"
    r"|[ivxlc]+(?:\s*[-–—]\s*[ivxlc]+)?)"
)


def _unbracketed(text: str) -> str:
    """'(Lukin 370).' → 'Lukin 370'."""
    text = text.strip().rstrip(".").strip()
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:]:
        text = text[1:-1].strip()
    return text.rstrip(".")


def _author_page(text: str, earlier: list[Citation]) -> tuple[Citation, str | None] | None:
    """An MLA author–page reference and the latest earlier citation whose first author's family
    name (and second's, when given) and, when given, short title match: 'Lukin 370', 'Kluge
    and Paul 5', 'Lo et al. 12', 'Lo, *Axis of Convenience* 52', '(Lukin 370)'."""
    match = _AUTHOR_PAGE.fullmatch(_unbracketed(text))
    if match is None or not earlier:
        return None
    found = _earlier_author_page(earlier, match["authors"], match["italic"] or match["quoted"])
    return None if found is None else (found, _normalised_locator(match["pages"]))


def _earlier_author_page(
    earlier: list[Citation], authors: str, title: str | None
) -> Citation | None:
    """The latest earlier citation by these authors (a family name or an organisation's whole
    name first, the second family name when given) whose title begins with the short title."""
    named = re.sub(r",?\s*\bet\s+al\.?$", "", authors.strip())
    whole = [_words(named)]
    split = [_words(n) for n in re.split(r",?\s+(?:and|&)\s+|\s*&\s*", named) if n.strip()]
    for before in reversed(earlier):
        people = before.item.get("author") or before.item.get("editor") or []
        families = [_words(str(p.get("family") or p.get("literal") or "")) for p in people]  # type: ignore[union-attr]
        if not families:
            continue
        named_right = any(
            0 < len(given) <= len(families)
            and all(families[i] == given[i] for i in range(min(len(given), 2)))
            for given in (whole, split)
        )
        if not named_right:
            continue
        if title:
            full = _words(str(before.item.get("title", "")))
            short = _words(title)
            if full[:1] in (["the"], ["a"], ["an"]) and short[:1] != full[:1]:
                full = full[1:]
            if not short or full[: len(short)] != short:
                continue
        return before
    return None


_AUTHOR_DATE_NAMES = r"[A-Z][^()\d\"“”*:;?!]*?"
_AUTHOR_DATE_YEAR = rf"(?P<year>{_YEAR})[a-z]?|(?P<nd>n\.\s?d\.)"


def _author_date(text: str) -> tuple[str, str | None, str | None] | None:
    """(authors, year or None for n.d., locator) of an author-date reference standing alone:
    'Novikova & Chen (2021), p. 354', 'Grant 2022: 101', '(Lo 2008, 45)', 'Horn & Johnson 2013,
    p. 45'. Such a reference names no title: it points at the full citation given earlier."""
    text = text.strip().rstrip(".").strip()
    if text.startswith("(") and text.endswith(")") and "(" not in text[1:]:
        text = text[1:-1].strip()
    match = re.fullmatch(
        rf"(?P<authors>{_AUTHOR_DATE_NAMES})\s*\(\s*(?:{_AUTHOR_DATE_YEAR})"
        r"(?:\s*[,:]\s*(?P<inner>[^()]*?))?\s*\)(?P<rest>.*)"
        rf"|(?P<authors2>{_AUTHOR_DATE_NAMES}),?\s+(?:{_AUTHOR_DATE_YEAR.replace('?P<', '?P<_')})"
        r"(?P<rest2>(?:\s*[,:].*)?)",
        text,
    )
    if match is None:
        return None
    authors = (match["authors"] or match["authors2"]).strip(" ,")
    year = match["year"] or match["_year"]
    inner = match["inner"] or ""
    rest = (match["rest"] if match["authors"] else match["rest2"]) or ""
    if inner.strip(" ,.:;") and rest.strip(" ,.:;"):
        return None
    rest = inner if inner.strip(" ,.:;") else rest
    if not _is_byline(authors) or (rest.strip(" ,.:;") and _locator_only(rest) is None):
        return None
    return authors, year, _locator_only(rest)


def _earlier_author_date(
    earlier: list[Citation], authors: str, year: str | None
) -> Citation | None:
    """The latest earlier citation by these authors (first, and second when given) in that year."""
    named = re.sub(r",?\s*\bet\s+al\.?", "", authors)
    given = [
        _words(name)
        for name in re.split(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s*&\s*", named)
        if name.strip()
    ]
    for before in reversed(earlier):
        people = before.item.get("author") or before.item.get("editor") or []
        families = [_words(str(p.get("family") or p.get("literal") or "")) for p in people]  # type: ignore[union-attr]
        if not families or len(given) > len(families) or not given:
            continue
        if any(families[i] != given[i] for i in range(min(len(given), 2))):
            continue
        issued = before.item.get("issued")
        parts = issued.get("date-parts", [[]])[0] if isinstance(issued, dict) else []
        if (str(parts[0]) if parts else None) == year:
            return before
    return None


_NARRATIVE = re.compile(
    rf"(?<![\w'’-])(?P<authors>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?)\s+"
    rf"\((?P<year>{_YEAR})[a-z]?(?:[,:]\s*(?P<locator>[^()]+?))?\)"
)


def _in_text_references(
    text: str, earlier: list[Citation]
) -> list[tuple[Citation, str | None, str | None]] | None:
    """Commentary's author-date references to works cited earlier: 'as argued elsewhere (Lo
    2008, 45), …', 'Lo (2008) argues …', '(see Lo 2008; Lukin 2021, 370)'. None when the text
    makes none that resolve, or is itself a citation (a link, a quoted or italic title)."""
    if not earlier or _URL.search(text) or _DOI.search(text) or _author_date(text) is not None:
        return None
    found: list[tuple[int, Citation, str | None, str | None]] = []
    spans: list[tuple[int, int]] = []
    for paren in re.finditer(r"\((?P<inner>[^()]+)\)", text):
        for part in paren["inner"].split(";"):
            reference = _author_date(_PREFIX.sub("", part.strip()))
            before = reference and _earlier_author_date(earlier, reference[0], reference[1])
            cue = _PREFIX.match(part.strip())
            if reference and before:
                found.append((paren.start(), before, reference[2], cue and cue["prefix"]))
                spans.append(paren.span())
            elif reference is None:
                page = _author_page(_PREFIX.sub("", part.strip()), earlier)
                if page is not None:
                    found.append((paren.start(), page[0], page[1], cue and cue["prefix"]))
                    spans.append(paren.span())
    for narrative in _NARRATIVE.finditer(text):
        before = _earlier_author_date(earlier, narrative["authors"], narrative["year"])
        if before is not None and not any(a <= narrative.start() < b for a, b in spans):
            locator = narrative["locator"]
            pinpoint = _locator_only(locator) if locator else None
            found.append((narrative.start(), before, pinpoint, None))
            spans.append(narrative.span())
    if not found:
        return None
    remainder = text
    for start, end in sorted(spans, reverse=True):
        remainder = remainder[:start] + " " + remainder[end:]
    titled = re.search(r"\*[^*]+\*|[\"“][^\"”]+[\"”]", remainder)
    prose = re.search(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b", remainder)
    if titled and not prose:
        return None
    ordered = sorted(found, key=lambda f: f[0])
    return [(before, locator, cue and _capitalised(cue)) for _, before, locator, cue in ordered]


def _same_work(item: Item, authors: str, title: str) -> bool:
    """Do a short form's author and short title name this earlier work?"""
    if authors:
        people = item.get("author") or item.get("editor") or []
        names = " ".join(str(p.get("family") or p.get("literal") or "") for p in people)  # type: ignore[union-attr]
        first = _words(authors.split(",")[0].split(" and ")[0])
        if not first or not set(first) <= set(_words(names)):
            return False
    if not title:
        return bool(authors)
    full = _words(str(item.get("title", "")))
    short = _words(title)
    return bool(short) and (
        full[: len(short)] == short or (len(short) > 1 and set(short) <= set(full))
    )


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _parse_work(text: str) -> tuple[Item, str | None, bool] | None:
    """(item, locator, et al.) of one full citation, or None if the text cites no work."""
    item: Item = {}
    text = _take_links(item, text)
    web = bool(_ACCESSED.search(text) or _ARCHIVED.search(text))
    text = _take_accessed(item, text)
    text = _ARCHIVED.sub(" ", text)
    text = _take_identifiers(item, text)
    language = _LANGUAGE.search(text)
    if language:
        item["language"] = _LANGUAGE_CODES[language["language"]]
        text = text[: language.start()] + text[language.end() :]
    text = _take_cs1_labels(item, text)
    text = _NOISE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text).strip(" ,.;:")
    if not text:
        return _bare_link(item)
    head = _head(text)
    if head is None:
        return _bare_link(item) if ("URL" in item or "DOI" in item) and len(text) < 3 else None
    authors, date, title, title_form, rest, wikipedia = head
    if not title:
        return None
    et_al = False
    if authors:
        names, et_al, role = _names(authors)
        if names:
            item[role] = _self_named(names, authors, title, text)
    title = _take_translation(item, title)
    if not title:
        return None
    item["title"] = title
    if date is not None:
        item["issued"] = date
    locator = _parse_rest(item, rest, title_form, wikipedia)
    _series_publisher(item)
    if not _is_citation(item, "plain" if authors is None else title_form):
        return None
    _surname_only(item)
    item["type"] = _type(item, title_form, web)
    if item["type"] != "chapter" and item["type"] != "article-journal" and "page" in item:
        locator = locator or _normalised_locator(str(item.pop("page")))
    return item, locator, et_al


def _take_cs1_labels(item: Item, text: str) -> str:
    """'… 2023 (PDF) (Report). p. 95.' → medium PDF, genre Report; a thesis is a thesis."""
    for match in reversed(list(_CS1_LABEL.finditer(text))):
        if match["medium"]:
            item.setdefault("medium", match["medium"])
        else:
            genre = match["genre"]
            item.setdefault("genre", genre)
            if re.search(r"(?i)thesis|dissertation", genre):
                item["_thesis"] = True
        text = text[: match.start()] + text[match.end() :]
    return text


def _series_publisher(item: Item) -> None:
    """'CRS Report R46937' names its publisher: the Congressional Research Service."""
    series = re.match(r"[A-Z]{2,5}(?=\s)", str(item.get("genre", "")))
    publisher = series and _SERIES_PUBLISHERS.get(series.group())
    authors = [str(a.get("literal", "")) for a in item.get("author") or []]  # type: ignore[union-attr]
    if publisher and "publisher" not in item and publisher not in authors:
        item["publisher"] = publisher


def _surname_only(item: Item) -> None:
    """A one-word byline is an organisation ('Huawei. (n.d.)') in a full citation, but a
    surname in a short form that names nothing else ('Lo, *Axis*, 12')."""
    authors = item.get("author")
    full = ("issued", "URL", "DOI", "publisher", "container-title", "publisher-place")
    if authors and len(authors) == 1 and not any(key in item for key in full):  # type: ignore[arg-type]
        name = str(authors[0].get("literal", ""))  # type: ignore[index]
        if re.fullmatch(r"[A-Z][a-z][\w'’-]*", name) and name not in _WIRE_SERVICES:
            item["author"] = [{"family": name}]


def _take_identifiers(item: Item, text: str) -> str:
    """ISBN, ISSN, PMID and PMC into the item; other catalogue numbers (OCLC, JSTOR, S2CID …),
    which Wikipedia's templates print, out of the text; an edition ('2nd ed.') as `edition`."""
    for match in reversed(list(_IDENTIFIER.finditer(text))):
        field = _IDENTIFIER_FIELDS.get(match["kind"])
        if field:
            item[field] = match["value"].strip()
        text = text[: match.start()] + " " + text[match.end() :]
    masked = _masked(text)
    edition = _EDITION.search(masked)
    if edition:
        word = edition["word"]
        item["edition"] = edition["edition"] or str(_ORDINALS.index(word.lower()) + 1)
        text = text[: edition.start()] + " " + text[edition.end() :]
    return text


def _take_translation(item: Item, title: str) -> str:
    """'Rossiya i Kitai [Russia and China]': the title as printed, its translation as a note."""
    match = re.fullmatch(r"(?P<title>.*[^\s\[])\s*\[(?P<inner>[^\[\]]+)\]", title)
    if match and _is_translation(match["inner"]):
        item["note"] = f"Translated title: {match['inner'].strip()}"
        return match["title"].strip(" ,.:")
    return title


def _is_translation(inner: str) -> bool:
    """Is a bracket after a title its translation, not a description ('[Press release]')?"""
    inner = inner.strip()
    if _THESIS.search(inner) or _LANGUAGE.fullmatch(f"[{inner}]"):
        return False
    return ":" in inner or len(inner.split()) > 4 or not _DESCRIPTOR.search(inner)


def _bare_link(item: Item) -> tuple[Item, str | None, bool] | None:
    """A note that is only a URL or a DOI: the link is its title (see the module docstring)."""
    if "DOI" in item:
        item.setdefault("title", f"https://doi.org/{item['DOI']}")
        item["type"] = "article"
    elif "URL" in item:
        item["title"] = item["URL"]
        item["type"] = "webpage"
    else:
        return None
    return item, None, False


def _take_links(item: Item, text: str) -> str:
    """Take out URLs and DOIs: the first non-archive URL is the work's, a DOI link its DOI."""
    for match in list(_URL.finditer(text)):
        url = _clean_url(match.group())
        doi = doi_in_url(url)
        if doi:
            item.setdefault("DOI", doi)
        doi_link = doi and re.match(r"^(?:https?://)?(?:dx\.)?doi\.org/", url, re.IGNORECASE)
        if not doi_link and not any(host in url for host in _ARCHIVE_HOSTS) and "URL" not in item:
            item["URL"] = url if "://" in url else f"https://{url}"
        raw = match.group()
        cut = raw.rstrip(".,;:)>")
        if raw.startswith("<") and ">" in raw[len(cut) :]:
            cut = raw[: len(cut) + raw[len(cut) :].index(">") + 1]
        text = text.replace(cut, " ", 1)
    doi = _DOI.search(text)
    if doi:
        item.setdefault("DOI", _clean_url(doi["doi"]))
        text = text[: doi.start()] + " " + text[doi.end() :]
    return re.sub(r"\(\s*\)|<\s*>", " ", text)


def _clean_url(url: str) -> str:
    """Trailing punctuation is the sentence's, a closing bracket the URL's only if it opened one."""
    url = url.strip("<>")
    while url and url[-1] in ".,;:)]'\"”’*":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _take_accessed(item: Item, text: str) -> str:
    """'accessed May 3, 2021', 'Retrieved 3 April 2021', '[Accessed 3 May 2021]' → accessed."""
    match = _ACCESSED.search(text)
    if match:
        date = _DATE.search(match["date"])
        if date:
            item["accessed"] = {"date-parts": [_date_parts(date)]}
        text = text[: match.start()] + " " + text[match.end() :]
    return text


def _date_parts(match: re.Match[str]) -> list[int]:
    """[year, month, day] as far as the written date gives them."""
    if match["iso"]:
        parts = [int(match["iy"]), int(match["im"])]
        return [*parts, int(match["id"])] if match["id"] else parts
    for kind, y, m, d in (("dmy", "y1", "m1", "d1"), ("mdy", "y2", "m2", "d2"),
                          ("ymd", "y3", "m3", "d3"), ("my", "y4", "m4", None)):  # fmt: skip
        if match[kind]:
            parts = [int(match[y]), MONTHS[match[m].rstrip(".").lower()]]
            return [*parts, int(match[d])] if d and match[d] else parts
    return [int(match["y5"] or match["y6"])]


def _date_value(match: re.Match[str]) -> dict[str, object] | None:
    """The CSL date; None for "n.d.", which a style prints for a work without a date. A season
    or a range of months ("Spring 2020", "April–June 2021", "Winter 2019/20") is no single
    month: it gives the (first) year only."""
    if match["nd"]:
        return None
    return {"date-parts": [_date_parts(match)]}


_Head = tuple[str | None, dict[str, object] | None, str, str, str, bool]


def _head(text: str) -> _Head | None:
    """(authors, date, title, title form, rest, Wikipedia-style) for the citation's start.

    Authors are None when commentary, not a byline, stands before the title.
    The title form is "quoted", "italic" or "plain"; an author-date head (APA, Harvard, Chicago
    author-date, Wikipedia) gives the date before the title."""
    author_date = re.match(
        r"^(?P<authors>[^\"“*()]*?),?\s*\(\s*(?P<date>[^()]{2,40}?)\s*\)[.,:]?\s+(?P<rest>.+)$",
        text,
    ) or re.match(
        rf"^(?P<authors>[^\"“*()]+?),?\s+(?P<date>{_YEAR}[a-z]?|n\.\s?d\.)[.,:]\s+(?P<rest>.+)$",
        text,
    )
    if author_date:
        date = _DATE.fullmatch(author_date["date"].strip())
        authors = _trimmed_byline(author_date["authors"])
        if date and (not authors or _is_byline(authors)):
            title, form, rest = _title_at_start(author_date["rest"])
            return authors, _date_value(date), title, form, rest, _is_wikipedia(text)
    opening = _first_title(text)
    if opening is not None:
        start, end, title, form = opening
        authors = _trimmed_byline(text[:start])
        if authors and _GENRE.fullmatch(authors):
            # 'CRS Report R46937, *Title*, by Andrew J. Pell': the series before the title.
            return "", None, title, form, f"{authors}, {text[end:]}", _is_wikipedia(text)
        if authors and not _is_byline(_without_roles(authors)):
            authors = _trailing_byline(authors) or None
        return authors, None, title, form, text[end:], _is_wikipedia(text)
    return _plain_head(text)


def _trimmed_byline(text: str) -> str:
    """The byline without the punctuation after it, keeping an initial's or "et al."'s period."""
    text = text.strip(" ,;:")
    if text.endswith(".") and not re.search(
        rf"(?:\b[{_UP}]|\bal|\bJr|\bInc|\beds?|\bLtd)\.$", text
    ):
        text = text[:-1].strip(" ,")
    return text


def _is_wikipedia(text: str) -> bool:
    """Wikipedia's templates close a quoted title with the period outside the quotes."""
    return bool(re.search(r"[\"”]\.(?:\s|$)", text))


def _first_title(text: str) -> tuple[int, int, str, str] | None:
    """(start, end, title, form) of the first quoted or italic span that can be a title."""
    for match in re.finditer(r"(?:^|(?<=[\s(\[,.:]))(?P<open>[\"“‘'«„])|\*(?=\S)", text):
        if match.group() == "*":
            end = text.find("*", match.end())
            if end > match.end():
                return match.start(), end + 1, text[match.end() : end].strip(), "italic"
            continue
        closers = _CLOSING[match["open"]]
        pattern = rf"[{re.escape(closers)}](?=[\s,.;:)?!*\]]|$)"
        if match["open"] in "'‘":
            pattern = rf"[{re.escape(closers)}](?=[,.;:)?!]|\s+[(\[*A-Z]|$|\s+in\b|\s+[Ii]n:)"
        close = re.compile(pattern).search(text, match.end())
        if close and close.start() > match.end() + 1:
            title = text[match.end() : close.start()].strip().rstrip(",.").strip()
            return match.start(), close.end(), title, "quoted"
    return None


def _title_at_start(text: str) -> tuple[str, str, str]:
    """After an author-date head: a quoted or italic title, or the first sentence."""
    text = text.strip()
    opening = _first_title(text)
    if opening is not None and opening[0] == 0:
        _, end, title, form = opening
        return title, form, text[end:]
    end = _sentence_end(text)
    title = text[:end].strip()
    rest = text[end:]
    if title.endswith(("?", "!")):
        # 'Question? Subtitle. *Journal*, …' (APA): the subtitle belongs to the title.
        after = rest.strip()
        end = _sentence_end(after)
        subtitle, following = after[:end].strip(), after[end:].strip()
        if (
            subtitle.endswith(".")
            and not re.search(r"[\d*\"“:]", subtitle)
            and re.match(r"\*|[Ii]n:?\s", following)
        ):
            return f"{title} {subtitle[:-1]}", "plain", following
        return title, "plain", rest
    return title.rstrip("."), "plain", rest.lstrip(".")


def _sentence_end(text: str) -> int:
    """Where the first sentence ends (after its '.', '?' or '!'); initials and abbreviations
    do not end one, nor does a full stop inside brackets or italics."""
    depth, italic = 0, False
    for index, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == "*":
            italic = not italic
        elif char in ".?!" and not depth and not italic:
            after = text[index + 1 : index + 2]
            if after and not after.isspace():
                continue
            if char == "." and _ABBREVIATIONS.search(text[:index]):
                continue
            return index + 1
    return len(text)


def _plain_head(text: str) -> _Head | None:
    """No quotes or italics: 'Authors. Title. Rest.' (bibliography) or 'Authors, Title (…)'
    (notes) or 'Title. Rest.' (no byline)."""
    first_end = _sentence_end(text)
    et_al = re.match(r"^[^.]+?,?\s+et\s+al\.(?=\s+[A-Z])", text)
    if et_al and _is_byline(et_al.group()):
        first_end = et_al.end()
    first = text[:first_end].rstrip(".").strip()
    if et_al and first_end == et_al.end():
        first = et_al.group()
    if first_end < len(text) and _is_byline(first):
        rest = text[first_end:].strip()
        title, _, after = _title_at_start(rest)
        return first, None, title, "plain", after, False
    comma = re.match(r"^(?P<authors>[^,]+?(?:,\s*(?:and\s+)?[^,]+?)*?),\s+(?P<rest>.+)$", text)
    if comma:
        for split in re.finditer(r",\s+", text):
            authors = text[: split.start()]
            if not _is_byline(authors) or re.search(r"\d", authors):
                break
            rest = text[split.end() :]
            title_end = re.search(r"\s\(|,\s", rest)
            publication_follows = bool(title_end) and title_end.group() == " ("
            if title_end and (
                publication_follows or not _is_byline(text[: title_end.start() + split.end()])
            ):
                title = rest[: title_end.start()].strip()
                return authors, None, title, "plain", rest[title_end.start() :], False
    if first_end < len(text):
        return "", None, first, "plain", text[first_end:], False
    return None


def _without_roles(authors: str) -> str:
    return re.sub(
        r",?\s*\(?(?:eds?|editors?|trans|comp)\.?\)?,?\s*$|,?\s*et al\.?", "", authors
    ).strip()


def _trailing_byline(text: str) -> str:
    """The byline at the end of text that has words of prose or a colon before it ('… relies
    on Anna Morozova', 'I wrote about this previously: Lena Hart'; 'As Lee argues in' → '')."""
    words = text.split()
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        before = words[start - 1]
        lead = before.endswith(":") or re.fullmatch(r"[a-z]+,?", before)
        if lead and tail[:1].isupper() and _is_byline(_without_roles(tail)):
            return tail
    return ""


def _after_lead_in(text: str) -> str:
    """The citation without the words of prose that lead to its byline ('This account relies
    on two interviews and on Anna Morozova, "Title," …' → 'Anna Morozova, "Title," …')."""
    opening = _first_title(text)
    if opening is None or opening[0] == 0:
        return text
    before = text[: opening[0]]
    trimmed = _trimmed_byline(before)
    if not trimmed or _is_byline(_without_roles(trimmed)):
        return text
    tail = _trailing_byline(trimmed)
    if not tail:
        return text
    return text[before.rindex(tail) :]


def _is_byline(text: str) -> bool:
    """Could the text be a list of people's or organisations' names?"""
    text = _without_roles(text.strip(" ,.;:"))
    text = re.sub(r"^(?:[Ee]dited\s+by|[Bb]y)\s+", "", text)
    if not text or len(text) > 200 or re.search(r"\d|[\"“”*?!:]", text):
        return False
    words = re.split(r"[\s,;&]+", text)
    words = [w for w in words if w and w.lower() not in ("and", "&", "et", "al.", "al")]
    if not words or (len(words) == 1 and words[0] in _DETERMINERS):
        return False
    if _is_non_latin(text):
        # Capitals mark no names in Russian or Chinese: a name opens with a capital (or an
        # uncased character) and is short.
        return not words[0][:1].islower() and len(words) <= 15
    function_words = sum(w in _FUNCTION_WORDS for w in words)
    if any(w[:1].islower() and w not in _PARTICLES | _FUNCTION_WORDS for w in words):
        return False
    has_organisation = any(w.strip(".,") in _ORGANISATION_WORDS for w in words)
    return function_words == 0 or has_organisation or len(words) <= 3


def _names(text: str) -> tuple[list[dict[str, str]], bool, str]:
    """(names, et al., 'author' or 'editor') from a byline."""
    role = "author"
    if re.search(r"\(?\b[Ee]ds?\.\)?\s*$|\([Ee]ditors?\)\s*$|,\s*editors?\s*$", text) or re.match(
        r"^[Ee]dited\s+by\s", text
    ):
        role = "editor"
    text = re.sub(r"^(?:[Ee]dited\s+by|[Bb]y)\s+", "", text)
    text = re.sub(r",?\s*\(?\b(?:[Ee]ds?|[Ee]ditors?|trans|comp)\.?\)?\s*$", "", text.strip())
    et_al = bool(re.search(r"\bet\s+al\.?", text))
    text = _trimmed_byline(re.sub(r",?\s*\bet\s+al\.?", "", text))
    if not text:
        return [], et_al, role
    if _is_company(text) or _is_non_latin_organisation(text):
        return [{"literal": text}], et_al, role
    words = text.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w'’-]+", text):
        return [{"literal": text}], et_al, role
    if _is_organisation_name(text) and "," not in text and ";" not in text:
        return [{"literal": text}], et_al, role
    # A family name and its given names are separated by a comma, two people by "and" or "&"
    # ("Horn & Johnson" are two).
    parts = re.split(r"(;|,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)", text)
    pairs = [
        (t.strip(), (parts[i + 1 : i + 2] or [""])[0]) for i, t in enumerate(parts) if i % 2 == 0
    ]
    pairs = [(t, sep) for t, sep in pairs if t and t not in (".", "Jr.", "Jr")]
    tokens = [t for t, _ in pairs]
    names: list[dict[str, str]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        comma = pairs[index][1].strip() == ","
        if following and comma and _is_family(token) and _is_given(following):
            names.append({"family": token, "given": _spaced_initials(following)})
            index += 2
        else:
            names.append(_direct_name(token))
            index += 1
    return names, et_al, role


def _self_named(
    names: list[dict[str, str]], byline: str, title: str, text: str
) -> list[dict[str, str]]:
    """A byline of two or three plain words read as a person ('Siemens Mobility', 'Baker
    Hughes') is an organisation's when its work's title opens as organisations name themselves: with
    its first word alone ('Siemens Mobility. "Siemens Winds Down Russian Business."'), as no
    title calls a person by the given name alone; or by its whole name in a press release
    ('Baker Hughes, "Baker Hughes Suspends …," press release'), a person's being titled by the
    family name ('Rubio Introduces …')."""
    if len(names) != 1 or "given" not in names[0] or re.search(r"[,;&.]|\band\b", byline):
        return names
    words = byline.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][\w'’-]+", w) for w in words):
        return names
    after_first = title[len(words[0]) :]
    own = _opens_with(title, words[0]) and not (
        after_first[:1].isspace() and after_first.lstrip().startswith(words[1])
    )
    whole = _opens_with(title, byline)
    if own or (whole and re.search(r"(?i)\bpress\s+release\b", text)):
        return [{"literal": byline}]
    return names


def _opens_with(title: str, name: str) -> bool:
    """Does the title open with this whole name? (String tests, not a pattern made for each
    byline: a library's thousands of notes would each compile one.)"""
    following = title[len(name) : len(name) + 1]
    return title.startswith(name) and not (following.isalnum() or following in "_'’-")


def _is_organisation_name(text: str) -> bool:
    """Is this one name an organisation's: a word only organisations' names have ("Survey",
    "Ministry", "Helicopters"), or, before other words, a country, nationality or institution's
    adjective ("Russian …", "U.S. …", "China …", "National …"), or after them a country or
    region ("Trivium China")?"""
    words = [w.strip(",") for w in text.split()]
    if any(w.strip(".") in _ORGANISATION_NAME_WORDS for w in words):
        return True
    return len(words) > 1 and (words[0] in _ORGANISATION_OPENERS or words[-1] in _PLACE_ENDINGS)


def _is_company(text: str) -> bool:
    """A company's name: a legal form at its end ('Co., Ltd.', 'Inc.', 'GmbH', 'Holdings')
    after a capitalised name, with no family name and initials before it ('Lee, J., & Co.')."""
    match = _COMPANY.search(text)
    if match is None or match.start() == 0:
        return False
    name = text[: match.start()]
    return bool(re.match(r"[A-Z0-9]", name)) and not re.search(r",\s*[A-Z]\.", name)


def _is_non_latin(text: str) -> bool:
    """Is the text written mostly in a script other than Latin (Cyrillic, Greek, CJK …)?"""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(
        c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters
    ) * 2 < len(letters)


def _is_non_latin_organisation(text: str) -> bool:
    """A non-Latin name with lowercase words ('Министерство цифрового развития, связи и …'):
    an organisation's, whose commas split no authors (people's names are capitalised)."""
    if not _is_non_latin(text):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    return len(words) > 1 and any(w[0].islower() and len(w) > 1 for w in words[1:])


def _is_family(token: str) -> bool:
    words = token.split()
    return (
        bool(words)
        and all(w.lower() in _PARTICLES for w in words[:-1])
        and bool(re.fullmatch(rf"[{_UP}][\w'’-]*[{_LO}][\w'’-]*|[A-Z]['’][A-Z]\w+", words[-1]))
        and token not in _WIRE_SERVICES
    )


def _is_given(token: str) -> bool:
    """Given names or initials: 'John', 'J. A.', 'J.A.', 'Mary Ann', 'John A.'."""
    return bool(
        re.fullmatch(
            rf"(?:[{_UP}][{_LO}'’-]+(?:-[{_UP}][{_LO}'’]+)?|[{_UP}]\.(?:\s?-?[{_UP}]\.)*|[{_UP}])"
            rf"(?:\s+(?:[{_UP}][{_LO}'’-]+|[{_UP}]\.)){{0,2}}",
            token,
        )
    )


def _spaced_initials(given: str) -> str:
    return re.sub(rf"(?<=\.)(?=[{_UP}])", " ", given)


def byline_name(name: str) -> dict[str, str]:
    """One name from a byline as CSL: a person's family and given names, or an organisation's
    literal (what `add` names a source's id after)."""
    return _direct_name(name)


def _direct_name(name: str) -> dict[str, str]:
    """'John A. Lee', 'J. Lee', 'Xi Jinping', 'Reuters', 'TASS', or an organisation."""
    name = re.sub(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Gen|Adm|Col)\.?\s+", "", name.strip())
    words = name.split()
    if (
        (
            len(words) == 1
            and (name in _WIRE_SERVICES or name.isupper() or not re.search(r"[a-z]", name))
        )
        or len(words) > 4
        or _is_organisation_name(name)
        or (re.fullmatch(r"[A-Z][A-Z&]{2,}", words[0]) and re.search(r"[a-z]", name))
    ):
        return {"literal": name}
    if len(words) == 1:
        return {"family": name}
    suffix = _NAME_SUFFIX.search(name)
    if suffix:
        words = name[: suffix.start()].split()
    if len(words) == 2 and words[0] in _CHINESE_SURNAMES and _PINYIN.match(words[1]):
        return {"family": words[0], "given": words[1]}
    split = len(words) - 1
    while split > 1 and words[split - 1].lower() in _PARTICLES:
        split -= 1
    result = {"family": " ".join(words[split:]), "given": _spaced_initials(" ".join(words[:split]))}
    if suffix:
        result["suffix"] = suffix["suffix"]
    return result


def _parse_rest(item: Item, rest: str, title_form: str, wikipedia: bool) -> str | None:
    """Chapter, journal, publication, report or thesis details, dates, and the locator."""
    rest = rest.strip(" ,.;:")
    rest = _take_title_notes(item, rest)
    rest = _take_byline(item, rest)
    rest = _take_chapter(item, rest)
    rest = _take_genre(item, rest)
    rest = _take_journal(item, rest)
    rest, locator = _take_locator(rest, item)
    rest = _take_pages(item, rest)
    rest = _take_publication(item, rest)
    if locator is None:
        rest, locator = _take_locator(rest, item)
    rest = _take_dates(item, rest)
    thesis = _THESIS.search(rest)
    if thesis:
        item["genre"] = thesis["genre"]
        item["_thesis"] = True
        rest = rest[: thesis.start()] + rest[thesis.end() :]
    _take_segments(item, rest, title_form, wikipedia)
    return locator


def _take_byline(item: Item, rest: str) -> str:
    """A byline after the title ('*Title*, by Andrew J. Pell', '"Title," by J. Lee and K. Wu,
    *Journal*') gives the authors when none stood before the title."""
    if "author" in item or "editor" in item:
        return rest
    match = re.search(r"(?:^|[,.]\s*)\b[Bb]y\s+(?=[A-Z])", rest)
    if match is None:
        return rest
    after = rest[match.end() :]
    bracket = after.find(" (")
    end = min(_sentence_end(after), bracket if bracket >= 0 else len(after))
    parts = after[:end].split(",")
    names = parts[0]
    for part in parts[1:]:
        person = part.strip()
        person = re.sub(r"^(?:and|&)\s+", "", person).strip(" .")
        if not re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}", person) or (
            {w.strip(".") for w in person.split()} & _ORGANISATION_WORDS
        ):
            break
        names += "," + part
    names = names.strip(" .")
    if not names or re.search(r"\d", names) or not _is_byline(names):
        return rest
    people = _names(_trimmed_byline(names))[0]
    if not people:
        return rest
    item["author"] = people
    cut = match.end() + after.index(names) + len(names)
    return (rest[: match.start()] + " " + rest[cut:]).strip(" ,.")


def _take_title_notes(item: Item, rest: str) -> str:
    """APA's bracketed description after a title: '[Doctoral dissertation, Univ]', '[Report]';
    a translation and a description may follow each other ('[On 5G networks] [Press release]')."""
    for _ in range(2):
        rest = _take_title_note(item, rest)
    return rest


def _take_title_note(item: Item, rest: str) -> str:
    bracket = re.match(r"^\[(?P<inner>[^\]]+)\]\.?\s*", rest)
    if not bracket:
        return rest
    inner = bracket["inner"]
    thesis = _THESIS.search(inner)
    if _is_translation(inner) and "note" in item:
        return rest
    if _is_translation(inner):
        item["note"] = f"Translated title: {inner.strip()}"
    elif thesis:
        item["genre"] = thesis["genre"]
        item["_thesis"] = True
        university = inner[thesis.end() :].strip(" ,")
        if university:
            item["publisher"] = university
    else:
        item["genre"] = inner.strip()
    return rest[bracket.end() :]


def _take_chapter(item: Item, rest: str) -> str:
    """'in *Book*, ed. X (…)', 'In *Book*, edited by X, 101–20. Place: Pub, Year',
    'In X (Ed.), *Book* (pp. 12–34). Publisher.' → container, editors; the rest goes on."""
    for pattern in (_CHAPTER_APA, _CHAPTER_CHICAGO, _CHAPTER_PLAIN):
        match = pattern.match(rest)
        if match:
            break
    else:
        return rest
    item["container-title"] = match["book"].strip(" *,.")
    item["_chapter"] = True
    if "editors" in match.groupdict():
        editors = _names(_trimmed_byline(match["editors"]))[0]
        if editors:
            item["editor"] = editors
    tail = match["tail"]
    if match.groupdict().get("pages"):
        item["page"] = (
            re.sub(r"^pp?\.\s*|\s", "", match["pages"]).replace("–", "-").replace("—", "-")
        )
    return tail.strip(" ,.")


def _take_locator(rest: str, item: Item) -> tuple[str, str | None]:
    """A pinpoint at the end: 'p. 8', '(…, 2008), 45', '(2020): 50'. A labelled range after a
    journal's or a chapter's details is the work's pages, not a pinpoint."""
    rest = rest.strip(" ,.;")
    labelled = _LABELLED_LOCATOR.search(rest)
    if labelled and not (
        re.match(r"(?i)^pp\.", labelled["locator"]) and ("volume" in item or item.get("_chapter"))
    ):
        return rest[: labelled.start()].strip(" ,.:"), _normalised_locator(labelled["locator"])
    bare = _BARE_LOCATOR.search(rest)
    before = rest[: bare.start()] if bare else ""
    if bare and _ends_publication(before) and not re.fullmatch(_YEAR, bare["locator"]):
        return before.strip(" ,.:"), _normalised_locator(bare["locator"])
    return rest, None


def _ends_publication(before: str) -> bool:
    """Does this text end where a pinpoint may follow (publication details, a date, pages)?"""
    before = before.rstrip(" ,:")
    return bool(
        before.endswith(")")
        or re.search(rf"{_YEAR}$|n\.\s?d\.$|\*$|\d\s*[-–—]\s*\d+$", before)
        or before == ""
    )


def _take_publication(item: Item, rest: str) -> str:
    """'(Place: Publisher, Year)', 'Place: Publisher, Year', '(Place, Month Year)'."""
    for match in _PUBLICATION_PAREN.finditer(rest):
        inner = match["inner"]
        date = _last_date(inner)
        if date is None:
            continue
        before = inner[: date.start()].strip(" ,")
        if before and not re.fullmatch(r"[^()]*", before):
            continue
        if before[:1].isupper():
            if re.search(r"\d", before) and not _GENRE.search(before):
                continue
            _set_publisher(item, before)
        _set_issued(item, _date_value(date))
        return (rest[: match.start()] + " " + rest[match.end() :]).strip(" ,")
    match = _PLACE_PUBLISHER.search(_masked(rest))
    if match:
        item["publisher-place"] = match["place"].strip()
        item["publisher"] = match["publisher"].strip(" ,.")
        return (rest[: match.start()] + rest[match.end() :]).strip(" ,.")
    return rest


def _masked(text: str) -> str:
    """The text with italic spans blanked, so their colons and commas are not read as details."""
    return re.sub(r"\*[^*]+\*", lambda m: "*" + "x" * (len(m.group()) - 2) + "*", text)


def _last_date(text: str) -> re.Match[str] | None:
    """A date that ends the text."""
    found = None
    for match in _DATE.finditer(text):
        if not text[match.end() :].strip(" ,."):
            found = match
    return found


def _set_publisher(item: Item, text: str) -> None:
    """'Place: Publisher', 'Publisher', 'Washington, DC' (a place), 'Report No. 5, Publisher'."""
    thesis = _THESIS.match(text)
    if thesis:
        item["genre"] = thesis["genre"]
        item["_thesis"] = True
        text = text[thesis.end() :].strip(" ,")
    genre = _GENRE.match(text)
    if genre:
        _set_genre(item, genre)
        text = text[genre.end() :].strip(" ,")
    if ":" in text:
        place, publisher = text.split(":", 1)
        item["publisher-place"] = place.strip()
        item["publisher"] = publisher.strip(" ,")
    elif re.fullmatch(
        r"[A-Z][\w .'’-]*,\s*[A-Z]{2}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?,\s*[A-Z][a-z]+", text
    ) and not _ORGANISATION_WORDS & set(text.split()):
        item["publisher-place"] = text
    elif text:
        item["publisher"] = text


def _set_genre(item: Item, genre: re.Match[str]) -> None:
    item["genre"] = genre["genre"]
    if genre["number"]:
        item["number"] = genre["number"].strip()


def _take_genre(item: Item, rest: str) -> str:
    """A report's kind and number standing as a segment of their own ('CRS Report R46839',
    '(Policy Report)', 'Research Paper.'); read before volume and issue, whose 'No.' it shares."""
    masked = _masked(rest)
    for match in _GENRE.finditer(masked):
        before, after = masked[: match.start()], masked[match.end() :]
        if re.search(r"(?:^|[,.(]\s*)$", before) and re.match(r"\s*(?:[,.)(]|$)", after):
            _set_genre(item, match)
            return (rest[: match.start()].rstrip("( ") + " " + after.lstrip(") ")).strip(" ,.")
    return rest


def _take_journal(item: Item, rest: str) -> str:
    """Volume and issue in any usual form, with the article's page range after them."""
    masked = _masked(rest)
    match = _VOLUME.search(masked)
    if not match:
        return rest
    volume = next((match[g] for g in ("v1", "v2", "v3", "v4", "v5", "v6") if match[g]), None)
    issue = match["i1"] or match["i2"] or match["i3"] or match["i4"] or match["i5"]
    if volume:
        item["volume"] = volume
    if issue:
        item["issue"] = issue
    tail = rest[match.end() :]
    date = re.match(r"^\s*,?\s*\((?P<date>[^()]+)\)", tail)
    if date:
        found = _DATE.fullmatch(date["date"].strip())
        if found:
            _set_issued(item, _date_value(found))
            tail = tail[date.end() :]
    pages = re.match(
        r"^\s*[,:.]?\s*(?:pp?\.\s*)?(?P<first>[A-Za-z]?\d+)\s*[-–—]\s*(?P<last>[A-Za-z]?\d+)", tail
    )
    article_number = re.match(
        r"^\s*,?\s*(?:[Aa]rticle\s+(?:[Nn]o\.\s*)?)?(?P<number>e?\d+)(?=[.,]?\s*$)", tail
    )
    if pages:
        item["page"] = f"{pages['first']}-{pages['last']}"
        tail = tail[pages.end() :]
    elif article_number and not date:
        item["page"] = article_number["number"]
        tail = tail[article_number.end() :]
    return (rest[: match.start()] + " " + tail).strip(" ,.")


def _take_pages(item: Item, rest: str) -> str:
    """A page range that is not a pinpoint ('pp. 40-66' in a reference) is the work's pages."""
    if "page" in item:
        return rest
    match = _PAGE_RANGE.search(_masked(rest))
    if match and (match["label"] or "volume" in item or item.get("_chapter")):
        item["page"] = f"{match['first']}-{match['last']}"
        return (rest[: match.start()] + " " + rest[match.end() :]).strip(" ,.")
    single = _SINGLE_PAGE.search(_masked(rest))
    if single and ("volume" in item or item.get("_chapter")):
        item["page"] = single["first"]
        return (rest[: single.start()] + " " + rest[single.end() :]).strip(" ,.")
    return rest


def _take_dates(item: Item, rest: str) -> str:
    """The first date is the date of issue (an author-date head has given it already)."""
    masked = _masked(rest)
    issued = item.get("issued")
    day_month = re.search(
        rf"(?:^|[,.]\s*)(?:(?P<d1>[0-3]?\d)\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d))"
        r"(?=[.,]?\s*$|[.,]\s)",
        masked,
    )
    if isinstance(issued, dict) and len(issued.get("date-parts", [[]])[0]) == 1 and day_month:
        month = MONTHS[(day_month["m1"] or day_month["m2"]).rstrip(".").lower()]
        day = int(day_month["d1"] or day_month["d2"])
        item["issued"] = {"date-parts": [[issued["date-parts"][0][0], month, day]]}
        return (rest[: day_month.start()] + " " + rest[day_month.end() :]).strip(" ,.")
    for match in _DATE.finditer(masked):
        if match["y6"] and re.search(r"(?:[Nn]o\.|#|[A-Z]-?)\s*$", masked[: match.start()]):
            continue
        _set_issued(item, _date_value(match))
        return (rest[: match.start()] + " " + rest[match.end() :]).strip(" ,.")
    return rest


def _set_issued(item: Item, value: dict[str, object] | None) -> None:
    """The first date given is the work's, unless a later one refines it."""
    current = item.get("issued")
    if value is not None and (current is None or _more_precise(value, current)):
        item["issued"] = value


def _more_precise(new: dict[str, object], old: object) -> bool:
    """A full date after a bare year of the same year refines it (Harvard: 2020 … 12 May 2020)."""
    if not isinstance(old, dict) or "date-parts" not in old or "date-parts" not in new:
        return False
    old_parts = old["date-parts"][0]
    new_parts = new["date-parts"][0]  # type: ignore[index]
    return len(new_parts) > len(old_parts) and new_parts[0] == old_parts[0]


def _take_segments(item: Item, rest: str, title_form: str, wikipedia: bool) -> None:
    """What is left: containers (italic, or the first plain segment after an article's title),
    a report's genre and number, publishers."""
    segments = _segments(rest)
    italic_in_note = any(s.startswith("*") for s in segments)
    publishers: list[str] = []
    for segment in segments:
        if segment.startswith("*") and segment.endswith("*"):
            name = segment.strip("* ")
            if title_form != "italic" and "container-title" not in item:
                item["container-title"] = name
            elif (
                title_form == "italic"
                and "container-title" not in item
                and not item.get("_chapter")
            ):
                item["collection-title"] = name
            continue
        segment = segment.strip("* ")
        genre = _GENRE.fullmatch(segment)
        if genre and "genre" not in item:
            _set_genre(item, genre)
            continue
        release = re.fullmatch(
            r"(?P<genre>[Pp]ress\s+release)(?:\s+(?:[Nn]o\.\s*)?(?P<number>\S+))?", segment
        )
        if release:
            # 'press release JY1871': a genre and its number (a number, never a year)
            item.setdefault("genre", release["genre"])
            if release["number"]:
                item.setdefault("number", release["number"])
            continue
        if re.fullmatch(r"[\d\s,.–-]+|[A-Za-z]", segment) or segment[:1].islower():
            continue
        plain_container = (
            title_form != "italic"
            and "container-title" not in item
            and not italic_in_note
            and not wikipedia
            and not item.get("_chapter")
            and not publishers
        )
        if plain_container:
            item["container-title"] = segment
            item["_plain_container"] = True
        else:
            publishers.append(segment)
    if publishers and "publisher" not in item:
        item["publisher"] = ", ".join(publishers)


def _segments(rest: str) -> list[str]:
    """Comma- and sentence-separated segments, italic spans and brackets kept whole."""
    segments: list[str] = []
    current = ""
    depth, italic = 0, False
    for index, char in enumerate(rest):
        if char == "*":
            italic = not italic
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        boundary = char == "," or (char == "." and not _ABBREVIATIONS.search(rest[:index]))
        if boundary and not depth and not italic:
            segments.append(current)
            current = ""
        else:
            current += char
    segments.append(current)
    cleaned = [s.strip(" .:;") for s in segments]
    return [re.sub(r"^\((.*)\)$", r"\1", s) for s in cleaned if s and s not in ("(", ")")]


def _is_citation(item: Item, title_form: str) -> bool:
    """A title with something a citation has besides: a byline, a date, a link, a container,
    a publisher, or the quotes or italics a title is printed in."""
    if not item.get("title"):
        return False
    details = (
        "author",
        "editor",
        "issued",
        "URL",
        "DOI",
        "container-title",
        "publisher",
        "volume",
        "number",
    )
    if title_form == "plain":
        return any(key in item for key in ("issued", "URL", "DOI", "volume", "publisher-place"))
    return any(key in item for key in details)


def _type(item: Item, title_form: str, web: bool) -> str:
    """The CSL type, by what the citation has (`web`: it gives an access or archive date)."""
    title = str(item["title"])
    container = str(item.get("container-title", ""))
    genre = str(item.get("genre", ""))
    plain_container = item.pop("_plain_container", False)
    if item.pop("_thesis", False):
        item.pop("_chapter", None)
        return "thesis"
    if item.pop("_chapter", False):
        return "chapter"
    if _LEGISLATION.search(title) and not container and not item.get("author"):
        return "legislation"
    if ("volume" in item or "issue" in item) and container:
        return "article-journal"
    if "DOI" in item and container and title_form != "italic":
        return "article-journal"
    if genre and _GENRE.fullmatch(genre) and not re.search(r"press release", genre, re.I):
        return "report"
    if container and title_form != "italic":
        if _NEWSPAPER.search(container):
            return "article-newspaper"
        if _is_organisation(container) or (plain_container and ("URL" in item or web)):
            return "webpage"
        return "article-magazine"
    publisher = str(item.get("publisher", ""))
    authors = [str(a.get("literal", "")) for a in item.get("author") or []]  # type: ignore[union-attr]
    if title_form == "italic" and (
        _REPORT_TITLE.search(title)
        or (publisher and _is_organisation(publisher))
        or (publisher and publisher in authors)  # an organisation's own publication
    ):
        return "report"
    if title_form == "italic" and (publisher or "publisher-place" in item):
        return "book"
    if "URL" in item or web:
        return "webpage"
    if title_form == "italic" and _organisation_author(item):
        return "report"
    if publisher or title_form == "italic":
        return "book"
    return "document"


def _is_organisation(name: str) -> bool:
    """An institution rather than a publishing house or a periodical ('CNA', 'Lowy Institute',
    'Council on Foreign Relations'; not 'Brookings Institution Press')."""
    words = set(re.findall(r"[\w.]+", name))
    if words & {"Press", "Publishing", "Publishers", "Books", "Verlag", "Routledge", "Journal"}:
        return False
    return bool(words & _ORGANISATION_WORDS) or bool(re.fullmatch(r"[A-Z]{2,6}", name))


def _organisation_author(item: Item) -> bool:
    authors = item.get("author") or []
    return bool(authors) and all("literal" in a for a in authors)  # type: ignore[operator]
