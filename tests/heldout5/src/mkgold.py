import json
from pathlib import Path

G = Path("/work/main/tests/heldout5/gold")


def W(n, title, date, authors, url=None):
    d = {"n": n, "title": title}
    if url:
        d["url"] = url
    d["date"] = date
    d["authors"] = authors
    return d


def M(pairs):
    return [{"n": n, "sentence": s} for n, s in pairs]


docs = {}

# (a)
comac = (
    "COMAC and UAC Sign Agreement on Joint Venture for Long-Range Wide-Body Aircraft",
    "2017-05-22",
    ["Commercial Aircraft Corporation of China"],
    "http://english.comac.cc/news/latest/201705/22/t20170522_5123456.shtml",
)
reut = (
    "Russia's Wide-Body Dream Fades as China Takes the Controls",
    "2022-03-03",
    ["Lyrchikova", "Devitt"],
    "https://www.reuters.com/business/aerospace-defense/russias-widebody-dream-fades-2022-03-03/",
)
crs = (
    "China's Commercial Aircraft Industry: Issues for Congress",
    "2023-01-10",
    ["Congressional Research Service"],
    "https://crsreports.congress.gov/product/pdf/R/R47012",
)
docs["a-aviation"] = {
    "file": "gen/a-aviation.pdf",
    "meta": {
        "title": "The CR929 Wide-Body Project and the Limits of Sino-Russian Aviation Partnership",
        "authors": ["Vollmer"],
        "date": "2024-03-15",
    },
    "markers": M(
        [
            (
                1,
                "In 2017 the Commercial Aircraft Corporation of China (COMAC) and United Aircraft Corporation (UAC) launched a joint venture to build a long-range wide-body airliner.",
            ),
            (2, "Its first product was to be the CR929, a 280-seat twin-engine jet."),
            (
                3,
                "Russian engineers expected to lead on the composite wing, while Chinese partners wanted final assembly in Shanghai.",
            ),
            (
                4,
                "By 2021, reports indicated that Moscow's role had shrunk to that of a supplier rather than an equal partner.",
            ),
            (
                5,
                'Dr. Alexei Fomin, a former UAC designer, called the arrangement "a marriage in name only."',
            ),
            (
                6,
                "Western suppliers of avionics and engines, e.g. Safran and GE Aerospace, could no longer work with Russian entities.",
            ),
            (7, "In response, UAC shifted resources to the MC-21 and the Superjet New programmes."),
            (
                8,
                "Some COMAC marketing materials had already begun referring to the aircraft as the C929.",
            ),
            (
                9,
                "Russia's PD-35 engine, designed by the United Engine Corporation, remains years from certification.",
            ),
            (10, "China's CJ-2000 programme faces similar delays."),
            (
                11,
                "Analysts at the U.S. Congressional Research Service concluded that neither country could supply a certified wide-body engine before 2030.",
            ),
            (
                12,
                "Whether the partnership survives may depend less on engineering than on politics.",
            ),
        ]
    ),
    "works": [
        W(1, comac[0], comac[1], comac[2], comac[3]),
        W(2, comac[0], comac[1], comac[2], comac[3]),
        W(
            3,
            "CR929 Partners Still at Odds over Work Share",
            "2020-09-08",
            ["Hemmerdinger"],
            "https://www.flightglobal.com/airframers/cr929-partners-still-at-odds-over-work-share/140123.article",
        ),
        W(4, "Russia Becomes Junior Partner in CR929 Program", "2021-08-31", ["Pyadushkin"]),
        W(5, reut[0], reut[1], reut[2], reut[3]),
        W(
            6,
            "Council Regulation (EU) 2022/328 of 25 February 2022 Amending Regulation (EU) No 833/2014",
            "2022-02-25",
            ["Council of the European Union"],
        ),
        W(
            7,
            "Comprehensive Program for the Development of Aviation Industry to 2030",
            "2022",
            ["Ministry of Industry and Trade of the Russian Federation"],
        ),
        W(8, reut[0], reut[1], reut[2], reut[3]),
        W(9, "Russia's Aero-Engine Industry: Programmes and Prospects", "2019", ["Butowski"]),
        W(
            10,
            "The Long March to an Indigenous Turbofan: China's Commercial Engine Programmes",
            "2022",
            ["Ross", "Chen"],
            "https://doi.org/10.1080/01402390.2021.1987654",
        ),
        W(11, crs[0], crs[1], crs[2], crs[3]),
        W(12, crs[0], crs[1], crs[2], crs[3]),
    ],
    "debris": [
        "Aerospace Policy Working Paper",
        "Ibid",
        "Ashgate",
        "Minpromtorg",
        "Hemmerdinger",
        {"re": '[a-z]\\."?\\d'},
    ],
}

