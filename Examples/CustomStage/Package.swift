// swift-tools-version:6.2
// A downstream package, as a user of Lede would write it: it depends on Lede by path (a
// released package would use `.package(url:from:)`) and uses only Lede's public API.
import PackageDescription

let strict = Context.environment["LEDE_STRICT"] != nil

let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AcmeStages", targets: ["AcmeStages"]),
        .executable(name: "hedges", targets: ["hedges"]),
    ],
    dependencies: [
        .package(name: "Lede", path: "../.."),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "AcmeStages",
            dependencies: [
                .product(name: "Lede", package: "Lede"),
                .product(name: "LedeStages", package: "Lede"),
                .product(name: "PCRE2", package: "Lede"),
            ],
            plugins: [.plugin(name: "LedePatterns", package: "Lede")]
        ),
        .executableTarget(
            name: "hedges",
            dependencies: [
                "AcmeStages",
                .product(name: "Lede", package: "Lede"),
                .product(name: "LedeStages", package: "Lede"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AcmeStagesTests",
            dependencies: [
                "AcmeStages",
                .product(name: "Lede", package: "Lede"),
                .product(name: "LedeStages", package: "Lede"),
                .product(name: "LedeTesting", package: "Lede"),
            ]
        ),
    ]
)

for target in package.targets where target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings += [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    ]
    if strict {
        settings += [.treatWarning("ExplicitSendable", as: .error), .treatAllWarnings(as: .error)]
    }
    target.swiftSettings = settings
}
