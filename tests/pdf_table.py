# ruff: noqa: E501  (long URLs and titles in the data)
r"""Hand-checked gold for the PDF fixtures (tests/fixtures/pdf): for each note number, the exact
sentence that carries its marker and the note's exact text (italics as *…*).

Derived from the LaTeX sources (one sentence per source line, `\footnote`/`\en` taken out, TeX
quotes and dashes as typeset), then read against the typeset PDFs page by page: the sentences that
cross a page or column (article 21, twocolumn "The two measures agree…"), the note that continues
onto the next page (article 20), the markers mid-sentence (article 2, after a closing quote).
"""

# fmt: off
ARTICLE_SENTENCES = {1: 'Since the annexation of Crimea in 2014, Moscow has looked east for the technology that '
    'Western sanctions denied it.',
 2: 'The two governments described this convergence as a “comprehensive strategic partnership of '
    'coordination for a new era,” a phrase that promised more than it delivered.',
 3: 'Most studies of the relationship treat technology as a by-product of diplomacy.',
 4: 'Our evidence comes from corporate filings, procurement records and the trade press of both '
    'countries, read against the official statements that framed each agreement.',
 5: 'Huawei had sold equipment to Russian operators since the late 1990s, but its position changed '
    'after 2014.',
 6: 'In 2019 the company signed an agreement with MTS, the largest Russian mobile operator, to '
    'develop fifth-generation networks.',
 7: 'Russian officials presented the deal as proof that sanctions could not isolate the country, '
    'while Chinese commentators stressed its commercial logic.',
 8: 'Huawei’s research centres in Moscow, Saint Petersburg, Novosibirsk and Nizhny Novgorod '
    'employed several hundred Russian mathematicians, many of them recruited from the laboratories '
    'of the Russian Academy of Sciences.',
 9: 'Those engineers worked on algorithms rather than hardware, which made their output hard to '
    'trace and easy to move.',
 10: 'Operators were told to keep Huawei gear out of the core of their networks, and the state’s '
     'own systems relied on domestic or European suppliers well into the decade.',
 11: 'A bilateral committee was set up in 2014, and an intergovernmental agreement on the '
     'compatibility of the two systems followed in 2018.',
 12: 'Its implementation was slow: by 2021 only three Chinese stations operated in Russia, and the '
     'Russian stations planned for China were still under negotiation.',
 13: 'In 2021 the two space agencies announced a joint International Lunar Research Station, '
     'presented as an alternative to the American Artemis programme.',
 14: 'The project gave Roscosmos a partner at a time when its budget was shrinking and its launch '
     'business was losing customers to SpaceX.',
 15: 'Russia had hoped that Chinese foundries would replace the Taiwanese and European suppliers '
     'on which its electronics industry depended.',
 16: 'Chinese manufacturers, however, depended themselves on American design software and Dutch '
     'lithography, and they had every reason to avoid secondary sanctions.',
 17: 'When the largest Chinese foundry was asked to produce processors designed in Moscow, it '
     'quietly declined, citing capacity.',
 18: 'Chinese firms cooperate with Russian partners where the risk is low and the return is high, '
     'and they retreat where American law can reach them.',
 19: 'Russian planners, for their part, learned to speak of “technological sovereignty” rather '
     'than of Chinese substitution, a term that promised independence from every foreign supplier.',
 20: 'Chinese exports of integrated circuits to Russia rose after 2014, but they consisted mostly '
     'of low-end chips for consumer goods, not the processors used in telecommunications or '
     'defence.',
 21: 'The value of these exports was a small fraction of what Russia had bought from European '
     'distributors before the sanctions, and much of it reached Russian buyers through '
     'intermediaries in Hong Kong and Central Asia.',
 22: 'In the 1990s China was the largest customer of the Russian arms industry, buying fighters, '
     'destroyers and submarines that its own industry could not yet build.',
 23: 'The flow slowed in the following decade, as Russian officials accused Chinese engineers of '
     'copying the Su-27 fighter, and resumed only after 2014 with the sale of Su-35 aircraft and '
     'S-400 air defence systems.',
 24: 'Russia now sold small batches of its most advanced systems, a decision that signalled '
     'political trust more than commercial interest.',
 25: 'At the same time Russia began to buy Chinese components, from marine diesel engines to '
     'electronic parts, reversing the direction of the earlier trade.',
 26: 'Joint exercises, which had been rare, became an annual routine, and in 2019 the two air '
     'forces flew their first joint patrol over the Sea of Japan.',
 27: 'Agreements were signed in every sector we examined, yet the transfers that mattered most '
     'either did not happen or happened on Chinese terms.',
 28: 'The semiconductor episode described above is typical: a political partnership that could not '
     'compel its firms to take risks.',
 29: 'Whether the war in Ukraine will change this pattern is the question that the next phase of '
     'research must answer.'}
