-- Ids unique by an index of their own, not by a column constraint.
--
-- The id columns of organizations, people, reports, documents and quotes
-- were declared UNIQUE, which makes an index SQLite keeps for as long as the
-- table lives.  A load rewrites these tables, and ids (slugs of titles and
-- names) arrive in no order: with 100,000 releases the two largest such
-- indexes outgrew the page cache and the load kept writing their pages out
-- and reading them back, about a third of the time it spent writing
-- documents.  A unique index made by CREATE UNIQUE INDEX is the same
-- constraint, but a bulk load can drop it with the others and build it from
-- the sorted rows at the end, which checks every id again.
--
-- SQLite cannot drop a column constraint in place: each table is copied into
-- one declared without it (rowids kept, so the full-text indexes and every
-- reference stay valid), the old one dropped, the copy renamed, and its
-- indexes made again.  The two views that read these tables are dropped
-- first and made again last, unchanged.  Foreign keys are checked once all
-- is done (see db_migrate).

DROP VIEW cross_references;
DROP VIEW document_items;

-- organizations
CREATE TABLE organizations_v6 (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL,
    name           TEXT NOT NULL,
    acronym        TEXT,
    kind           TEXT NOT NULL,
    is_coalition   INTEGER NOT NULL DEFAULT 0,
    n_documents    INTEGER NOT NULL DEFAULT 0,
    n_mentions     INTEGER NOT NULL DEFAULT 0,
    n_quotes       INTEGER NOT NULL DEFAULT 0,
    n_members      INTEGER NOT NULL DEFAULT 0,
    search         TEXT NOT NULL,          -- name, acronym and aliases, for q=
    json           TEXT NOT NULL,
    item           TEXT NOT NULL
);
INSERT INTO organizations_v6 SELECT * FROM organizations;
DROP TABLE organizations;
ALTER TABLE organizations_v6 RENAME TO organizations;
CREATE UNIQUE INDEX organizations_id ON organizations(id);
CREATE INDEX organizations_kind ON organizations(kind, id);
CREATE INDEX organizations_name ON organizations(name, id);
CREATE INDEX organizations_coalition ON organizations(is_coalition, id);
CREATE INDEX organizations_n_documents ON organizations(n_documents, id);
CREATE INDEX organizations_n_mentions ON organizations(n_mentions, id);
CREATE INDEX organizations_n_quotes ON organizations(n_quotes, id);
CREATE INDEX organizations_n_members ON organizations(n_members, id);
CREATE INDEX organizations_coalition_name ON organizations(is_coalition, name, id);

-- people
CREATE TABLE people_v6 (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL,
    name            TEXT NOT NULL,
    title           TEXT,
    organization_id INTEGER REFERENCES organizations(rowid),
    roles           TEXT NOT NULL,         -- JSON array of role names
    n_quotes        INTEGER NOT NULL DEFAULT 0,
    n_documents     INTEGER NOT NULL DEFAULT 0,
    search          TEXT NOT NULL,
    json            TEXT NOT NULL,
    item            TEXT NOT NULL
);
INSERT INTO people_v6 SELECT * FROM people;
DROP TABLE people;
ALTER TABLE people_v6 RENAME TO people;
CREATE UNIQUE INDEX people_id ON people(id);
CREATE INDEX people_organization ON people(organization_id, id);
CREATE INDEX people_name ON people(name, id);
CREATE INDEX people_n_quotes ON people(n_quotes, id);
CREATE INDEX people_n_documents ON people(n_documents, id);

-- reports
CREATE TABLE reports_v6 (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL,
    title         TEXT NOT NULL,
    publisher_id  INTEGER REFERENCES organizations(rowid),
    published     TEXT,
    n_citations   INTEGER NOT NULL DEFAULT 0,
    search        TEXT NOT NULL,
    json          TEXT NOT NULL,
    item          TEXT NOT NULL
);
INSERT INTO reports_v6 SELECT * FROM reports;
DROP TABLE reports;
ALTER TABLE reports_v6 RENAME TO reports;
CREATE UNIQUE INDEX reports_id ON reports(id);
CREATE INDEX reports_publisher ON reports(publisher_id, id);
CREATE INDEX reports_published ON reports(published, id);
CREATE INDEX reports_title ON reports(title, id);
CREATE INDEX reports_n_citations ON reports(n_citations, id);

