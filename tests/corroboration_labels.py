"""Labelled claim pairs for corroboration (issue 12): supports / contrasts / none.

Each pair was labelled by reading both sentences in full, independently of the scores of
`sinotech related` (which is what these labels evaluate). Definitions, from issue 12:

- supports: the two claims state the same fact or event, possibly reworded, under different
  names (RuNet = 'parallel' Russian internet, OEWG = 'work together at the UN'), at different
  levels of detail, or with the fact in a side clause of a longer sentence.
- contrasts: same subject and same event or relation, but a different assessment, figure or
  date (China a 'world leader in AI' vs 'second, lags the US').
- none: a near miss - same topic, entities or many shared words, but a different event, date,
  project stage or claim (the 2019 lunar-station declaration vs the 2021 signed agreement; a
  plan vs a figure). Near misses were chosen to be hard, not random pairs.

Conventions: each pair is (a, b) with a's source earlier in the order acri-2022, uts-2022,
orf-2021, radu-2019, ecfr-2019, then by claim id. No id is a `duplicate_of` another claim.
The pairs of the earlier tests/corroboration_pairs.py (which this file replaced) are all included; where this file disagrees with
it, the line carries a comment `# disagrees with corroboration_pairs.py: ...` (five pairs:
two TRUE_PAIRS moved to none on issue 12's own examples - 2019 declaration vs 2021 lunar
agreement, plan to quadruple R&D staff vs 2,000 staff - one TRUE_PAIR moved to none as a
different project stage - 2019 5G tests vs 2021 roll-out - and two NEAR_MISSES moved, one
to supports and one to contrasts). DOUBTFUL lists the pairs where the labeller hesitated,
for a second blind labelling.

Counts: supports 90, contrasts 12, none 126. Per source pair:

    acri-2022 - uts-2022   supports   0  contrasts  0  none   0
    acri-2022 - orf-2021   supports  51  contrasts  5  none  63
    acri-2022 - radu-2019  supports  13  contrasts  3  none  13
    acri-2022 - ecfr-2019  supports   6  contrasts  2  none  19
    uts-2022  - orf-2021   supports   0  contrasts  0  none   0
    uts-2022  - radu-2019  supports   0  contrasts  0  none   0
    uts-2022  - ecfr-2019  supports   0  contrasts  0  none   0
    orf-2021  - radu-2019  supports  14  contrasts  1  none  13
    orf-2021  - ecfr-2019  supports   3  contrasts  0  none  11
    radu-2019 - ecfr-2019  supports   3  contrasts  1  none   7

Why some source pairs have few or no pairs:
- uts-2022 (the UTS web page) has 20 claims and every one is a `duplicate_of` a sentence of
  the report's summary (acri-2022:summary:1-20); there is no non-duplicate uts sentence, so
  no pair involving uts-2022 can be labelled (acri-uts, uts-orf, uts-radu, uts-ecfr: 0).
- ecfr-2019 is about security relations (the early-warning system, the Centre 2019
  exercise, surveillance of protesters, 'regime security'); it shares with the technology
  documents mainly the early-warning announcement, ASAT/sensors and surveillance, so its
  true pairs are few and many of its pairs are near misses or contrasts.
- radu-2019 has 26 short claims, most summarising the ASPI report; it overlaps orf-2021 and
  acri-2022 on Huawei, AI and joint parks, and ecfr-2019 only on the early-warning system and
  surveillance cooperation.
- acri-orf dominates because orf-2021 covers most of the report's topics (Huawei, 5G,
  BeiDou-GLONASS, lunar station, Artemis, sovereign internet, cyber sovereignty).
"""

