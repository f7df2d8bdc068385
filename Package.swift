// swift-tools-version:6.2
import Foundation
import PackageDescription

/// Settings every target of the package compiles with: Swift 6 language mode (strict concurrency)
/// and imports that stay internal unless a file says `package import`, so that no C type leaks
/// out of the wrapper that owns its library.
let commonSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    // A warning in the project's own code fails the build, debug (the test command) and release
    // (the image the deployment test builds) alike; the dependencies' warnings are theirs.
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Products of the packages the services share.
enum Dep {
    static let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
    static let configuration = Target.Dependency.product(name: "Configuration", package: "swift-configuration")
    static let hummingbird = Target.Dependency.product(name: "Hummingbird", package: "hummingbird")
    static let httpTypes = Target.Dependency.product(name: "HTTPTypes", package: "swift-http-types")
    static let logging = Target.Dependency.product(name: "Logging", package: "swift-log")
    static let metrics = Target.Dependency.product(name: "Metrics", package: "swift-metrics")
    static let nioPosix = Target.Dependency.product(name: "NIOPosix", package: "swift-nio")
    static let nioCore = Target.Dependency.product(name: "NIOCore", package: "swift-nio")
    static let prometheus = Target.Dependency.product(name: "Prometheus", package: "swift-prometheus")
    static let serviceLifecycle = Target.Dependency.product(
        name: "ServiceLifecycle", package: "swift-service-lifecycle")
    static let unixSignals = Target.Dependency.product(name: "UnixSignals", package: "swift-service-lifecycle")
    static let jwtKit = Target.Dependency.product(name: "JWTKit", package: "jwt-kit")
    static let mustache = Target.Dependency.product(name: "Mustache", package: "swift-mustache")
}

/// A library target under `Shared/<name>`.
func shared(
    _ name: String, _ dependencies: [Target.Dependency], resources: [Resource]? = nil,
    plugins: [Target.PluginUsage]? = nil
) -> Target {
    .target(
        name: name,
        dependencies: dependencies,
        path: "Shared/\(name)",
        resources: resources,
        swiftSettings: commonSettings,
        plugins: plugins
    )
}

/// A C library from Debian under `Shared/<name>`, found with pkg-config.
func systemLibrary(_ name: String, pkgConfig: String, apt: [String]) -> Target {
    .systemLibrary(name: name, path: "Shared/\(name)", pkgConfig: pkgConfig, providers: [.apt(apt)])
}

/// One service: the library `<module>` built from `Services/<folder>` (its command and everything
/// it runs), with the base dependencies every service has (command line, configuration,
/// lifecycle, logging, health and metrics) plus its own, and the executable `export-<folder>`
/// that runs it (`Services/Executables/export-<folder>/main.swift`).
func service(
    _ folder: String, module: String, _ dependencies: [Target.Dependency], resources: [Resource]? = nil
) -> (product: Product, targets: [Target]) {
    let base: [Target.Dependency] = [
        "ExportConfiguration", "ExportModels", "ExportRuntime", "ExportBuildInfo", "ExportLogging", Dep.argumentParser,
        Dep.configuration,
        Dep.hummingbird, Dep.logging, Dep.serviceLifecycle,
    ]
    return (
        .executable(name: "export-\(folder)", targets: ["\(module)Executable"]),
        [
            .target(
                name: module,
                dependencies: base + dependencies,
                path: "Services/\(folder)",
                resources: resources,
                swiftSettings: commonSettings
            ),
            .executableTarget(
                name: "\(module)Executable",
                dependencies: [.target(name: module)],
                path: "Services/Executables/export-\(folder)",
                swiftSettings: commonSettings
            ),
        ]
    )
}