ARTICLE_NOTES = {1: 'Alexander Gabuev, “Unwanted but Inevitable: Russia’s Deepening Partnership with China '
    'Post-Ukraine,” in *Sino-Russian Relations in the 21st Century*, ed. Jo Inge Bekkevold and '
    'Bobo Lo (London: Palgrave Macmillan, 2019), 41–66.',
 2: 'Xi Jinping and Vladimir Putin, “Joint Statement of the People’s Republic of China and the '
    'Russian Federation on Developing a Comprehensive Partnership of Coordination for a New Era,” '
    'Ministry of Foreign Affairs of the People’s Republic of China, June 5, 2019.',
 3: 'Artyom Lukin, “The Russia–China Entente and Its Future,” *International Politics* 58, no. 3 '
    '(2021): 363–80.',
 4: 'On the sources and their limits, see Christopher Weidacher Hsiung, “China’s Technology '
    'Cooperation with Russia: Geopolitics, Economics, and Regime Security,” *Chinese Journal of '
    'International Politics* 14, no. 3 (2021): 447–79.',
 5: 'Samuel Bendett and Elsa B. Kania, *A New Sino-Russian High-Tech Partnership: Authoritarian '
    'Innovation in an Era of Great-Power Rivalry* (Canberra: Australian Strategic Policy '
    'Institute, 2019), 7.',
 6: '“MTS and Huawei Sign Agreement on 5G Development in Russia,” *TASS*, June 5, 2019.',
 7: 'Bendett and Kania, *New Sino-Russian High-Tech Partnership*, 12.',
 8: 'Hsiung, “China’s Technology Cooperation with Russia,” 458.',
 9: 'Ibid., 460.',
 10: 'Paul Stronski and Nicole Ng, *Cooperation and Competition: Russia and China in Central Asia, '
     'the Russian Far East, and the Arctic* (Washington, DC: Carnegie Endowment for International '
     'Peace, 2018), 21–24.',
 11: '“Russia and China Sign Agreement on GLONASS and BeiDou Cooperation,” *Xinhua*, November 7, '
     '2018.',
 12: 'Michael Kofman, “The Emperors League: Understanding Sino-Russian Defense Cooperation,” *War '
     'on the Rocks*, August 6, 2020, '
     'https://warontherocks.com/2020/08/the-emperors-league-understanding-sino-russian-defense-cooperation/.',
 13: 'China National Space Administration, “International Lunar Research Station Guide for '
     'Partnership,” June 16, 2021.',
 14: 'Pavel Luzin, “The Inner Workings of Rossiya’s Space Program,” *Riddle Russia*, October 12, '
     '2020.',
 15: 'Vasily Kashin, “Russia’s Chip Problem and the Chinese Solution,” *Russia in Global Affairs* '
     '19, no. 2 (2021): 88–104.',
 16: 'Kashin, “Russia’s Chip Problem,” 95; and Chris Miller, *Chip War: The Fight for the World’s '
     'Most Critical Technology* (New York: Scribner, 2022), 310–14.',
 17: 'Interview with a Russian electronics executive, Moscow, March 2021. The executive asked not '
     'to be named. The interview was conducted in Russian and the translation is ours; the notes '
     'were checked against a second participant’s recollection of the same meeting, and where the '
     'two accounts differed we give the more cautious version. A longer record of the '
     'conversation, with the passages that identify the company removed, is held by the authors '
     'and can be consulted on request by researchers who agree to the same conditions of '
     'anonymity. We return to this episode in the conclusion, where it serves as an example of the '
     'gap between the political rhetoric of the partnership and the commercial caution of the '
     'firms that were expected to carry it out.',
 18: 'Hsiung, “China’s Technology Cooperation with Russia,” 470.',
 19: 'Government of the Russian Federation, “Concept of Technological Development to 2030,” Order '
     'no. 1315-r, May 20, 2023.',
 20: 'General Administration of Customs of the People’s Republic of China, *China Customs '
     'Statistical Yearbook 2021* (Beijing: China Customs Press, 2022), table 4.2. The yearbook '
     'reports exports by customs code rather than by end use, so the figures include chips that '
     'were later built into goods re-exported from Russia to third countries. We have grouped the '
     'codes for integrated circuits into three classes, following the method of the customs '
     'authority itself, and we have excluded parts and accessories, whose value cannot be '
     'separated from that of the machines they belong to. The Russian customs service stopped '
     'publishing comparable figures in 2022, which makes it impossible to check the Chinese data '
     'against the records of the importing side for the most recent years.',
 21: 'Stronski and Ng, *Cooperation and Competition*, 30.',
 22: 'Alexander Korolev, “On the Verge of an Alliance: Contemporary China–Russia Military '
     'Cooperation,” *Asian Security* 15, no. 3 (2019): 233–52.',
 23: 'Kofman, “Emperors League.”',
 24: 'Korolev, “On the Verge of an Alliance,” 240.',
 25: 'Dmitry Gorenburg, “An Emerging Strategic Partnership: Trends in Russia–China Military '
     'Cooperation,” George C. Marshall European Center for Security Studies, *Security Insights* '
     'no. 54 (April 2020).',
 26: 'Ministry of Defence of the Russian Federation, press release, July 23, 2019.',
 27: 'For a similar conclusion from a Russian perspective, see Alexander Lukin, *China and Russia: '
     'The New Rapprochement* (Cambridge: Polity, 2018), 142–47.',
 28: 'See note 17 above.',
 29: 'Lukin, “The Russia–China Entente,” 378.'}