# fmt: off
LABELS = [
    # (claim_a, claim_b, label, reason - the shared fact/entity and the date or figure that matches or conflicts)
    # --- acri - orf ---
    ("acri-2022:summary:7", "orf-2021:14", "none", "depth of collaboration: less deep than official descriptions (2022) vs small-scale in early 2000s"),
    ("acri-2022:1:4", "orf-2021:6", "supports", "the relationship is not an alliance"),
    ("acri-2022:1:6", "orf-2021:35", "supports", "persistent mutual suspicion/distrust in the relationship"),
    ("acri-2022:1:7", "orf-2021:31", "contrasts", "basis of the relationship: fundamentally the US threat (acri) vs no longer solely disagreements with the West (orf)"),
    ("acri-2022:1:11", "orf-2021:15", "supports", "tensions with the West restricting access to Western technology (issue 12 example)"),
    ("acri-2022:1:12", "orf-2021:4", "supports", "after the 2014 Ukraine crisis/Crimea sanctions Russia dropped its reluctance to engage China more closely"),
    ("acri-2022:1:12", "orf-2021:40", "none", "benefits outweigh risks: Kremlin's post-2014 review vs both sides' view in 2021"),
    ("acri-2022:1:15", "orf-2021:15", "supports", "Western (US) pressure on technology access drove Sino-Russian S&T cooperation"),
    ("acri-2022:1:16", "orf-2021:13", "supports", "joint techno-parks and joint investment funds, exchanges"),
    ("acri-2022:1:17", "orf-2021:1", "supports", "the 2020-21 Year of Scientific, Technical and Innovation Cooperation"),
    ("acri-2022:1:17", "orf-2021:2", "none", "Year of S&T: 2020-21 activities vs the 2019 summit decision to hold it"),
    ("acri-2022:1:17", "orf-2021:12", "none", "the Year of S&T: its activities vs its focus areas"),
    ("acri-2022:1:17", "orf-2021:16", "supports", "aim to move from basic research to applied research and industrialisation"),
    ("acri-2022:1:18", "orf-2021:2", "none", "Putin-Xi and S&T: Feb 2022 joint statement vs 2019 summit decision"),
    ("acri-2022:1:22", "orf-2021:1", "supports", "technological cooperation has become a core/significant part of the bilateral relationship"),
    ("acri-2022:1:26", "orf-2021:36", "none", "China's improved capabilities: fewer benefits for PRC vs Russian worry about the gap"),
    ("acri-2022:1:27", "orf-2021:40", "none", "benefits vs risks: Beijing continues despite 2022 sanctions risk vs 2021 both sides' view"),
    ("acri-2022:1:31", "orf-2021:54", "none", "Russian dependence on China: 'giant Iran' forecast vs aim to avoid asymmetrical dependence"),
    ("acri-2022:1:32", "orf-2021:11", "none", "AI/telecoms/cyber: the report's scope vs fields of expanded cooperation"),
    ("acri-2022:2.1:3", "orf-2021:27", "none", "Huawei in Russia: dominance since 2014 vs acceleration after 2019 Entity List"),
    ("acri-2022:2.1:7", "orf-2021:4", "none", "after 2014 sanctions: Huawei becomes favoured telecoms vendor vs Russia sells Su-35/S-400"),
    ("acri-2022:2.1:7", "orf-2021:25", "none", "Ericsson: Huawei overtook it in Russia's market vs Ericsson's Moscow 5G pilot zone"),
    ("acri-2022:2.1:8", "orf-2021:25", "none", "Huawei 5G: frequency range designation vs MTS 5G tests in 2019"),
    ("acri-2022:2.1:8", "orf-2021:39", "contrasts", "Russian view of Huawei security risk: no worse than Western vendors (acri) vs worries about security implications (orf)"),
    ("acri-2022:2.1:8", "orf-2021:42", "none", "espionage by vendors: PRC no worse than Western vs Russian worry about foreign tech/US"),
    ("acri-2022:2.1:9", "orf-2021:39", "none", "Russian own 5G: enacted import substitution policy vs suggestions Moscow should develop it"),
    ("acri-2022:2.1:10", "orf-2021:39", "none", "Russian own 5G: Rostec 2020 base station prototype vs suggestions to develop it"),
    ("acri-2022:2.1:12", "orf-2021:26", "supports", "Huawei faces exclusion/obstacles in Western countries (5G)"),
    ("acri-2022:2.1:12", "orf-2021:27", "supports", "US controls on Huawei (2019 Entity List) pushed it towards Russia"),
    # disagrees with corroboration_pairs.py: TRUE_PAIRS has this pair; 2019 test launch vs 2021 roll-out are different project stages
    ("acri-2022:2.1:13", "orf-2021:25", "none", "Huawei 5G in Russia: 2019 MTS testing vs 2021 initial implementations"),
    ("acri-2022:2.1:13", "orf-2021:39", "none", "Huawei 5G: products used in 2021 vs worries about dependence"),
    ("acri-2022:2.1:14", "orf-2021:39", "supports", "debate in Russia over developing its own 5G vs relying on Huawei"),
    ("acri-2022:2.1:19", "orf-2021:39", "none", "Russian own 5G: Rostec's May 2022 Open RAN push vs 2021 suggestions"),
    ("acri-2022:2.2:1", "orf-2021:18", "none", "AI is dual-use (in general) vs AI leads Sino-Russian cooperation"),
    ("acri-2022:2.2:3", "orf-2021:17", "supports", "complementary Russian and Chinese strengths"),
    ("acri-2022:2.2:8", "orf-2021:20", "none", "Russian AI: no self-sustaining ecosystem vs high-quality research behind China"),
    ("acri-2022:2.2:10", "orf-2021:19", "contrasts", "China's AI standing: 'world leader' (orf) vs 'second, lags the US' (acri)"),
    ("acri-2022:2.2:11", "orf-2021:22", "supports", "Chinese firms have entered partnerships with Russian companies (Alibaba; AI partnerships)"),
    ("acri-2022:2.2:12", "orf-2021:33", "supports", "Huawei's acquisition of Russian (Vocord) facial recognition technology"),
    ("acri-2022:2.2:13", "orf-2021:23", "supports", "Huawei's partnerships with Russian universities (joint labs at 10 universities by 2020)"),
    # partnered (acri) vs 'looking to collaborate' (orf): kept, but a plan-vs-done reading is possible
    ("acri-2022:2.2:14", "orf-2021:24", "supports", "Huawei's partnerships with Kaspersky and Sberbank"),
    ("acri-2022:2.2:16", "orf-2021:17", "supports", "Chinese firms want Russian research and talent, Russians want Chinese markets/industry"),
    ("acri-2022:2.2:16", "orf-2021:34", "supports", "Russian concerns about intellectual property in cooperation with China"),
    ("acri-2022:2.2:16", "orf-2021:54", "none", "'asymmetrical': benefit to PRC vs Russian dependence on China"),
    ("acri-2022:2.2:17", "orf-2021:24", "none", "operating systems: Russia's Aurora OS vs Huawei's own OS developed with Russian engineers"),
    ("acri-2022:2.2:17", "orf-2021:27", "supports", "US controls cut Huawei off US firms (Android) and turned it towards Russia"),
    ("acri-2022:2.2:18", "orf-2021:24", "supports", "Russian engineers/labs work on Huawei's own OS (Hongmeng); collaboration with Yandex"),
    ("acri-2022:2.2:19", "orf-2021:25", "none", "Huawei in Moscow: 2021 data centre vs 2019 5G testing with MTS"),
    ("acri-2022:2.2:23", "orf-2021:24", "none", "Kaspersky/Yandex: 2022 US risk list and sanctions vs Huawei's partners"),
    ("acri-2022:2.2:24", "orf-2021:24", "none", "Sberbank: June 2022 halt of renminbi transactions vs Huawei partner"),
    ("acri-2022:2.2:27", "orf-2021:24", "none", "Kaspersky: 2015 partnership with CETC vs Huawei looking to work with Kaspersky"),
    ("acri-2022:2.2:29", "orf-2021:18", "supports", "AI as a priority/leading area of cooperation"),
    ("acri-2022:2.3:1", "orf-2021:41", "supports", "aligned stances on global cyberspace governance (side clause)"),
    ("acri-2022:2.3:5", "orf-2021:41", "supports", "aligned stances on cyber sovereignty in international forums"),
    ("acri-2022:2.3:5", "orf-2021:51", "supports", "willingness to cooperate internationally on cyber sovereignty"),
    ("acri-2022:2.3:5", "orf-2021:52", "supports", "joint advocacy on cyberspace governance in international forums / at the UN"),
    ("acri-2022:2.3:6", "orf-2021:30", "supports", "mutual support at multilateral forums on cyberspace norms"),
    ("acri-2022:2.3:6", "orf-2021:41", "supports", "China and Russia come together at the multilateral level on information security (OEWG)"),
    ("acri-2022:2.3:6", "orf-2021:51", "supports", "cooperation at the international level on cyberspace governance (OEWG)"),
    ("acri-2022:2.3:6", "orf-2021:52", "supports", "working together at the UN = the OEWG, against the US position on state behaviour in cyberspace"),
    ("acri-2022:2.3:7", "orf-2021:41", "supports", "shared cyber-sovereignty vision at the multilateral level (Feb 2022 statement)"),
    ("acri-2022:2.3:7", "orf-2021:51", "supports", "willingness to speak with one voice internationally on cyber sovereignty"),
    ("acri-2022:2.3:7", "orf-2021:52", "supports", "working together at the UN (OEWG) on cyberspace"),
    ("acri-2022:2.3:8", "orf-2021:52", "none", "international bodies: more participation at the ITU vs working together at the UN"),
    ("acri-2022:2.3:11", "orf-2021:49", "none", "information security: 2015 signed agreement vs 2016 joint statement"),
    ("acri-2022:2.3:13", "orf-2021:49", "none", "2016: joint coordination mechanism with internet governance group vs 2016 joint statement"),
    ("acri-2022:2.3:14", "orf-2021:41", "none", "information security: exchanges at other levels vs multilateral alignment"),
    ("acri-2022:2.3:16", "orf-2021:44", "supports", "Russia's 2019 sovereign internet law (state equipment, centralised control)"),
    ("acri-2022:2.3:16", "orf-2021:45", "supports", "the law increases state control over internet infrastructure (centralised network management)"),
    ("acri-2022:2.3:16", "orf-2021:50", "none", "2019: Russia's law amendments vs Russia-China agreement on illegal content"),
    ("acri-2022:2.3:17", "orf-2021:44", "supports", "the 2019 laws as the basis of Russia's sovereign internet"),
    ("acri-2022:2.3:17", "orf-2021:45", "supports", "'sovereign internet' (RuNet) = a 'parallel' Russian internet"),
    ("acri-2022:2.3:18", "orf-2021:44", "none", "sovereign internet: Dec 2019 disconnection test vs the 2019 law (issue 12 example)"),
    ("acri-2022:2.3:21", "orf-2021:48", "none", "internet control: national DNS vs Great Firewall vs Russia nearing China's approach"),
    ("acri-2022:2.3:22", "orf-2021:45", "supports", "Russia's RuNet/parallel internet depends on Chinese help to develop the technology"),
    ("acri-2022:2.3:28", "orf-2021:45", "none", "RuNet: ambitions impeded vs aims of the law"),
    ("acri-2022:2.3:31", "orf-2021:48", "contrasts", "convergence on internet control: Russia nearing China's approach (orf) vs PRC's own approach, convergence an image (acri)"),
    ("acri-2022:2.3:32", "orf-2021:43", "none", "2016: PRC strategy document vs US accusations of election interference"),
    ("acri-2022:2.3:32", "orf-2021:49", "none", "two different 2016 documents (PRC cyberspace strategy vs joint statement)"),
    ("acri-2022:3.2:3", "orf-2021:20", "supports", "Russia lags industrially but its research strengths attract Chinese partners"),
    ("acri-2022:3.2:12", "orf-2021:11", "none", "robotics: cooperation particularly developed vs list of new fields"),
    ("acri-2022:3.2:13", "orf-2021:13", "none", "investment funds: 2015 Skolkovo US$200m deal vs the Russia-China venture/investment funds in general"),
    ("acri-2022:3.2:14", "orf-2021:17", "supports", "Russia seeks Chinese production/customers, China Russian research (Skolkovo example)"),
    ("acri-2022:3.2:15", "orf-2021:28", "none", "government support: industry association agreements vs support for next-gen cooperation"),
    ("acri-2022:3.3:21", "orf-2021:26", "none", "UK: ARM cuts off Russia (2022) vs UK excludes Huawei from 5G"),
    ("acri-2022:3.3:36", "orf-2021:26", "none", "Huawei cut off: Taiwanese foundries vs Western countries excluding it from 5G"),
    ("acri-2022:3:6", "orf-2021:27", "none", "US controls on Huawei: fall in revenue vs shift of investment to Russia"),
    ("acri-2022:4:1", "orf-2021:3", "none", "defence technology ties: shift to joint projects vs upswing since 2010"),
    ("acri-2022:4:1", "orf-2021:4", "none", "arms trade: decline in purchases of complete systems vs Su-35/S-400 deals"),
    ("acri-2022:4.1:3", "orf-2021:3", "none", "Motor Sich engine sales vs military-technical cooperation since 2010"),
    ("acri-2022:4.1:5", "orf-2021:18", "none", "showcase/leading area of cooperation: aviation vs AI"),
    ("acri-2022:4.1:8", "orf-2021:34", "none", "IP: 2016 aerospace IP protection agreement vs Russian fears of IP theft"),
    ("acri-2022:4:2", "orf-2021:3", "none", "defence ties: exercises since mid-2000s, 2017 roadmap vs military-technical upswing since 2010"),
    ("acri-2022:4.2:1", "orf-2021:3", "none", "S-400 sale (2015) vs military-technical ties on the upswing since 2010"),
    ("acri-2022:4.2:1", "orf-2021:4", "supports", "Russia's post-2014 (2015) sale of the S-400 system to China"),
    ("acri-2022:4.2:2", "orf-2021:5", "supports", "Putin's 2019 announcement: Russia helps China build a missile early-warning system"),
    ("acri-2022:4.2:4", "orf-2021:36", "none", "China pulling ahead of Russia: radar and sensors vs AI"),
    ("acri-2022:4:3", "orf-2021:3", "none", "military-technical cooperation: Feb 2022 Xi-Putin talks vs upswing since 2010"),
    ("acri-2022:4.3:13", "orf-2021:36", "supports", "Russia falling (progressively) behind China in AI - the growing gap"),
    ("acri-2022:4.4:4", "orf-2021:19", "none", "China 'world leading': civilian drones vs AI"),
    ("acri-2022:4:7", "orf-2021:4", "contrasts", "Russia's reluctance to sell top systems: 'shed' after 2014 (orf) vs still withholding 'crown jewels' (acri)"),
    ("acri-2022:4:7", "orf-2021:34", "supports", "Russian complaints of Chinese IP theft / unauthorised copying and reverse engineering"),
    ("acri-2022:5:1", "orf-2021:7", "supports", "space as a long-standing/traditional area of Sino-Russian cooperation"),
    ("acri-2022:5:2", "orf-2021:7", "none", "space: 2017 agreement on joint exploration 2018-22 vs 2019 lunar station declaration"),
    ("acri-2022:5.2:1", "orf-2021:8", "none", "BeiDou and GLONASS as separate systems vs their interoperability"),
    ("acri-2022:5.2:2", "orf-2021:8", "supports", "BeiDou-GLONASS interoperability cooperation (since 2015)"),
    ("acri-2022:5.2:3", "orf-2021:8", "none", "BeiDou-GLONASS: what the coordination includes vs the agreement to cooperate"),
    ("acri-2022:5.2:4", "orf-2021:8", "none", "BeiDou-GLONASS: 2017 rail-track interoperability tests vs agreement to cooperate"),
    ("acri-2022:5.2:5", "orf-2021:8", "none", "BeiDou-GLONASS: Feb 2022 timescales agreement vs earlier interoperability cooperation"),
    ("acri-2022:5.2:6", "orf-2021:8", "none", "BeiDou-GLONASS: foreign concerns vs the agreement itself"),
    # disagrees with corroboration_pairs.py: TRUE_PAIRS has this pair; 2019 declaration vs 2021 agreement are different events
    ("acri-2022:5.3:1", "orf-2021:7", "none", "lunar station: March 2021 signed agreement vs 2019 declared intention (issue 12 example)"),
    ("acri-2022:5.3:2", "orf-2021:9", "none", "Artemis: lunar base competes with Artemis program vs common position on the Accords"),
    ("acri-2022:5.3:2", "orf-2021:10", "none", "Artemis: lunar base competes with the program vs opposition to the Accords"),
    ("acri-2022:5.3:3", "orf-2021:9", "supports", "common Russia-China position (concerns) on the US-led Artemis Accords"),
    ("acri-2022:5.3:3", "orf-2021:10", "supports", "Beijing and Moscow oppose / are concerned by the US-led Artemis Accords"),
    ("acri-2022:5.3:5", "orf-2021:7", "none", "lunar: Russia declines US Gateway in 2020 vs 2019 Sino-Russian lunar station"),
    ("acri-2022:5.3:7", "orf-2021:38", "supports", "doubt that the partnership is one of equals"),
    ("acri-2022:6:8", "orf-2021:53", "supports", "the partnership/cooperation will persist for pragmatic, mutual reasons"),
    ("acri-2022:6:13", "orf-2021:53", "supports", "Sino-Russian technology cooperation will continue"),
    # --- acri - radu ---
    ("acri-2022:1:4", "radu-2019:8", "contrasts", "is the relationship an alliance: 'few features of an alliance' vs 'deepen and elevate their alliance'"),
    ("acri-2022:1:5", "radu-2019:5", "none", "start of cooperation: post-Cold War partnership (1996) vs Soviet aid at start of Cold War"),
    ("acri-2022:1:15", "radu-2019:1", "supports", "US pressure on China drives expansion of Sino-Russian tech cooperation"),
    ("acri-2022:1:16", "radu-2019:6", "supports", "joint science and technology parks and exchanges"),
    ("acri-2022:1:19", "radu-2019:23", "supports", "Russia exchanges its expertise for Chinese markets and products"),
    ("acri-2022:1:32", "radu-2019:1", "none", "telecoms, AI: ACRI report's four fields vs ASPI's findings on the partnership"),
    ("acri-2022:2.1:3", "radu-2019:10", "none", "Huawei in Russia: telecoms dominance since 2014 vs recruiting STEM talent"),
    ("acri-2022:2.1:11", "radu-2019:11", "none", "Huawei in Russia: R&D centre with 2,000 staff vs centres in five cities"),
    # disagrees with corroboration_pairs.py: TRUE_PAIRS has this pair; plan vs achieved figure
    ("acri-2022:2.1:11", "radu-2019:12", "none", "Huawei R&D staff in Russia: 2,000 by 2020 (figure) vs plan to quadruple (issue 12 example)"),
    ("acri-2022:2.1:12", "radu-2019:9", "supports", "US controls/ban on Huawei increased its cooperation with Russia"),
    ("acri-2022:2.2:1", "radu-2019:3", "none", "dual-use technologies: AI in general vs synergies of Sino-Russian cooperation"),
    ("acri-2022:2.2:10", "radu-2019:15", "contrasts", "China's AI standing: 'leads in AI projects' vs 'second, lags the US'"),
    ("acri-2022:2.2:12", "radu-2019:15", "none", "facial recognition: Huawei acquisition vs Chinese lead in AI projects"),
    ("acri-2022:2.2:13", "radu-2019:10", "supports", "Huawei draws on Russian academia: joint labs at 10 universities / STEM talent"),
    ("acri-2022:2.2:13", "radu-2019:11", "none", "Huawei in Russia: labs at 10 universities vs centres in five cities"),
    ("acri-2022:2.2:16", "radu-2019:14", "none", "Russian research: attracts Chinese firms vs Russia has R&D but small market share"),
    ("acri-2022:2.2:16", "radu-2019:23", "supports", "China uses Russian expertise, Russia uses Chinese markets/capabilities"),
    ("acri-2022:2.2:17", "radu-2019:9", "supports", "US controls on Huawei (loss of Android) increased its interest in Russian partners"),
    ("acri-2022:2.2:28", "radu-2019:10", "supports", "Huawei recruiting Russian specialists/STEM talent"),
    ("acri-2022:2.2:29", "radu-2019:13", "supports", "AI as a priority area for more cooperation"),
    ("acri-2022:2.3:10", "radu-2019:13", "none", "data transfers: global cyberspace governance vs bilateral cooperation push"),
    ("acri-2022:2.3:13", "radu-2019:19", "supports", "bilateral cooperation on internet governance (2016 working group)"),
    ("acri-2022:3.2:9", "radu-2019:15", "none", "intelligent connected vehicles: PRC state IoT drive vs China leads in AI projects"),
    ("acri-2022:3.2:13", "radu-2019:17", "none", "joint investment funds: 2015 Skolkovo robotics deal vs 2018 biotechnology lab"),
    ("acri-2022:4.2:2", "radu-2019:7", "supports", "Putin's 2019 announcement: Russia helps China build a missile early-warning system (only Russia and US have one)"),
    ("acri-2022:4.4:14", "radu-2019:15", "supports", "Chinese civilian industry leads in AI for (intelligent) connected vehicles"),
    ("acri-2022:6:13", "radu-2019:23", "supports", "technology cooperation will continue to expand/evolve"),
    ("acri-2022:6:15", "radu-2019:25", "none", "strategy documents: NATO 2022 Strategic Concept vs US national security strategy"),
    # disagrees with corroboration_pairs.py: NEAR_MISSES has this pair; same subject, opposite assessment
    ("acri-2022:6:24", "radu-2019:2", "contrasts", "does Sino-Russian tech collaboration pose new challenges to the West: yes (radu) vs largely independent (acri)"),
    # --- acri - ecfr ---
    ("acri-2022:1:13", "ecfr-2019:5", "supports", "links/cooperation between the two have increased (thickened) recently"),
    ("acri-2022:1:29", "ecfr-2019:44", "supports", "the Kremlin sees China's power as less threatening than the US/West"),
    ("acri-2022:2.2:5", "ecfr-2019:23", "none", "lessons from Syria and Ukraine: PRC learning military AI vs Centre 2019 design"),
    ("acri-2022:2.2:5", "ecfr-2019:30", "none", "China learning from Russian forces: combat experience for AI vs soldiers at Centre 2019"),
    ("acri-2022:2.2:12", "ecfr-2019:34", "none", "facial recognition: Huawei acquisition vs Russian agencies tracking protesters"),
    ("acri-2022:3.3:12", "ecfr-2019:25", "none", "NATO/Taiwan mentioned, different subjects (microelectronics suppliers vs exercises)"),
    ("acri-2022:4:2", "ecfr-2019:5", "supports", "growing Sino-Russian defence/security cooperation"),
    ("acri-2022:4:2", "ecfr-2019:20", "none", "joint exercises: regular since mid-2000s vs the Centre 2019 exercise"),
    ("acri-2022:4.2:2", "ecfr-2019:7", "supports", "Putin's 2019 (Valdai) announcement: Russia helps China build a missile early-warning system"),
    ("acri-2022:4.2:2", "ecfr-2019:9", "none", "missile early warning: Putin's announcement vs what such systems do"),
    ("acri-2022:4.2:2", "ecfr-2019:13", "none", "early-warning deal: Putin's announcement vs what it will let China track"),
    ("acri-2022:4.2:3", "ecfr-2019:11", "none", "early warning/AMD: integration not in public statements vs exact system not disclosed"),
    ("acri-2022:4.2:3", "ecfr-2019:15", "none", "AMD: integration of the two states' systems vs early warning feeding national projects"),
    ("acri-2022:4.2:4", "ecfr-2019:17", "contrasts", "sensor expertise: complementary (ecfr) vs China pulling ahead of Russia (acri)"),
    ("acri-2022:4.2:4", "ecfr-2019:18", "contrasts", "radar/sensors: Russia strong in radars (ecfr 2019) vs China pulling ahead in radar (acri 2022)"),
    ("acri-2022:4.2:6", "ecfr-2019:10", "none", "AMD vs hypersonic missiles vs early warning cannot intercept"),
    ("acri-2022:4.3:2", "ecfr-2019:10", "none", "interception: AMD vs hypersonic vehicles vs early warning cannot intercept"),
    ("acri-2022:4:4", "ecfr-2019:19", "supports", "defence cooperation builds a long-term (interdependent, lasting) relationship"),
    ("acri-2022:4.4:1", "ecfr-2019:23", "none", "Syria and Ukraine: Russian UAV use vs lessons built into Centre 2019"),
    ("acri-2022:4.4:5", "ecfr-2019:27", "none", "Chinese drones: military models and exports vs better-equipped than Russian forces"),
    ("acri-2022:4.4:8", "ecfr-2019:28", "none", "PLA: 2022 unmanned equipment quote vs PLA undertrained"),
    ("acri-2022:4.4:16", "ecfr-2019:32", "none", "Russian combat experience: UAVs in Syria/Ukraine vs military advantage over China"),
    ("acri-2022:4.5:1", "ecfr-2019:15", "supports", "both China and Russia develop anti-satellite (ASAT) systems"),
    ("acri-2022:4.5:3", "ecfr-2019:15", "none", "ASAT: already deployed (2022 US report) vs being developed"),
    ("acri-2022:4.5:4", "ecfr-2019:16", "none", "US satellite early warning (SpaceX) vs Sino-Russian early-warning cooperation"),
    ("acri-2022:6:7", "ecfr-2019:35", "none", "Shanghai Cooperation Organisation: 2022 summit reception vs sharing repression techniques"),
    ("acri-2022:6:11", "ecfr-2019:37", "none", "what the West can offer: to Beijing to drop Moscow vs to Moscow to drop Beijing"),
    # --- orf - radu ---
    ("orf-2021:2", "radu-2019:7", "none", "Putin in 2019: S&T as most promising area vs early-warning help"),
    ("orf-2021:5", "radu-2019:7", "supports", "Russia agreed/said it would help China develop a missile early-warning system (2019)"),
    ("orf-2021:6", "radu-2019:8", "contrasts", "is the relationship an alliance: 'not an alliance' vs 'elevate their alliance'"),
    # disagrees with corroboration_pairs.py: NEAR_MISSES has this pair; radu-2019:1 lists the same fields of the expanded partnership
    ("orf-2021:11", "radu-2019:1", "supports", "high-tech partnership now spans AI, telecoms/5G, biotechnology, digital economy"),
    ("orf-2021:11", "radu-2019:13", "supports", "cooperation expanded to big data, robotics and AI"),
    ("orf-2021:13", "radu-2019:6", "supports", "joint science and technology parks, academic exchanges"),
    ("orf-2021:13", "radu-2019:17", "none", "joint investment funds: the general funds vs a 2018 biotech lab set up by one"),
    ("orf-2021:14", "radu-2019:5", "none", "history of cooperation: high tech since early 2000s vs Soviet aid in the Cold War"),
    ("orf-2021:15", "radu-2019:1", "supports", "Western/US pressure on both countries drives their tech cooperation"),
    ("orf-2021:17", "radu-2019:23", "supports", "complementary strengths: Russian research/expertise, Chinese industry/high-tech"),
    ("orf-2021:18", "radu-2019:3", "none", "dual-use: AI potential vs synergies in dual-use technologies generally"),
    ("orf-2021:18", "radu-2019:13", "supports", "AI as a leading area of growing cooperation"),
    ("orf-2021:19", "radu-2019:15", "supports", "China leads in AI"),
    ("orf-2021:20", "radu-2019:14", "supports", "Russia strong in AI research but behind/small market"),
    ("orf-2021:21", "radu-2019:17", "none", "two biotechnology collaborations (Academies of Sciences vs 2018 lab)"),
    ("orf-2021:22", "radu-2019:21", "none", "business in each other's economy: Alibaba active in Russia vs both see opportunities"),
    ("orf-2021:22", "radu-2019:22", "supports", "Chinese tech giants (Alibaba) expanding into the Russian internet market"),
    ("orf-2021:23", "radu-2019:10", "supports", "Huawei recruits Russian talent through partnerships with universities/academia"),
    ("orf-2021:23", "radu-2019:11", "none", "Huawei in Russia: partnerships with universities vs centres in five cities"),
    ("orf-2021:25", "radu-2019:11", "none", "Huawei in Moscow: 5G testing with MTS vs a Moscow centre"),
    ("orf-2021:26", "radu-2019:9", "none", "Huawei and the West: countries excluding it from 5G vs US ban increasing Russia cooperation"),
    ("orf-2021:27", "radu-2019:9", "supports", "US 2019 ban/Entity List on Huawei increased its Russia cooperation"),
    ("orf-2021:36", "radu-2019:15", "none", "China and AI: Russian worry about the gap vs China leads in AI projects"),
    ("orf-2021:37", "radu-2019:14", "none", "Russia small: as a market (orf) vs small global market share of its firms (radu)"),
    ("orf-2021:42", "radu-2019:25", "none", "US strategies: 2018 National Cyber Strategy vs national security strategy naming rivals"),
    ("orf-2021:49", "radu-2019:19", "none", "internet governance: 2016 joint statement vs examining ways to collaborate"),
    ("orf-2021:51", "radu-2019:19", "supports", "Russia-China cooperation on internet governance"),
    ("orf-2021:53", "radu-2019:23", "supports", "the partnership/cooperation will continue"),
    # --- orf - ecfr ---
    ("orf-2021:2", "ecfr-2019:7", "none", "Putin in 2019: S&T Year at summit vs early-warning announcement at Valdai"),
    ("orf-2021:3", "ecfr-2019:5", "supports", "military cooperation on the upswing / increased"),
    ("orf-2021:4", "ecfr-2019:8", "none", "missile defence: S-400 system sold vs early-warning is not missile defence"),
    ("orf-2021:5", "ecfr-2019:7", "supports", "Russia agreed/announced it would help China build a missile early-warning system (2019)"),
    ("orf-2021:5", "ecfr-2019:9", "none", "early-warning system: Russia's help vs what such systems do"),
    ("orf-2021:5", "ecfr-2019:14", "none", "early-warning system: Russia's help vs integration into missile defence generally"),
    ("orf-2021:5", "ecfr-2019:15", "none", "early-warning system: Russia's help vs what it will feed into"),
    ("orf-2021:5", "ecfr-2019:16", "none", "early-warning system: Russia's help vs effect on defence-industrial relations"),
    ("orf-2021:6", "ecfr-2019:19", "supports", "the early-warning deal read as a sign of a deepening/stable, lasting relationship"),
    ("orf-2021:33", "ecfr-2019:34", "none", "facial recognition: Huawei buys Vocord patents vs surveillance of 2019 Moscow protesters"),
    ("orf-2021:47", "ecfr-2019:34", "none", "2019 Moscow protests: mobile disruption vs facial-recognition surveillance"),
    ("orf-2021:48", "ecfr-2019:40", "none", "Russia learning from China: information control vs techniques of repression"),
    ("orf-2021:50", "ecfr-2019:36", "none", "2019 agreements: combating illegal internet content vs surveillance technology"),
    ("orf-2021:51", "ecfr-2019:36", "none", "surveillance: international cooperation on cyber sovereignty vs bilateral surveillance arrangements"),
    # --- radu - ecfr ---
    ("radu-2019:1", "ecfr-2019:5", "supports", "expanding/increased Sino-Russian military cooperation"),
    ("radu-2019:2", "ecfr-2019:36", "supports", "Sino-Russian cooperation on surveillance technology/techniques"),
    ("radu-2019:7", "ecfr-2019:7", "supports", "Putin said Russia would help China build a missile early-warning system (Oct 2019)"),
    ("radu-2019:7", "ecfr-2019:15", "none", "early-warning system: Putin's announcement vs what it will feed into"),
    ("radu-2019:7", "ecfr-2019:16", "none", "early-warning system: Putin's announcement vs effect on defence-industrial relations"),
    ("radu-2019:8", "ecfr-2019:19", "none", "closeness: deepening 'alliance' quote vs stable relationship shown by early-warning deal"),
    ("radu-2019:15", "ecfr-2019:27", "none", "China ahead in AI: civilian projects vs armed forces' drones and AI"),
    ("radu-2019:16", "ecfr-2019:18", "none", "Russian strengths: industrial automation/surveillance vs radars and jammers"),
    ("radu-2019:16", "ecfr-2019:27", "contrasts", "military AI: Russia strong in defence applications (radu) vs Chinese forces better equipped, more AI (ecfr)"),
    ("radu-2019:16", "ecfr-2019:36", "none", "surveillance: Russian strength vs Sino-Russian arrangements"),
    ("radu-2019:19", "ecfr-2019:36", "none", "cooperation on information: new media/internet governance vs surveillance technology"),
]

