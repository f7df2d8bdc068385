extension Duration {
    /// The duration in whole milliseconds, rounded toward zero: libcurl's `_MS` options and the
    /// `*_ms` fields of the logs (docs/logs.md §3) take it.
    package var wholeMilliseconds: Int {
        Int(components.seconds) * 1000 + Int(components.attoseconds / 1_000_000_000_000_000)
    }
}