TWOCOLUMN_SENTENCES = {1: 'Joint laboratories are the most visible form of scientific cooperation between China and '
    'Russia.',
 2: 'The first of them opened in Harbin in 2000, and by 2020 more than forty were registered with '
    'the two ministries.',
 3: 'Soviet advisers trained a generation of Chinese engineers in the 1950s, and many of the '
    'institutes that host joint laboratories today were founded with Soviet help.',
 4: 'We collected the records of 43 laboratories from the websites of their host institutions, the '
    'databases of the two ministries and the annual reports of the Chinese Academy of Sciences.',
 5: 'For each laboratory we recorded its field, its founding year, its size and the number of '
    'joint publications indexed in the Web of Science between 2010 and 2020.',
 6: 'We therefore also recorded patents filed jointly by the partner institutions, using the '
    'databases of the two national patent offices.',
 7: 'Laboratories in physics, materials science and mathematics produced four fifths of all joint '
    'papers, while those in information technology produced almost none.',
 8: 'This pattern matches the strengths of Russian science, which remain in fundamental research '
    'rather than in engineering.',
 9: 'The younger laboratories, many of them created after 2014 for political reasons, often '
    'existed only on paper.',
 10: 'Where they built on old personal ties and on fields in which both sides were strong, they '
     'produced research of international standing.'}
TWOCOLUMN_NOTES = {1: 'Ministry of Science and Higher Education of the Russian Federation, *Annual Report on '
    'International Scientific Cooperation* (Moscow, 2020), 14.',
 2: 'Chinese Academy of Sciences, “China–Russia Joint Research Centres,” press release, September '
    '2, 2020.',
 3: 'Deborah A. Kaple, “Agents of Change: Soviet Advisers and High Stalinist Management in China, '
    '1949–1960,” *Journal of Cold War Studies* 18, no. 1 (2016): 5–30.',
 4: 'The list of laboratories and the coding rules are in the online appendix.',
 5: 'Clarivate, Web of Science Core Collection, accessed March 1, 2021.',
 6: 'China National Intellectual Property Administration, patent search system; Rospatent, open '
    'registers, both accessed March 2021.',
 7: 'Our count; see table 2 of the online appendix.',
 8: 'Loren Graham, *Lonely Ideas: Can Russia Compete?* (Cambridge, MA: MIT Press, 2013), 3–9.',
 9: 'Interviews with Russian and Chinese laboratory directors, Novosibirsk and Harbin, 2019.',
 10: 'See, for example, the joint work on superconductivity at the laboratory in Dubna described '
     'in Kaple, “Agents of Change,” 28.'}
ENDNOTES_SENTENCES = {1: 'Russian agencies were ordered to replace foreign software with domestic products by 2025.',
 2: 'Where no domestic product existed, Chinese alternatives were quietly accepted, especially for '
    'databases and office suites.',
 3: 'The programme began with a government decree of 2015 that created a register of Russian '
    'software.',
 4: 'The register grew quickly, from about 2,000 entries in 2016 to more than 10,000 in 2021, but '
    'many of the entries were thin wrappers around open-source code.',
 5: 'A Russian company would license a Chinese database, rebrand it and submit it to the register, '
    'a practice that the regulator tolerated as long as the source code was deposited in Russia.',
 6: 'By 2022 at least six registered products were, in this sense, Chinese software under a '
    'Russian name.',
 7: 'The finance ministry built its own systems and avoided both Western and Chinese vendors; the '
    'transport ministry bought Chinese-derived databases; the health ministry kept its Western '
    'software under licences renewed through intermediaries.',
 8: 'The differences reflected budgets and habits more than policy, and they show how loosely the '
    'programme was enforced.'}
