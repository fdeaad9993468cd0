"""Hand-labelled pairs of claims from different documents, for choosing and testing the
corroboration threshold. A true pair states the same fact or event; a near miss shares the
topic (and often the words) but states something else. Each label was decided by reading both
sentences in full.
"""

# fmt: off
TRUE_PAIRS = [
    # Putin's 2019 announcement: Russia helps China build a missile early warning system.
    ("acri-2022:4.2:2", "orf-2021:5"),
    ("acri-2022:4.2:2", "radu-2019:7"),
    ("acri-2022:4.2:2", "ecfr-2019:7"),
    ("orf-2021:5", "radu-2019:7"),
    ("orf-2021:5", "ecfr-2019:7"),
    ("radu-2019:7", "ecfr-2019:7"),
    # BeiDou-GLONASS interoperability.
    ("acri-2022:5.2:2", "orf-2021:8"),
    # Huawei's acquisition of Vocord's facial recognition technology.
    ("acri-2022:2.2:12", "orf-2021:33"),
    # Huawei equipment in Russia's first 5G (MTS in Moscow).
    ("acri-2022:2.1:13", "orf-2021:25"),
    # The joint lunar station.
    ("acri-2022:5.3:1", "orf-2021:7"),
    # The 2020-21 Year of Scientific and Technological Innovation, and its aims.
    ("acri-2022:1:17", "orf-2021:1"),
    ("acri-2022:1:17", "orf-2021:16"),
    # Opposition to the US-led Artemis accords.
    ("acri-2022:5.3:3", "orf-2021:10"),
    # US controls on Huawei pushed it towards Russia.
    ("acri-2022:2.1:12", "orf-2021:27"),
    ("acri-2022:2.1:12", "radu-2019:9"),
    ("orf-2021:27", "radu-2019:9"),
    # Huawei's operating system developed with Russian engineers; Yandex.
    ("acri-2022:2.2:18", "orf-2021:24"),
    # Huawei's partnerships with Kaspersky and Sberbank.
    ("acri-2022:2.2:14", "orf-2021:24"),
    # Huawei's partnerships with Russian universities and talent.
    ("acri-2022:2.2:13", "orf-2021:23"),
    ("radu-2019:10", "orf-2021:23"),
    ("acri-2022:2.2:13", "radu-2019:10"),
    # Huawei's R&D staff in Russia.
    ("acri-2022:2.1:11", "radu-2019:12"),
    # The S-400 deal.
    ("acri-2022:4.2:1", "orf-2021:4"),
    # Russia's 2019 sovereign internet law.
    ("acri-2022:2.3:16", "orf-2021:44"),
    ("acri-2022:2.3:17", "orf-2021:44"),
    # Aligned stances on cyber sovereignty in international forums.
    ("acri-2022:2.3:5", "orf-2021:41"),
    ("acri-2022:2.3:5", "orf-2021:51"),
    ("acri-2022:2.3:7", "orf-2021:41"),
    ("acri-2022:2.3:7", "orf-2021:52"),
    # AI as a priority area of cooperation.
    ("acri-2022:2.2:29", "orf-2021:18"),
    ("orf-2021:11", "radu-2019:13"),
    # Complementary strengths: Russian research, Chinese markets and industry.
    ("orf-2021:17", "radu-2019:23"),
    ("acri-2022:2.2:16", "orf-2021:17"),
    ("acri-2022:2.2:16", "radu-2019:23"),
    # Russian worries about intellectual property.
    ("acri-2022:2.2:16", "orf-2021:34"),
    # Joint technology parks and investment funds.
    ("acri-2022:1:16", "orf-2021:13"),
    ("acri-2022:1:16", "radu-2019:6"),
    ("orf-2021:13", "radu-2019:6"),
]

NEAR_MISSES = [
    ("acri-2022:5.2:1", "orf-2021:8"),     # separate systems, not their interoperability
    ("acri-2022:5.2:5", "orf-2021:8"),     # the 2022 agreement, a year after the article
    ("orf-2021:5", "ecfr-2019:15"),        # what the warning system will feed into
    ("orf-2021:5", "ecfr-2019:16"),        # its effect on defence-industrial relations
    ("orf-2021:5", "ecfr-2019:9"),         # what such systems do
    ("orf-2021:5", "ecfr-2019:14"),
    ("radu-2019:7", "ecfr-2019:16"),
    ("radu-2019:7", "ecfr-2019:15"),
    ("acri-2022:4.5:4", "ecfr-2019:16"),   # US satellite early warning, not Russia's help
    ("acri-2022:4.3:2", "ecfr-2019:10"),   # interception of hypersonic vehicles
    ("acri-2022:4.2:6", "ecfr-2019:10"),
    ("acri-2022:4.4:8", "ecfr-2019:28"),   # the PLA, different facts
    ("acri-2022:3.3:12", "ecfr-2019:25"),  # Taiwan, NATO: different subjects
    ("orf-2021:21", "radu-2019:17"),       # two biotechnology collaborations
    ("acri-2022:2.2:23", "orf-2021:24"),   # Kaspersky's US listing vs Huawei's partners
    ("acri-2022:2.3:14", "orf-2021:41"),
    ("acri-2022:2.1:13", "orf-2021:39"),   # Huawei 5G products vs worries of dependence
    ("orf-2021:11", "radu-2019:1"),
    ("acri-2022:2.3:28", "orf-2021:45"),
    ("acri-2022:4.1:3", "orf-2021:3"),
    ("radu-2019:16", "ecfr-2019:36"),
    ("acri-2022:2.3:32", "orf-2021:49"),   # two different 2016 documents
    ("acri-2022:2.3:32", "orf-2021:43"),
    ("acri-2022:6:24", "radu-2019:2"),
    ("acri-2022:3.3:21", "orf-2021:26"),   # the UK cuts off ARM vs the UK excludes Huawei
    ("acri-2022:1:17", "orf-2021:12"),     # the Year's activities vs its focus areas
    ("orf-2021:33", "ecfr-2019:34"),       # Vocord's patents vs surveillance of protesters
    ("acri-2022:5.3:2", "orf-2021:9"),     # the lunar base competes vs a common position
    ("acri-2022:2.2:1", "orf-2021:18"),    # AI is dual-use vs AI leads cooperation
    ("acri-2022:2.1:8", "orf-2021:25"),    # Huawei's frequency range vs MTS's 5G tests
    ("acri-2022:2.1:3", "orf-2021:27"),    # dominance since 2014 vs growth after 2019
    ("acri-2022:4.2:1", "orf-2021:3"),     # the S-400 sale vs military-technical ties
]
# fmt: on
