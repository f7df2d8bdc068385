import ExportBuilder

// `export-builder` (ExportBuilderMain in Services/builder).
await ExportBuilderMain.run()
