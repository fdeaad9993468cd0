"""Hand-checked: the fixtures under fixtures/pandoc/, read from their sources (not printed from
the reader's output).

For each fixture: its metadata per format, its sections, its claim count, every note marker in
the sentence that carries it (`[^n]` standing exactly where the marker stands; quotes and dashes
as pandoc's smart typography renders Markdown's straight ones) and every note's text (italics
as *…*, a link's URL after its text unless the text is the URL). Markers are keyed by the first
note their sentence carries. WORKS: the title of each work a note cites, as short as the note
may give it (a parsed title must start with it); a note of pure commentary cites none.

Decisions: list items that are fragments of the sentence leading into them are joined to it
(the builder's rule), so notes 8 and 9 of sovereignty-in-tandem share one sentence; a hard line
break is a space; Markdown's `--` is an en dash.
"""

SILICON = {
    "file": "silicon-partners",
    "metadata": {
        "title": "Silicon Partners? China–Russia Technology Cooperation under Sanctions",
        "authors": ["Elena Marsh", "David Okafor"],
        "issued": "2023-03-14",
        "publisher": "Meridian Institute for Eurasian Studies",
        "url": "https://example.org/briefs/silicon-partners",
    },
    # EPUB keeps the publisher (OPF dc:publisher) but has no place for the URL.
    "metadata_epub": {"url": None},
    "sections": [
        ("1", "Introduction"),
        ("2", "A partnership of necessity"),
        ("2.1", "Semiconductors"),
        ("2.2", "Telecommunications and navigation"),
        ("3", "The limits of the partnership"),
        ("4", "Recommendations"),
    ],
    "claims": 34,
    "markers": {
        1: "Since February 2022, Russia has lost access to most Western suppliers of "
        "microelectronics, software and industrial equipment.[^1]",
        2: "Official rhetoric describes a partnership “without limits”,[^2] yet Chinese firms "
        "have moved cautiously wherever secondary sanctions loom.",
        3: "Our analysis draws on customs statistics, corporate filings and interviews with "
        "officials in Moscow and Beijing (conducted between May and November 2022).[^3]",
        4: "Trade in technology goods between the two countries grew by 38 per cent in 2022, "
        "according to Chinese customs data.[^4]",
        5: "Russian officials have framed the shift as a step toward “technological "
        "sovereignty.”[^5]",
        6: "Chinese commentators, by contrast, speak mostly of market opportunity.[^6]",
        7: "Russia’s domestic chip industry cannot produce logic chips below 65 nanometres at "
        "scale.[^7]",
        8: "Imports of Chinese chips therefore rose sharply, with shipments routed through Hong "
        "Kong and Central Asia to avoid scrutiny.[^8]",
        9: "Semiconductor Manufacturing International Corporation (SMIC)[^9] has publicly denied "
        "supplying Russian military end users.",
        10: "Independent researchers have nonetheless traced components from several Chinese "
        "vendors to drones recovered in Ukraine.[^10]",
        11: "Russia accounted for less than 1 per cent of China’s chip exports in 2022,[^11] which "
        "suggests that large Chinese firms see little reason to risk their access to Western "
        "markets.",
        12: "Huawei,[^12] once a major supplier to Russian mobile operators, scaled back its "
        "Russian operations in 2022.",
        13: "Its retreat has been partial: the company still services existing network equipment "
        "and has kept a research centre in Moscow.[^13]",
        14: "The BeiDou and GLONASS systems have been declared complementary, and the two "
        "governments signed an agreement on their joint use in 2018.[^14]",
        15: "Chinese equipment is welcome, but the goal is our own production.[^15]",
        16: "China sells, Russia buys, and Beijing sets the terms of trade (including, "
        "increasingly, payment in yuan).[^16]",
        17: "Several Russian analysts now warn of a new dependence.[^17]",
        18: "Their concern is not unfounded: in 2022 China supplied roughly 40 per cent of "
        "Russia’s imports of machinery and electronics[^18].",
        19: "Coordinate export controls on mature-node chips, which account for most of the "
        "trade.[^19]",
        20: "Share customs data on transshipment hubs in Central Asia and the Caucasus.[^20]",
        21: "They may, however, slow the transfer of the technologies that matter most on the "
        "battlefield.[^21]",
    },
    "notes": {
        1: "Alexander Petrov, *Sanctions and Substitution: Russia’s Technology Economy after "
        "2014* (Cambridge: Polity Press, 2021), 45–67.",
        2: "Lin Wei, “Xi and Putin Pledge Partnership ‘Without Limits’,” *Financial Chronicle*, "
        "February 5, 2022.",
        3: "Interviews were conducted on condition of anonymity; the names and positions of "
        "interviewees are withheld at their request.",
        4: "Hiro Tanaka and Sofia Ruiz, *Rerouted Trade: China’s Exports to Russia in the First "
        "Year of the War* (Washington, DC: Center for Strategic Trade Analysis, 2023), 12, "
        "https://example.org/reports/rerouted-trade.",
        5: "Government of the Russian Federation, “Strategy for the Development of the "
        "Electronics Industry to 2030,” government.ru "
        "https://example.com/government/electronics-strategy-2030, accessed February 2, 2023.",
        6: "Mei Zhou, “Opportunity or Trap? Chinese Debates on the Russian Market,” *Journal of "
        "Eurasian Affairs* 14, no. 2 (2022): 201–19, https://doi.org/10.5555/jea.2022.0142.",
        7: "Ibid., 214.",
        8: "Anna Sokolova, “Chips Find a Way,” *The Moscow Ledger*, June 14, 2022; Tanaka and "
        "Ruiz, *Rerouted Trade*, 15–16.",
        9: "SMIC, “Statement on Export Compliance,” press release, March 3, 2022, "
        "https://example.com/smic/statement-export-compliance.",
        10: "Conflict Armament Tracking, *Components in Unmanned Aerial Vehicles Recovered in "
        "Ukraine* (London: Conflict Armament Tracking, 2022), 9.",
        11: "General Administration of Customs of the People’s Republic of China, “Export "
        "Statistics by Country, December 2022,” accessed January 30, 2023, "
        "http://example.com/customs/export-statistics-2022-12.",
        12: "Paul Hartmann, “Huawei Quietly Scales Back in Russia,” *The Daily Courier*, August "
        "9, 2022.",
        13: "Ibid.",
        14: "“Agreement between the Government of the People’s Republic of China and the "
        "Government of the Russian Federation on Cooperation in the Use of the BeiDou and "
        "GLONASS Global Satellite Navigation Systems,” signed November 6, 2018, "
        "https://example.com/treaties/beidou-glonass-2018.",
        15: "Denis Volkov, “Speech at the Congress of Electronics Manufacturers” (Moscow, October "
        "12, 2022), transcript, https://example.com/speeches/volkov-2022-10-12.",
        16: "Karen Liu and Ivan Morozov, “The Yuanisation of Russian Trade,” *Post-Soviet "
        "Economies* 9, no. 4 (2022): 77–95, https://doi.org/10.5555/pse.2022.9.4.77.",
        17: "Petrov, *Sanctions and Substitution*, 112; Dmitri Belov, “A New Dependence?,” "
        "*Eurasia Commentary* (blog), November 21, 2022, "
        "https://example.net/commentary/new-dependence.",
        18: "Tanaka and Ruiz, *Rerouted Trade*, 22–23.",
        19: "Export Control Working Group, *Mature Nodes, Immature Controls* (Brussels: European "
        "Policy Network, 2023), https://example.org/reports/mature-nodes.pdf.",
        20: "Oksana Brandt, “Transshipment through Central Asia: What the Data Show,” *Trade "
        "Insights*, January 17, 2023, https://example.com/insights/transshipment-central-asia.",
        21: "On the battlefield relevance of mature-node chips, see Conflict Armament Tracking, "
        "*Components*, 11–14.",
    },
}