let services = [
    service(
        "api", module: "ExportAPI",
        [
            "ExportCrypto", "ExportNotifierClient", "ExportPostgres", "ExportSchema", "ExportSeeder", "ExportStorage",
            "ExportStore", "ExportTime", "ExportTokens", "ExportTrips", Dep.httpTypes, Dep.jwtKit, Dep.nioCore,
            Dep.prometheus,
        ], resources: [.copy("WebApp")]),
    service(
        "builder", module: "ExportBuilder",
        [
            "ExportNotifierClient", "ExportOpendataFile", "ExportPostgres", "ExportStorage", "ExportStore",
            "ExportTime", "ExportTrips", Dep.metrics,
        ]),
    service(
        "notifier", module: "ExportNotifier",
        [
            "ExportPostgres", "ExportStore", "ExportCurl", "ExportCrypto",
            "ExportTokens", Dep.mustache, Dep.metrics,
        ], resources: [.copy("Templates")]),
    service("janitor", module: "ExportJanitor", ["ExportPostgres", "ExportStorage", "ExportStore", Dep.metrics]),
    service(
        "opendata", module: "ExportOpendata",
        [
            "ExportPostgres", "ExportStorage", "ExportStore", "ExportCurl",
            "ExportCrypto", "ExportOpendataFile", Dep.metrics, Dep.nioPosix,
        ]),
]

/// True when `folder` exists in the package: the container image is built from a context with
/// neither the benchmarks nor the tests (see `.dockerignore`), and so without their targets.
func hasFolder(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: Context.packageDirectory + "/" + folder)
}

/// The benchmark executable, when `Benchmarks/` is present.
let benchmarkProducts: [Product] =
    hasFolder("Benchmarks") ? [.executable(name: "export-bench", targets: ["ExportBench"])] : []

/// The benchmark's target, when `Benchmarks/` is present.
let benchmarkTargets: [Target] =
    hasFolder("Benchmarks")
    ? [
        .executableTarget(
            name: "ExportBench",
            dependencies: ["ExportModels", "ExportPostgres", "ExportSchema", "ExportSeeder", "ExportTrips", Dep.argumentParser,
                Dep.logging],
            path: "Benchmarks/ExportBench",
            swiftSettings: commonSettings
        )
    ] : []

/// The tests, when `Tests/` is present: the unit tests of the shared modules and of the services'
/// modules, which need nothing but the build, and the integration tests, which need the test
/// bench (PostgreSQL, the stand-ins, the built executables).
let testTargets: [Target] =
    hasFolder("Tests")
    ? [
        .testTarget(
            name: "ExportUnitTests",
            dependencies: [
                "ExportConfiguration", "ExportModels", "ExportRuntime", "ExportCrypto", "ExportStorage", "ExportSeeder",
                "ExportPostgres", "ExportFiles", "ExportLogging", "ExportNotifierClient", "ExportOpendataFile",
                "ExportStore", "ExportTime", "ExportTrips", Dep.configuration, Dep.logging,
            ],
            path: "Tests/ExportUnitTests",
            swiftSettings: commonSettings
        ),
        .testTarget(
            name: "ExportServiceUnitTests",
            dependencies: [
                "ExportAPI", "ExportBuilder", "ExportJanitor", "ExportNotifier", "ExportOpendata", "ExportCurl",
                "ExportModels", "ExportTrips", Dep.configuration,
            ],
            path: "Tests/ExportServiceUnitTests",
            swiftSettings: commonSettings
        ),
        .testTarget(
            name: "ExportIntegrationTests",
            dependencies: [
                "ExportPostgres", "ExportSchema", "ExportSeeder", "ExportStorage", "ExportStore", "ExportCurl",
                "ExportCrypto", "ExportModels", "ExportFiles", "ExportTrips", Dep.logging, Dep.configuration,
                "ExportAPI", "ExportRuntime", Dep.jwtKit, Dep.hummingbird, "ExportJanitor", "ExportBuilder",
                "ExportNotifier", "ExportOpendata", "ExportTokens", "ExportNotifierClient", "ExportOpendataFile",
                "ExportConfiguration",
            ],
            path: "Tests/ExportIntegrationTests",
            swiftSettings: commonSettings
        )
    ] : []