ENDNOTES_NOTES = {1: 'Government of the Russian Federation, Decree no. 1236, “On Establishing a Ban on the '
    'Admission of Software Originating from Foreign States for the Purposes of Procurement for '
    'State and Municipal Needs,” November 16, 2015.',
 2: 'Anastasia Stognei, “Russia’s Search for Software Independence,” *Financial Times*, August 14, '
    '2022.',
 3: 'Decree no. 1236, article 1.',
 4: 'Ministry of Digital Development, Communications and Mass Media of the Russian Federation, '
    '“Unified Register of Russian Programs for Electronic Computers and Databases,” accessed '
    'January 10, 2023, https://reestr.digital.gov.ru/.',
 5: 'Interview with a procurement officer, Moscow, October 2022.',
 6: 'Author’s count from the register, January 2023.',
 7: 'Daria Sokolova, “Who Buys What: Software Procurement in Three Russian Ministries,” '
    '*Post-Soviet Affairs* 39, no. 2 (2023): 101–19.',
 8: 'Ibid., 115.'}
# fmt: on


# Added for generality (pandoc's template, Times with linked markers, a 10pt KOMA article):
# derived from the sources (one sentence per line; Markdown/TeX quotes and dashes as typeset)
# and read against the PDFs; c-space notes from tests/heldout/src/c-space.tex.
# fmt: off
PANDOC_SENTENCES = {1: 'For decades the crossings were few and slow, and trade moved by rail through a handful of '
    'towns.',
 2: 'The first fibre-optic link across the Amur River was laid in 2012 between Blagoveshchensk and '
    'Heihe.',
 3: 'A second cable followed in 2016, carried on the new road bridge, and a third was planned for '
    'the railway bridge at Nizhneleninskoye.',
 4: 'Chinese operators were more cautious, and “transit” remained a small share of the traffic.',
 5: 'Each side builds, owns and operates its half, and the two halves meet at a splice point on '
    'the border itself.',
 6: 'Russian law since 2015 has required that personal data of Russian citizens be stored on '
    'servers inside Russia.',
 7: 'Several announced projects were never completed, and the largest of them was cancelled in '
    '2019 after a dispute over electricity prices.',
 8: 'The digital border is busier than it was a decade ago, but it is not yet the corridor that '
    'official documents describe.'}
PANDOC_NOTES = {1: 'Elizabeth Wishnick, *Mending Fences: The Evolution of Moscow’s China Policy from Brezhnev to '
    'Yeltsin* (Seattle: University of Washington Press, 2001), 144.',
 2: 'Rostelecom, “Rostelecom and China Unicom Complete Cross-Border Cable,” press release, '
    'September 14, 2012.',
 3: 'Ministry of Digital Development, Communications and Mass Media of the Russian Federation, '
    '*Strategy for the Development of the Information Society in the Far Eastern Federal District, '
    '2016–2025* (Moscow, 2016), 23–25.',
 4: 'Interviews with two network engineers in Khabarovsk, October 2019. Both asked that neither '
    'their names nor their employers be given. One of them estimated that transit between Europe '
    'and China accounted for less than a tenth of the traffic on the Amur cables in 2019, the rest '
    'being traffic between Russian and Chinese users; the other gave no figure but described '
    'transit as “an idea for conferences.” Neither estimate can be checked against published data, '
    'since the operators do not report traffic by route, and the figures should be read as the '
    'impressions of people who work on the links rather than as measurements.',
 5: 'Ibid. The engineers described the splice points as small concrete huts, one on each bank, '
    'from which the two halves of a cable are joined under the supervision of both border '
    'services. Repairs require the agreement of both sides, and in the winter of 2018 a break on '
    'the Russian half of the older cable took eleven days to mend because the Chinese operator '
    'would not send a crew onto the ice without written permission from its own ministry, which '
    'arrived only after the Russian consulate in Harbin had raised the matter with the provincial '
    'government.',
 6: 'Federal Law No. 242-FZ of July 21, 2014, “On Amendments to Certain Legislative Acts of the '
    'Russian Federation,” in force from September 1, 2015.',
 7: 'Anna Petrova, “Far Eastern Data Centre Plan Shelved,” *Kommersant*, March 4, 2019, '
    'https://www.kommersant.ru/doc/3900000.',
 8: 'Wishnick, *Mending Fences*, 150.'}