# Pairs where the labeller hesitated (the label above is the first labeller's call).
DOUBTFUL = [
    ("acri-2022:1:4", "orf-2021:6"),  # supports
    ("acri-2022:1:6", "orf-2021:35"),  # supports
    ("acri-2022:1:7", "orf-2021:31"),  # contrasts
    ("acri-2022:1:12", "orf-2021:4"),  # supports
    ("acri-2022:1:12", "orf-2021:40"),  # none
    ("acri-2022:1:15", "orf-2021:15"),  # supports
    ("acri-2022:1:22", "orf-2021:1"),  # supports
    ("acri-2022:1:27", "orf-2021:40"),  # none
    ("acri-2022:1:31", "orf-2021:54"),  # none
    ("acri-2022:2.1:8", "orf-2021:39"),  # contrasts
    ("acri-2022:2.1:12", "orf-2021:26"),  # supports
    ("acri-2022:2.1:13", "orf-2021:25"),  # none
    ("acri-2022:2.1:14", "orf-2021:39"),  # supports
    ("acri-2022:2.2:3", "orf-2021:17"),  # supports
    ("acri-2022:2.2:11", "orf-2021:22"),  # supports
    ("acri-2022:2.2:14", "orf-2021:24"),  # supports
    ("acri-2022:2.2:17", "orf-2021:27"),  # supports
    ("acri-2022:2.3:6", "orf-2021:30"),  # supports
    ("acri-2022:2.3:8", "orf-2021:52"),  # none
    ("acri-2022:2.3:22", "orf-2021:45"),  # supports
    ("acri-2022:2.3:31", "orf-2021:48"),  # contrasts
    ("acri-2022:3.2:3", "orf-2021:20"),  # supports
    ("acri-2022:3.2:14", "orf-2021:17"),  # supports
    ("acri-2022:4.3:13", "orf-2021:36"),  # supports
    ("acri-2022:4:7", "orf-2021:4"),  # contrasts
    ("acri-2022:5:1", "orf-2021:7"),  # supports
    ("acri-2022:5.2:3", "orf-2021:8"),  # none
    ("acri-2022:5.3:3", "orf-2021:9"),  # supports
    ("acri-2022:5.3:7", "orf-2021:38"),  # supports
    ("acri-2022:6:8", "orf-2021:53"),  # supports
    ("acri-2022:1:4", "radu-2019:8"),  # contrasts
    ("acri-2022:1:15", "radu-2019:1"),  # supports
    ("acri-2022:1:19", "radu-2019:23"),  # supports
    ("acri-2022:2.1:11", "radu-2019:11"),  # none
    ("acri-2022:2.2:10", "radu-2019:15"),  # contrasts
    ("acri-2022:2.2:17", "radu-2019:9"),  # supports
    ("acri-2022:2.2:28", "radu-2019:10"),  # supports
    ("acri-2022:2.3:13", "radu-2019:19"),  # supports
    ("acri-2022:6:13", "radu-2019:23"),  # supports
    ("acri-2022:6:24", "radu-2019:2"),  # contrasts
    ("acri-2022:1:13", "ecfr-2019:5"),  # supports
    ("acri-2022:1:29", "ecfr-2019:44"),  # supports
    ("acri-2022:2.2:5", "ecfr-2019:30"),  # none
    ("acri-2022:4:2", "ecfr-2019:5"),  # supports
    ("acri-2022:4:2", "ecfr-2019:20"),  # none
    ("acri-2022:4.2:4", "ecfr-2019:17"),  # contrasts
    ("acri-2022:4:4", "ecfr-2019:19"),  # supports
    ("acri-2022:4.4:5", "ecfr-2019:27"),  # none
    ("acri-2022:4.5:3", "ecfr-2019:15"),  # none
    ("orf-2021:6", "radu-2019:8"),  # contrasts
    ("orf-2021:11", "radu-2019:1"),  # supports
    ("orf-2021:15", "radu-2019:1"),  # supports
    ("orf-2021:22", "radu-2019:22"),  # supports
    ("orf-2021:36", "radu-2019:15"),  # none
    ("orf-2021:51", "radu-2019:19"),  # supports
    ("orf-2021:3", "ecfr-2019:5"),  # supports
    ("orf-2021:5", "ecfr-2019:16"),  # none
    ("orf-2021:50", "ecfr-2019:36"),  # none
    ("radu-2019:1", "ecfr-2019:5"),  # supports
    ("radu-2019:7", "ecfr-2019:16"),  # none
    ("radu-2019:16", "ecfr-2019:27"),  # contrasts
]
# fmt: on

