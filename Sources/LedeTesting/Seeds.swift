#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The sample articles and golden files in the repository's `seeds/` folder.
///
/// Paths are resolved from this source file's location, so the helper works in this
/// package's tests and in any package that depends on Lede by path or from a checkout.
/// (SwiftPM resources cannot live outside a target's folder.) `Seeds` has no instances.
public enum Seeds: Sendable {
    /// A seed file's name (without folder) and its text.
    ///
    /// `Seed` is `Sendable`.
    public struct Seed: Sendable, Hashable {
        /// The file name, such as `000_19271642d0346297.txt`.
        public var name: String
        /// The file's text.
        public var text: String
    }

    /// The `seeds/` folder.
    public static var directory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // LedeTesting
            .deletingLastPathComponent()  // Sources
            .deletingLastPathComponent()  // package root
            .appendingPathComponent("seeds", isDirectory: true)
    }

    /// The seed articles (`seeds/*.txt`), sorted by name; empty if the folder cannot be read.
    public static var all: [Seed] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            (try? text(named: name)).map { Seed(name: name, text: $0) }
        }
    }

    /// The text of a file in `seeds/`.
    ///
    /// - Parameter name: The file name, such as `000_19271642d0346297.txt`.
    /// - Returns: The file's text, decoded as UTF-8.
    /// - Throws: An error if the file cannot be read.
    public static func text(named name: String) throws -> String {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return String(decoding: data, as: UTF8.self)
    }

    /// The lines of a golden file in `seeds/`, without the final empty line.
    ///
    /// - Parameter name: The file name.
    /// - Returns: The lines.
    /// - Throws: An error if the file cannot be read.
    public static func lines(named name: String) throws -> [String] {
        var lines = try text(named: name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