TIMES_SENTENCES = {1: 'After 2014 Russian and Chinese banks began to settle a growing share of bilateral trade in '
    'roubles and yuan.',
 2: 'By 2019 the share of the dollar in Russian exports to China had fallen below one half, while '
    'the share of the euro had risen sharply.',
 3: 'The Russian Mir card network and China UnionPay signed an agreement in 2017 that allowed '
    'co-branded cards to be issued in Russia.',
 4: 'Russian banks also connected to the Chinese Cross-Border Interbank Payment System, although '
    'the volumes sent through it remained small.',
 5: 'Energy dominates the trade, and the largest contracts are financed by prepayments from '
    'Chinese buyers.',
 6: 'The Power of Siberia pipeline, opened in December 2019, was built on such a contract, and its '
    'price formula has never been published.',
 7: 'Russian wheat, barley and soybeans entered the Chinese market after a series of sanitary '
    'agreements, and exporters in the Far East have relied on Chinese credit to buy machinery.',
 8: 'Chinese banks remain wary of lending to Russian firms that might fall under secondary '
    'sanctions, and the largest of them keep their Russian business small.'}
TIMES_NOTES = {1: 'Bank of Russia, *Annual Report 2019* (Moscow: Bank of Russia, 2020), 112.',
 2: 'Alexandra Prokopenko, “De-dollarization without a Yuan,” *Carnegie Moscow Center*, November '
    '28, 2019, https://carnegie.ru/commentary/80444.',
 3: 'National Payment Card System, “Mir and UnionPay Launch Co-Branded Cards,” press release, '
    'April 12, 2017.',
 4: 'Ibid. The press release gives no figures for the number of cards issued, and neither network '
    'has published them since. Russian bankers interviewed for this paper estimated that fewer '
    'than two million co-branded cards were in circulation by the end of 2019, most of them held '
    'by people who travel to China for business or tourism; the cards were promoted chiefly as a '
    'way to avoid conversion fees rather than as an alternative to Visa and Mastercard, which '
    'remained dominant in both countries’ cross-border card payments. One banker added that the '
    'interbank system was used mainly by the branches of Chinese state banks in Moscow, whose '
    'Russian clients preferred it to correspondent accounts in third countries, and that the '
    'Russian banks which joined the system did so as indirect participants, sending their payments '
    'through a Chinese bank rather than directly, so that the system’s own statistics understate '
    'the volume of trade that it served.',
 5: 'Erica Downs, “China–Russia Energy Relations: Better Than Ever,” *Oxford Institute for Energy '
    'Studies*, July 2019, 7–9. Downs counts the prepayments made by the China National Petroleum '
    'Corporation and by Sinopec under the oil supply agreements of 2009 and 2013 together, which '
    'gives a total well above what either company has ever confirmed; the Russian side, for its '
    'part, reported the same payments as loans in some years and as advances in others, so that '
    'the two sets of figures cannot be reconciled without access to the contracts themselves, '
    'which remain confidential.',
 6: 'Downs, “China–Russia Energy Relations,” 11.',
 7: 'Ministry of Agriculture of the Russian Federation, *Export of Agricultural Products in 2019* '
    '(Moscow, 2020), 15.',
 8: 'Prokopenko, “De-dollarization without a Yuan.”'}
SCRARTCL_SENTENCES = {1: 'Russia has long presented the Northern Sea Route as an alternative to the Suez Canal.',
 2: 'Chinese shipping companies have tested the route since 2013, but regular traffic remains '
    'rare.',
 3: 'Most of the cargo carried along the route is liquefied natural gas from the Yamal peninsula, '
    'in which Chinese investors hold a large share.',
 4: 'Chinese firms have discussed investments in the ports of Arkhangelsk and Murmansk, but none '
    'of the announced projects has yet reached construction.',
 5: 'Russia, for its part, insists that only Russian icebreakers may escort ships along the route.'}
SCRARTCL_NOTES = {1: 'Government of the Russian Federation, *Plan for the Development of the Infrastructure of the '
    'Northern Sea Route until 2035* (Moscow, 2019), 4. The plan sets a target of eighty million '
    'tonnes of cargo a year by 2024, a figure that most independent observers regard as out of '
    'reach; the government itself has since revised the intermediate targets several times, and '
    'the later versions of the plan count cargo shipped from Arctic ports to Russian destinations, '
    'which the original version did not.',
 2: 'Linda Jakobson and Seong-Hyon Lee, *The North East Asian States’ Interests in the Arctic* '
    '(Stockholm: SIPRI, 2013), 9–11.',
 3: 'Ibid., 12. The share is held by the China National Petroleum Corporation and by the Silk Road '
    'Fund, which together own nearly thirty per cent of the project; Chinese banks also lent a '
    'large part of the money needed to build the plant after Western lenders withdrew in 2014.',
 4: 'Marc Lanteigne, “The Changing Shape of Arctic Security,” *NATO Review*, June 28, 2019, '
    'https://www.nato.int/docu/review/articles/2019/06/28/the-changing-shape-of-arctic-security/index.html.',
 5: 'Federal Law No. 132-FZ of July 28, 2012, on the Northern Sea Route, article 5.1.'}
