"""Hand-checked: reference strings in the usual styles, each with the CSL-JSON item a careful
bibliographer writes for it, the note's locator, prefix and et al.

Written by hand from the printed string (not from the parser's output), on the conventions of
`sinotech/ingest/citations.py`: pinpoints as "p. 8" / "pp. 12-14"; a journal article's or a
chapter's own range in `page`, with a hyphen, as printed ("363-80"); a doi.org link as `DOI` only;
a website's name as `container-title`; a bare URL's title is the URL; "n.d." gives no `issued`.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    style: str
    text: str
    item: dict[str, object]
    locator: str | None = None
    prefix: str | None = None
    et_al: bool = False


def person(family: str, given: str) -> dict[str, str]:
    return {"family": family, "given": given}


def org(name: str) -> dict[str, str]:
    return {"literal": name}


def date(*parts: int) -> dict[str, object]:
    return {"date-parts": [list(parts)]}


# Full citations whose periods end no sentence ("D.C.", "U.S.", "Vol.", "et al.", "J.", "No.",
# "pp."): each is one citation, and stays one when a sentence of commentary follows it.
SENTENCE_PERIODS = [
    Case(
        "chicago-bibliography",
        "Lo, Bobo. *Axis of Convenience: Moscow, Beijing, and the New Geopolitics*. Washington, "
        "D.C.: Brookings Institution Press, 2008.",
        {"type": "book", "author": [person("Lo", "Bobo")],
         "title": "Axis of Convenience: Moscow, Beijing, and the New Geopolitics",
         "publisher-place": "Washington, D.C.", "publisher": "Brookings Institution Press",
         "issued": date(2008)},
    ),
    Case(
        "chicago-note",
        "U.S. Department of State, *2021 Country Reports on Human Rights Practices: Russia* "
        "(Washington, DC: U.S. Department of State, 2022).",
        {"type": "report", "author": [org("U.S. Department of State")],
         "title": "2021 Country Reports on Human Rights Practices: Russia",
         "publisher-place": "Washington, DC", "publisher": "U.S. Department of State",
         "issued": date(2022)},
    ),
    Case(
        "chicago-note",
        "Ronald Grigor Suny, ed., *The Cambridge History of Russia*, Vol. 3 (Cambridge: Cambridge "
        "University Press, 2006), 112.",
        {"type": "book", "editor": [person("Suny", "Ronald Grigor")],
         "title": "The Cambridge History of Russia", "volume": "3", "publisher-place": "Cambridge",
         "publisher": "Cambridge University Press", "issued": date(2006)},
        locator="p. 112",
    ),
    Case(
        "chicago-bibliography",
        "Lukin, Alexander, et al. Russia and China: A New Rapprochement. Cambridge: Polity Press, "
        "2018.",
        {"type": "book", "author": [person("Lukin", "Alexander")],
         "title": "Russia and China: A New Rapprochement", "publisher-place": "Cambridge",
         "publisher": "Polity Press", "issued": date(2018)},
        et_al=True,
    ),
    Case(
        "chicago-note",
        'J. Smith, "Russia\'s Arctic Ambitions," *Arctic Review* 12, no. 4 (2021): 55–70.',
        {"type": "article-journal", "author": [person("Smith", "J.")],
         "title": "Russia's Arctic Ambitions", "container-title": "Arctic Review", "volume": "12",
         "issue": "4", "issued": date(2021), "page": "55-70"},
    ),
    Case(
        "chicago-bibliography",
        "Stronski, Paul, and Nicole Ng. *Cooperation and Competition: Russia and China in Central "
        "Asia*. Policy Paper No. 4. Washington, DC: Carnegie Endowment for International Peace, "
        "2018.",
        {"type": "report", "author": [person("Stronski", "Paul"), person("Ng", "Nicole")],
         "title": "Cooperation and Competition: Russia and China in Central Asia",
         "genre": "Policy Paper", "number": "4", "publisher-place": "Washington, DC",
         "publisher": "Carnegie Endowment for International Peace", "issued": date(2018)},
    ),
    Case(
        "chicago-note",
        "Richard Weitz, *Parsing Chinese-Russian Military Exercises* (Carlisle, PA: Strategic "
        "Studies Institute, 2015), pp. 3–4.",
        {"type": "report", "author": [person("Weitz", "Richard")],
         "title": "Parsing Chinese-Russian Military Exercises", "publisher-place": "Carlisle, PA",
         "publisher": "Strategic Studies Institute", "issued": date(2015)},
        locator="pp. 3-4",
    ),
]  # fmt: skip

CASES = [
    # --- an organisation whose name has no institutional noun in its last word ---
    Case(
        "web",
        'Human Rights Watch, "Russia: Social Media Pressure," March 12, 2021, '
        "https://www.hrw.org/news/2021/03/12/russia.",
        {
            "type": "webpage",
            "author": [org("Human Rights Watch")],
            "title": "Russia: Social Media Pressure",
            "issued": date(2021, 3, 12),
            "URL": "https://www.hrw.org/news/2021/03/12/russia",
        },
    ),
    # --- Chicago notes, full form ---
    Case(
        "chicago-note",
        'Alexander Gabuev, "Crouching Bear, Hidden Dragon: \'Going East\' and the Future of '
        'Russia-China Relations," *Carnegie Moscow Center*, June 27, 2016, '
        "https://carnegie.ru/commentary/63925.",
        {"type": "webpage", "author": [person("Gabuev", "Alexander")],
         "title": "Crouching Bear, Hidden Dragon: 'Going East' and the Future of Russia-China "
                  "Relations",
         "container-title": "Carnegie Moscow Center", "issued": date(2016, 6, 27),
         "URL": "https://carnegie.ru/commentary/63925"},
    ),
    Case(
        "chicago-note",
        "Bobo Lo, *Axis of Convenience: Moscow, Beijing, and the New Geopolitics* (Washington, DC: "
        "Brookings Institution Press, 2008), 45.",
        {"type": "book", "author": [person("Lo", "Bobo")],
         "title": "Axis of Convenience: Moscow, Beijing, and the New Geopolitics",
         "publisher-place": "Washington, DC", "publisher": "Brookings Institution Press",
         "issued": date(2008)},
        locator="p. 45",
    ),
    Case(
        "chicago-note",
        'Artyom Lukin, "The Russia–China Entente and Its Future," *International Politics* 58, '
        "no. 3 (2021): 363–80, 365.",
        {"type": "article-journal", "author": [person("Lukin", "Artyom")],
         "title": "The Russia–China Entente and Its Future",
         "container-title": "International Politics",
         "volume": "58", "issue": "3", "issued": date(2021), "page": "363-80"},
        locator="p. 365",
    ),
    Case(
        "chicago-note",
        'Vasily Kashin, "Tacit Alliance: Russia and China Take Military Partnership to New Level," '
        "in *Sino-Russian Relations in the 21st Century*, ed. Jo Inge Bekkevold and Bobo Lo "
        "(London: Palgrave Macmillan, 2019), 119–22.",
        {"type": "chapter", "author": [person("Kashin", "Vasily")],
         "title": "Tacit Alliance: Russia and China Take Military Partnership to New Level",
         "container-title": "Sino-Russian Relations in the 21st Century",
         "editor": [person("Bekkevold", "Jo Inge"), person("Lo", "Bobo")],
         "publisher-place": "London", "publisher": "Palgrave Macmillan", "issued": date(2019)},
        locator="pp. 119-22",
    ),
    Case(
        "chicago-note",
        'Henry Foy, "Russia and China Deepen Ties with Huawei 5G Deal," *Financial Times*, '
        "June 6, 2019, https://www.ft.com/content/8a5f3e1c-8842-11e9-a028-86cea8523dc2.",
        {"type": "article-newspaper", "author": [person("Foy", "Henry")],
         "title": "Russia and China Deepen Ties with Huawei 5G Deal",
         "container-title": "Financial Times", "issued": date(2019, 6, 6),
         "URL": "https://www.ft.com/content/8a5f3e1c-8842-11e9-a028-86cea8523dc2"},
    ),
    Case(
        "chicago-note",
        "Congressional Research Service, *Russia-China Relations*, CRS Report R46839 "
        "(Washington, DC, July 2021), 12.",
        {"type": "report", "author": [org("Congressional Research Service")],
         "title": "Russia-China Relations", "genre": "CRS Report", "number": "R46839",
         "publisher-place": "Washington, DC", "issued": date(2021, 7)},
        locator="p. 12",
    ),
    Case(
        "chicago-note",
        "Ministry of Foreign Affairs of the People's Republic of China, \"Joint Statement of the "
        "Russian Federation and the People's Republic of China on the International Relations "
        'Entering a New Era and the Global Sustainable Development," February 4, 2022, '
        "https://www.fmprc.gov.cn/eng/zxxx_662805/202202/t20220204_10638953.html.",
        {"type": "webpage",
         "author": [org("Ministry of Foreign Affairs of the People's Republic of China")],
         "title": "Joint Statement of the Russian Federation and the People's Republic of China on "
                  "the International Relations Entering a New Era and the Global Sustainable "
                  "Development",
         "issued": date(2022, 2, 4),
         "URL": "https://www.fmprc.gov.cn/eng/zxxx_662805/202202/t20220204_10638953.html"},
    ),
    Case(
        "chicago-note",
        "Alexander Lukin, China and Russia: The New Rapprochement (Cambridge: Polity, 2018), "
        "77–79.",
        {"type": "book", "author": [person("Lukin", "Alexander")],
         "title": "China and Russia: The New Rapprochement", "publisher-place": "Cambridge",
         "publisher": "Polity", "issued": date(2018)},
        locator="pp. 77-79",
    ),
    Case(
        "chicago-note",
        "Anna Kireeva, \"Russia's Technology Partnership with China, 2014–2022\" (PhD diss., "
        "Moscow State Institute of International Relations, 2023), 54.",
        {"type": "thesis", "author": [person("Kireeva", "Anna")],
         "title": "Russia's Technology Partnership with China, 2014–2022", "genre": "PhD diss.",
         "publisher": "Moscow State Institute of International Relations", "issued": date(2023)},
        locator="p. 54",
    ),
    Case(
        "chicago-note",
        '"Rosatom and CNNC Sign Fast Reactor Fuel Agreement," Nuclear Engineering International, '
        "March 10, 2023, accessed May 3, 2023, "
        "https://www.neimagazine.com/news/rosatom-and-cnnc-sign-agreement.",
        {"type": "webpage", "title": "Rosatom and CNNC Sign Fast Reactor Fuel Agreement",
         "container-title": "Nuclear Engineering International", "issued": date(2023, 3, 10),
         "accessed": date(2023, 5, 3),
         "URL": "https://www.neimagazine.com/news/rosatom-and-cnnc-sign-agreement"},
    ),
    Case(
        "chicago-note",
        "Michael Kofman et al., *Russian Military Strategy: Core Tenets and Operational Concepts* "
        "(Arlington, VA: CNA, 2021), 34.",
        {"type": "report", "author": [person("Kofman", "Michael")],
         "title": "Russian Military Strategy: Core Tenets and Operational Concepts",
         "publisher-place": "Arlington, VA", "publisher": "CNA", "issued": date(2021)},
        locator="p. 34",
        et_al=True,
    ),
    Case(
        "chicago-note",
        'Oriana Skylar Mastro, "Sino-Russian Military Alignment," *Survival* 62 (2020): 7–24.',
        {"type": "article-journal", "author": [person("Mastro", "Oriana Skylar")],
         "title": "Sino-Russian Military Alignment", "container-title": "Survival",
         "volume": "62", "issued": date(2020), "page": "7-24"},
    ),
    Case(
        "chicago-note",
        'Xi Jinping, "Work Together for a Bright Future of China-Russia Relations," *Rossiyskaya '
        'Gazeta*, March 20, 2023.',
        {"type": "article-newspaper", "author": [person("Xi", "Jinping")],
         "title": "Work Together for a Bright Future of China-Russia Relations",
         "container-title": "Rossiyskaya Gazeta", "issued": date(2023, 3, 20)},
    ),
    Case(
        "chicago-note",
        "Yan Xuetong, *Leadership and the Rise of Great Powers* (Princeton, NJ: Princeton "
        "University Press, 2019), 5.",
        {"type": "book", "author": [person("Yan", "Xuetong")],
         "title": "Leadership and the Rise of Great Powers", "publisher-place": "Princeton, NJ",
         "publisher": "Princeton University Press", "issued": date(2019)},
        locator="p. 5",
    ),
    Case(
        "chicago-note",
        'Artyom Lukin, "The Russia–China Entente and Its Future," International Politics 58, no. 3 '
        "(2021): 363–80.",
        {"type": "article-journal", "author": [person("Lukin", "Artyom")],
         "title": "The Russia–China Entente and Its Future",
         "container-title": "International Politics",
         "volume": "58", "issue": "3", "issued": date(2021), "page": "363-80"},
    ),
    Case(
        "chicago-note",
        'Paul Stronski and Nicole Ng, "Cooperation and Competition: Russia and China in Central '
        'Asia, the Russian Far East, and the Arctic," *Carnegie Endowment for International '
        "Peace*, "
        "February 28, 2018, https://carnegieendowment.org/2018/02/28/cooperation-and-competition.",
        {"type": "webpage", "author": [person("Stronski", "Paul"), person("Ng", "Nicole")],
         "title": "Cooperation and Competition: Russia and China in Central Asia, the Russian Far "
                  "East, and the Arctic",
         "container-title": "Carnegie Endowment for International Peace",
         "issued": date(2018, 2, 28),
         "URL": "https://carnegieendowment.org/2018/02/28/cooperation-and-competition"},
    ),
    Case(
        "chicago-note",
        "See also Samuel Bendett and Elsa B. Kania, *A New Sino-Russian High-Tech Partnership*, "
        "Report No. 22/2019 (Canberra: Australian Strategic Policy Institute, 2019), 8.",
        {"type": "report", "author": [person("Bendett", "Samuel"), person("Kania", "Elsa B.")],
         "title": "A New Sino-Russian High-Tech Partnership", "genre": "Report",
         "number": "22/2019", "publisher-place": "Canberra",
         "publisher": "Australian Strategic Policy Institute", "issued": date(2019)},
        locator="p. 8",
        prefix="See also",
    ),
    Case(
        "chicago-note",
        'Cf. Dmitri Trenin, "Russia and China: The Chinese Wall," *Kommersant*, May 20, 2019, 6.',
        {"type": "article-newspaper", "author": [person("Trenin", "Dmitri")],
         "title": "Russia and China: The Chinese Wall", "container-title": "Kommersant",
         "issued": date(2019, 5, 20)},
        locator="p. 6",
        prefix="Cf.",
    ),
    # --- Chicago bibliography ---
    Case(
        "chicago-bibliography",
        "Lo, Bobo. *Russia and the New World Disorder*. Washington, DC: Brookings Institution "
        "Press, 2015.",
        {"type": "book", "author": [person("Lo", "Bobo")],
         "title": "Russia and the New World Disorder", "publisher-place": "Washington, DC",
         "publisher": "Brookings Institution Press", "issued": date(2015)},
    ),
    Case(
        "chicago-bibliography",
        'Lukin, Artyom. "The Russia–China Entente and Its Future." *International Politics* 58, '
        "no. 3 (2021): 363–80. https://doi.org/10.1057/s41311-020-00251-7.",
        {"type": "article-journal", "author": [person("Lukin", "Artyom")],
         "title": "The Russia–China Entente and Its Future",
         "container-title": "International Politics",
         "volume": "58", "issue": "3", "issued": date(2021), "page": "363-80",
         "DOI": "10.1057/s41311-020-00251-7"},
    ),
    Case(
        "chicago-bibliography",
        'Gabuev, Alexander. "Unwanted but Inevitable: Russia\'s Deepening Partnership with China '
        'Post-Ukraine." In *Sino-Russian Relations in the 21st Century*, edited by Jo Inge '
        "Bekkevold and Bobo Lo, 41–66. London: Palgrave Macmillan, 2019.",
        {"type": "chapter", "author": [person("Gabuev", "Alexander")],
         "title": "Unwanted but Inevitable: Russia's Deepening Partnership with China Post-Ukraine",
         "container-title": "Sino-Russian Relations in the 21st Century",
         "editor": [person("Bekkevold", "Jo Inge"), person("Lo", "Bobo")], "page": "41-66",
         "publisher-place": "London", "publisher": "Palgrave Macmillan", "issued": date(2019)},
    ),
    Case(
        "chicago-bibliography",
        "Bekkevold, Jo Inge, and Bobo Lo, eds. *Sino-Russian Relations in the 21st Century*. "
        "London: Palgrave Macmillan, 2019.",
        {"type": "book", "editor": [person("Bekkevold", "Jo Inge"), person("Lo", "Bobo")],
         "title": "Sino-Russian Relations in the 21st Century", "publisher-place": "London",
         "publisher": "Palgrave Macmillan", "issued": date(2019)},
    ),
    Case(
        "chicago-bibliography",
        "Rozman, Gilbert. The Sino-Russian Challenge to the World Order: National Identities, "
        "Bilateral Relations, and East versus West in the 2010s. Stanford, CA: Stanford University "
        "Press, 2014.",
        {"type": "book", "author": [person("Rozman", "Gilbert")],
         "title": "The Sino-Russian Challenge to the World Order: National Identities, Bilateral "
                  "Relations, and East versus West in the 2010s",
         "publisher-place": "Stanford, CA", "publisher": "Stanford University Press",
         "issued": date(2014)},
    ),
    Case(
        "chicago-bibliography",
        "International Institute for Strategic Studies. *The Military Balance 2021*. London: "
        "Routledge, 2021.",
        {"type": "book", "author": [org("International Institute for Strategic Studies")],
         "title": "The Military Balance 2021", "publisher-place": "London",
         "publisher": "Routledge", "issued": date(2021)},
    ),
    Case(
        "chicago-bibliography",
        'Kuo, Lily. "China and Russia Sign Satellite Navigation Deal." *The Guardian*, '
        "November 6, 2018.",
        {"type": "article-newspaper", "author": [person("Kuo", "Lily")],
         "title": "China and Russia Sign Satellite Navigation Deal",
         "container-title": "The Guardian", "issued": date(2018, 11, 6)},
    ),
    Case(
        "chicago-bibliography",
        'Gabuev, Alexander. "Why Russia and China Are Strengthening Security Ties." *Foreign '
        'Affairs*, September 24, 2018.',
        {"type": "article-magazine", "author": [person("Gabuev", "Alexander")],
         "title": "Why Russia and China Are Strengthening Security Ties",
         "container-title": "Foreign Affairs", "issued": date(2018, 9, 24)},
    ),
    # --- APA 7 ---
    Case(
        "apa",
        "Kaczmarski, M. (2017). Non-western visions of regionalism: China's New Silk Road and "
        "Russia's Eurasian Economic Union. *International Affairs*, 93(6), 1357–1376. "
        "https://doi.org/10.1093/ia/iix182",
        {"type": "article-journal", "author": [person("Kaczmarski", "M.")],
         "title": "Non-western visions of regionalism: China's New Silk Road and Russia's Eurasian "
                  "Economic Union",
         "issued": date(2017), "container-title": "International Affairs", "volume": "93",
         "issue": "6", "page": "1357-1376", "DOI": "10.1093/ia/iix182"},
    ),
    Case(
        "apa",
        "Kashin, V., & Raska, M. (2017). *Countering the U.S. third offset strategy: Russian "
        "perspectives, responses and challenges* (Policy Report). S. Rajaratnam School of "
        "International Studies. https://www.rsis.edu.sg/wp-content/uploads/2017/01/PR170124.pdf",
        {"type": "report", "author": [person("Kashin", "V."), person("Raska", "M.")],
         "title": "Countering the U.S. third offset strategy: Russian perspectives, responses and "
                  "challenges",
         "issued": date(2017), "genre": "Policy Report",
         "publisher": "S. Rajaratnam School of International Studies",
         "URL": "https://www.rsis.edu.sg/wp-content/uploads/2017/01/PR170124.pdf"},
    ),
    Case(
        "apa",
        "Lukin, A. (2018). *China and Russia: The new rapprochement*. Polity Press.",
        {"type": "book", "author": [person("Lukin", "A.")],
         "title": "China and Russia: The new rapprochement", "issued": date(2018),
         "publisher": "Polity Press"},
    ),
    Case(
        "apa",
        "Gabuev, A. (2019). Unwanted but inevitable: Russia's deepening partnership with China "
        "post-Ukraine. In J. I. Bekkevold & B. Lo (Eds.), *Sino-Russian relations in the 21st "
        "century* (pp. 41–66). Palgrave Macmillan.",
        {"type": "chapter", "author": [person("Gabuev", "A.")],
         "title": "Unwanted but inevitable: Russia's deepening partnership with China post-Ukraine",
         "issued": date(2019), "editor": [person("Bekkevold", "J. I."), person("Lo", "B.")],
         "container-title": "Sino-Russian relations in the 21st century", "page": "41-66",
         "publisher": "Palgrave Macmillan"},
    ),
    Case(
        "apa",
        "Seddon, M., & Hille, K. (2021, March 4). Russia and China plan joint lunar research "
        "station. *Financial Times*. https://www.ft.com/content/5e4a9c3d-lunar",
        {"type": "article-newspaper", "author": [person("Seddon", "M."), person("Hille", "K.")],
         "title": "Russia and China plan joint lunar research station", "issued": date(2021, 3, 4),
         "container-title": "Financial Times", "URL": "https://www.ft.com/content/5e4a9c3d-lunar"},
    ),
    Case(
        "apa",
        "Ministry of Foreign Affairs of the Russian Federation. (2021, June 28). *Joint statement "
        "on the 20th anniversary of the Treaty of Good-Neighbourliness and Friendly Cooperation*. "
        "https://www.mid.ru/en/foreign_policy/news/1764412/",
        {"type": "webpage",
         "author": [org("Ministry of Foreign Affairs of the Russian Federation")],
         "issued": date(2021, 6, 28),
         "title": "Joint statement on the 20th anniversary of the Treaty of Good-Neighbourliness "
                  "and Friendly Cooperation",
         "URL": "https://www.mid.ru/en/foreign_policy/news/1764412/"},
    ),
    Case(
        "apa",
        "Bratersky, M. (2018). Russia's pivot to Asia and China–Russia technology cooperation. "
        "*Asia Policy*, 13(2), 117–121. https://doi.org/10.1353/asp.2018.0024",
        {"type": "article-journal", "author": [person("Bratersky", "M.")],
         "title": "Russia's pivot to Asia and China–Russia technology cooperation",
         "issued": date(2018), "container-title": "Asia Policy", "volume": "13", "issue": "2",
         "page": "117-121", "DOI": "10.1353/asp.2018.0024"},
    ),
    Case(
        "apa",
        "Huawei. (n.d.). *Huawei in Russia*. Retrieved May 3, 2023, from "
        "https://www.huawei.com/ru/about-huawei",
        {"type": "webpage", "author": [org("Huawei")], "title": "Huawei in Russia",
         "accessed": date(2023, 5, 3), "URL": "https://www.huawei.com/ru/about-huawei"},
    ),
    Case(
        "apa",
        "Ivanova, E. (2020). *Sino-Russian cooperation in artificial intelligence* [Master's "
        "thesis, University of Oxford].",
        {"type": "thesis", "author": [person("Ivanova", "E.")],
         "title": "Sino-Russian cooperation in artificial intelligence", "issued": date(2020),
         "genre": "Master's thesis", "publisher": "University of Oxford"},
    ),
    Case(
        "apa",
        "Congressional Research Service. (2022). *Russia's war on Ukraine: Military and "
        "intelligence aspects* (CRS Report No. R47068). "
        "https://crsreports.congress.gov/product/pdf/R/R47068",
        {"type": "report", "author": [org("Congressional Research Service")],
         "issued": date(2022),
         "title": "Russia's war on Ukraine: Military and intelligence aspects",
         "genre": "CRS Report", "number": "R47068",
         "URL": "https://crsreports.congress.gov/product/pdf/R/R47068"},
    ),
    Case(
        "apa",
        "Stronski, P. (2020, October 22). Russia's tech sector is pivoting to China. *The "
        "Diplomat*. https://thediplomat.com/2020/10/russias-tech-sector-is-pivoting-to-china/",
        {"type": "article-magazine", "author": [person("Stronski", "P.")],
         "title": "Russia's tech sector is pivoting to China", "issued": date(2020, 10, 22),
         "container-title": "The Diplomat",
         "URL": "https://thediplomat.com/2020/10/russias-tech-sector-is-pivoting-to-china/"},
    ),
    Case(
        "apa",
        "Zhang, Y., & Li, W. (2021). Sino-Russian scientific collaboration in nuclear energy. "
        "*Energy Policy*, 151, 112168. https://doi.org/10.1016/j.enpol.2021.112168",
        {"type": "article-journal", "author": [person("Zhang", "Y."), person("Li", "W.")],
         "title": "Sino-Russian scientific collaboration in nuclear energy", "issued": date(2021),
         "container-title": "Energy Policy", "volume": "151", "page": "112168",
         "DOI": "10.1016/j.enpol.2021.112168"},
    ),
    Case(
        "apa",
        "Kendall-Taylor, A., & Shullman, D. (2021). *Navigating the deepening Russia-China "
        "partnership*. Center for a New American Security.",
        {"type": "report", "author": [person("Kendall-Taylor", "A."), person("Shullman", "D.")],
         "title": "Navigating the deepening Russia-China partnership", "issued": date(2021),
         "publisher": "Center for a New American Security"},
    ),
    # --- Harvard ---
    Case(
        "harvard",
        "Korolev, A. and Portyakov, V. (2019) 'Reluctant allies: system-unit dynamics and "
        "China-Russia relations', International Relations, 33(1), pp. 40-66.",
        {"type": "article-journal", "author": [person("Korolev", "A."), person("Portyakov", "V.")],
         "issued": date(2019),
         "title": "Reluctant allies: system-unit dynamics and China-Russia relations",
         "container-title": "International Relations", "volume": "33", "issue": "1",
         "page": "40-66"},
    ),
    Case(
        "harvard",
        "Lo, B. (2008) *Axis of convenience: Moscow, Beijing, and the new geopolitics*. "
        "Washington, DC: Brookings Institution Press.",
        {"type": "book", "author": [person("Lo", "B.")], "issued": date(2008),
         "title": "Axis of convenience: Moscow, Beijing, and the new geopolitics",
         "publisher-place": "Washington, DC", "publisher": "Brookings Institution Press"},
    ),
    Case(
        "harvard",
        "Reuters (2019) 'Huawei signs deal to develop 5G network in Russia', *Reuters*, 5 June. "
        "Available at: https://www.reuters.com/article/us-russia-china-huawei-idUSKCN1T61AO "
        "(Accessed: 3 May 2021).",
        {"type": "article-newspaper", "author": [org("Reuters")], "issued": date(2019, 6, 5),
         "title": "Huawei signs deal to develop 5G network in Russia", "container-title": "Reuters",
         "URL": "https://www.reuters.com/article/us-russia-china-huawei-idUSKCN1T61AO",
         "accessed": date(2021, 5, 3)},
    ),
    Case(
        "harvard",
        "Kuhrt, N. (2019) 'Russia and China: strategic partnership or asymmetrical dependence?', "
        "in Kanet, R.E. (ed.) *Routledge handbook of Russian security*. London: Routledge, "
        "pp. 312-323.",
        {"type": "chapter", "author": [person("Kuhrt", "N.")], "issued": date(2019),
         "title": "Russia and China: strategic partnership or asymmetrical dependence?",
         "editor": [person("Kanet", "R. E.")],
         "container-title": "Routledge handbook of Russian security", "publisher-place": "London",
         "publisher": "Routledge", "page": "312-323"},
    ),
    Case(
        "harvard",
        "Bendett, S. et al. (2021) *Advanced military technology in Russia: capabilities and "
        "implications*. Research Paper. London: Royal Institute of International Affairs.",
        {"type": "report", "author": [person("Bendett", "S.")], "issued": date(2021),
         "title": "Advanced military technology in Russia: capabilities and implications",
         "genre": "Research Paper", "publisher-place": "London",
         "publisher": "Royal Institute of International Affairs"},
        et_al=True,
    ),
    Case(
        "harvard",
        "Bolt, P.J. (2014) 'Sino-Russian relations in a changing world order', *Strategic Studies "
        "Quarterly*, 8(4), pp. 47–69.",
        {"type": "article-journal", "author": [person("Bolt", "P. J.")], "issued": date(2014),
         "title": "Sino-Russian relations in a changing world order",
         "container-title": "Strategic Studies Quarterly", "volume": "8", "issue": "4",
         "page": "47-69"},
    ),
    Case(
        "harvard",
        "European Parliament (2021) *China-Russia relations: a comprehensive strategic "
        "partnership*. Briefing. Brussels: European Parliamentary Research Service. Available at: "
        "https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2021)690556 "
        "[Accessed 12 January 2022].",
        {"type": "report", "author": [org("European Parliament")], "issued": date(2021),
         "title": "China-Russia relations: a comprehensive strategic partnership",
         "genre": "Briefing", "publisher-place": "Brussels",
         "publisher": "European Parliamentary Research Service",
         "URL": "https://www.europarl.europa.eu/thinktank/en/document/EPRS_BRI(2021)690556",
         "accessed": date(2022, 1, 12)},
    ),
    # --- MLA 9 ---
    Case(
        "mla",
        'Lukin, Artyom. "The Russia–China Entente and Its Future." *International Politics*, '
        "vol. 58, no. 3, 2021, pp. 363–80.",
        {"type": "article-journal", "author": [person("Lukin", "Artyom")],
         "title": "The Russia–China Entente and Its Future",
         "container-title": "International Politics",
         "volume": "58", "issue": "3", "issued": date(2021), "page": "363-80"},
    ),
    Case(
        "mla",
        "Lo, Bobo. *A Wary Embrace: What the China-Russia Relationship Means for the World*. "
        "Penguin Random House Australia, 2017.",
        {"type": "book", "author": [person("Lo", "Bobo")],
         "title": "A Wary Embrace: What the China-Russia Relationship Means for the World",
         "publisher": "Penguin Random House Australia", "issued": date(2017)},
    ),
    Case(
        "mla",
        'Trenin, Dmitri. "From Greater Europe to Greater Asia? The Sino-Russian Entente." '
        "*Carnegie Moscow Center*, 9 Apr. 2015, "
        "carnegie.ru/2015/04/09/from-greater-europe-to-greater-asia-sino-russian-entente-pub-59728.",
        {"type": "webpage", "author": [person("Trenin", "Dmitri")],
         "title": "From Greater Europe to Greater Asia? The Sino-Russian Entente",
         "container-title": "Carnegie Moscow Center", "issued": date(2015, 4, 9),
         "URL": "https://carnegie.ru/2015/04/09/from-greater-europe-to-greater-asia-sino-russian-"
                "entente-pub-59728"},
    ),
    Case(
        "mla",
        "Bekkevold, Jo Inge, and Bobo Lo, editors. *Sino-Russian Relations in the 21st Century*. "
        "Palgrave Macmillan, 2019.",
        {"type": "book", "editor": [person("Bekkevold", "Jo Inge"), person("Lo", "Bobo")],
         "title": "Sino-Russian Relations in the 21st Century", "publisher": "Palgrave Macmillan",
         "issued": date(2019)},
    ),
    Case(
        "mla",
        'Kashin, Vasily. "Russia and China Take Military Partnership to New Level." *The Moscow '
        "Times*, 23 Oct. 2019, www.themoscowtimes.com/2019/10/23/russia-and-china-take-military-"
        "partnership-to-new-level-a67874. Accessed 4 May 2021.",
        {"type": "article-newspaper", "author": [person("Kashin", "Vasily")],
         "title": "Russia and China Take Military Partnership to New Level",
         "container-title": "The Moscow Times", "issued": date(2019, 10, 23),
         "URL": "https://www.themoscowtimes.com/2019/10/23/russia-and-china-take-military-"
                "partnership-to-new-level-a67874",
         "accessed": date(2021, 5, 4)},
    ),
    # --- Wikipedia's citation templates ---
    Case(
        "wikipedia",
        'Bennett, Samuel; Edmonds, Jeffrey (12 March 2020). "Russia and China\'s AI cooperation". '
        "*Defense One*. Retrieved 3 April 2021.",
        {"type": "article-magazine",
         "author": [person("Bennett", "Samuel"), person("Edmonds", "Jeffrey")],
         "issued": date(2020, 3, 12), "title": "Russia and China's AI cooperation",
         "container-title": "Defense One", "accessed": date(2021, 4, 3)},
    ),
    Case(
        "wikipedia",
        '"Huawei to open research centre in Moscow". Reuters. 2019. Archived from the original on '
        "5 June 2019.",
        {"type": "webpage", "title": "Huawei to open research centre in Moscow",
         "publisher": "Reuters", "issued": date(2019)},
    ),
    Case(
        "wikipedia",
        'Foy, Henry (6 June 2019). "Huawei signs 5G deal with Russia\'s MTS". *Financial Times*. '
        "Retrieved 7 June 2019.",
        {"type": "article-newspaper", "author": [person("Foy", "Henry")],
         "issued": date(2019, 6, 6), "title": "Huawei signs 5G deal with Russia's MTS",
         "container-title": "Financial Times", "accessed": date(2019, 6, 7)},
    ),
    Case(
        "wikipedia",
        '"Russia, China sign agreement on lunar station". *TASS*. 9 March 2021. Retrieved '
        "10 March 2021.",
        {"type": "article-newspaper", "title": "Russia, China sign agreement on lunar station",
         "container-title": "TASS", "issued": date(2021, 3, 9), "accessed": date(2021, 3, 10)},
    ),
    Case(
        "wikipedia",
        "Weitz, Richard (2021). *Assessing Chinese-Russian Military Exercises*. Center for "
        "Strategic and International Studies.",
        {"type": "report", "author": [person("Weitz", "Richard")], "issued": date(2021),
         "title": "Assessing Chinese-Russian Military Exercises",
         "publisher": "Center for Strategic and International Studies"},
    ),
    Case(
        "wikipedia",
        '"[Russia to launch joint satellite navigation system with China]'
        '(https://ria.ru/20181107/1532259830.html)". *RIA Novosti*. 7 November 2018. '
        "Retrieved 2 December 2018.",
        {"type": "article-newspaper",
         "title": "Russia to launch joint satellite navigation system with China",
         "URL": "https://ria.ru/20181107/1532259830.html", "container-title": "RIA Novosti",
         "issued": date(2018, 11, 7), "accessed": date(2018, 12, 2)},
    ),
    Case(
        "wikipedia",
        "Horn, Roger A.; Johnson, Charles R. (2013). *Matrix Analysis* (2nd ed.). Cambridge "
        "University Press. ISBN 978-0-521-54823-6.",
        {"type": "book", "author": [person("Horn", "Roger A."), person("Johnson", "Charles R.")],
         "title": "Matrix Analysis", "edition": "2", "publisher": "Cambridge University Press",
         "ISBN": "978-0-521-54823-6", "issued": date(2013)},
    ),
    # --- translated titles, month ranges ---
    Case(
        "chicago-note",
        'Alexander Lukin, "Rossiya i Kitai" [Russia and China: A New Model], *Polis*, '
        "January/February 2022.",
        {"type": "article-magazine", "author": [person("Lukin", "Alexander")],
         "title": "Rossiya i Kitai", "note": "Translated title: Russia and China: A New Model",
         "container-title": "Polis", "issued": date(2022)},
    ),
    # A season or a range of months is no single month: the year only.
    Case(
        "chicago-note",
        'Elizabeth Wishnick, "Russia and the Arctic," *Asia Policy* 16, no. 2 (April–June 2021): '
        "45–60.",
        {"type": "article-journal", "author": [person("Wishnick", "Elizabeth")],
         "title": "Russia and the Arctic", "container-title": "Asia Policy", "volume": "16",
         "issue": "2", "issued": date(2021), "page": "45-60"},
    ),
    Case(
        "chicago-note",
        'Alexander Gabuev, "A Pivot to Nowhere," *Russia in Global Affairs* 18, no. 1 (Spring '
        "2020): 5–20.",
        {"type": "article-journal", "author": [person("Gabuev", "Alexander")],
         "title": "A Pivot to Nowhere", "container-title": "Russia in Global Affairs",
         "volume": "18", "issue": "1", "issued": date(2020), "page": "5-20"},
    ),
    Case(
        "chicago-note",
        'Bobo Lo, "The Sino-Russian Partnership," *Survival* 61 (Winter 2019/20): 7–28.',
        {"type": "article-journal", "author": [person("Lo", "Bobo")],
         "title": "The Sino-Russian Partnership", "container-title": "Survival", "volume": "61",
         "issued": date(2019), "page": "7-28"},
    ),
    Case(
        "chicago-note",
        '"Russia and China Sign Lunar Pact," *TASS*, Spring 2020.',
        {"type": "article-newspaper", "title": "Russia and China Sign Lunar Pact",
         "container-title": "TASS", "issued": date(2020)},
    ),
    Case(
        "apa",
        "Ivanov, P. (2022). Rossiya i Kitai: novaya model [Russia and China: A new model]. "
        "*Polis*, *5*(2), 10–20.",
        {"type": "article-journal", "author": [person("Ivanov", "P.")],
         "title": "Rossiya i Kitai: novaya model",
         "note": "Translated title: Russia and China: A new model", "container-title": "Polis",
         "volume": "5", "issue": "2", "page": "10-20", "issued": date(2022)},
    ),
    Case(
        "apa",
        "Novikova, T., & Chen, L. (2021). Learning from the Great Firewall? Russia's sovereign "
        "internet law in comparative perspective. *Journal of Cyber Policy*, *6*(3), 345--362. "
        "<https://doi.org/10.5555/jcp.2021.6.3.345>",
        {"type": "article-journal", "author": [person("Novikova", "T."), person("Chen", "L.")],
         "title": "Learning from the Great Firewall? Russia's sovereign internet law in "
                  "comparative perspective",
         "container-title": "Journal of Cyber Policy", "volume": "6", "issue": "3",
         "page": "345-362", "issued": date(2021), "DOI": "10.5555/jcp.2021.6.3.345"},
    ),
    # --- plain web citations ---
    Case(
        "web",
        '"Russia-China Technology Cooperation Roadmap," Skolkovo Foundation, September 12, 2020, '
        "https://sk.ru/news/roadmap/.",
        {"type": "webpage", "title": "Russia-China Technology Cooperation Roadmap",
         "container-title": "Skolkovo Foundation", "issued": date(2020, 9, 12),
         "URL": "https://sk.ru/news/roadmap/"},
    ),
    Case(
        "web",
        'Kremlin, "Meeting with President of China Xi Jinping," February 4, 2022, '
        "http://en.kremlin.ru/events/president/news/67708.",
        {"type": "webpage", "author": [org("Kremlin")],
         "title": "Meeting with President of China Xi Jinping", "issued": date(2022, 2, 4),
         "URL": "http://en.kremlin.ru/events/president/news/67708"},
    ),
    Case(
        "web",
        '"Digital Silk Road," Council on Foreign Relations, accessed June 1, 2023, '
        "https://www.cfr.org/china-digital-silk-road/.",
        {"type": "webpage", "title": "Digital Silk Road", "container-title": "Council on Foreign "
         "Relations", "accessed": date(2023, 6, 1),
         "URL": "https://www.cfr.org/china-digital-silk-road/"},
    ),
    Case(
        "web",
        '"China, Russia Agree to Expand Cooperation in Satellite Navigation," Xinhua, November 6, '
        "2018, http://www.xinhuanet.com/english/2018-11/06/c_137585476.htm.",
        {"type": "article-newspaper",
         "title": "China, Russia Agree to Expand Cooperation in Satellite Navigation",
         "container-title": "Xinhua", "issued": date(2018, 11, 6),
         "URL": "http://www.xinhuanet.com/english/2018-11/06/c_137585476.htm"},
    ),
    # --- bare links ---
    Case(
        "bare",
        "https://www.rand.org/pubs/research_reports/RR2240.html",
        {"type": "webpage", "title": "https://www.rand.org/pubs/research_reports/RR2240.html",
         "URL": "https://www.rand.org/pubs/research_reports/RR2240.html"},
    ),
    Case(
        "bare",
        "doi:10.1080/14650045.2020.1812468",
        {"type": "article", "title": "https://doi.org/10.1080/14650045.2020.1812468",
         "DOI": "10.1080/14650045.2020.1812468"},
    ),
    Case(
        "bare",
        "<https://tass.com/economy/1265213>.",
        {"type": "webpage", "title": "https://tass.com/economy/1265213",
         "URL": "https://tass.com/economy/1265213"},
    ),
    # --- commentary with a citation ---
    Case(
        "commentary",
        'On this point see John Lee, "China-Russia Cooperation in Space," *Space Policy* 45 '
        "(2018): 3–11.",
        {"type": "article-journal", "author": [person("Lee", "John")],
         "title": "China-Russia Cooperation in Space", "container-title": "Space Policy",
         "volume": "45", "issued": date(2018), "page": "3-11"},
        prefix="See",
    ),
    Case(
        "commentary",
        "For a contrary view, see Bobo Lo, *A Wary Embrace* (Sydney: Lowy Institute, 2017), 12.",
        {"type": "report", "author": [person("Lo", "Bobo")], "title": "A Wary Embrace",
         "publisher-place": "Sydney", "publisher": "Lowy Institute", "issued": date(2017)},
        locator="p. 12",
        prefix="See",
    ),
    Case(
        "commentary",
        "For example, Richard Weitz, *Parsing Chinese-Russian Military Exercises* (Carlisle, PA: "
        "Strategic Studies Institute, 2015), 3–4.",
        {"type": "report", "author": [person("Weitz", "Richard")],
         "title": "Parsing Chinese-Russian Military Exercises", "publisher-place": "Carlisle, PA",
         "publisher": "Strategic Studies Institute", "issued": date(2015)},
        locator="pp. 3-4",
        prefix="For example,",
    ),
    # --- report series before the title, bylines after it (third held-out evaluation) ---
    Case(
        "crs",
        "CRS Report R46937, *Russian Arms Sales and Defense Industry*, by Andrew J. Pell.",
        {"type": "report", "author": [person("Pell", "Andrew J.")],
         "title": "Russian Arms Sales and Defense Industry", "genre": "CRS Report",
         "number": "R46937", "publisher": "Congressional Research Service"},
    ),
    Case(
        "crs",
        "CRS In Focus IF11234, *China-Russia Arms Cooperation*, by Jane A. Doe and John Roe.",
        {"type": "report", "author": [person("Doe", "Jane A."), person("Roe", "John")],
         "title": "China-Russia Arms Cooperation", "genre": "CRS In Focus", "number": "IF11234",
         "publisher": "Congressional Research Service"},
    ),
    Case(
        "chicago-note",
        "*The Dragon and the Bear*, by Mark Ellison (Oxford: Oxford University Press, 2019), 44.",
        {"type": "book", "author": [person("Ellison", "Mark")], "title": "The Dragon and the Bear",
         "publisher-place": "Oxford", "publisher": "Oxford University Press",
         "issued": date(2019)},
        locator="p. 44",
    ),
    # --- companies, acronym-led and non-Latin organisations as authors ---
    Case(
        "apa",
        "Huawei Investment & Holding Co., Ltd. (2024). *2023 annual report*. "
        "https://www.huawei.com/en/annual-report/2023",
        {"type": "webpage", "author": [org("Huawei Investment & Holding Co., Ltd.")],
         "title": "2023 annual report", "issued": date(2024),
         "URL": "https://www.huawei.com/en/annual-report/2023"},
    ),
    Case(
        "mla",
        "Hangzhou Hikvision Digital Technology Co., Ltd. *2023 Annual Report*. Hikvision, 2024.",
        {"type": "report", "author": [org("Hangzhou Hikvision Digital Technology Co., Ltd.")],
         "title": "2023 Annual Report", "publisher": "Hikvision", "issued": date(2024)},
    ),
    Case(
        "apa",
        "GSMA Intelligence. (2023). *The mobile economy: Russia & CIS 2023*. "
        "https://www.gsma.com/mobileeconomy/russia-cis/",
        {"type": "webpage", "author": [org("GSMA Intelligence")],
         "title": "The mobile economy: Russia & CIS 2023", "issued": date(2023),
         "URL": "https://www.gsma.com/mobileeconomy/russia-cis/"},
    ),
    Case(
        "apa",
        "Министерство цифрового развития, связи и массовых коммуникаций Российской Федерации. "
        "(2023, June 2). *О развитии сетей связи пятого поколения* [On the development of "
        "fifth-generation communication networks] [Press release]. "
        "https://digital.gov.ru/ru/events/45012/",
        {"type": "webpage",
         "author": [org("Министерство цифрового развития, связи и массовых коммуникаций "
                        "Российской Федерации")],
         "issued": date(2023, 6, 2), "title": "О развитии сетей связи пятого поколения",
         "note": "Translated title: On the development of fifth-generation communication "
                 "networks",
         "genre": "Press release", "URL": "https://digital.gov.ru/ru/events/45012/"},
    ),
    Case(
        "apa",
        "Иванов, И. И., & Петров, П. (2020). *Россия и Китай*. Москва: Наука.",
        {"type": "book", "author": [person("Иванов", "И. И."), person("Петров", "П.")],
         "title": "Россия и Китай", "issued": date(2020), "publisher-place": "Москва",
         "publisher": "Наука"},
    ),
    Case(
        "harvard",
        "National Card Payment System (2024) *Mir: partner countries*. Available at: "
        "https://www.nspk.ru/en/cards-mir/ (Accessed: 3 February 2025).",
        {"type": "webpage", "author": [org("National Card Payment System")],
         "title": "Mir: partner countries", "issued": date(2024),
         "URL": "https://www.nspk.ru/en/cards-mir/", "accessed": date(2025, 2, 3)},
    ),
    Case(
        "apa",
        "Horn & Johnson (2013). *Matrix analysis*. Cambridge University Press.",
        {"type": "book", "author": [{"family": "Horn"}, {"family": "Johnson"}],
         "title": "Matrix analysis", "issued": date(2013),
         "publisher": "Cambridge University Press"},
    ),
    # --- APA's italic volume printed with the journal's name; an article number ---
    Case(
        "apa",
        "Rostova, M., & Hale, J. D. (2023). Equipment substitution in Russian mobile networks "
        "after 2022. *Telecommunications Policy, 47*(8), Article 102603. "
        "https://doi.org/10.1016/j.telpol.2023.102603",
        {"type": "article-journal", "author": [person("Rostova", "M."), person("Hale", "J. D.")],
         "title": "Equipment substitution in Russian mobile networks after 2022",
         "issued": date(2023), "container-title": "Telecommunications Policy", "volume": "47",
         "issue": "8", "page": "102603", "DOI": "10.1016/j.telpol.2023.102603"},
    ),
    Case(
        "mla",
        "Hartmann, Leah. \"Russia's Metro Cameras Run on Chinese Chips.\" *The New York Times*, "
        "11 Mar. 2023, p. A9.",
        {"type": "article-newspaper", "author": [person("Hartmann", "Leah")],
         "title": "Russia's Metro Cameras Run on Chinese Chips",
         "container-title": "The New York Times", "issued": date(2023, 3, 11)},
        locator="p. A9",
    ),
    *SENTENCE_PERIODS,
    # --- organisations whose names open with a country or a nationality, or end in a word
    # no family name is (held-out evaluation 4); people's names of the same shape stay people ---
    Case(
        "mla",
        "U.S. Geological Survey. *Mineral Commodity Summaries 2023*. U.S. Geological Survey, "
        "2023, https://doi.org/10.3133/mcs2023.",
        {"type": "report", "author": [org("U.S. Geological Survey")],
         "title": "Mineral Commodity Summaries 2023", "publisher": "U.S. Geological Survey",
         "issued": date(2023), "DOI": "10.3133/mcs2023"},
    ),
    Case(
        "chicago-note",
        "China Unicom Global, “China Unicom Expands Russia Connectivity,” accessed August 2, "
        "2024, https://www.chinaunicomglobal.com/news/russia-connectivity.",
        {"type": "webpage", "author": [org("China Unicom Global")],
         "title": "China Unicom Expands Russia Connectivity",
         "URL": "https://www.chinaunicomglobal.com/news/russia-connectivity",
         "accessed": date(2024, 8, 2)},
    ),
    Case(
        "wikipedia",
        'Russian Helicopters (16 June 2016). "Russian Helicopters and AVIC sign contract for heavy '
        'helicopter design" https://www.russianhelicopters.aero/en/press/news/4532/ (Press '
        "release). Retrieved 12 January 2024.",
        {"type": "webpage", "author": [org("Russian Helicopters")],
         "title": "Russian Helicopters and AVIC sign contract for heavy helicopter design",
         "issued": date(2016, 6, 16), "genre": "Press release",
         "URL": "https://www.russianhelicopters.aero/en/press/news/4532/",
         "accessed": date(2024, 1, 12)},
    ),
    Case(
        "chicago-note",
        "Russell Brand, *Revolution* (London: Century, 2014), 12.",
        {"type": "book", "author": [person("Brand", "Russell")], "title": "Revolution",
         "publisher-place": "London", "publisher": "Century", "issued": date(2014)},
        locator="p. 12",
    ),
    Case(
        "chicago-note",
        'Chen Wei, "China\'s Arctic Policy," *Polar Record* 12, no. 3 (2020): 1–10.',
        {"type": "article-journal", "author": [person("Chen", "Wei")],
         "title": "China's Arctic Policy", "container-title": "Polar Record", "volume": "12",
         "issue": "3", "issued": date(2020), "page": "1-10"},
    ),
    Case(
        "harvard",
        "Xinhua (2021) ‘China, Russia deploy navigation monitoring stations’, *Xinhua News "
        "Agency*, 23 August.",
        {"type": "article-newspaper", "author": [org("Xinhua")],
         "title": "China, Russia deploy navigation monitoring stations",
         "container-title": "Xinhua News Agency", "issued": date(2021, 8, 23)},
    ),
    Case(
        "harvard",
        "China National Space Administration (2021) ‘China and Russia sign a memorandum of "
        "understanding regarding cooperation for the construction of the International Lunar "
        "Research Station’, 9 March. Available at: http://www.cnsa.gov.cn/english/n6465652/"
        "n6465653/c6811380/content.html (Accessed: 5 April 2024).",
        {"type": "webpage", "author": [org("China National Space Administration")],
         "title": "China and Russia sign a memorandum of understanding regarding cooperation for "
         "the construction of the International Lunar Research Station",
         "issued": date(2021, 3, 9),
         "URL": "http://www.cnsa.gov.cn/english/n6465652/n6465653/c6811380/content.html",
         "accessed": date(2024, 4, 5)},
    ),
    # --- Wikipedia (cs1): ';'-separated "Family, Given" authors, format and kind labels ---
    Case(
        "wikipedia",
        'Kang, Li; Sorokin, Pavel (2019). "Rotorcraft Cooperation between China and Russia". '
        "*Journal of Aircraft Design Studies*. 14 (2): 77–94. doi:10.1080/21693018.2019.1612345 "
        "https://doi.org/10.1080%2F21693018.2019.1612345.",
        {"type": "article-journal", "author": [person("Kang", "Li"), person("Sorokin", "Pavel")],
         "title": "Rotorcraft Cooperation between China and Russia",
         "container-title": "Journal of Aircraft Design Studies", "volume": "14", "issue": "2",
         "page": "77-94", "issued": date(2019), "DOI": "10.1080/21693018.2019.1612345"},
    ),
    Case(
        "wikipedia",
        "United States Department of Defense (2023). Military and Security Developments "
        "Involving the People's Republic of China 2023 https://media.defense.gov/2023/Oct/19/"
        "2003323409/-1/-1/1/2023-MILITARY-AND-SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-"
        "REPUBLIC-OF-CHINA.PDF (PDF) (Report). p. 95. Retrieved 12 January 2024.",
        {"type": "report", "author": [org("United States Department of Defense")],
         "title": "Military and Security Developments Involving the People's Republic of China "
         "2023", "issued": date(2023), "genre": "Report", "medium": "PDF",
         "URL": "https://media.defense.gov/2023/Oct/19/2003323409/-1/-1/1/2023-MILITARY-AND-"
         "SECURITY-DEVELOPMENTS-INVOLVING-THE-PEOPLES-REPUBLIC-OF-CHINA.PDF",
         "accessed": date(2024, 1, 12)},
        locator="p. 95",
    ),
    Case(
        "wikipedia",
        "Petrov, Ivan (2018). *Rossiya i Kitai v Arktike* (Thesis) (in Russian). Moscow State "
        "University.",
        {"type": "thesis", "author": [person("Petrov", "Ivan")],
         "title": "Rossiya i Kitai v Arktike", "genre": "Thesis", "language": "ru",
         "publisher": "Moscow State University", "issued": date(2018)},
    ),
    # --- legislation ---
    Case(
        "legislation",
        "*Cybersecurity Law of the People's Republic of China* (adopted November 7, 2016).",
        {"type": "legislation", "title": "Cybersecurity Law of the People's Republic of China",
         "issued": date(2016, 11, 7)},
    ),
    # --- a fifth blind evaluation's notes (tests/heldout5) ---
    # Harvard: an organisation's byline, and a news agency's story with no periodical named.
    Case(
        "harvard",
        "Reuters (2022) 'Chinese banks halt UnionPay card issuance for Russians', 21 April.",
        {"type": "document", "author": [org("Reuters")],
         "title": "Chinese banks halt UnionPay card issuance for Russians",
         "issued": date(2022, 4, 21)},
    ),
    Case(
        "harvard",
        "People's Bank of China (2015) 'Cross-Border Interbank Payment System (CIPS) Launched', "
        "press release, 8 October. Available at: http://www.pbc.gov.cn/english/130721/2960451/"
        "index.html (accessed 12 January 2023).",
        {"type": "webpage", "author": [org("People's Bank of China")],
         "title": "Cross-Border Interbank Payment System (CIPS) Launched",
         "issued": date(2015, 10, 8), "genre": "press release",
         "URL": "http://www.pbc.gov.cn/english/130721/2960451/index.html",
         "accessed": date(2023, 1, 12)},
    ),
    Case(
        "harvard",
        "Bank of Russia (2024) *Annual Report 2023*. Moscow: Bank of Russia, p. 56. Available at: "
        "https://www.cbr.ru/Collection/Collection/File/49001/ar_2023.pdf.",
        {"type": "report", "author": [org("Bank of Russia")], "title": "Annual Report 2023",
         "issued": date(2024), "publisher-place": "Moscow", "publisher": "Bank of Russia",
         "URL": "https://www.cbr.ru/Collection/Collection/File/49001/ar_2023.pdf"},
        locator="p. 56",
    ),
    # Two-word organisations that a person's name would look like: the title opens with the
    # firm's short name, or with its whole name in a press release; a place ends the name.
    Case(
        "mla",
        'Siemens Mobility. "Siemens Winds Down Russian Business." Press release, 12 May 2022, '
        "press.siemens.com/global/en/pressrelease/siemens-winds-down-russian-business.",
        {"type": "webpage", "author": [org("Siemens Mobility")],
         "title": "Siemens Winds Down Russian Business", "genre": "Press release",
         "issued": date(2022, 5, 12),
         "URL": "https://press.siemens.com/global/en/pressrelease/siemens-winds-down-russian-"
         "business"},
    ),
    Case(
        "ieee",
        'Baker Hughes, "Baker Hughes Suspends New Investment in Russia," press release, Mar. 7, '
        "2022. [Online]. Available: https://investors.bakerhughes.com/news-releases/news-release-"
        "details/baker-hughes-suspends-new-investment-russia",
        {"type": "webpage", "author": [org("Baker Hughes")],
         "title": "Baker Hughes Suspends New Investment in Russia", "genre": "press release",
         "issued": date(2022, 3, 7),
         "URL": "https://investors.bakerhughes.com/news-releases/news-release-details/baker-"
         "hughes-suspends-new-investment-russia"},
    ),
    Case(
        "chicago-note",
        "Trivium China, “China-Russia Trade Tracker,” December 2023.",
        {"type": "document", "author": [org("Trivium China")],
         "title": "China-Russia Trade Tracker", "issued": date(2023, 12)},
    ),
    # A person's press release is titled by the family name: the byline stays a person's.
    Case(
        "chicago-note",
        'Marco Rubio, "Rubio Introduces Bill to Counter Chinese Drones," press release, March 2, '
        "2023.",
        {"type": "document", "author": [person("Rubio", "Marco")],
         "title": "Rubio Introduces Bill to Counter Chinese Drones", "genre": "press release",
         "issued": date(2023, 3, 2)},
    ),
    # A byline after words of prose that lead to it.
    Case(
        "chicago-note",
        "I wrote about this previously: Lena Hart, “Data Localisation Is Back,” *Signals & "
        "Sanctions*, 3 November 2023, https://signalsandsanctions.ghost.io/data-localisation-is-"
        "back/",
        {"type": "article-magazine", "author": [person("Hart", "Lena")],
         "title": "Data Localisation Is Back", "container-title": "Signals & Sanctions",
         "issued": date(2023, 11, 3),
         "URL": "https://signalsandsanctions.ghost.io/data-localisation-is-back/"},
    ),
    Case(
        "chicago-note",
        "This account relies on two background interviews with industry participants and on Anna "
        'Morozova, "Intellectual Property in Russian Defence Exports," *Journal of Slavic '
        "Military Studies* 33, no. 1 (2020): 88–104, https://doi.org/10.1080/13518046.2020.1723211.",
        {"type": "article-journal", "author": [person("Morozova", "Anna")],
         "title": "Intellectual Property in Russian Defence Exports",
         "container-title": "Journal of Slavic Military Studies", "volume": "33", "issue": "1",
         "page": "88-104", "issued": date(2020), "DOI": "10.1080/13518046.2020.1723211"},
    ),
    # IEEE: initials first, "vol.", "no.", "pp." and the month and year last; "[Online].
    # Available:" before the link; a press release's number is no year.
    Case(
        "ieee",
        'M. Rasmussen, "Inside Arctic LNG 2: The Engineering Choices," Oil & Gas Journal, vol. '
        "119, no. 6, pp. 22-29, Jun. 2021.",
        {"type": "article-journal", "author": [person("Rasmussen", "M.")],
         "title": "Inside Arctic LNG 2: The Engineering Choices",
         "container-title": "Oil & Gas Journal", "volume": "119", "issue": "6", "page": "22-29",
         "issued": date(2021, 6)},
    ),
    Case(
        "ieee",
        'Wison New Energies, "Announcement on Russian Projects," Jun. 25, 2024. [Online]. '
        "Available: https://www.wison.com/en/news/announcement-2024-06-25",
        {"type": "webpage", "author": [org("Wison New Energies")],
         "title": "Announcement on Russian Projects", "issued": date(2024, 6, 25),
         "URL": "https://www.wison.com/en/news/announcement-2024-06-25"},
    ),
    Case(
        "ieee",
        "U.S. Department of the Treasury, \"Treasury Targets Russia's Future Energy Revenue,\" "
        "press release JY1871, Nov. 2, 2023. [Online]. Available: https://home.treasury.gov/news/"
        "press-releases/jy1871",
        {"type": "webpage", "author": [org("U.S. Department of the Treasury")],
         "title": "Treasury Targets Russia's Future Energy Revenue", "genre": "press release",
         "number": "JY1871", "issued": date(2023, 11, 2),
         "URL": "https://home.treasury.gov/news/press-releases/jy1871"},
    ),
]  # fmt: skip

COMMENTARY = [
    "This figure excludes dual-use exports, which are not reported separately.",
    "Author's translation.",
    "Emphasis added.",
    'Putin called the relationship one of "no limits" at the time, a phrase Beijing avoided.',
    'The "pilot zones" are limited to parts of Moscow and St. Petersburg.',
]

# --- MLA author–page short forms (hand-checked) ---
# Full MLA citations a document gives first; the short forms below point back at them.
MLA_EARLIER = [
    'Lukin, Artyom. "The Russia–China Entente and Its Future." *International Politics*, vol. 58, '
    "no. 3, 2021, pp. 363–380, https://doi.org/10.1057/s41311-020-00251-7.",
    "Kluge, Janis, and Michael Paul. *Russia's Arctic Policy: A Power Strategy and Its Limits*. "
    "Stiftung Wissenschaft und Politik, 2020. SWP Comment 19.",
    "Gabuev, Alexander, et al. *Russia and China in the Arctic*. Carnegie Endowment for "
    "International Peace, 2022.",
    "Lukin, Artyom. *Pivot to Asia: Russia's Foreign Policy Enters the 21st Century*. Vij Books, "
    "2018.",
    "State Council Information Office of the People's Republic of China. *China's Arctic "
    "Policy*. Foreign Languages Press, Jan. 2018.",
    'Reuters. "Russia Launches Arctic Cable Survey." *Reuters*, 4 Aug. 2020.',
]
ENTENTE = "The Russia–China Entente and Its Future"
PIVOT = "Pivot to Asia: Russia's Foreign Policy Enters the 21st Century"
ARCTIC_POLICY = "Russia's Arctic Policy: A Power Strategy and Its Limits"
# (short form, title of the earlier work it resolves to, locator). A bare family name goes to
# the latest earlier work by that author (Lukin's *Pivot to Asia*, cited after the article).
MLA_SHORT = [
    ("Lukin 370.", PIVOT, "p. 370"),
    ("Kluge and Paul 5.", ARCTIC_POLICY, "p. 5"),
    ("Kluge & Paul 5–7.", ARCTIC_POLICY, "pp. 5-7"),
    ("Kluge 12", ARCTIC_POLICY, "p. 12"),
    ("Gabuev et al. 8.", "Russia and China in the Arctic", "p. 8"),
    ('Lukin, "Russia–China Entente" 370.', ENTENTE, "p. 370"),
    ('Lukin, "Russia–China Entente," 366–67.', ENTENTE, "pp. 366-67"),
    ("Lukin, *Pivot to Asia* 45.", PIVOT, "p. 45"),
    ("(Lukin 370).", PIVOT, "p. 370"),
    ("(Kluge and Paul 5)", ARCTIC_POLICY, "p. 5"),
    ("State Council Information Office of the People's Republic of China 4.",
     "China's Arctic Policy", "p. 4"),
    ("Lukin xii.", PIVOT, "p. xii"),
]  # fmt: skip
# Pieces shaped like an author and a page that are not one, after the same earlier notes:
# (text, title of the work it cites or None for no citation). "Reuters 2020" is author-date.
NOT_AUTHOR_PAGE = [
    ("Reuters 2020.", "Russia Launches Arctic Cable Survey"),
    ("Order 66.", None),
    ("Article 5.", None),
    ("North Atlantic Treaty, Article 5.", None),
    ("Section 889 of the NDAA.", None),
    ("2020.", None),
    ("Smith 12.", None),  # no earlier work by Smith: a page number is no title
    ("Paul 5.", None),  # Paul is the second author, not the first
    ("Paul and Kluge 5.", None),
    ("Kluge and Smith 5.", None),
    ("Lukin, *Arctic Cable* 5.", None),  # no earlier title by Lukin begins so
    ("Executive Order 13873, *Securing the Information and Communications Technology and "
     "Services Supply Chain* (May 15, 2019).",
     "Securing the Information and Communications Technology and Services Supply Chain"),
]  # fmt: skip
