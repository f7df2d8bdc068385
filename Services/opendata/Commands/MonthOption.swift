import ArgumentParser

/// `--month YYYY-MM`, shared by the open-data commands.
struct MonthOption: ParsableArguments {
    @Option(help: "The month, YYYY-MM (default: the latest month that ended EXPORT_MAX_END_DAYS days ago, in Paris).")
    var month: String?
}
