-- pressroom schema, version 1.
--
-- Two layers.  `sources` keeps, per loaded file, what the extractor made of it
-- (its JSON), keyed by the file's content hash.  Everything else is derived:
-- after every load the store rebuilds the entity tables from all sources at
-- once, so IDs and merges do not depend on the order files were loaded in.
--
-- Every derived row carries `json`, its list-form representation exactly as the
-- API serves it, and item tables also `item`, the single-item form.  The data
-- is read-only between loads, so answers are assembled from these, and the
-- other columns exist to filter, sort and join.

CREATE TABLE sources (
    rowid       INTEGER PRIMARY KEY,
    path        TEXT NOT NULL UNIQUE,     -- canonical path the file was loaded from
    name        TEXT NOT NULL,            -- its base name, as shown in the API
    sha256      TEXT NOT NULL,
    bytes       INTEGER NOT NULL,
    extraction  TEXT NOT NULL,            -- the extractor's JSON for this file
    loaded_at   TEXT NOT NULL
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE organizations (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
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
CREATE INDEX organizations_kind ON organizations(kind, id);
CREATE INDEX organizations_name ON organizations(name, id);
CREATE INDEX organizations_coalition ON organizations(is_coalition, id);
CREATE INDEX organizations_n_documents ON organizations(n_documents, id);
CREATE INDEX organizations_n_mentions ON organizations(n_mentions, id);

CREATE TABLE people (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
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
CREATE INDEX people_organization ON people(organization_id, id);
CREATE INDEX people_name ON people(name, id);
CREATE INDEX people_n_quotes ON people(n_quotes, id);

CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people(rowid),
    role      TEXT NOT NULL,
    PRIMARY KEY (role, person_id)
) WITHOUT ROWID;

CREATE TABLE documents (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
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
);
CREATE INDEX documents_published ON documents(published, id);
CREATE INDEX documents_title ON documents(title, id);
CREATE INDEX documents_publisher ON documents(publisher_id, published, id);
CREATE INDEX documents_kind ON documents(kind, published, id);
CREATE INDEX documents_category ON documents(category, published, id);
CREATE INDEX documents_word_count ON documents(word_count, id);

CREATE TABLE document_organizations (
    document_id     INTEGER NOT NULL REFERENCES documents(rowid),
    organization_id INTEGER NOT NULL REFERENCES organizations(rowid),
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (organization_id, document_id)
) WITHOUT ROWID;
CREATE INDEX document_organizations_doc ON document_organizations(document_id);

CREATE TABLE document_people (
    document_id INTEGER NOT NULL REFERENCES documents(rowid),
    person_id   INTEGER NOT NULL REFERENCES people(rowid),
    PRIMARY KEY (person_id, document_id)
) WITHOUT ROWID;
CREATE INDEX document_people_doc ON document_people(document_id);

CREATE TABLE quotes (
    rowid           INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    document_id     INTEGER NOT NULL REFERENCES documents(rowid),
    seq             INTEGER NOT NULL,      -- order inside its document
    text            TEXT NOT NULL,
    speaker_type    TEXT NOT NULL,         -- person | organization
    person_id       INTEGER REFERENCES people(rowid),
    organization_id INTEGER REFERENCES organizations(rowid),  -- speaker's organization (or the speaker)
    published       TEXT,                  -- the document's date, for from/to
    json            TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes(document_id, seq);
CREATE INDEX quotes_person ON quotes(person_id, published, id);
CREATE INDEX quotes_organization ON quotes(organization_id, published, id);
CREATE INDEX quotes_published ON quotes(published, id);

CREATE TABLE reports (
    rowid         INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    publisher_id  INTEGER REFERENCES organizations(rowid),
    published     TEXT,
    n_citations   INTEGER NOT NULL DEFAULT 0,
    search        TEXT NOT NULL,
    json          TEXT NOT NULL,
    item          TEXT NOT NULL
);
CREATE INDEX reports_publisher ON reports(publisher_id, id);
CREATE INDEX reports_published ON reports(published, id);
CREATE INDEX reports_title ON reports(title, id);

CREATE TABLE citations (
    rowid       INTEGER PRIMARY KEY,
    report_id   INTEGER NOT NULL REFERENCES reports(rowid),
    document_id INTEGER NOT NULL REFERENCES documents(rowid),
    json        TEXT NOT NULL            -- {"document": ref, "context": ...}
);
CREATE INDEX citations_report ON citations(report_id, rowid);
CREATE INDEX citations_document ON citations(document_id);

CREATE TABLE memberships (
    coalition_id INTEGER NOT NULL REFERENCES organizations(rowid),
    member_id    INTEGER NOT NULL REFERENCES organizations(rowid),
    PRIMARY KEY (coalition_id, member_id)
) WITHOUT ROWID;
CREATE INDEX memberships_member ON memberships(member_id);

CREATE TABLE cross_references (
    rowid        INTEGER PRIMARY KEY,
    relation     TEXT NOT NULL,
    source_type  TEXT NOT NULL,
    source       TEXT NOT NULL,            -- the source resource's id
    target_type  TEXT NOT NULL,
    target       TEXT NOT NULL,
    document_id  INTEGER REFERENCES documents(rowid),  -- evidence document
    json         TEXT NOT NULL
);
CREATE INDEX cross_references_relation ON cross_references(relation, rowid);
CREATE INDEX cross_references_source ON cross_references(source, rowid);
CREATE INDEX cross_references_target ON cross_references(target, rowid);
CREATE INDEX cross_references_document ON cross_references(document_id, rowid);

-- Full text: document titles and bodies, quote texts.  External-content tables
-- over the rows above, filled by the store after each rebuild.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, content='documents', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE organizations_fts USING fts5(
    search, content='organizations', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE people_fts USING fts5(
    search, content='people', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE reports_fts USING fts5(
    search, content='reports', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2');