-- documents
CREATE TABLE documents_v6 (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES sources(rowid) ON DELETE CASCADE,
    title           TEXT NOT NULL,
    kind            TEXT NOT NULL,
    category        TEXT,
    published       TEXT,                  -- ISO date or NULL
    publisher_id    INTEGER REFERENCES organizations(rowid),
    author_id       INTEGER REFERENCES people(rowid),
    body            TEXT NOT NULL,
    word_count      INTEGER NOT NULL,
    json            TEXT NOT NULL,
    item            TEXT NOT NULL
, related TEXT NOT NULL DEFAULT '[]');
INSERT INTO documents_v6 SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
CREATE UNIQUE INDEX documents_id ON documents(id);
CREATE INDEX documents_published ON documents(published, id);
CREATE INDEX documents_title ON documents(title, id);
CREATE INDEX documents_publisher ON documents(publisher_id, published, id);
CREATE INDEX documents_kind ON documents(kind, published, id);
CREATE INDEX documents_category ON documents(category, published, id);
CREATE INDEX documents_word_count ON documents(word_count, id);

-- quotes
CREATE TABLE quotes_v6 (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL,
    document_id     INTEGER NOT NULL REFERENCES documents(rowid),
    seq             INTEGER NOT NULL,      -- order inside its document
    text            TEXT NOT NULL,
    speaker_type    TEXT NOT NULL,         -- person | organization
    person_id       INTEGER REFERENCES people(rowid),
    organization_id INTEGER REFERENCES organizations(rowid),  -- speaker's organization (or the speaker)
    published       TEXT,                  -- the document's date, for from/to
    json            TEXT NOT NULL
);
INSERT INTO quotes_v6 SELECT * FROM quotes;
DROP TABLE quotes;
ALTER TABLE quotes_v6 RENAME TO quotes;
CREATE UNIQUE INDEX quotes_id ON quotes(id);
CREATE INDEX quotes_person ON quotes(person_id, published, id);
CREATE INDEX quotes_organization ON quotes(organization_id, published, id);
CREATE INDEX quotes_published ON quotes(published, id);
CREATE INDEX quotes_seq ON quotes(seq, id);
CREATE INDEX quotes_document_seq ON quotes(document_id, seq, id);

-- The views, as migrations 003 and 004 made them.
CREATE VIEW cross_references (rowid, relation, source_type, source,
    target_type, target, document_id, json) AS
    SELECT e.rowid, e.relation, e.source_type, e.source, e.target_type,
        e.target, e.document_id,
        '{"relation":' || json_quote(e.relation) || ',"source":' || s.json ||
        ',"target":' || t.json || ',"evidence":' ||
        CASE WHEN e.evidence_ref IS NULL THEN 'null'
        ELSE '{"document":' || d.json || ',"snippet":' ||
            json_quote(coalesce(e.snippet,
                substr(b.body, e.start + 1, e."end" - e.start))) ||
            ',"start":' || e.start || ',"end":' || e."end" || '}' END || '}'
    FROM cross_reference_edges e
    LEFT JOIN refs s ON s.rowid = e.source_ref
    LEFT JOIN refs t ON t.rowid = e.target_ref
    LEFT JOIN refs d ON d.rowid = e.evidence_ref
    LEFT JOIN documents b ON b.rowid = e.document_id;

CREATE VIEW document_items (rowid, id, item) AS
    SELECT d.rowid, d.id,
        substr(d.json, 1, length(d.json) - 1) ||
        ',"body":' || json_quote(d.body) ||
        ',"quotes":[' || coalesce((SELECT group_concat(q.json, ',') FROM
            (SELECT json FROM quotes WHERE document_id = d.rowid
             ORDER BY seq) q), '') ||
        '],' || substr(d.item, 2, length(d.item) - 2) ||
        ',"related":[' || coalesce((SELECT group_concat(x, ',') FROM
            (SELECT '{"document":' || json_object('id', o.id, 'url',
                '/v1/documents/' || o.id, 'title', o.title, 'published',
                o.published) || ',"reason":' || json_quote(r.value ->> 1) ||
                '}' AS x
             FROM json_each(d.related) r
             JOIN documents o ON o.rowid = r.value ->> 0
             ORDER BY r.key)), '') || ']}'
    FROM documents d;