# (b)
petrov = ("Rolling Stock and Sovereignty: Russia's Railway Industry after 2014", "2021", ["Petrov"])
zhang = (
    "Sino-Russian Rail Equipment Trade under Sanctions",
    "2023",
    ["Zhang"],
    "https://doi.org/10.1080/15387216.2023.2171234",
)
docs["b-rail"] = {
    "file": "gen/b-rail.docx",
    "meta": {
        "title": "Rails Across Eurasia: Chinese Technology in Russia's High-Speed Ambitions",
        "authors": ["Sokolova", "Feldman"],
        "date": "2023-11-02",
    },
    "markers": M(
        [
            (
                1,
                "In 2015 China Railway Eryuan Engineering Group won a contract worth about 20.8 billion rubles to survey the route.",
            ),
            (
                2,
                "The design work was to draw on Chinese experience with the CRH network, which exceeded 40,000 km by 2022.",
            ),
            (
                3,
                "The China Development Bank offered loans in principle, but Russian Railways (RZD) balked at the terms.",
            ),
            (
                4,
                "By 2019 the government had suspended the project and redirected funds to upgrading existing lines.",
            ),
            (
                5,
                "RZD announced in 2023 that it would build the line with domestic rolling stock produced by Sinara Group.",
            ),
            (
                6,
                "Chinese firms were invited only as component suppliers, notably for traction converters and signalling equipment.",
            ),
            (
                7,
                'Some observers argued this reflected a deliberate policy of "technological sovereignty."',
            ),
            (
                8,
                "Siemens withdrew from its Lastochka and Sapsan maintenance contracts in the spring of that year.",
            ),
            (
                9,
                "CRRC Corporation was reported to be negotiating to supply bogies and braking systems.",
            ),
            (10, "Yet CRRC denied any such talks in a statement to the press."),
            (
                11,
                "China sells equipment where Russia lacks alternatives, but Moscow keeps system integration at home.",
            ),
        ]
    ),
    "works": [
        W(
            1,
            "Chinese Firm to Design Moscow–Kazan High-Speed Line",
            "2015-06-19",
            ["Kuznetsova"],
            "https://www.railwaygazette.com/news/chinese-firm-to-design-moscow-kazan-line/40567.article",
        ),
        W(
            2,
            "Statistical Bulletin on Railway Development 2022",
            "2023",
            ["National Railway Administration of the People's Republic of China"],
        ),
        W(
            3,
            "Why the Moscow–Kazan Railway Stalled",
            "2018-03-14",
            ["Gabuev", "Spivak"],
            "https://carnegie.ru/commentary/75800",
        ),
        W(
            4,
            "Order No. 1512-r on Amendments to the Transport Strategy",
            "2019-07-27",
            ["Government of the Russian Federation"],
        ),
        W(5, "RZD and Sinara Sign Contract for High-Speed Trains", "2023-04-07", []),
        W(6, *petrov),
        W(7, *petrov),
        W(
            8,
            "Siemens Winds Down Russian Business",
            "2022-05-12",
            ["Siemens Mobility"],
            "https://press.siemens.com/global/en/pressrelease/siemens-winds-down-russian-business",
        ),
        W(9, *zhang),
        W(
            10,
            "CRRC Denies Report of Talks with Russian Railways",
            "2023-08-02",
            [],
            "https://www.scmp.com/business/article/3229876/crrc-denies-report-talks-russian-railways",
        ),
        W(11, *zhang),
    ],
    "debris": [
        "Routledge",
        "Petrov 151",
        "Press release",
        "Carnegie Moscow Center",
        "Zhang et al",
        {"re": '[a-z]\\."?\\d'},
    ],
}

