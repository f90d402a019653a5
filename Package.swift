// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "Lede",
    // Mutex (the Synchronization module) needs macOS 15; Linux has no minimum.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Lede", targets: ["Lede"]),
        .library(name: "LedeStages", targets: ["LedeStages"]),
        .library(name: "LedeJSON", targets: ["LedeJSON"]),
        .library(name: "LedeReport", targets: ["LedeReport"]),
        .library(name: "LedeTesting", targets: ["LedeTesting"]),
        .library(name: "PCRE2", targets: ["PCRE2"]),
        .executable(name: "summarize", targets: ["summarize"]),
        .executable(name: "quotes", targets: ["quotes"]),
        .executable(name: "lede-patterns", targets: ["lede-patterns"]),
        .plugin(name: "LedePatterns", targets: ["LedePatterns"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // MARK: C shims

        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),

        // MARK: Libraries

        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        .target(name: "Lede"),
        .target(name: "LedeStages", dependencies: ["Lede", "PCRE2"], plugins: [.plugin(name: "LedePatterns")]),
        // The versioned machine-readable output: records, their fast writer, the JSON Lines reader.
        .target(name: "LedeJSON", dependencies: ["Lede"]),
        // One self-contained HTML page of the analyses; its CSS and script are embedded at build time.
        .target(
            name: "LedeReport",
            dependencies: ["Lede"],
            resources: [
                .embedInCode("Resources/report.css"), .embedInCode("Resources/report.js"),
                .embedInCode("Resources/legend.html"),
            ]
        ),
        .target(name: "LedeTesting", dependencies: ["Lede"]),
        .target(name: "LedePatternsCore", dependencies: ["PCRE2"]),
        // Summary evaluation (ROUGE, corpus readers) for the benchmarks; not a product.
        .target(name: "LedeEvaluation", dependencies: ["Lede", "LedeStages"]),

        // MARK: Plugins

        // plugin → executable → library: the plugin only plans commands; the tool runs them.
        .plugin(name: "LedePatterns", capability: .buildTool(), dependencies: ["lede-patterns"]),
        .executableTarget(name: "lede-patterns", dependencies: ["LedePatternsCore"]),

        // MARK: Examples

        .target(name: "LedeExampleSupport", dependencies: ["Lede"], path: "Examples/ExampleSupport"),
        .executableTarget(
            name: "summarize",
            dependencies: [
                "Lede", "LedeStages", "LedeJSON", "LedeReport", "LedeExampleSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/summarize"
        ),
        .executableTarget(
            name: "quotes",
            dependencies: [
                "Lede", "LedeStages", "LedeJSON", "LedeReport", "LedeExampleSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Examples/quotes"
        ),

        // MARK: Benchmarks

        .executableTarget(
            name: "lede-evaluate",
            dependencies: [
                "LedeEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/lede-evaluate"
        ),
        .executableTarget(
            name: "lede-benchmark",
            dependencies: [
                "Lede", "LedeStages", "LedeJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/lede-benchmark"
        ),

        // MARK: Tests

        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "LedeTests", dependencies: ["Lede", "LedeTesting"]),
        .testTarget(name: "LedeStagesTests", dependencies: ["Lede", "LedeStages", "LedeTesting", "PCRE2"]),
        .testTarget(name: "LedeJSONTests", dependencies: ["LedeJSON", "Lede", "LedeStages", "LedeTesting"]),
        .testTarget(name: "LedeReportTests", dependencies: ["LedeReport", "Lede", "LedeStages", "LedeTesting"]),
        .testTarget(name: "LedeTestingTests", dependencies: ["LedeTesting"]),
        .testTarget(
            name: "LedePatternsCoreTests",
            dependencies: ["LedePatternsCore", "PCRE2"],
            plugins: [.plugin(name: "LedePatterns")]
        ),
        .testTarget(
            name: "LedeEvaluationTests",
            dependencies: ["LedeEvaluation", "Lede", "LedeStages", "LedeTesting"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "LedeExampleSupportTests",
            dependencies: ["Lede", "LedeExampleSupport"],
            path: "Tests/LedeExampleSupportTests"
        ),
        // Runs the built `summarize` as a child process; depending on it builds it first.
        .testTarget(name: "SummarizeTests", dependencies: ["summarize", "quotes"]),
    ]
)

// Upcoming features for every target of ours; warnings become errors only under
// LEDE_STRICT (set by .ci/run), so that packages depending on Lede never inherit
// `-warnings-as-errors`.
let strict = Context.environment["LEDE_STRICT"] != nil
for target in package.targets where target.type != .system && target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings += [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    if strict {
        settings += [
            .treatWarning("ExplicitSendable", as: .error),
            .treatAllWarnings(as: .error),
        ]
    }
    target.swiftSettings = settings
}
