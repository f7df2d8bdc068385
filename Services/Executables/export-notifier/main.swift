import ExportNotifier

// `export-notifier` (ExportNotifierMain in Services/notifier).
await ExportNotifierMain.run()
