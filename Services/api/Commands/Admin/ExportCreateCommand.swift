import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore
import Foundation

/// `export-api export:create`: orders an export as an admin, with the API's validation.
struct ExportCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:create", abstract: "Create an export as an admin and print its uuid.")

    @Option(help: "The export's type") var type: OrderedType = .registry
    @Option(help: "First day (YYYY-MM-DD, midnight in --tz) or RFC 3339 instant") var start: String
    @Option(help: "Day or instant excluded") var end: String
    @Option(help: "IANA time zone") var tz: String = "Europe/Paris"
    @Option(name: .customLong("operator"), help: "Operator id (repeatable)") var operators: [Int] = []
    @Option(name: .customLong("geo"), help: "Geo selector level:code, e.g. com:91471 (repeatable)") var geo: [String] =
        []
    @Option(name: .customLong("territory"), help: "Territory id (repeatable)") var territories: [Int] = []
    @Option(name: .customLong("recipient"), help: "\"Name <mail>\" or mail (repeatable)") var recipients: [String] = []
    @Option(help: "The file's format") var format: ExportFormat = .xlsx
    @Flag(help: "Pass the date limits") var force = false
    @Flag(help: "Show a progress bar until the export ends") var wait = false

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run {
            let body = try CreateExportBody(
                startAt: CommandDates.instant(start, tz: tz), endAt: CommandDates.instant(end, tz: tz), tz: tz,
                format: format.rawValue, operatorID: operators, territoryID: territories,
                geoSelector: try geoSelector(),
                recipients: recipients)
            let draft = try ExportRequestValidator(limits: session.limits.dates)
                .validate(body, fallbackEmail: nil, recipientsOptional: true, force: force)
            let record = try await session.withUpstream { upstream in
                try await ExportOrdering(pool: session.context.pool, upstream: upstream, limits: session.limits)
                    .create(draft, caller: try caller(session), createdBy: session.actor)
            }
            print(record.uuid.uuidString.lowercased())
            if wait { try await ExportProgress.follow(record.uuid, pool: session.context.pool) }
        }
    }

    /// The caller whose rules fit `--type`: an operator or a territory for those types, else the admin.
    private func caller(_ session: AdminSession) throws -> Caller {
        switch type {
        case .registry: return session.caller
        case .operator where operators.count == 1:
            return Caller(subject: session.actor, role: .operator, operatorID: operators[0])
        case .territory where territories.count == 1:
            return Caller(subject: session.actor, role: .territory, territoryID: territories[0])
        case .operator: throw ValidationError("--type operator needs exactly one --operator")
        case .territory: throw ValidationError("--type territory needs exactly one --territory")
        }
    }

    /// `--geo level:code` options as a selector body.
    private func geoSelector() throws -> [String: [String]] {
        try geo.reduce(into: [:]) { selector, item in
            let parts = item.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw ValidationError("--geo must read level:code (got \(item))") }
            selector[parts[0], default: []].append(parts[1])
        }
    }
}
