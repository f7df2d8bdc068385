/// glibc's allocator gives each thread that allocates its own arena (up to eight per core). The
/// builder allocates chunks on one thread and frees them on another (formatting, compressing,
/// reading rows), so memory freed in one arena is not reused by the next chunk and the peak grows
/// with the number of rows: 190 MB for a million-row CSV against 92 MB with two arenas, for the
/// same time.
///
/// The limit binds only arenas created after it: glibc gives an arena to every thread that
/// allocates while no limit is set, and keeps it. Called from the subcommands' `run()`, it came
/// after the concurrency pool's threads had taken arenas of their own (four in all during a
/// million-row export); called first thing in `ExportBuilderMain.run()`, two or three. Fewer
/// arenas still keep free holes: `releaseFreePages()` gives them back (docs/benchmarks.md §2,
/// "Memory").
enum MallocArenas {
    /// glibc's `M_ARENA_MAX` (`<malloc.h>`, which the Glibc module does not bring).
    private static let arenaMaxOption: Int32 = -8

    /// Limits glibc to two arenas; call it before the first thread starts.
    static func limit() {
        #if os(Linux)
        _ = glibcMallopt(arenaMaxOption, 2)
        #endif
    }

    /// Gives the whole free pages inside the arenas back to the system (`malloc_trim(0)`). Rows
    /// are allocated on one thread and freed on another, between longer-lived blocks, so the
    /// arenas fill with free holes that glibc keeps: at a million rows, 13 to 20 MB of the RSS
    /// was free memory of the arenas (docs/benchmarks.md §2, "Memory"). Called once a second
    /// while rows are written.
    static func releaseFreePages() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `int mallopt(int param, int value)`.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// glibc's `int malloc_trim(size_t pad)`.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
