-- Cross-references as narrow rows.  An edge used to carry its whole JSON,
-- repeating the references of both ends and of its evidence document and a
-- snippet cut from that document's body: most of the bytes a load wrote.
-- Now each reference is stored once, in refs; an edge points at its ends'
-- and its document's references and keeps the snippet only when it is not
-- exactly the body's text between start and end (character offsets).  The
-- view cross_references puts the same JSON back together, byte for byte.
CREATE TABLE refs (
    rowid  INTEGER PRIMARY KEY,
    json   TEXT NOT NULL               -- {"id","url","name","type"} or a document ref
);

CREATE TABLE cross_reference_edges (
    rowid         INTEGER PRIMARY KEY,
    relation      TEXT NOT NULL,
    source_type   TEXT NOT NULL,
    source        TEXT NOT NULL,       -- the source resource's id
    target_type   TEXT NOT NULL,
    target        TEXT NOT NULL,
    document_id   INTEGER REFERENCES documents(rowid),  -- evidence document
    source_ref    INTEGER NOT NULL REFERENCES refs(rowid),
    target_ref    INTEGER NOT NULL REFERENCES refs(rowid),
    evidence_ref  INTEGER REFERENCES refs(rowid),       -- its document's ref
    start         INTEGER,
    "end"         INTEGER,
    snippet       TEXT                 -- NULL: the body's text at start..end
);

-- Carry the rows of version 2 over.
CREATE INDEX refs_migrating ON refs(json);
INSERT INTO refs (json)
    SELECT json_extract(json, '$.source') FROM cross_references
    UNION SELECT json_extract(json, '$.target') FROM cross_references
    UNION SELECT json_extract(json, '$.evidence.document') FROM cross_references
        WHERE json_extract(json, '$.evidence.document') IS NOT NULL;
INSERT INTO cross_reference_edges (rowid, relation, source_type, source,
    target_type, target, document_id, source_ref, target_ref, evidence_ref,
    start, "end", snippet)
    SELECT x.rowid, x.relation, x.source_type, x.source, x.target_type,
        x.target, x.document_id,
        (SELECT rowid FROM refs WHERE json = json_extract(x.json, '$.source')),
        (SELECT rowid FROM refs WHERE json = json_extract(x.json, '$.target')),
        (SELECT rowid FROM refs
            WHERE json = json_extract(x.json, '$.evidence.document')),
        json_extract(x.json, '$.evidence.start'),
        json_extract(x.json, '$.evidence.end'),
        json_extract(x.json, '$.evidence.snippet')
    FROM cross_references x;
UPDATE cross_reference_edges SET snippet = NULL
    WHERE snippet = (SELECT substr(d.body, start + 1, "end" - start)
        FROM documents d WHERE d.rowid = document_id);
DROP INDEX refs_migrating;
DROP TABLE cross_references;

CREATE INDEX cross_references_relation ON cross_reference_edges(relation, rowid);
CREATE INDEX cross_references_source ON cross_reference_edges(source, rowid);
CREATE INDEX cross_references_target ON cross_reference_edges(target, rowid);
CREATE INDEX cross_references_document ON cross_reference_edges(document_id, rowid);

-- Outer joins throughout, each on a primary key: a count(*) over the view
-- reads the edges alone.
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