_TANDEM_TITLE = "Digital Sovereignty in Tandem: China, Russia and the Governance of the Internet"
SOVEREIGNTY = {
    "file": "sovereignty-in-tandem",
    # No front matter: the title is the document's lone top heading.
    "metadata": {"title": _TANDEM_TITLE, "authors": [], "issued": None},
    # Word's core properties state the authors; the EPUB states its date.
    "metadata_docx": {"authors": ["Jonas Harper", "Mira Sato"]},
    "metadata_epub": {"issued": "2023-04-05"},
    "sections": [
        ("1", "Overview"),
        ("2", "Shared doctrine"),
        ("2.1", "Legal frameworks"),
        ("2.2", "Diplomatic coordination"),
        ("3", "Technology transfer"),
        ("4", "Outlook"),
    ],
    "claims": 22,
    "markers": {
        1: "China and Russia have spent a decade promoting “cyber sovereignty”[^1] in "
        "international forums.",
        2: "Russia’s 2019 law on a “sovereign internet” drew openly on Chinese experience.[^2]",
        3: "Officials from Roskomnadzor, the Russian media regulator, visited the Cyberspace "
        "Administration of China (CAC)[^3] at least twice before the law was drafted.",
        4: "Russia’s law relies on filtering equipment installed at operators’ premises, whereas "
        "China’s system was built into the network from the start.[^4]",
        5: "At the United Nations, the two countries co-sponsored resolutions that led to the "
        "creation of an Open-Ended Working Group in 2018.[^5]",
        6: "Western diplomats describe their coordination as “close but not always "
        "harmonious.”[^6]",
        7: "In 2021, Moscow and Beijing signed a joint statement on international information "
        "security, their third since 2011.[^7]",
        8: "Three factors explain the gap: the distrust of Russian security services toward "
        "foreign equipment[^8]; the limited size of the Russian market for Chinese vendors; a "
        "preference in Moscow for domestic suppliers wherever they exist.[^9]",
        10: "Cameras made by Hikvision and Dahua are widely used in Moscow’s video surveillance "
        "network,[^10] which by 2020 counted more than 100,000 devices (e.g. in metro stations "
        "and residential courtyards).[^11]",
        12: "Facial recognition software, by contrast, is mostly supplied by Russian firms.[^12]",
        13: "Russia’s Mir cards have been accepted in China only through co-badging with "
        "UnionPay,[^13] and several Chinese banks suspended co-badged cards in 2022 for fear of "
        "sanctions.[^14]",
        15: "Internet shutdowns are another area to watch.[^15]",
        16: "We expect cooperation to deepen where both governments see a common threat, and to "
        "stall where commercial interests diverge[^16].",
    },
    "notes": {
        1: "Harper, J. (2020). *Sovereignty online: China, Russia and the norms of cyberspace*. "
        "Institute for Digital Policy. https://example.org/idp/sovereignty-online",
        2: "Novikova, T., & Chen, L. (2021). Learning from the Great Firewall? Russia’s sovereign "
        "internet law in comparative perspective. *Journal of Cyber Policy*, *6*(3), 345–362. "
        "https://doi.org/10.5555/jcp.2021.6.3.345",
        3: "Cyberspace Administration of China. (2019, April 16). *Delegation of the Russian "
        "Federal Service for Supervision of Communications visits the CAC* [Press release]. "
        "https://example.com/cac/press/2019-04-16",
        4: "Novikova & Chen (2021), p. 354.",
        5: "United Nations General Assembly. (2018). *Developments in the field of information "
        "and telecommunications in the context of international security* (A/RES/73/27). "
        "https://example.org/un/A-RES-73-27",
        6: "Brooks, M. (2021, June 2). Russia and China find common cause at the UN. *The Geneva "
        "Observer*, p. A7.",
        7: "Ministry of Foreign Affairs of the Russian Federation. (2021, March 23). *Joint "
        "statement on international information security*; see also Harper (2020), pp. 18–20.",
        8: "Ivanov, P. (2019). *The security state and the network: Russia’s FSB and the "
        "internet*. Routledge.",
        9: "Domestic suppliers include the state-owned Rostelecom; see Ivanov (2019), pp. 140–141.",
        10: "Kuznetsova, E. (2020, January 29). Moscow expands facial recognition across the "
        "metro. *Baltic Daily*. "
        "https://example.com/baltic-daily/2020/01/29/moscow-facial-recognition",
        11: "Ibid.",
        12: "Open Privacy Lab. (2021). *Watching the watchers: Chinese cameras in Russian "
        "cities*. https://example.net/opl/watching-the-watchers.pdf",
        13: "Grant, S. (2022). Payment sovereignty: Russia’s Mir and China’s UnionPay after 2014. "
        "*Eurasian Geography and Economics*, *63*(1), 88–110. "
        "https://doi.org/10.5555/ege.2022.63.1.88",
        14: "Grant (2022), p. 101.",
        15: "Electronic Frontier Watch. (n.d.). *Tracking internet shutdowns*. Retrieved March 1, "
        "2023, from https://example.org/efw/shutdowns",
        16: "This assessment reflects the authors’ judgement; it is not based on a single source.",
    },
}

