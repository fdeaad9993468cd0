"""Hand-checked: what each web-page fixture must read as.

For the three generated pages (tests/fixtures/webpage/): every claim in order as
(claim id, note numbers of its markers, exact sentence), every note's text, the metadata and
the warnings. Each row was read against the page's source text in make_fixtures.py: the marker
sits in the sentence that carries it, no menu, share, caption, comment or back-link text is in
any claim or note. For the Wikipedia pages (/work/shared/fixtures, CC BY-SA): a sample of
markers -> exact sentence, checked against the saved HTML by eye.
"""

from sinotech.ingest.model import Metadata

BLOG = {
    "metadata": Metadata(
        title=(
            "Chips, Satellites and Sanctions: The Limits of China–Russia Technology Cooperation"
        ),
        authors=["Elena Marchetti"],
        issued="2023-06-14",
        url="https://eurasiatechmonitor.example.org/2023/06/chips-satellites-sanctions/",
        type=None,
        publisher=None,
        container_title="Eurasia Tech Monitor",
        doi=None,
    ),
    "claims": [
        (
            "blog:1",
            [(1, 138)],
            (
                "Since February 2022, Russia has turned to China for the semiconductors,"
                " machine tools and software that Western suppliers stopped selling."
            ),
        ),
        (
            "blog:2",
            [(2, 144)],
            (
                "Chinese customs data show that exports of integrated circuits to Russia"
                " more than doubled in 2022, even as China's total electronics trade "
                "fell."
            ),
        ),
        (
            "blog:3",
            [(3, 59)],
            (
                "The two leaders had promised a partnership with “no limits” only weeks "
                "before the invasion."
            ),
        ),
        ("blog:4", [], "On the technology side, the limits are easy to find."),
        (
            "blog:5",
            [(4, 121)],
            (
                "Large Chinese firms such as Huawei and Lenovo scaled back their Russian"
                " sales within months, fearing secondary sanctions."
            ),
        ),
        (
            "blog:6",
            [(5, 136)],
            (
                "Smaller traders in Hong Kong and Shenzhen filled much of the gap, often"
                " with re-exported Western components rather than Chinese designs."
            ),
        ),
        (
            "blog:1:1",
            [(6, 55)],
            (
                "Russian officials speak of “technological sovereignty,” but in practice"
                " sovereignty has meant substituting one foreign supplier for another."
            ),
        ),
        (
            "blog:1:2",
            [(7, 147)],
            (
                "According to the Ministry of Industry and Trade, Chinese vendors now "
                "supply more than half of the telecommunications equipment installed in "
                "Russia."
            ),
        ),
        (
            "blog:1:3",
            [(8, 142)],
            (
                "Joint research, by contrast, remains thin: co-authored papers in "
                "artificial intelligence grew by only 8 per cent a year between 2017 and"
                " 2021."
            ),
        ),
        ("blog:1:4", [], "Satellite navigation is the exception that proves the rule."),
        (
            "blog:1:5",
            [(9, 60)],
            (
                "GLONASS and BeiDou have been formally compatible since 2018, and the "
                "two agencies operate monitoring stations on each other's territory."
            ),
        ),
        (
            "blog:1:6",
            [(9, 117)],
            (
                "Even here, however, the cooperation is governed by a bilateral "
                "committee that meets once a year and publishes little."
            ),
        ),
        ("blog:2:1", [], "Three indicators will show whether the relationship deepens."),
        (
            "blog:2:2",
            [(10, 88)],
            (
                "The first is whether Chinese banks process payments for dual-use goods "
                "in yuan at scale."
            ),
        ),
        ("blog:2:3", [], "Some already do so through small regional lenders."),
        (
            "blog:2:4",
            [],
            (
                "The second is whether Chinese foundries accept Russian chip designs at "
                "advanced nodes, which they have so far declined to do."
            ),
        ),
        (
            "blog:2:5",
            [(11, 134)],
            (
                "The third is the fate of the joint wide-body aircraft, CR929, from "
                "which Russia's United Aircraft Corporation has in effect withdrawn."
            ),
        ),
        (
            "blog:2:6",
            [],
            (
                "None of these would make China a substitute for the Western technology "
                "Russia has lost."
            ),
        ),
        (
            "blog:2:7",
            [(12, 95)],
            (
                "As one Moscow analyst put it, Russia has become “a junior partner in a "
                "firm it used to co-own.”"
            ),
        ),
        (
            "blog:2:8",
            [],
            (
                "The partnership is real, but it is a partnership of convenience for "
                "Beijing and of necessity for Moscow."
            ),
        ),
    ],
    "notes": {
        1: (
            "Alexander Gabuev, *China's New Vassal*, Foreign Affairs "
            "https://www.foreignaffairs.com/china/chinas-new-vassal, 9 August "
            "2022."
        ),
        2: (
            "General Administration of Customs of the People's Republic of China,"
            " *China Customs Statistics Yearbook 2022* (Beijing: China Customs "
            "Press, 2023), table 4.12."
        ),
        3: (
            "“Joint Statement of the Russian Federation and the People's Republic"
            " of China on the International Relations Entering a New Era and the "
            "Global Sustainable Development,” President of Russia, 4 February "
            "2022, http://en.kremlin.ru/supplement/5770."
        ),
        4: (
            "Maria Shagina, “Chinese firms tread carefully in Russia,” *IISS "
            "Analysis*, 12 May 2022."
        ),
        5: (
            "Max Seddon and Chris Cook, “Russia imports Western chips through "
            "Hong Kong traders,” *Financial Times*, 3 March 2023."
        ),
        6: (
            "Vladimir Putin, Presidential Address to the Federal Assembly "
            "http://en.kremlin.ru/events/president/transcripts/70565, 21 February"
            " 2023."
        ),
        7: (
            "Ministry of Industry and Trade of the Russian Federation, *Strategy "
            "for the Development of the Electronics Industry to 2030* (Moscow, "
            "2020), 41."
        ),
        8: (
            "Samuel Bendett and Elsa B. Kania, *A new Sino-Russian high-tech "
            "partnership*, Policy Brief 22/2019 (Canberra: Australian Strategic "
            "Policy Institute, 2019), 9."
        ),
        9: (
            "“Russia and China sign agreement on GLONASS and BeiDou cooperation,”"
            " *TASS*, 7 November 2018."
        ),
        10: (
            "Temur Umarov, “How China's banks decide on Russian payments,” "
            "Carnegie Politika https://carnegieendowment.org/politika/89853, 15 "
            "May 2023."
        ),
        11: (
            "Christopher Weidacher Hsiung, “China's technology cooperation with "
            "Russia: Geopolitics, economics, and regime security,” *The Chinese "
            "Journal of International Politics* 14, no. 3 (2021): 447–479."
        ),
        12: "Interview with a Moscow-based technology analyst, 18 April 2023.",
    },
    "warnings": [],
}
WORD = {
    "metadata": Metadata(
        title="Dual-Use Technology Transfers between China and Russia",
        authors=["Daria Novak", "Henrik Lindqvist"],
        issued="2023-10-02",
        url=None,
        type=None,
        publisher="Nordic Centre for Eurasian Security Studies",
        container_title=None,
        doi="10.5555/ncess.2023.07",
    ),
    "claims": [
        (
            "word:summary:1",
            [(1, 91)],
            (
                "This report examines how dual-use technology has moved between China "
                "and Russia since 2014."
            ),
        ),
        (
            "word:summary:2",
            [],
            "It finds that transfers have grown in volume but not in sophistication.",
        ),
        (
            "word:summary:3",
            [(2, 118)],
            (
                "Most of what Russia imports from China are commodity components: "
                "microcontrollers, memory chips and power electronics."
            ),
        ),
        (
            "word:1:1",
            [(3, 162)],
            (
                "Defence-industrial ties between the two countries date back to the "
                "Soviet period, when Moscow supplied the People's Liberation Army with "
                "complete weapons systems."
            ),
        ),
        (
            "word:1:2",
            [(4, 134)],
            (
                "After 1991 the flow continued, but China soon began to copy what it "
                "bought; the Su-27 licence, in Russian eyes, was the clearest case."
            ),
        ),
        (
            "word:1:3",
            [(5, 110)],
            (
                "By the 2010s, Russian officials worried more about losing markets to "
                "Chinese copies than about Chinese demand."
            ),
        ),
        ("word:1:4", [], "Cooperation in space and aviation followed the same pattern."),
        ("word:1:5", [], "The 2014 annexation of Crimea changed that calculus."),
        (
            "word:1:6",
            [(6, 138)],
            (
                "Faced with Western export controls, Russia's defence firms sought "
                "Chinese substitutes for European engines, electronics and machine "
                "tools."
            ),
        ),
        (
            "word:1:7",
            [(7, 126)],
            (
                "As Michael Kofman has observed, the two militaries became “more "
                "comfortable with each other than at any time since the 1950s.”"
            ),
        ),
        ("word:2:1", [], "Our review of 412 customs declarations shows three patterns."),
        (
            "word:2:2",
            [(8, 109)],
            (
                "First, Chinese firms rarely ship controlled items directly; they ship "
                "through intermediaries in Central Asia."
            ),
        ),
        (
            "word:2:3",
            [(9, 133)],
            (
                "Second, the share of Chinese-origin microelectronics in recovered "
                "Russian equipment rose from 4 to 17 per cent between 2022 and 2023."
            ),
        ),
        (
            "word:2:4",
            [(8, 91)],
            (
                "Third, Russian buyers pay a premium of 20 to 40 per cent over list "
                "prices for these routes."
            ),
        ),
        ("word:2:5", [], "These findings match those of independent investigators."),
        (
            "word:2:6",
            [(10, 103), (11, 218)],
            (
                "The Royal United Services Institute found Chinese components in drones "
                "and radios recovered in Ukraine, and the US Department of Commerce has "
                "added more than 40 Chinese entities to its Entity List for supplying "
                "Russia."
            ),
        ),
        (
            "word:2:7",
            [],
            (
                "Neither source, however, can say how much of this trade Beijing permits"
                " deliberately."
            ),
        ),
        (
            "word:3:1",
            [],
            (
                "China has become indispensable to Russia's war economy without becoming"
                " its technological partner."
            ),
        ),
        (
            "word:3:2",
            [(12, 67)],
            "Beijing sells what Moscow needs but shares little of what it knows.",
        ),
        (
            "word:3:3",
            [],
            (
                "Western governments should therefore target the intermediaries rather "
                "than Chinese manufacturers alone."
            ),
        ),
        (
            "word:3:4",
            [],
            (
                "They should also share customs data with Central Asian states, whose "
                "own export controls remain weak."
            ),
        ),
    ],
    "notes": {
        1: (
            "The period chosen begins with the sanctions that followed the "
            "annexation of Crimea; see Marcin Kaczmarski, *Russia-China Relations"
            " in the Post-Crisis International Order* (London: Routledge, 2015)."
        ),
        2: (
            "Bobo Lo, *A Wary Embrace: What the China-Russia Relationship Means "
            "for the World* (Sydney: Lowy Institute/Penguin, 2017), 67."
        ),
        3: (
            "Bobo Lo, *Axis of Convenience: Moscow, Beijing, and the New "
            "Geopolitics* (London: Chatham House; Washington, DC: Brookings "
            "Institution Press, 2008), 78–81."
        ),
        4: (
            "Vasily Kashin, “The Sum Total of All Fears: The Chinese Threat in "
            "Russian Politics,” *Russia in Global Affairs* 11, no. 2 (2013): "
            "44–58."
        ),
        5: "Ibid., 52.",
        6: (
            "Artyom Lukin, “The Russia-China entente and its future,” "
            "*International Politics* 58 (2021): 363–380."
        ),
        7: (
            "Michael Kofman, “The Emperors League: Understanding Sino-Russian "
            "Defense Cooperation,” *War on the Rocks*, 6 August 2020, "
            "https://warontherocks.com/2020/08/the-emperors-league-understanding-"
            "sino-russian-defense-cooperation/."
        ),
        8: (
            "Authors' analysis of customs declarations obtained from a commercial"
            " trade database, January 2022 to June 2023."
        ),
        9: "Conflict Armament Research, *Dissecting Russian Weapons* (London: CAR, 2023), 12.",
        10: (
            "Jack Watling and Nick Reynolds, *Stormbreak: Fighting Through "
            "Russian Defences in Ukraine's 2023 Offensive*, RUSI Special Report "
            "(London: Royal United Services Institute, 2023)."
        ),
        11: (
            "Bureau of Industry and Security, “Additions to the Entity List,” "
            "*Federal Register* 88, no. 104 (31 May 2023): 35483."
        ),
        12: "Alexander Gabuev, “China's New Vassal,” *Foreign Affairs*, 9 August 2022.",
    },
    "warnings": [],
}
KRAMDOWN = {
    "metadata": Metadata(
        title="Artificial Intelligence in China-Russia Relations: Promise and Practice",
        authors=["Tomasz Wierzbicki", "Li Wen"],
        issued="2024-02-05",
        url="https://srtechnotes.example.net/2024/02/05/ai-promise-and-practice.html",
        type="post-weblog",
        publisher="Sino-Russian Tech Notes",
        container_title=None,
        doi=None,
    ),
    "claims": [
        (
            "kramdown:1",
            [(1, 108)],
            (
                "Artificial intelligence is the field in which Russian and Chinese "
                "officials most often promise to cooperate."
            ),
        ),
        (
            "kramdown:2",
            [(2, 129)],
            (
                "In 2019 the two governments agreed to hold a joint conference on AI "
                "every year, and the first was held in Moscow the same autumn."
            ),
        ),
        ("kramdown:3", [], "Both presidents returned to the theme at their summit in March 2023."),
        ("kramdown:4", [], "Behind the announcements, however, the research record is modest."),
        (
            "kramdown:1:1",
            [(3, 150)],
            (
                "Bibliometric studies find that Russian and Chinese scientists co-author"
                " far fewer AI papers with each other than either does with American "
                "colleagues."
            ),
        ),
        (
            "kramdown:1:2",
            [(4, 106)],
            (
                "Sberbank, which leads Russia's AI effort, has published more jointly "
                "with Chinese universities since 2021, but its partners are second-tier "
                "institutions rather than Tsinghua or Peking University."
            ),
        ),
        (
            "kramdown:1:3",
            [(5, 147)],
            (
                "Language is one obstacle; the other, according to a 2022 survey, is "
                "that researchers in both countries see the United States as the field's"
                " centre."
            ),
        ),
        ("kramdown:1:4", [], "Joint laboratories exist mostly on paper."),
        ("kramdown:1:5", [], "Corporate ties are more substantial."),
        (
            "kramdown:1:6",
            [(6, 113)],
            (
                "Huawei opened a research centre in Moscow in 2019 and has since "
                "recruited several hundred Russian mathematicians."
            ),
        ),
        (
            "kramdown:1:7",
            [(7, 67)],
            (
                "The company describes Russia as “a source of talent, not a market”, a "
                "phrase that captures the asymmetry well."
            ),
        ),
        ("kramdown:1:8", [], "Other Chinese firms have been more cautious."),
        (
            "kramdown:2:1",
            [(8, 122)],
            (
                "On AI governance the two governments vote together at the United "
                "Nations and in the International Telecommunication Union."
            ),
        ),
        (
            "kramdown:2:2",
            [(9, 100)],
            (
                "Both support a treaty on information security that would legitimise "
                "state control of online content."
            ),
        ),
        (
            "kramdown:2:3",
            [(10, 80)],
            "Both, too, have issued national AI strategies that stress sovereignty over data.",
        ),
        (
            "kramdown:2:4",
            [],
            "Moscow has also installed Chinese facial-recognition cameras in its metro.",
        ),
        ("kramdown:2:5", [], "Their interests diverge, however, on technical standards."),
        (
            "kramdown:2:6",
            [(11, 74)],
            "China wants its standards adopted abroad; Russia fears dependence on them.",
        ),
        ("kramdown:2:7", [(1, 55)], "The result is a partnership in words more than in code."),
        ("kramdown:2:8", [], "Neither side seems to expect more."),
    ],
    "notes": {
        1: (
            "Samuel Bendett and Elsa B. Kania, “Chinese and Russian Defense "
            "Innovation, with American Characteristics?” *War on the Rocks*, 17 "
            "October 2019."
        ),
        2: "“Russia and China to hold annual AI conference,” *Xinhua*, 5 June 2019.",
        3: (
            "Ilya Dezhina, “Russia's Academic Ties with China in Artificial "
            "Intelligence,” *Voprosy Ekonomiki* 2021, no. 9: 91–108, "
            "https://doi.org/10.32609/0042-8736-2021-9-91-108."
        ),
        4: (
            "Sberbank, *Annual AI Report 2022* https://www.sberbank.com/ai-"
            "report-2022 (Moscow: Sberbank, 2022), 34."
        ),
        5: (
            "Center for Security and Emerging Technology, *Russia's AI Research "
            "Landscape* (Washington, DC: CSET, 2022), 18–20."
        ),
        6: "“Huawei to triple research staff in Russia,” *Reuters*, 12 August 2020.",
        7: "Huawei Technologies, *Annual Report 2020* (Shenzhen: Huawei, 2021), 88.",
        8: (
            "Elizabeth Wishnick, “The China-Russia ‘no limits’ partnership is "
            "still going strong,” *Foreign Policy*, 7 September 2022."
        ),
        9: (
            "United Nations General Assembly, *Letter dated 9 January 2015 from "
            "the Permanent Representatives of China, Kazakhstan, Kyrgyzstan, the "
            "Russian Federation, Tajikistan and Uzbekistan*, A/69/723 (13 January"
            " 2015)."
        ),
        10: (
            "Government of the Russian Federation, *National Strategy for the "
            "Development of Artificial Intelligence to 2030*, Presidential Decree"
            " No. 490, 10 October 2019."
        ),
        11: (
            "Justin Sherman, “Russia is weaponizing its internet standards,” "
            "*Lawfare*, 3 February 2023."
        ),
    },
    "warnings": [],
}

