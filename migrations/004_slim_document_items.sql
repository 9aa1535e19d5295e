-- A document's item form without copies.  Its stored item used to repeat the
-- body (already in documents.body), every quote's JSON (already in quotes)
-- and the references of up to twenty related documents: two thirds of the
-- bytes a load wrote.  Now documents.item keeps only the lists stored
-- nowhere else ({"organizations", "people", "reports"}), documents.related
-- lists the related documents by row and reason ([[rowid, "reason"], ...]),
-- and the view document_items puts the item back together in the same order
-- of keys: the list form, then body, quotes, organizations, people, reports
-- and related.
ALTER TABLE documents ADD COLUMN related TEXT NOT NULL DEFAULT '[]';

-- Carry the rows of version 3 over.
UPDATE documents SET related = coalesce((
    SELECT json_group_array(json_array(x.rowid, x.reason)) FROM (
        SELECT o.rowid AS rowid, json_extract(r.value, '$.reason') AS reason
        FROM json_each(documents.item, '$.related') r
        JOIN documents o ON o.id = json_extract(r.value, '$.document.id')
        ORDER BY r.key) x), '[]');
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
                o.published) || ',"reason":' || json_quote(r.value ->> 1) ||
                '}' AS x
             FROM json_each(d.related) r
             JOIN documents o ON o.rowid = r.value ->> 0
             ORDER BY r.key)), '') || ']}'
    FROM documents d;
