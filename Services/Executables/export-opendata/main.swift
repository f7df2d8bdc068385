import ExportOpendata

// `export-opendata` (ExportOpendataMain in Services/opendata).
await ExportOpendataMain.run()
