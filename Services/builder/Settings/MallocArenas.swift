/// glibc's allocator gives each thread that allocates its own arena (up to eight per core). The
/// builder allocates chunks on one thread and frees them on another (formatting, compressing,
/// reading rows), so memory freed in one arena is not reused by the next chunk and the peak grows
/// with the number of rows: 190 MB for a million-row CSV against 92 MB with two arenas, for the
/// same time. Two arenas keep the peak flat.
enum MallocArenas {
    /// glibc's `M_ARENA_MAX` (`<malloc.h>`, which the Glibc module does not bring).
    private static let arenaMaxOption: Int32 = -8

    /// Limits glibc to two arenas; call it before the first thread starts.
    static func limit() {
        #if os(Linux)
        _ = glibcMallopt(arenaMaxOption, 2)
        #endif
    }
}

#if os(Linux)
/// glibc's `int mallopt(int param, int value)`.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