CSPACE_NOTES = {1: 'Brian Harvey, *China in Space: The Great Leap Forward* (New York: Springer Praxis, 2013), '
    '251.',
 2: 'Pavel Luzin, “The Inner Workings of Rossotrudnichestvo and Roscosmos,” *Riddle Russia*, '
    'February 17, 2020, https://ridl.io/the-inner-workings-of-roscosmos/.',
 3: 'Ibid.',
 4: 'China National Space Administration, “China and Russia Sign Space Cooperation Outline for '
    '2018–2022,” press release, November 2, 2017.',
 5: 'Dmitry Stefanovich, “Russia to Help China Develop an Early Warning System,” *The Diplomat*, '
    'October 25, 2019, '
    'https://thediplomat.com/2019/10/russia-to-help-china-develop-an-early-warning-system/.',
 6: 'Andrew Jones, “China, Russia Open Moon Base Project to International Partners, Early '
    'Astronaut Access Possible,” *SpaceNews*, April 26, 2021, '
    'https://spacenews.com/china-russia-open-moon-base-project-to-international-partners-early-astronaut-access-possible/.',
 7: 'Jones, “China, Russia Open Moon Base Project.” On the crash itself, see the official '
    'statement of the State Space Corporation Roscosmos of August 20, 2023, which attributed the '
    'loss of the spacecraft to an engine burn that lasted 127 seconds instead of the planned 84 '
    'seconds, a deviation that placed the lander on a trajectory that intersected the lunar '
    'surface; the statement did not address whether the failure would delay Russian contributions '
    'to the ILRS, and later comments by agency officials suggested that the follow-on missions '
    'Luna-26 and Luna-27 would be reviewed.',
 8: 'Namrata Goswami and Peter A. Garretson, *Scramble for the Skies: The Great Power Competition '
    'to Control the Resources of Outer Space* (Lanham, MD: Lexington Books, 2020), 112. The '
    'comparison is not entirely fair, since the Soviet programme achieved three automated sample '
    'returns between 1970 and 1976 with technology that was, for its time, far ahead of anything '
    'China possessed; but the industrial capacity behind those missions was largely dispersed '
    'after 1991, and many of the design bureaus involved either closed or were absorbed into '
    'larger holdings with other priorities, so that by the 2010s Russian engineers had to relearn '
    'much of what their predecessors knew. Chinese engineers, by contrast, built their lunar '
    'programme step by step from the first orbiter in 2007 to the Chang’e-5 sample return in 2020, '
    'and they did so with a budget that grew steadily year after year.',
 9: 'Goswami and Garretson, *Scramble for the Skies*, 118.',
 10: 'United Nations Office for Disarmament Affairs, “Prevention of an Arms Race in Outer Space,” '
     'accessed July 3, 2023, https://www.un.org/disarmament/topics/outerspace/.',
 11: 'Todd Harrison et al., *Space Threat Assessment 2022* (Washington, DC: Center for Strategic '
     'and International Studies, 2022), 27–29.',
 12: 'Harrison et al., *Space Threat Assessment 2022*, 31.'}
# fmt: on

# book.pdf (book class, twoside, headings): read against the PDF page by page; note 2's
# sentence crosses pages 3-4 under the head "4 CHAPTER 1. RAILWAYS".
# fmt: off
BOOK_SENTENCES = {1: 'Provincial governments paid the difference between the freight rate and the cost of each train, hoping to attract manufacturers inland.', 2: 'By the middle of the decade more than a thousand trains a year crossed the continent, most of them carrying electronics and car parts westward.', 3: 'The two transfers account for a large share of the delays, and the Polish terminal at Małaszewicze has become notorious among logistics managers for its queues.', 4: 'Officials in Moscow argued that the bogies would weaken the national network’s technical independence and expose it to foreign suppliers.', 5: 'Russian lines use a domestic automatic train protection system, while Chinese high-speed lines use a version of the European standard adapted by Chinese firms.', 6: 'Neither side yielded, and the project was quietly shelved after the design stage.'}
BOOK_NOTES = {1: 'Lukas Brenner, *Trains across the Steppe* (Leipzig: Ostverlag, 2019), 33–35.', 2: 'Maria Ivanova, “Transit Tariffs and the Eurasian Land Bridge,” *Journal of Transport Geography* 61 (2017): 210–19.', 3: 'Ibid., 214.', 4: 'Brenner, *Trains across the Steppe*, 58.', 5: 'Wei Zhang, “Adapting ETCS for Chinese High-Speed Rail,” *Railway Signalling Review* 12, no. 2 (2016): 44–51.', 6: 'Anton Sorokin, *High Speed, Low Trust* (Moscow: Transport Policy Centre, 2020), 12.'}
# fmt: on

