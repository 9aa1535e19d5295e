-- Indexes for the sorts that still read every row to find a page: quotes by
-- their place in the document (sort=seq, the order of a document's quotes)
-- and coalitions by name.  Each ends with the tie-break key, so a keyset
-- cursor seeks straight to its page.
CREATE INDEX quotes_seq ON quotes(seq, id);
CREATE INDEX quotes_document_seq ON quotes(document_id, seq, id);
CREATE INDEX organizations_coalition_name ON organizations(is_coalition, name, id);
-- quotes_document_seq begins with quotes_document's columns and serves the
-- same lookups: one index to build at each load instead of two.
DROP INDEX quotes_document;