# Wikipedia "List of films featuring time loops": 81 markers to 80 notes (note 23 is cited
# twice); the film table's description cells are claims, its title and year cells are not.
# A sample of 22 markers: note -> the exact sentence(s) carrying it.
TIME_LOOPS_SAMPLE = {
    1: [
        "This list of films featuring time loops in which characters experience the same period"
        " of time which is repeatedly resetting: when a certain condition is met, such as a death"
        " of a character or a clock reaches a certain time, the loop starts again, with one or"
        " more characters retaining the memories from the previous loop."
    ],
    2: [
        "A woman who shot her husband on New Year's Eve in 1946 wishes she could live the year"
        " all over again and somehow gets her chance, which leads her to try and stop the events"
        " of the past, to futile results."
    ],
    4: ["Remake of The Time Travelers"],
    5: ["Claire Denis's graduation work from La Fémis."],
    8: [
        "The students of Tomobiki high school relive the day before the school festival over and"
        " over."
    ],
    13: ["It was nominated for an Academy Award."],
    14: ["Office worker Barry Thomas is forced to relive the worst day of his life."],
    16: [
        "This movie is generally seen as the quintessential time-loop movie by many with its"
        " name being synonymous with the genre as a whole."
    ],
    21: [
        "The story follows a woman named Lola (Franka Potente) who needs to obtain 100,000"
        " Deutschmarks in twenty minutes to save the life of her boyfriend by resetting time"
        " multiple times by 20 minutes."
    ],
    23: [
        "As he attempts to piece together the reason for his predicament, the day repeats"
        " itself, and he becomes stuck in a time loop.",
        "Rob is caught in a time loop as he keeps waking up naked in a hotel elevator on the day"
        " of his wedding.",
    ],
    25: ["An official selection of the 2006 Sundance Festival."],
    30: [
        "U.S. Army Aviation pilot Captain Colter Stevens repeatedly experiences the last eight"
        " minutes of another person's life to identify the bomber in a terrorist attack in order"
        " to prevent a second, nuclear attack on Chicago."
    ],
    32: [
        "She must discover how to break the cycle – should she attempt to win back her"
        " ex-boyfriend Jack, should she pursue Miles, or something else?"
    ],
    41: [
        "While time resets in their surroundings each day, the trapped characters continue to"
        " age within the loops."
    ],
    48: [
        "A Japanese young man travels back in time to prevent the murder of his mother and"
        " others, looping through different versions of reality as his actions change the"
        " past."
    ],
    52: [
        "Teenager Jake visits the ruins of an orphanage that was destroyed by a bombing raid"
        " during World War II and discovers that the original inhabitants survived by creating"
        " a time loop set to repeat the day of September 3, 1943."
    ],
    59: [
        "A guy’s grief over losing Ms. Right, grief he recovers from by time traveling to earn"
        " that magic “reset.”"
    ],
    63: [
        "Immediately after the events of the first film (Happy Death Day), Tree Gelbman (Jessica"
        " Rothe) unexpectedly re-enters the time loop except this time in an alternate"
        " reality."
    ],
    71: [
        "The original story and characters are based on a short story from the book"
        " Kaligaminarile Kuttavalikal written by Vinoy Thomas."
    ],
    72: [
        "The original story and characters are based on a short story from the book"
        " Kaligaminarile Kuttavalikal written by Vinoy Thomas."
    ],
    80: ["Indian Malayalam-language horror film directed by Nirmal Baby Varghese."],
}
TIME_LOOPS_NOTES = {
    1: "Matthew Jones; Joan Ormrod (2015), *Time Travel in Popular Media*, McFarland & Company,"
    " ISBN 9780786478071",
    3: "Bogue, Mike (September 26, 2017). *Apocalypse Then: American and Japanese Atomic Cinema,"
    " 1951-1967*. McFarland & Company. p. 80. ISBN 978-1476668413.",
    5: '"Le 15 Mai" https://mubi.com/films/le-15-mai .',
}
# Note 3's COinS span, as CSL-JSON.
TIME_LOOPS_COINS_3 = {
    "type": "book",
    "title": "Apocalypse Then: American and Japanese Atomic Cinema, 1951-1967",
    "author": [{"family": "Bogue", "given": "Mike"}],
    "issued": {"date-parts": [[2017, 9, 26]]},
    "page": "80",
    "publisher": "McFarland & Company",
    "ISBN": "978-1476668413",
}

