import ExportJanitor

// `export-janitor` (ExportJanitorMain in Services/janitor).
await ExportJanitorMain.run()
