-- The sinotech store. Derived data: built from references/ on first use (or `sinotech db build`)
-- into a temporary file that replaces the store whole, and rebuilt by itself whenever the
-- corpus, this schema or the ingest code changes (meta.fingerprint records which it was built
-- from); `sinotech add` writes new documents into an up-to-date store in one transaction, with
-- the same rows a build would make. Claim ids are readable and stable across rebuilds; nothing here is an autoincrement key.

-- What the store is and what it was built from: format = 'sinotech', fingerprint, built_at, and
-- build_code (the package's modules the build had loaded, one path a line, which the fingerprint
-- checksums).
-- (The file's header carries application_id 0x534E5443, 'SNTC', set by the build: it marks a
-- store as sinotech's even when damage makes this table unreadable.)
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The five bundled documents, with the metadata their corpus README verifies, then the
-- documents the user added (kept in the library beside the store), with what was detected.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,  -- acri-2022, orf-2021, …; added: a slug like bendett-2019
    position        INTEGER NOT NULL,  -- display order: bundled first, then in the order added
    kind            TEXT NOT NULL,     -- ingest path: 'report' (footnoted) or 'article';
                                       -- added: pandoc, webpage, pdf, text, bibliography
    type            TEXT NOT NULL,     -- CSL-JSON item type: report, webpage, article-magazine
    title           TEXT NOT NULL,
    authors         TEXT NOT NULL,     -- JSON array of names as written, e.g. ["John Lee"]
    publisher       TEXT,
    container_title TEXT,
    issued          TEXT,              -- ISO 8601 as precise as known: 2022-11, 2021-05-12
    url             TEXT,
    isbn            TEXT,
    provenance      TEXT NOT NULL,     -- where the metadata was read or verified
    doi             TEXT,
    added           INTEGER NOT NULL,  -- 1 for a document the user added
    filename        TEXT NOT NULL,     -- the file under references/ or the library's files/
    sha256          TEXT NOT NULL      -- of that file, as ingested
);

-- The report's contents table: summary, chapters ('1'…'6'), sections ('2.1'…'5.3'), end matter.
CREATE TABLE sections (
    source   TEXT NOT NULL REFERENCES documents (id),
    number   TEXT NOT NULL,   -- 'summary', '2', '2.1', 'references' …
    position INTEGER NOT NULL,
    title    TEXT NOT NULL,
    page     INTEGER,          -- start page, from the contents table
    kind     TEXT NOT NULL,   -- 'summary', 'chapter', 'section' or 'endmatter'
    parent   TEXT,            -- a section's chapter
    PRIMARY KEY (source, number)
);

-- Paragraphs of running text (markers removed), the context `show` prints around a claim.
CREATE TABLE paragraphs (
    source   TEXT NOT NULL REFERENCES documents (id),
    position INTEGER NOT NULL,  -- 1-based, in document order
    section  TEXT,              -- NULL for articles
    text     TEXT NOT NULL,
    page     INTEGER,           -- the file's page it starts on (PDF); NULL where none
    PRIMARY KEY (source, position)
);

-- Every sentence of running text. The id is source:section:n for the report (n counts within
-- the section, so 'acri-2022:2.1:7'), source:n for articles. The id is the primary key (the
-- table keeps its rowid for the full-text index), so the web view gives each claim a page and
-- links to it from every table that names a claim.
CREATE TABLE claims (
    id           TEXT NOT NULL PRIMARY KEY,
    source       TEXT NOT NULL REFERENCES documents (id),
    section      TEXT,                       -- NULL for articles
    paragraph    INTEGER NOT NULL,           -- paragraphs.position
    position     INTEGER NOT NULL,           -- 1-based, in document order
    text         TEXT NOT NULL,              -- no footnote markers
    duplicate_of TEXT REFERENCES claims (id) -- the same sentence, said first in another document
);
CREATE INDEX claims_by_source ON claims (source, position);
CREATE INDEX claims_by_duplicate ON claims (duplicate_of);

-- The rowids of the claims that repeat another (duplicate_of set): search leaves them out of its
-- ranking with one lookup here per match, where reading each match's row of claims costs a join.
CREATE TABLE repeats (
    rowid INTEGER PRIMARY KEY  -- claims.rowid
);

-- Each document's notes (the report's reference list): note n, verbatim as printed.
CREATE TABLE footnotes (
    source TEXT NOT NULL REFERENCES documents (id),
    n      INTEGER NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (source, n)
);