SANCTIONS_TEX = {
    "file": "sanctions-compliance",
    "metadata": {
        "title": "Export Controls and the China–Russia Technology Trade",
        "authors": ["Laura Becker", "Tomasz Nowak"],
        "issued": "2022-06-02",
    },
    "sections": [("1", "Background"), ("1.1", "Enforcement"), ("2", "Assessment")],
    "claims": 10,
    "markers": {
        1: "Chinese exports of dual-use goods to Russia rose in the months after February "
        "2022.[^1]",
        2: "The increase was concentrated in a handful of categories, notably integrated "
        "circuits,[^2] navigation modules and optical sensors.",
        3: "Officials in Beijing insist that “normal trade”[^3] is not covered by Western "
        "sanctions.",
        4: "Enforcement depends on data that exporters themselves supply.[^4]",
        5: "Declarations rarely name the final end user.[^5]",
        6: "We are chasing containers with spreadsheets.[^6]",
        7: "Better data sharing would help (see Section 1).[^7]",
    },
    "notes": {
        1: "Hiro Tanaka and Sofia Ruiz, *Rerouted Trade: China’s Exports to Russia in the First "
        "Year of the War* (Washington, DC: Center for Strategic Trade Analysis, 2023), 12.",
        2: "Ibid., 14–15.",
        3: "Ministry of Commerce of the People’s Republic of China, “Regular Press Conference,” "
        "March 10, 2022, https://example.com/mofcom/press-2022-03-10.",
        4: "This point was made by several customs officials we spoke to; none agreed to be named.",
        5: "Export Control Working Group, *Mature Nodes, Immature Controls* (Brussels: European "
        "Policy Network, 2023), 7.",
        6: "Interview with the authors, Brussels, April 2022.",
        7: "Mei Zhou, “Opportunity or Trap? Chinese Debates on the Russian Market,” *Journal of "
        "Eurasian Affairs* 14, no. 2 (2022): 201–19, https://doi.org/10.5555/jea.2022.0142.",
    },
}

