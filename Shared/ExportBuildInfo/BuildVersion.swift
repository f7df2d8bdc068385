/// What `--version` prints on every executable (docs/commands.md §4): the program and the commit
/// it was built from (`buildCommit`, written at build time by `BuildCommitPlugin`).
package enum BuildVersion {
    /// `export-api (commit 3f2a…)`, or `(commit unknown)` when the build could not tell.
    package static func text(_ program: String) -> String {
        "\(program) (commit \(buildCommit))"
    }
}