# Hand-written pages (tests/fixtures/webpage/wp-footnotes.html, wiki.html): every claim, note
# and metadata field read against the HTML by eye. WordPress: `<sup class="footnote">` markers,
# `<ol class="footnotes-list">`, note 2 cited twice, a pull quote that is not a claim, the
# <title>'s " – Steppe Energy Review" dropped. MediaWiki: sfn notes 2 and 4 read as their full
# citation plus locator (note 4's lives in a "Sources" list that is not body text), the
# " - Wikipedia" suffix dropped, the date the footer's "last edited on" (not JSON-LD's
# datePublished, the article's creation).
WP_FOOTNOTES = {
    "metadata": Metadata(
        title="Arctic LNG and the Chinese Yard",
        authors=["Marta Lindqvist"],
        issued="2024-02-09",
        url="https://steppeenergyreview.example/2024/02/arctic-lng-chinese-yard/",
        type=None,
        publisher=None,
        container_title="Steppe Energy Review",
        doi=None,
    ),
    "claims": [
        (
            "wp-footnotes:1",
            [(1, 92)],
            "Russia’s largest new gas export project depends on equipment it can no longer buy"
            " in Europe.",
        ),
        (
            "wp-footnotes:2",
            [(2, 139)],
            "Western suppliers of gas turbines and liquefaction modules withdrew after 2022, and"
            " Chinese yards took over part of the module fabrication.",
        ),
        ("wp-footnotes:3", [], "The shift has limits."),
        (
            "wp-footnotes:4",
            [(3, 96)],
            "Chinese firms have avoided the ice-class tankers the project needs, fearing"
            " secondary sanctions.",
        ),
        (
            "wp-footnotes:5",
            [(4, 61)],
            "Only a handful of such tankers were ready by the end of 2023, and the first cargoes"
            " were delayed.",
        ),
        (
            "wp-footnotes:1:1",
            [(2, 90)],
            "Modules fabricated in China were towed along the Northern Sea Route in the summer of"
            " 2023.",
        ),
        (
            "wp-footnotes:1:2",
            [(5, 65)],
            "Chinese banks, however, declined to finance the project directly.",
        ),
    ],
    "notes": {
        1: "Katona, V. (2023, June 2). Arctic LNG 2 and the turbine problem. *Oxford Energy"
        " Comment*. https://www.oxfordenergy.org/publications/arctic-lng-2-turbines/",
        2: "Wu, H., & Petrov, A. (2023). Chinese module yards and Russian LNG. *Journal of"
        " Maritime Industry*, *12*(3), 41–58.",
        3: "The tankers need Arc7 hulls, which only a few yards can build.",
        4: "Novatek. (2024). *Annual report 2023*. https://www.novatek.ru/en/investors/reports/",
        5: "Wu & Petrov (2023), p. 52.",
    },
    "warnings": [],
}