let package = Package(
    name: "rpc-export",
    platforms: [.macOS(.v15)],
    products: services.map(\.product) + [
        .executable(name: "rpc-export", targets: ["RPCExport"])
    ] + benchmarkProducts,
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.2.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: services.flatMap(\.targets) + [
        // The five services in one binary, for the container image (docs/deployment.md §1).
        .executableTarget(
            name: "RPCExport",
            dependencies: ["ExportAPI", "ExportBuilder", "ExportNotifier", "ExportJanitor", "ExportOpendata"],
            path: "Services/Executables/rpc-export",
            swiftSettings: commonSettings
        ),
        systemLibrary("CLibPQ", pkgConfig: "libpq", apt: ["libpq-dev"]),
        systemLibrary("CCurl", pkgConfig: "libcurl", apt: ["libcurl4-openssl-dev"]),
        systemLibrary("COpenSSL", pkgConfig: "openssl", apt: ["libssl-dev"]),
        systemLibrary("CMinizip", pkgConfig: "minizip", apt: ["libminizip-dev"]),
        systemLibrary("CIsal", pkgConfig: "libisal", apt: ["libisal-dev"]),
        shared("ExportModels", ["ExportTime"]),
        // The typed reads that name the bad variable, and the settings several services share
        // (docs/configuration.md §3).
        shared("ExportConfiguration", [Dep.configuration]),
        // Civil dates and durations: the calendar arithmetic and millisecond counts, once.
        shared("ExportTime", []),
        // The build's commit, for `--version` (docs/commands.md §4), written by the plugin below.
        shared("ExportBuildInfo", [], plugins: ["BuildCommitPlugin"]),
        .plugin(name: "BuildCommitPlugin", capability: .buildTool(), path: "Shared/ExportBuildCommit"),
        shared(
            "ExportRuntime",
            [
                "ExportConfiguration", "ExportPostgres", "ExportSchema", "ExportCurl", "ExportLogging",
                Dep.argumentParser, Dep.configuration,
                Dep.hummingbird, Dep.logging, Dep.metrics, Dep.prometheus,
                Dep.serviceLifecycle, Dep.unixSignals,
            ]),
        shared("ExportCrypto", ["COpenSSL"]),
        // The call that wakes the notifier after e-mails were queued (docs/emails.md §1).
        shared(
            "ExportNotifierClient",
            ["ExportConfiguration", "ExportCurl", "ExportLogging", Dep.configuration, Dep.logging]),
        shared("ExportTokens", ["ExportConfiguration", "ExportCrypto", Dep.configuration, Dep.jwtKit]),
        // The metadata keys of every log line (docs/logs.md), below every target that logs.
        shared("ExportLogging", ["ExportTime", Dep.logging]),
        shared("ExportCurl", ["CCurl", "ExportLogging", "ExportTime", Dep.logging]),
        shared(
            "ExportPostgres",
            [
                "CLibPQ", "ExportConfiguration", "ExportLogging", "ExportTime", Dep.logging, Dep.nioPosix,
                Dep.nioCore, Dep.configuration,
            ]),
        shared(
            "ExportStorage",
            [
                "ExportConfiguration", "ExportCurl", "ExportCrypto", "ExportLogging", Dep.logging, Dep.configuration,
                Dep.nioPosix,
            ]),
        shared(
            "ExportSchema", ["ExportPostgres", "ExportCrypto", "ExportLogging", Dep.logging],
            resources: [.copy("Migrations")]),
        shared("ExportStore", ["ExportModels", "ExportPostgres"]),
        shared("ExportSeeder", ["ExportLogging", "ExportModels", "ExportPostgres", "ExportTime", Dep.logging]),
        shared("ExportFiles", ["CIsal", "CMinizip", "ExportTime", Dep.nioPosix]),
        // The open-data file and its description (docs/opendata.md), built by the builder and
        // published by export-opendata.
        shared(
            "ExportOpendataFile",
            [
                "ExportCrypto", "ExportFiles", "ExportLogging", "ExportModels", "ExportPostgres", "ExportTime",
                "ExportTrips", Dep.configuration, Dep.logging, Dep.nioPosix,
            ]),
        shared(
            "ExportTrips",
            [
                "ExportCrypto", "ExportFiles", "ExportLogging", "ExportModels", "ExportPostgres", "ExportTime",
                Dep.logging, Dep.nioPosix,
            ]),
    ]
        + benchmarkTargets + testTargets
)