# (c)
docs["c-surveillance"] = {
    "file": "gen/c-surveillance.html",
    "meta": {
        "title": "Smart Cities, Shared Cameras: How Chinese AI Vendors Found a Market in Russia",
        "authors": ["Hart"],
        "date": "2024-01-20",
    },
    "markers": M(
        [
            (
                1,
                "When Moscow expanded its city-wide facial recognition system in 2020, much of the hardware came from familiar names.",
            ),
            (
                2,
                "Hikvision and Dahua cameras were installed alongside software from domestic firms such as NtechLab.",
            ),
            (
                3,
                "The city's Department of Information Technologies said more than 200,000 cameras were connected by 2021.",
            ),
            (
                4,
                'Huawei signed an agreement with Rostelecom to develop "safe city" platforms in several regions.',
            ),
            (
                5,
                "Meanwhile, the Russian Direct Investment Fund put money into a joint AI laboratory with a Chinese partner.",
            ),
            (
                6,
                "Human rights groups documented the use of face recognition to detain protesters in 2021 and 2022.",
            ),
            (7, "Amnesty International called on vendors to halt sales."),
            (
                8,
                "The U.S. Commerce Department placed several Chinese AI firms on its Entity List, citing their links to surveillance.",
            ),
            (
                9,
                "By 2023, customs data showed Chinese camera exports to Russia had roughly doubled.",
            ),
            (10, "The data, though, stays in Russia, at least officially."),
            (11, "I'll be watching how the new localisation rules play out."),
        ]
    ),
    "works": [
        W(
            1,
            "Moscow Switches On Face Recognition Across Metro",
            "2020-09-01",
            ["Belova"],
            "https://www.themoscowtimes.com/2020/09/01/moscow-face-recognition-metro-a71301",
        ),
        W(
            2,
            "Safe City Solutions",
            None,
            ["NtechLab"],
            "https://ntechlab.com/en/solutions/safe-city/",
        ),
        W(
            3,
            "Video Surveillance System: Annual Report 2021",
            "2022-03",
            ["Moscow Department of Information Technologies"],
            "https://www.mos.ru/dit/documents/video-2021.pdf",
        ),
        W(
            4,
            "Huawei and Rostelecom Sign Strategic Agreement on Smart City Solutions",
            "2019-06-07",
            ["Huawei"],
            "https://www.huawei.com/en/news/2019/6/huawei-rostelecom-smart-city",
        ),
        W(5, "Russia's Wealth Fund Bets on Chinese AI", "2020-10-14", ["Zhuravlev", "Lin"]),
        W(
            6,
            "How Facial Recognition Is Used to Detain Protesters",
            "2022",
            ["OVD-Info"],
            "https://ovd.info/en/facial-recognition-report",
        ),
        W(
            7,
            "Russia: Ban Facial Recognition Technology",
            "2021-04-27",
            ["Amnesty International"],
            "https://www.amnesty.org/en/latest/news/2021/04/russia-ban-facial-recognition/",
        ),
        W(
            8,
            "Addition of Certain Entities to the Entity List",
            "2019-10-09",
            ["Bureau of Industry and Security"],
        ),
        W(9, "China-Russia Trade Tracker", "2023-12", ["Trivium China"]),
        W(
            10,
            "On Amendments to Certain Legislative Acts of the Russian Federation Regarding the Processing of Personal Data in Information and Telecommunication Networks",
            "2014-07-21",
            [],
        ),
        W(
            11,
            "Data Localisation Is Back",
            "2023-11-03",
            ["Hart"],
            "https://signalsandsanctions.ghost.io/data-localisation-is-back/",
        ),
    ],
    "debris": [
        "Subscribe",
        "Sign in",
        "Sign up",
        "Lena Hart is",
        "Powered by Ghost",
        "min read",
        "Enjoying this",
        "Already have an account",
        "unsubscribe",
        "HS code",
        "Chips by the Back Door",
        "Tracing semiconductors",
    ],
}

