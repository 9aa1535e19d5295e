-- A document's item form without copies.  Its stored item used to repeat the
-- body (already in documents.body), every quote's JSON (already in quotes)
-- and the references of up to twenty related documents: two thirds of the
-- bytes a load wrote.  Now documents.item keeps only the lists stored
-- nowhere else ({"organizations", "people", "reports"}), related documents
-- are narrow rows, and the view document_items puts the item back together
-- in the same order of keys: the list form, then body, quotes,
-- organizations, people, reports and related.
CREATE TABLE document_related (
    document_id INTEGER NOT NULL REFERENCES documents(rowid),
    seq         INTEGER NOT NULL,      -- order in the item's "related"
    related_id  INTEGER NOT NULL REFERENCES documents(rowid),
    reason      TEXT NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

-- Carry the rows of version 3 over.
INSERT INTO document_related (document_id, seq, related_id, reason)
    SELECT d.rowid, r.key, o.rowid, json_extract(r.value, '$.reason')
    FROM documents d, json_each(d.item, '$.related') r
    JOIN documents o ON o.id = json_extract(r.value, '$.document.id');
UPDATE documents SET item = json_object(
    'organizations', json(coalesce(json_extract(item, '$.organizations'), '[]')),
    'people', json(coalesce(json_extract(item, '$.people'), '[]')),
    'reports', json(coalesce(json_extract(item, '$.reports'), '[]')));

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
                o.published) || ',"reason":' || json_quote(r.reason) || '}' AS x
             FROM document_related r JOIN documents o ON o.rowid = r.related_id
             WHERE r.document_id = d.rowid ORDER BY r.seq)), '') || ']}'
    FROM documents d;
