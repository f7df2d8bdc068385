import ExportAPI

// `export-api` (ExportAPIMain in Services/api).
await ExportAPIMain.run()
