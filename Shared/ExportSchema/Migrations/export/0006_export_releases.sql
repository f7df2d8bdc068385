-- How many times builders gave the export back at shutdown without spending an attempt. Past
-- ExportQueue.maxReleases a shutdown spends the attempt (docs/builder.md, "Shutdown"), so that an
-- export interrupted by every deployment ends instead of coming back forever.
ALTER TABLE export.exports ADD COLUMN releases integer NOT NULL DEFAULT 0;
