/// Turns text into HTML text and attribute values that can never be read as markup.
///
/// Every character that HTML gives a meaning to (`&`, `<`, `>`, `"`, `'`) becomes a character
/// reference, and U+0000, which HTML parsers replace, becomes U+FFFD, as it would anyway.
/// Everything else is kept, so the page shows the input's own spelling.
///
/// `HTMLEscaping` is a caseless enum of static functions, so it is `Sendable`.
enum HTMLEscaping {
    /// Text escaped for an element's content or a double-quoted attribute value.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The escaped text.
    /// - Complexity: O(*n*).
    static func escape(_ text: some StringProtocol) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        append(text, to: &output)
        return output
    }

    /// Appends text escaped for an element's content or a double-quoted attribute value.
    ///
    /// - Parameters:
    ///   - text: Any text.
    ///   - output: The HTML being written.
    /// - Complexity: O(*n*).
    static func append(_ text: some StringProtocol, to output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\u{0}": output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// A string made safe for a class name or an id: ASCII letters, digits and `-` only.
    ///
    /// - Parameter text: A name such as a layout role.
    /// - Returns: The name with every other character replaced by `-`.
    static func token(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-": Character(scalar)
                default: "-"
                }
            }
        )
    }
}
