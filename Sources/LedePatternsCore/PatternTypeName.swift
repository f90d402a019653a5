// This file is also compiled into the LedePatterns build-tool plugin (through a symbolic link
// in Plugins/LedePatterns), so that the plugin names its output files exactly as the tool names
// the generated types. Keep it free of imports and of other types.

/// How a pattern file's name becomes the name of the Swift type generated from it.
///
/// The base name (without `.patterns`) is split into words at every character that is not an
/// ASCII letter or digit; each word gets an upper-case first letter, and `Patterns` is appended:
/// `Sentences.patterns` gives `SentencesPatterns`, `quote-pairs.patterns` gives
/// `QuotePairsPatterns`, and `dateTimes.patterns` gives `DateTimesPatterns`.
///
/// `PatternTypeName` is a namespace without instances; it is `Sendable`.
public enum PatternTypeName: Sendable {
    /// The extension of pattern files, without the dot.
    public static let fileExtension = "patterns"

    /// The type name for a pattern file.
    ///
    /// A leading directory and the `.patterns` extension are ignored.
    ///
    /// - Parameter fileName: The file's name or path, such as `Sentences.patterns`.
    /// - Returns: The type name, or `nil` when the base name holds no letter or digit, or
    ///   starts with a digit.
    public static func derived(fromFileNamed fileName: String) -> String? {
        var base = Substring(fileName)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        if base.hasSuffix("." + fileExtension) { base = base.dropLast(fileExtension.count + 1) }
        var name = ""
        var startsWord = true
        for scalar in base.unicodeScalars {
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else {
                startsWord = true
                continue
            }
            name += startsWord ? String(scalar).uppercased() : String(scalar)
            startsWord = false
        }
        guard let first = name.unicodeScalars.first, !("0"..."9").contains(first) else { return nil }
        return name + "Patterns"
    }

    /// Whether a string can be used as the name of a generated Swift type.
    ///
    /// - Parameter name: A proposed type name.
    /// - Returns: `true` for an ASCII identifier that starts with an upper-case letter and is
    ///   not one of Swift's reserved type names (`Any`, `Self`, `Type`, `Protocol`).
    public static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        guard !["Any", "Self", "Type", "Protocol"].contains(name) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_"
        }
    }
}