# spanning.pdf: written for the fixture from its source, one sentence per source line.
SPANNING_SENTENCES = {
    1: "Two Chinese investors, a state oil company and the Silk Road Fund, hold nearly thirty per cent of its shares.",
    2: "Without that loan the plant would probably not have been finished on time.",
    3: "Chinese buyers therefore receive a smaller share of the output than their stake in the plant would suggest.",
    4: "Insurers charged premiums several times higher than on the route through Suez.",
    5: "The project stalled when the partners could not agree on who would own the landing stations.",
    6: "Beijing, for its part, has shown little interest in paying for ports that it cannot use on equal terms.",
}
SPANNING_NOTES = {
    1: "Novatek, *Annual Report 2019* (Moscow: Novatek, 2020), 41.",
    2: "Elena Koval, “Financing Yamal LNG under Sanctions,” *Energy Policy* 128 (2019): 310–18.",
    3: "Author’s calculation from Novatek shipping data, 2018–2021.",
    4: "Lars Brekke, “Underwriting the Arctic,” *Lloyd’s List*, August 3, 2020.",
    5: "Polar Connect Consortium, *Feasibility Study, Phase Two* (Helsinki, 2021), 7–9.",
    6: "Ingrid Solheim, *The Polar Silk Road: Ambition and Restraint* (Oslo: Nordkapp Press, 2021), 88–93.",
}

# boxes.pdf: a "\small" panel right above the footnote rule, a narrow framed table, a pull quote.
BOXES_SENTENCES = {
    1: "Container trains between China and Europe crossed Kazakhstan and Russia more than fifteen thousand times in 2021.",
    2: "Most of these trains returned empty, which raised the cost of each westbound box.",
    3: "After 2022 some shippers moved their goods to the route through the Caspian Sea.",
    4: "Trains change bogies or transfer containers at the border, where the Chinese standard gauge meets the broad gauge of the former Soviet railways.",
    5: "The transfer at Dostyk and Khorgos takes several hours for each train.",
}
BOXES_NOTES = {
    1: "Eurasian Rail Alliance, *Annual Transit Review 2021* (Almaty: ERA, 2022), 14.",
    2: "Lina Petrauskaite, “Empty Returns on the New Silk Road,” *Journal of Eurasian Logistics* 7, no. 2 (2022): 41–58.",
    3: "Daniyar Seitkali, “The Middle Corridor after 2022,” *Central Asia Policy Notes*, no. 11 (2023), 3.",
    4: "Anna Berglund, *Gauge and Empire* (Uppsala: Nordic Rail Press, 2019), 88–93.",
    5: "Ibid., 95.",
}

# LibreOffice Writer's PDFs (lo-odt.md, lo-docx.md): checked against the Markdown sources,
# quotes and apostrophes as typeset.
# fmt: off
LO_ODT_SENTENCES = {1: 'Russian wheat reached Chinese ports in quantity only after 2016, when Beijing lifted a ban '
    'that had stood for decades.',
 2: 'Chinese inspectors at first accepted grain from only a few regions, citing fungal disease.',
 3: 'Traders in Novosibirsk complained that the phytosanitary rules changed without warning, while '
    'their Chinese counterparts pointed to inconsistent paperwork.',
 4: 'A protocol signed in 2022 opened the whole of Russia to Chinese buyers, at least on paper.',
 5: 'Its backers promised a capacity of eight million tonnes a year, about a tenth of Russian '
    'exports.',
 6: 'Critics noted that the railway to the terminal was already close to saturation, and that the '
    'gauge change at the border slowed every shipment.',
 7: 'Even so, the regional government described the terminal as “the start of a new silk road for '
    'grain.”',
 8: 'A tonne of wheat moved by rail from Novosibirsk to Manzhouli cost roughly twice as much as '
    'the same tonne shipped by sea from Novorossiysk to Guangzhou.',
 9: 'Exporters therefore hesitated to sign long contracts that depended on them.',
 10: 'Russian banks cut off from SWIFT could still settle in yuan, but Chinese banks grew wary of '
     'any transaction that might expose them to American penalties.',
 11: 'The result was a market in which the grain moved faster than the money.',
 12: 'Whether the corridor becomes a habit or stays an experiment will be decided by freight rates '
     'rather than by summit declarations.'}