WIKI = {
    "metadata": Metadata(
        title="Blagoveshchensk–Heihe Bridge",
        authors=[],
        issued="2024-01-30",
        url="https://en.wikipedia.org/wiki/Blagoveshchensk%E2%80%93Heihe_Bridge",
        type="article",
        publisher=None,
        container_title=None,
        doi=None,
    ),
    "claims": [
        (
            "wiki:1",
            [(1, 97)],
            "The Blagoveshchensk–Heihe Bridge is a road bridge across the Amur River between"
            " Russia and China.",
        ),
        ("wiki:2", [(2, 55)], "It was the first road bridge between the two countries."),
        (
            "wiki:1:1",
            [(3, 89)],
            "An agreement to build the bridge was signed in 1995, but construction began only in"
            " 2016.",
        ),
        (
            "wiki:1:2",
            [(1, 97)],
            "The bridge was completed in 2019, yet its opening was postponed because of the"
            " COVID-19 pandemic.",
        ),
        ("wiki:1:3", [(4, 35)], "Freight traffic began in June 2022."),
        (
            "wiki:1:4",
            [(5, 83)],
            "The project was financed by a joint venture of Russian and Chinese state companies.",
        ),
    ],
    "notes": {
        1: '"First Russia–China road bridge opens to traffic" https://tass.com/economy/1463211.'
        " *TASS*. 10 June 2022.",
        2: 'Orlova, Irina; Zhang, Wei (2020). "Building across the Amur". *Journal of Borderland'
        " Studies*. 35 (1): 27–45. doi:10.1080/08865655.2020.1234567"
        " https://doi.org/10.1080%2F08865655.2020.1234567, p. 33.",
        3: 'Orlova, Irina; Zhang, Wei (2020). "Building across the Amur". *Journal of Borderland'
        " Studies*. 35 (1): 27–45. doi:10.1080/08865655.2020.1234567"
        " https://doi.org/10.1080%2F08865655.2020.1234567.",
        4: "Larin, Viktor (2023). *The Russian Far East and China*. Vladivostok: Dalnauka."
        " ISBN 978-5-8044-0000-0, pp. 112–114.",
        5: 'Russian Direct Investment Fund (2016). "RDIF and Chinese partners to build Amur'
        ' bridge" (Press release).',
    },
    "warnings": [],
}


