-- The pending limit (docs/validation.md §8) counts a user's exports still waiting or running at every
-- create, inside the creating transaction. This partial index holds only those rows, so the
-- count reads at most EXPORT_MAX_PENDING_PER_USER entries whatever the user's history.

CREATE INDEX exports_unfinished_by_creator_idx ON export.exports (created_by)
    WHERE status IN ('pending', 'processing', 'uploading', 'sending');