LO_ODT_NOTES = {1: 'General Administration of Customs of the People’s Republic of China, “Announcement on '
    'Quarantine Requirements for Wheat Imported from Russia,” Announcement No. 2016-31, March '
    '2016.',
 2: 'Ibid.',
 3: 'Olga Rudenko, “Siberian Grain Hits a Wall at the Chinese Border,” *Kommersant*, October 4, '
    '2019.',
 4: 'Ministry of Agriculture of the Russian Federation, *Protocol on Phytosanitary Requirements '
    'for Wheat Exported from Russia to China* (Moscow, 2022), 3–5.',
 5: 'Pavel Ivanov and Li Na, “The Zabaikalsk Grain Terminal and the Economics of the Land Bridge,” '
    '*Eurasian Geography and Economics* 63, no. 2 (2022): 201–24, '
    'https://doi.org/10.1080/15387216.2021.1999999. The authors base their estimate on the '
    'terminal operator’s own projections, which assume that the railway will be doubled along the '
    'whole section from Karymskaya to the border, that the transhipment sheds will run around the '
    'clock in winter, and that Chinese buyers will accept a steady flow of small lots rather than '
    'the large cargoes they are used to from Black Sea ports; none of these assumptions had been '
    'met when the article went to press, and the operator itself later revised its figure '
    'downwards in a presentation to investors, without saying which of the assumptions it had '
    'abandoned.',
 6: 'Ibid., 215.',
 7: 'Government of Zabaykalsky Krai, “Grain Terminal Opens a New Page in Cooperation with China,” '
    'press release, December 2, 2020.',
 8: 'Rudenko, “Siberian Grain Hits a Wall.”',
 9: 'Interview with a grain exporter in Novosibirsk, June 2022.',
 10: 'Alexandra Prokopenko, *Russia’s Financial Pivot to China* (Berlin: Carnegie Russia Eurasia '
     'Center, 2023), 12, '
     'https://carnegieendowment.org/russia-eurasia/politika/2023/06/russias-financial-pivot.',
 11: 'Ibid., 14.',
 12: 'Ivanov and Li, “The Zabaikalsk Grain Terminal,” 220.'}

LO_DOCX_SENTENCES = {1: 'Russia and China each built a global satellite navigation system to escape dependence on GPS.',
 2: 'In 2018 they signed an intergovernmental agreement on the joint use of GLONASS and BeiDou.',
 3: 'Russia installed its first GLONASS stations in Changchun, Shanghai and Urumqi.',
 4: 'China placed BeiDou stations in Obninsk, Irkutsk and Nizhny Novgorod, though the last of them '
    'opened late.',
 5: 'Officials on both sides called the exchange “a model of mutual trust,” a phrase repeated in '
    'every later communiqué.',
 6: 'Each government kept its command links at home, and the data shared through the stations was '
    'filtered before it crossed the border.',
 7: 'Russian engineers also complained that Chinese receivers were cheaper than their own and were '
    'taking over the domestic market.',
 8: 'Phones sold in both countries now read signals from both constellations, which improves '
    'accuracy in dense cities.',
 9: 'Agricultural machinery and freight monitoring systems followed, helped by subsidies in '
    'Russia’s regions.',
 10: 'Even here, each side guards the parts that matter most.'}

LO_DOCX_NOTES = {1: 'Brian Harvey, *China in Space: The Great Leap Forward* (Cham: Springer, 2019), 301–6.',
 2: 'Agreement between the Government of the Russian Federation and the Government of the People’s '
    'Republic of China on Cooperation in the Use of the GLONASS and BeiDou Global Navigation '
    'Satellite Systems, signed November 7, 2018.',
 3: 'Roscosmos, “GLONASS Stations Begin Operating in China,” press release, August 2019.',
 4: 'Zhang Wei, “BeiDou Ground Segment Expands to Russia,” *China Daily*, May 12, 2021, '
    'https://www.chinadaily.com.cn/a/202105/12/WS609b0000a31024ad0babcdef.html.',
 5: 'Ibid.',
 6: 'Kristina Ivanova, “Trust but Filter: Data Sharing in Sino-Russian Navigation Cooperation,” '
    '*Space Policy* 58 (2021): 101–12, https://doi.org/10.1016/j.spacepol.2021.101412.',
 7: 'Ibid., 108.',
 8: 'Counterpoint Research, *Global Smartphone GNSS Support Tracker* (Hong Kong, 2021).',
 9: 'Ministry of Agriculture of the Russian Federation, *Digital Agriculture Programme 2019–2024* '
    '(Moscow, 2019), 22.',
 10: 'Ivanova, “Trust but Filter,” 110.'}

# fmt: on
