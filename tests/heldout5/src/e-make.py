#!/usr/bin/env python3
"""Build gen/e-lng.txt: an email-digest style plain-text report, hard-wrapped at 72 columns."""

import textwrap
from pathlib import Path

HEAD = """\
EURASIA TECH DIGEST -- Issue 57
Weekly briefing on technology, sanctions and industry in Eurasia
========================================================================

Arctic LNG and the Turbine Problem

By Martin Eklund
10 July 2024

------------------------------------------------------------------------
"""
PARAS = [
    "Russia's plans to become a top-three exporter of liquefied natural gas depend on equipment it cannot fully make itself.\u00b9 Novatek's Arctic LNG 2 project on the Gydan Peninsula was designed around gas turbines supplied by Baker Hughes.\u00b2 When Baker Hughes withdrew in 2022, the project lost access to spare parts and service engineers.\u00b3",
    "Chinese manufacturers were the obvious substitute. Harbin Electric signed a contract to provide turbines for the second train of the project, according to industry sources.\u2074 Wison New Energies, a Chinese module fabricator, also built processing modules for the plant.\u2075 In June 2024, however, Wison announced it would halt all Russian projects.\u2076",
    "The reason was clear. The U.S. Treasury had designated Arctic LNG 2 in November 2023, threatening any firm that dealt with it.\u2077 Banks in Shanghai and Hong Kong grew cautious within weeks.",
    'Domestic efforts have not closed the gap. Power Machines is developing a 65-megawatt turbine, the GTE-65, but serial production remains uncertain.\u2078 Industry minister Denis Manturov said in 2023 that the turbine would be ready "within two years."\u2079',
    "For China, the calculus is delicate. State-owned firms value Russian gas, but they also depend on access to dollar finance.\u00b9\u2070 The Arctic LNG 2 case shows that Chinese technology can substitute for Western equipment only up to a point. Sanctions risk, not engineering capacity, sets that point.",
]
NOTES = [
    'Government of the Russian Federation, "Long-Term Program for the Development of LNG Production," Order No. 640-r, Mar. 16, 2021.',
    'M. Rasmussen, "Inside Arctic LNG 2: The Engineering Choices," Oil & Gas Journal, vol. 119, no. 6, pp. 22-29, Jun. 2021.',
    'Baker Hughes, "Baker Hughes Suspends New Investment in Russia," press release, Mar. 7, 2022. [Online]. Available: https://investors.bakerhughes.com/news-releases/news-release-details/baker-hughes-suspends-new-investment-russia',
    '"Harbin Electric to Supply Turbines for Arctic LNG 2," Interfax, Dec. 8, 2022.',
    'S. Lee and K. Ivanova, "Chinese yards step in for Arctic LNG modules," Upstream, Jan. 17, 2023.',
    'Wison New Energies, "Announcement on Russian Projects," Jun. 25, 2024. [Online]. Available: https://www.wison.com/en/news/announcement-2024-06-25',
    'U.S. Department of the Treasury, "Treasury Targets Russia\'s Future Energy Revenue," press release JY1871, Nov. 2, 2023. [Online]. Available: https://home.treasury.gov/news/press-releases/jy1871',
    'A. Petrenko, "The GTE-65 and Russia\'s heavy gas-turbine gap," Energy Policy, vol. 172, art. no. 113301, 2023, doi: 10.1016/j.enpol.2022.113301.',
    'Quoted in "Manturov: Russian Heavy Turbine Ready in Two Years," TASS, Jul. 4, 2023.',
    'See [8], p. 6; also K. Ivanova, "Why Chinese banks shun Arctic LNG," Upstream, Feb. 2, 2024.',
]
FOOT = """\
------------------------------------------------------------------------
You are receiving this digest because you subscribed at
eurasiatechdigest.example.net. To unsubscribe, reply with STOP.
Forward to a colleague: https://eurasiatechdigest.example.net/join
(c) 2024 Eurasia Tech Digest. Text released under CC0.
"""

out = [HEAD]
for p in PARAS:
    out.append(textwrap.fill(p, 72, break_long_words=False, break_on_hyphens=False) + "\n\n")
out.append("Notes\n-----\n\n")
for i, n in enumerate(NOTES, 1):
    lab = f"{i}. "
    out.append(
        textwrap.fill(
            n,
            72,
            initial_indent=lab.rjust(4),
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        + "\n"
    )
out.append("\n" + FOOT)
Path(__file__).resolve().parent.parent.joinpath("gen", "e-lng.txt").write_text("".join(out))