# (d)
kw = ("Payment Cards in Eurasia: Networks, Standards and the State", "2018", ["Kuznetsov", "Wang"])
shag = (
    "Russia's financial messaging system and the limits of de-dollarisation",
    "2021",
    ["Shagina"],
    "https://doi.org/10.1080/00396338.2021.1956789",
)
ar = (
    "Annual Report 2023",
    "2024",
    ["Bank of Russia"],
    "https://www.cbr.ru/Collection/Collection/File/49001/ar_2023.pdf",
)
docs["d-payments"] = {
    "file": "gen/d-payments.html",
    "meta": {
        "title": "Parallel Pipes: Payment Infrastructure in Sino-Russian Technology Cooperation",
        "authors": ["Volkov", "Zhang", "O'Neill"],
        "date": "2023-06-30",
    },
    "markers": M(
        [
            (
                1,
                "The Bank of Russia launched its own System for Transfer of Financial Messages (SPFS) in December 2014.",
            ),
            (2, "China's Cross-Border Interbank Payment System (CIPS) followed in October 2015."),
            (3, "Both systems were initially small: SPFS connected about 400 users by 2021."),
            (
                4,
                "CIPS uses the ISO 20022 message standard, whereas SPFS long relied on formats derived from SWIFT MT messages.",
            ),
            (
                5,
                "A pilot gateway between them was tested in 2019, but volumes remained negligible.",
            ),
            (6, "Mir cards could be co-badged with China UnionPay from 2017 onwards."),
            (
                7,
                "After 2022, however, several Chinese banks stopped issuing such cards to Russian clients.",
            ),
            (8, "Some see the beginnings of a parallel financial infrastructure."),
            (
                9,
                "Others stress that dollar clearing still dominates bilateral trade settlement, at least outside energy.",
            ),
            (
                10,
                "Our interviews with bank officials suggest that technical compatibility is not the main obstacle.",
            ),
            (
                11,
                "The share of yuan in Russia's trade settlements nonetheless rose to about 34% in 2023.",
            ),
            (
                12,
                "Further research should examine whether digital currencies will change this picture.",
            ),
        ]
    ),
    "works": [
        W(
            1,
            "Financial Messaging System of the Bank of Russia: Regulation No. 439-P",
            "2014",
            ["Bank of Russia"],
        ),
        W(
            2,
            "Cross-Border Interbank Payment System (CIPS) Launched",
            "2015-10-08",
            ["People's Bank of China"],
            "http://www.pbc.gov.cn/english/130721/2960451/index.html",
        ),
        W(3, *shag),
        W(
            4,
            "Payment standards and monetary sovereignty",
            "2020",
            ["Eichengreen", "Liu"],
            "https://doi.org/10.1016/j.jimonfin.2020.102173",
        ),
        W(6, *kw),
        W(7, "Chinese banks halt UnionPay card issuance for Russians", "2022-04-21", ["Reuters"]),
        W(8, *kw),
        W(9, "Invoicing currencies in Sino-Russian trade", "2022", ["Perez", "Ibrahim", "Novak"]),
        W(11, *ar),
        W(12, *ar),
        W(12, *shag),
    ],
    "debris": [
        "Skip to main content",
        "Make a Submission",
        "How to Cite",
        "Creative Commons",
        "ISSN",
        "Vol. 7 No. 2",
        "Palgrave",
        "Appendix A",
        "Higher School of Economics",
        "More Citation Formats",
        "For Librarians",
        "Interview with a CIPS official",
    ],
}

# (e)
petr = (
    "The GTE-65 and Russia's heavy gas-turbine gap",
    "2023",
    ["Petrenko"],
    "https://doi.org/10.1016/j.enpol.2022.113301",
)
docs["e-lng"] = {
    "file": "gen/e-lng.txt",
    "meta": {
        "title": "Arctic LNG and the Turbine Problem",
        "authors": ["Eklund"],
        "date": "2024-07-10",
    },
    "markers": M(
        [
            (
                1,
                "Russia's plans to become a top-three exporter of liquefied natural gas depend on equipment it cannot fully make itself.",
            ),
            (
                2,
                "Novatek's Arctic LNG 2 project on the Gydan Peninsula was designed around gas turbines supplied by Baker Hughes.",
            ),
            (
                3,
                "When Baker Hughes withdrew in 2022, the project lost access to spare parts and service engineers.",
            ),
            (
                4,
                "Harbin Electric signed a contract to provide turbines for the second train of the project, according to industry sources.",
            ),
            (
                5,
                "Wison New Energies, a Chinese module fabricator, also built processing modules for the plant.",
            ),
            (6, "In June 2024, however, Wison announced it would halt all Russian projects."),
            (
                7,
                "The U.S. Treasury had designated Arctic LNG 2 in November 2023, threatening any firm that dealt with it.",
            ),
            (
                8,
                "Power Machines is developing a 65-megawatt turbine, the GTE-65, but serial production remains uncertain.",
            ),
            (
                9,
                'Industry minister Denis Manturov said in 2023 that the turbine would be ready "within two years."',
            ),
            (
                10,
                "State-owned firms value Russian gas, but they also depend on access to dollar finance.",
            ),
        ]
    ),
    "works": [
        W(
            1,
            "Long-Term Program for the Development of LNG Production",
            "2021-03-16",
            ["Government of the Russian Federation"],
        ),
        W(2, "Inside Arctic LNG 2: The Engineering Choices", "2021-06", ["Rasmussen"]),
        W(
            3,
            "Baker Hughes Suspends New Investment in Russia",
            "2022-03-07",
            ["Baker Hughes"],
            "https://investors.bakerhughes.com/news-releases/news-release-details/baker-hughes-suspends-new-investment-russia",
        ),
        W(4, "Harbin Electric to Supply Turbines for Arctic LNG 2", "2022-12-08", []),
        W(5, "Chinese yards step in for Arctic LNG modules", "2023-01-17", ["Lee", "Ivanova"]),
        W(
            6,
            "Announcement on Russian Projects",
            "2024-06-25",
            ["Wison New Energies"],
            "https://www.wison.com/en/news/announcement-2024-06-25",
        ),
        W(
            7,
            "Treasury Targets Russia's Future Energy Revenue",
            "2023-11-02",
            ["U.S. Department of the Treasury"],
            "https://home.treasury.gov/news/press-releases/jy1871",
        ),
        W(8, *petr),
        W(9, "Manturov: Russian Heavy Turbine Ready in Two Years", "2023-07-04", []),
        W(10, "Why Chinese banks shun Arctic LNG", "2024-02-02", ["Ivanova"]),
        W(10, *petr),
    ],
    "debris": [
        "EURASIA TECH DIGEST",
        "By Martin Eklund",
        "unsubscribe",
        "Forward to a colleague",
        "Available:",
        "Oil & Gas Journal",
        "Upstream",
        "=====",
        "-----",
        {"re": '[a-z]\\."?\\d'},
    ],
}