WORKS = {
    "silicon-partners": {
        1: ["Sanctions and Substitution"],
        2: ["Xi and Putin Pledge Partnership"],
        3: [],
        4: ["Rerouted Trade"],
        5: ["Strategy for the Development of the Electronics Industry to 2030"],
        6: ["Opportunity or Trap?"],
        7: ["Opportunity or Trap?"],
        8: ["Chips Find a Way", "Rerouted Trade"],
        9: ["Statement on Export Compliance"],
        10: ["Components in Unmanned Aerial Vehicles Recovered in Ukraine"],
        11: ["Export Statistics by Country, December 2022"],
        12: ["Huawei Quietly Scales Back in Russia"],
        13: ["Huawei Quietly Scales Back in Russia"],
        14: ["Agreement between the Government of the People’s Republic of China"],
        15: ["Speech at the Congress of Electronics Manufacturers"],
        16: ["The Yuanisation of Russian Trade"],
        17: ["Sanctions and Substitution", "A New Dependence?"],
        18: ["Rerouted Trade"],
        19: ["Mature Nodes, Immature Controls"],
        20: ["Transshipment through Central Asia"],
        21: ["Components"],
    },
    "sovereignty-in-tandem": {
        1: ["Sovereignty online"],
        2: ["Learning from the Great Firewall?"],
        3: ["Delegation of the Russian Federal Service"],
        4: ["Learning from the Great Firewall?"],
        5: ["Developments in the field of information and telecommunications"],
        6: ["Russia and China find common cause at the UN"],
        7: ["Joint statement on international information security", "Sovereignty online"],
        8: ["The security state and the network"],
        9: ["The security state and the network"],
        10: ["Moscow expands facial recognition across the metro"],
        11: ["Moscow expands facial recognition across the metro"],
        12: ["Watching the watchers"],
        13: ["Payment sovereignty"],
        14: ["Payment sovereignty"],
        15: ["Tracking internet shutdowns"],
        16: [],
    },
}