# A second labeller's blind calls on the DOUBTFUL pairs: they saw only the pairs' ids and read
# the claims with `sinotech show`, never LABELS. (claim_a, claim_b, label, reason, confidence).
# They agree with LABELS on 46 of the 61; the evaluation's "agreed" set leaves out the other 15.
SECOND = [
    (
        "acri-2022:1:4",
        "orf-2021:6",
        "supports",
        "both say the PRC-Russia relationship is not an alliance (acri main clause; orf side clause 'while not an alliance')",
        "unsure",
    ),
    (
        "acri-2022:1:6",
        "orf-2021:35",
        "none",
        "acri: relationship's 3-decade history predating Putin/Xi (suspicion only a side clause); orf: specific distrust case, arrest of Arctic researcher for spying",
        "unsure",
    ),
    (
        "acri-2022:1:7",
        "orf-2021:31",
        "contrasts",
        "driver of cooperation: acri 'fundamentally' aimed at the US as primary threat vs orf 'no longer solely based' on disagreements with the West",
        "unsure",
    ),
    (
        "acri-2022:1:12",
        "orf-2021:4",
        "none",
        "both post-2014 Ukraine/Crimea turn, but different events: Kremlin review of PRC relationship vs Russia dropping reluctance, Su-35/S-400 deals",
        "unsure",
    ),
    (
        "acri-2022:1:12",
        "orf-2021:40",
        "supports",
        "same assessment that benefits of closer cooperation outweigh the risks (acri: Kremlin post-2014 review; orf: both sides at present)",
        "unsure",
    ),
    (
        "acri-2022:1:15",
        "orf-2021:15",
        "supports",
        "same fact: worsening ties/pressure from US-West restricting tech access drove deeper Sino-Russian S&T cooperation (acri adds Trump-era start)",
        "sure",
    ),
    (
        "acri-2022:1:22",
        "orf-2021:1",
        "supports",
        "same fact: technological cooperation is a core/increasingly significant dimension of the bilateral relationship",
        "sure",
    ),
    (
        "acri-2022:1:27",
        "orf-2021:40",
        "supports",
        "same assessment: benefits outweigh risks so cooperation continues despite concerns (acri Beijing post-2022; orf both sides 2021)",
        "sure",
    ),
    (
        "acri-2022:1:31",
        "orf-2021:54",
        "contrasts",
        "Russian tech dependence on PRC: acri analyst says Russia will be dependent ('giant Iran') vs orf 'remains to be seen' whether Russia avoids asymmetrical dependence",
        "unsure",
    ),
    (
        "acri-2022:2.1:8",
        "orf-2021:39",
        "contrasts",
        "Huawei 5G in Russia and security: acri Russians see PRC espionage risk no worse than Western vs orf worries over dependence on Huawei with security implications",
        "unsure",
    ),
    (
        "acri-2022:2.1:12",
        "orf-2021:26",
        "supports",
        "shared fact: Huawei faces exclusion/obstacles in Western countries (acri side clause) while Russia embraces it",
        "unsure",
    ),
    (
        "acri-2022:2.1:13",
        "orf-2021:25",
        "none",
        "Huawei 5G in Russia but different stage/date: 2019 MTS testing in Moscow vs 2021 initial 5G implementations",
        "sure",
    ),
    (
        "acri-2022:2.1:14",
        "orf-2021:39",
        "supports",
        "same fact: Russian debate over developing domestic 5G (import substitution) vs relying on Huawei",
        "unsure",
    ),
    (
        "acri-2022:2.2:3",
        "orf-2021:17",
        "supports",
        "same fact: complementary strengths of Russia and China (Russian research/talent, Chinese industry) drive cooperation; acri AI-specific",
        "sure",
    ),
    (
        "acri-2022:2.2:11",
        "orf-2021:22",
        "supports",
        "same fact: Chinese firms have entered partnerships with Russian companies/talent (acri AI-specific, orf names Alibaba)",
        "unsure",
    ),
    (
        "acri-2022:2.2:14",
        "orf-2021:24",
        "none",
        "Huawei with Kaspersky and Sberbank, but different stage: acri partnerships concluded vs orf 'looking to collaborate' (intent)",
        "unsure",
    ),
    (
        "acri-2022:2.2:17",
        "orf-2021:27",
        "supports",
        "same fact: US restrictions on Huawei (Android loss / 2019 Entity List) pushed Huawei towards Russia; acri adds Aurora OS detail",
        "unsure",
    ),
    (
        "acri-2022:2.3:6",
        "orf-2021:30",
        "supports",
        "same fact: Beijing and Moscow back each other in multilateral/UN forums on tech/cyber norms (acri gives OEWG example)",
        "unsure",
    ),
    (
        "acri-2022:2.3:8",
        "orf-2021:52",
        "none",
        "UN-system cyber coordination, but acri is a specific Feb 2022 joint-statement intent on the ITU vs orf general UN work on state behaviour in cyberspace",
        "unsure",
    ),
    (
        "acri-2022:2.3:22",
        "orf-2021:45",
        "supports",
        "same fact: Russia's RuNet ('parallel' Russian internet) needs Chinese help to develop the technology",
        "sure",
    ),
    (
        "acri-2022:2.3:31",
        "orf-2021:48",
        "contrasts",
        "convergence of Sino-Russian internet-control approaches: acri says convergence is only an image, PRC goes its own way vs orf Russia moving closer to China's approach",
        "unsure",
    ),
    (
        "acri-2022:3.2:3",
        "orf-2021:20",
        "supports",
        "same fact: Russia lags (industry/China) but its research strengths attract PRC collaboration",
        "sure",
    ),
    (
        "acri-2022:3.2:14",
        "orf-2021:17",
        "supports",
        "same exchange: Chinese investors/production/industrial applications for Russian research and expertise (acri in 2015 Skolkovo robotics deal)",
        "unsure",
    ),
    (
        "acri-2022:4.3:13",
        "orf-2021:36",
        "supports",
        "same fact: growing gap with Russia falling behind China in AI-related tech",
        "sure",
    ),
    (
        "acri-2022:4:7",
        "orf-2021:4",
        "contrasts",
        "Russian reluctance to sell top systems to China: acri 'long refraining' from selling crown jewels, friction persists vs orf reluctance shed after 2014 (Su-35, S-400)",
        "unsure",
    ),
    (
        "acri-2022:5:1",
        "orf-2021:7",
        "supports",
        "same fact: space is a long-standing/traditional area of Sino-Russian cooperation (orf adds 2019 lunar declaration)",
        "sure",
    ),
    (
        "acri-2022:5.2:3",
        "orf-2021:8",
        "supports",
        "same fact: Beidou-GLONASS interoperability cooperation; acri details its components",
        "sure",
    ),
    (
        "acri-2022:5.3:3",
        "orf-2021:9",
        "supports",
        "same fact: shared Beijing-Moscow opposition/concern over US-led Artemis Accords on lunar resource use",
        "unsure",
    ),
    (
        "acri-2022:5.3:7",
        "orf-2021:38",
        "supports",
        "same doubt that the partnership is one of equals given China's dominance (acri space budgets; orf general)",
        "unsure",
    ),
    (
        "acri-2022:6:8",
        "orf-2021:53",
        "supports",
        "same forecast: Sino-Russian cooperation/partnership will continue, for strategic/common-goal reasons",
        "unsure",
    ),
    (
        "acri-2022:1:4",
        "radu-2019:8",
        "contrasts",
        "alliance characterisation: acri 'few features of an alliance' vs Kania 'deepen and elevate their alliance'",
        "sure",
    ),
    (
        "acri-2022:1:15",
        "radu-2019:1",
        "supports",
        "same fact: US pressure on China (and Russia) drives expansion of Sino-Russian high-tech/S&T cooperation",
        "sure",
    ),
    (
        "acri-2022:1:19",
        "radu-2019:23",
        "supports",
        "same exchange pattern: Russian expertise for Chinese products/high-tech capabilities (radu side clause)",
        "unsure",
    ),
    (
        "acri-2022:2.1:11",
        "radu-2019:11",
        "none",
        "Huawei R&D in Russia but different facts: staff count 2,000 by 2020 vs list of centre locations",
        "unsure",
    ),
    (
        "acri-2022:2.2:10",
        "radu-2019:15",
        "contrasts",
        "China's AI standing: 'second', lags US on most metrics vs China 'leads in AI projects'",
        "unsure",
    ),
    (
        "acri-2022:2.2:17",
        "radu-2019:9",
        "supports",
        "same fact: US ban/controls on Huawei pushed Huawei-Russia tech cooperation (acri via Aurora OS)",
        "unsure",
    ),
    (
        "acri-2022:2.2:28",
        "radu-2019:10",
        "supports",
        "same fact: Huawei recruiting Russian talent (cybersecurity specialists vs STEM talent from academia)",
        "unsure",
    ),
    (
        "acri-2022:2.3:13",
        "radu-2019:19",
        "none",
        "internet governance cooperation, but acri a specific 2016 coordination mechanism vs radu 'examining ways' to collaborate (stage)",
        "unsure",
    ),
    (
        "acri-2022:6:13",
        "radu-2019:23",
        "supports",
        "same forecast: Sino-Russian tech partnership will continue to evolve/expand",
        "sure",
    ),
    (
        "acri-2022:6:24",
        "radu-2019:2",
        "contrasts",
        "whether Sino-Russian collaboration poses challenges: acri Australia's challenges largely independent of it vs ASPI it will pose new challenges for the West",
        "unsure",
    ),
    (
        "acri-2022:1:13",
        "ecfr-2019:5",
        "supports",
        "same fact: Sino-Russian links/cooperation have increased recently",
        "sure",
    ),
    (
        "acri-2022:1:29",
        "ecfr-2019:44",
        "supports",
        "same assessment: Kremlin sees the US/West, not China, as the main threat and accepts a stronger China",
        "unsure",
    ),
    (
        "acri-2022:2.2:5",
        "ecfr-2019:30",
        "none",
        "PRC learning from Russian military, but different claims: motive re military AI from Syria/Ukraine vs 3,200 PLA troops at Centre 2019",
        "unsure",
    ),
    (
        "acri-2022:4:2",
        "ecfr-2019:5",
        "supports",
        "same fact: growing Sino-Russian cooperation (acri defence-specific with 2017 roadmap)",
        "unsure",
    ),
    (
        "acri-2022:4:2",
        "ecfr-2019:20",
        "supports",
        "joint military exercises as sign of cooperation: acri regular exercises since mid-2000s, ecfr instance Centre 2019",
        "unsure",
    ),
    (
        "acri-2022:4.2:4",
        "ecfr-2019:17",
        "contrasts",
        "sensor/radar capabilities: acri PRC pulling ahead of Russia in radar vs ecfr radars are Russia's strength, China's electro-optical (complementary)",
        "sure",
    ),
    (
        "acri-2022:4:4",
        "ecfr-2019:19",
        "supports",
        "same assessment: long-term, lasting defence relationship/interdependence (ecfr via early-warning project)",
        "unsure",
    ),
    (
        "acri-2022:4.4:5",
        "ecfr-2019:27",
        "supports",
        "same fact: China produces a wide range of capable military drones",
        "unsure",
    ),
    (
        "acri-2022:4.5:3",
        "ecfr-2019:15",
        "supports",
        "same fact: both Russia and China developing/deploying ASAT capabilities (ecfr side clause)",
        "unsure",
    ),
    (
        "orf-2021:6",
        "radu-2019:8",
        "contrasts",
        "alliance characterisation: 'not an alliance' vs 'deepen and elevate their alliance' (both agree deepening)",
        "unsure",
    ),
    (
        "orf-2021:11",
        "radu-2019:1",
        "supports",
        "same fact: cooperation expanded to high tech incl. AI, biotech, digital economy, telecom/5G",
        "sure",
    ),
    (
        "orf-2021:15",
        "radu-2019:1",
        "supports",
        "same fact: downturn with/pressure from the West drives expanded Sino-Russian tech cooperation",
        "sure",
    ),
    (
        "orf-2021:22",
        "radu-2019:22",
        "supports",
        "same fact: Chinese tech companies (e.g. Alibaba) expanding into the Russian market",
        "unsure",
    ),
    ("orf-2021:36", "radu-2019:15", "supports", "same fact: China ahead of Russia in AI", "unsure"),
    (
        "orf-2021:51",
        "radu-2019:19",
        "supports",
        "same fact: Russia and China willing to collaborate on internet governance (and surveillance/propaganda)",
        "unsure",
    ),
    (
        "orf-2021:3",
        "ecfr-2019:5",
        "supports",
        "same fact: Sino-Russian cooperation increasing (orf military-technical, upswing since 2010)",
        "unsure",
    ),
    (
        "orf-2021:5",
        "ecfr-2019:16",
        "supports",
        "same event: Russia helping China develop its missile early-warning system",
        "sure",
    ),
    (
        "orf-2021:50",
        "ecfr-2019:36",
        "none",
        "2019 Sino-Russian internet/surveillance arrangements, but orf combating illegal internet content vs ecfr surveillance-technology cooperation; not clearly the same agreement",
        "unsure",
    ),
    (
        "radu-2019:1",
        "ecfr-2019:5",
        "supports",
        "same fact: Sino-Russian cooperation expanding recently",
        "sure",
    ),
    (
        "radu-2019:7",
        "ecfr-2019:16",
        "supports",
        "same event: Russian help to build China's missile early-warning system",
        "sure",
    ),
    (
        "radu-2019:16",
        "ecfr-2019:27",
        "none",
        "Russia's commercial tech strengths (industrial automation, security) vs Chinese forces better equipped with drones/AI in Centre 2019",
        "unsure",
    ),
]