# (f)
kash = ("The Sino-Russian Helicopter Partnership", "2017", ["Kashin"])
weitz = ("Parsing Chinese-Russian Military Exercises", "2015", ["Weitz"])
rost = (
    "Russia and China Sign General Contract for AHL Helicopter",
    "2021-09-02",
    ["Rostec"],
    "https://rostec.ru/en/news/russia-and-china-sign-general-contract-for-ahl/",
)
docs["f-helicopter"] = {
    "file": "gen/f-helicopter.md",
    "meta": {
        "title": "Lifting Together? The Sino-Russian Advanced Heavy Lifter Programme",
        "authors": ["Brandt"],
        "date": "2022-09-05",
    },
    "markers": M(
        [
            (
                1,
                "The Advanced Heavy Lifter (AHL) is the most ambitious helicopter project China and Russia have attempted together.",
            ),
            (
                2,
                "Russian Helicopters would provide design expertise and the gearbox, while Avicopter would build the airframe.",
            ),
            (
                3,
                "The Mi-26, first flown in 1977, remains the largest production helicopter in the world.",
            ),
            (4, "That experience shaped Chinese requirements for the AHL."),
            (
                5,
                "A framework agreement was signed in 2016, but the general contract was not concluded until 2021.",
            ),
            (
                6,
                "Russian officials insisted that the gearbox design remain in Russia, while Chinese negotiators sought full technology transfer.",
            ),
            (
                7,
                "Russian Helicopters relies on engines from Klimov, which in turn depended on Ukrainian Motor Sich until 2014.",
            ),
            (8, "It is therefore unclear whether the AHL will fly before the end of the decade."),
        ]
    ),
    "works": [
        W(1, *kash),
        W(1, *weitz),
        W(
            2,
            "Russian Helicopters and AVIC Sign Agreement on AHL Programme",
            "2016-06-25",
            ["Russian Helicopters"],
            "https://www.rushelicopters.ru/en/press-center/news/ahl-2016/",
        ),
        W(2, "AVIC Annual Report 2016", "2017", ["Aviation Industry Corporation of China"]),
        W(3, "Mil Mi-26: Heavy-Lift Helicopter", "2015", ["Gordon", "Komissarov"]),
        W(3, "Heavy Metal: The Mi-26 at Forty", "2017-03", ["Mladenov"]),
        W(4, "Lessons of the Wenchuan Airlift", "2009", ["Zhou"]),
        W(
            4,
            "Heavy-Lift Requirements in PLA Army Aviation",
            "2018-05",
            ["Li", "Harper"],
            "https://jamestown.org/program/heavy-lift-requirements-in-pla-army-aviation/",
        ),
        W(5, *rost),
        W(5, *kash),
        W(
            6,
            "Intellectual Property in Russian Defence Exports",
            "2020",
            ["Morozova"],
            "https://doi.org/10.1080/13518046.2020.1723211",
        ),
        W(6, *weitz),
        W(7, "Motor Sich and the Chinese Takeover Bid", "2021-03-11", ["Kovalenko"]),
        W(
            7,
            "VK-2500 and Beyond: Import Substitution at Klimov",
            "2019",
            ["United Engine Corporation"],
        ),
        W(8, *rost),
        W(
            8,
            "The Military Balance 2022",
            "2022",
            ["International Institute for Strategic Studies"],
        ),
    ],
    "debris": [
        "Crécy",
        "Moscow Defense Brief",
        "Morozova notes",
        "Kashin's account",
        "Kyiv Post",
        "Weitz's sample",
        "Tangjiashan",
        "Neither source considers",
        "Independent assessments suggest",
    ],
}

for name, d in docs.items():
    (G / f"{name}.json").write_text(json.dumps(d, indent=1, ensure_ascii=False) + "\n")
print(list(docs))