-- Which claims carry each footnote marker, and where the marker stood in the claim's text. A
-- note is usually marked once; a web page's reference list item may be marked from several
-- sentences, and each of them is linked.
CREATE TABLE claim_footnotes (
    claim       TEXT NOT NULL REFERENCES claims (id),
    source      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    char_offset INTEGER NOT NULL,
    PRIMARY KEY (source, n, claim, char_offset),
    FOREIGN KEY (source, n) REFERENCES footnotes (source, n)
);
CREATE INDEX claim_footnotes_by_claim ON claim_footnotes (claim);

-- Full-text index over claim text: porter stemming over unicode61, so 'sanction' finds
-- 'sanctions', case and diacritics never matter, and S-400 or RISC-V match as token phrases.
CREATE VIRTUAL TABLE claims_fts USING fts5 (
    text,
    content = 'claims',
    content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The bibliography: every work the report's footnotes cite, once, and the corpus documents
-- themselves (so a claim with no footnote still cites its source). `csl` is the CSL-JSON item,
-- whose "id" is the key; the other columns are copies of it for listing and searching.
CREATE TABLE works (
    key       TEXT PRIMARY KEY,   -- Better BibTeX-style: leeStrategicSettings6G2022
    position  INTEGER NOT NULL,   -- the documents first, then by first citation
    type      TEXT NOT NULL,      -- CSL item type
    title     TEXT NOT NULL,
    creators  TEXT NOT NULL,      -- for display: 'Lee, Nouwens and Tay'
    year      INTEGER,
    container TEXT,               -- journal, newspaper, site or book; else the publisher
    et_al     INTEGER NOT NULL,   -- the entries name only the first authors ('et al.')
    source    TEXT REFERENCES documents (id),  -- set when the work is a corpus document
    csl       TEXT NOT NULL
);

-- Each work a footnote cites, in the entry's order: the verbatim text of that citation, its
-- locator ('p. 63') and the corrections a careful reader made to the printed entry.
CREATE TABLE citations (
    source      TEXT NOT NULL,
    n           INTEGER NOT NULL,
    position    INTEGER NOT NULL,
    raw         TEXT NOT NULL,
    locator     TEXT,
    prefix      TEXT,                       -- 'See, for example,' / 'For other examples, see'
    work        TEXT NOT NULL REFERENCES works (key),
    corrections TEXT NOT NULL,              -- JSON array of explanations, usually []
    PRIMARY KEY (source, n, position),
    FOREIGN KEY (source, n) REFERENCES footnotes (source, n)
);
CREATE INDEX citations_by_work ON citations (work);

-- Across sources (sinotech/crossref.py): entities, dates, topics and corroborating claims.

-- The named things claims are about: the reviewed list in sinotech/data/entities.tsv plus the
-- abbreviations the documents define in place ('Hypersonic vehicles (HVs)').
CREATE TABLE entities (
    name      TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,   -- country, place, organisation, programme, technology, person, term
    aliases   TEXT NOT NULL,   -- JSON array, as curated
    harvested TEXT NOT NULL    -- JSON array of abbreviations defined in the documents
);

-- Each mention of an entity in a claim, with the words that named it.
CREATE TABLE claim_entities (
    claim  TEXT NOT NULL REFERENCES claims (id),
    entity TEXT NOT NULL REFERENCES entities (name),
    alias  TEXT NOT NULL
);
CREATE INDEX claim_entities_by_claim ON claim_entities (claim);
CREATE INDEX claim_entities_by_entity ON claim_entities (entity);

-- The dates claims state, normalised: value '2022-03', '2020/2021', 'late 2000s'.
CREATE TABLE claim_dates (
    claim     TEXT NOT NULL REFERENCES claims (id),
    value     TEXT NOT NULL,
    sort_key  TEXT NOT NULL,   -- '2022-03', '2020', '2000'
    qualifier TEXT NOT NULL,   -- in, since, from, by, until, during, before, after, as of, mention
    text      TEXT NOT NULL
);
CREATE INDEX claim_dates_by_claim ON claim_dates (claim);

-- Every claim's topic: its own section for the report, the closest section for an article.
CREATE TABLE claim_topics (
    claim   TEXT PRIMARY KEY REFERENCES claims (id),
    section TEXT NOT NULL,
    score   REAL NOT NULL      -- 1 for the report's own claims; the cosine otherwise
);

-- Links between claims of different documents, both ways round: 'supports' (the same fact),
-- 'contrasts' (the same subject with another figure) or 'candidate' (close, not enough to say;
-- shown by `related --all`), with the score and the reasons (sinotech/corroboration.py). Each
-- claim keeps its best links of each label (25 supports or contrasts, 10 candidates), and a
-- link stays while it is among the best of one of its two claims.
CREATE TABLE related (
    claim TEXT NOT NULL REFERENCES claims (id),
    other TEXT NOT NULL REFERENCES claims (id),
    label TEXT NOT NULL,       -- supports, contrasts or candidate
    score REAL NOT NULL,       -- 0.5 meaning + 0.4 wording + 0.1 subject, each a cosine
    best  INTEGER NOT NULL,    -- 1 when `other` is among `claim`'s best links of the label
    back  INTEGER NOT NULL,    -- 1 when `claim` is among `other`'s (the other row's `best`)
    why   TEXT NOT NULL,       -- JSON: entities, years, figures, dates, words, the three cosines
    PRIMARY KEY (claim, other)
);
CREATE INDEX related_by_label ON related (label, claim);
-- A claim's links without their reasons (which make the table's rows long): how an add reads the
-- links it may push out of their claims' best (sinotech/store/extending.py).
CREATE INDEX related_by_claim ON related (claim, other, label, score, best, back);
-- How many links of each label a claim keeps among its best, and the lowest score among them:
-- an add reads a claim's links only when a new one could enter its best (a claim that keeps
-- its full number of a label, all scoring above the new link, keeps the best it had).
CREATE TABLE kept_links (
    claim   TEXT NOT NULL REFERENCES claims (id),
    label   TEXT NOT NULL,
    kept    INTEGER NOT NULL,  -- the links of the label the claim keeps (`related.best`)
    weakest REAL NOT NULL,     -- the lowest score among them
    PRIMARY KEY (claim, label)
) WITHOUT ROWID;