# tests/fixtures/webpage/ghost-cta.html, checked by hand: the calls to action, sign-up boxes and
# licence lines are left out; prose about subscribers and the `paywall` paragraph stay.
GHOST_CTA = {
    "claims": [
        ("g:1", [(1, 60)], "Russia first proposed an Arctic fibre cable to Asia in 2016."),
        ("g:2", [(2, 49)], "Chinese firms were asked to supply the repeaters."),
        ("g:3", [], "Millions of Russians subscribe to Chinese cloud services, and the cable was"
                    " meant to carry that traffic."),
        ("g:4", [], "Operators said subscribers would see lower latency."),
        ("g:5", [(3, 59)], "The route was surveyed in 2021, but laying slipped to 2026."),
        ("g:6", [], "Insurers balked at the ice."),
        ("g:1:1", [(4, 43)], "Sanctions made the repeaters harder to buy."),
        ("g:1:2", [], "The project now waits on Chinese export licences."),
        ("g:1:3", [], "The cable may yet be built."),
    ],
    "notes": {
        1: "Ministry of Communications, “Polar Express Cable,” press release, 2016.",
        2: "Interfax, “Repeater Tender Opens,” 12 May 2019.",
        3: "Morsvyazsputnik, *Annual Report 2022*, p. 9.",
        4: "TASS, “Cable Project Delayed,” 2 February 2024.",
    },
}  # fmt: skip
