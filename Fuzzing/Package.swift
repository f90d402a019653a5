// swift-tools-version:6.2
// Lede's libFuzzer harnesses: a separate package, built only by `.ci/fuzz` with
// AddressSanitizer and libFuzzer's coverage instrumentation on every target, so that the library's own build is
// unaffected. See `.ci/fuzz` and CONTRIBUTING.md.
import PackageDescription

let package = Package(
    name: "LedeFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Lede", path: "..")
    ],
    targets: [
        // The checks, kept apart from the entry points so that they can be read and run alone.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "Lede", package: "Lede"),
                .product(name: "LedeStages", package: "Lede"),
                .product(name: "LedeJSON", package: "Lede"),
            ]
        ),
        // libFuzzer supplies `main` and the coverage runtime: linked into these two only, so that
        // the build tool the patterns plugin runs (built with the same compiler flags) links.
        .executableTarget(
            name: "fuzz-document",
            dependencies: ["FuzzSupport"],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
        .executableTarget(
            name: "fuzz-jsonl",
            dependencies: ["FuzzSupport"],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ),
    ]
)

for target in package.targets {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