-- The user's own marks: tags and notes on claims and works. Kept in the library
-- (annotations.json beside the store), which is the record; copied here on every build and
-- whenever one changes, so searches can filter by them and the web view can facet on them.
CREATE TABLE tags (
    target TEXT NOT NULL,   -- a claim id or a work key
    kind   TEXT NOT NULL,   -- 'claim' or 'work'
    tag    TEXT NOT NULL,
    PRIMARY KEY (target, tag)
);
CREATE INDEX tags_by_tag ON tags (tag);

CREATE TABLE notes (
    target  TEXT PRIMARY KEY,  -- a claim id or a work key
    kind    TEXT NOT NULL,     -- 'claim' or 'work'
    text    TEXT NOT NULL,
    updated TEXT NOT NULL      -- ISO 8601, when the user last wrote it
);

-- Citations styled by pandoc's citeproc (`quote --format plain|json`), kept so that a repeated
-- quotation runs no pandoc. Commands write it in place, as they write tags (a store the user
-- cannot write keeps none); a rebuild, which makes a new file, empties it, so what it holds was
-- always rendered from the works the store holds.
CREATE TABLE styled_citations (
    style  TEXT NOT NULL,  -- the style's name and its CSL file's CRC-32: 'apa 1a2b3c4d'
    cites  TEXT NOT NULL,  -- JSON: each quotation's cites (key, locator, suffix), in order
    styled TEXT NOT NULL,  -- JSON: [citations, bibliography entries, whether cited in notes]
    PRIMARY KEY (style, cites)
);

-- The web view's list of claims (`sinotech serve`): each claim with its footnotes, the entities
-- it names and the user's tags as JSON arrays, because Datasette facets the columns of one table
-- or view, and entities and tags live in tables of their own. rowid is the claim's, so the
-- full-text index (claims_fts) searches this view too.
CREATE VIEW claim_index AS
SELECT c.rowid AS rowid, c.id, c.source, c.section, c.text,
       (SELECT json_group_array(n) FROM (
           SELECT n FROM claim_footnotes f WHERE f.claim = c.id ORDER BY f.char_offset
       )) AS footnotes,
       (SELECT json_group_array(entity) FROM (
           SELECT DISTINCT entity FROM claim_entities m WHERE m.claim = c.id ORDER BY entity
       )) AS entities,
       (SELECT json_group_array(tag) FROM (
           SELECT tag FROM tags t WHERE t.target = c.id AND t.kind = 'claim' ORDER BY tag
       )) AS tags,
       c.duplicate_of
FROM claims c JOIN documents d ON d.id = c.source
ORDER BY d.position, c.position;
