-- Indexes for the sorts that version 1 left to a scan: organizations by
-- quotes and members, people by documents, reports by citations.
CREATE INDEX organizations_n_quotes ON organizations(n_quotes, id);
CREATE INDEX organizations_n_members ON organizations(n_members, id);
CREATE INDEX people_n_documents ON people(n_documents, id);
CREATE INDEX reports_n_citations ON reports(n_citations, id);
