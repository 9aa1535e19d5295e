-- Sources listed by content hash from an index of their own.
--
-- Each rebuild lists the sources in content-hash order (the same content
-- under two names is one source), and each load first lists their paths
-- and hashes.  Both read every row of sources, and a row carries the file's
-- whole extraction: with 100,000 releases, a gigabyte read to list a few
-- megabytes.  This index holds what the two lists need, in the order the
-- rebuild wants, so either is a scan of the index alone.

CREATE INDEX sources_sha256 ON sources(sha256, path, name);
