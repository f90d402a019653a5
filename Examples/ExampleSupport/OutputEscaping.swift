/// Makes text from the input safe to put in a command's Markdown and CSV output.
///
/// Input text is data, never markup or a formula: in Markdown, `&`, `<` and `>` become the
/// HTML entities `&amp;`, `&lt;` and `&gt;`, so that raw HTML in an article (`<img onerror=…>`,
/// `<script>`) shows as text and never runs; in CSV, a field that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe, so that spreadsheets do not take
/// it for a formula, and a field holding a comma, a double quote or a line break is quoted,
/// its double quotes doubled. `OutputEscaping` has no instances.
public enum OutputEscaping: Sendable {
    /// Text for Markdown output, with `&`, `<` and `>` written as HTML entities.
    ///
    /// - Parameter text: Text from the input.
    /// - Returns: The escaped text.
    /// - Complexity: O(*n*) for *n* characters.
    public static func markdown(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// A CSV field: neutralised when it could start a formula, quoted when it must be.
    ///
    /// - Parameter value: The field's text, or `nil` for an empty field.
    /// - Returns: The field as written in the CSV line.
    /// - Complexity: O(*n*) for *n* characters.
    public static func csvField(_ value: String?) -> String {
        guard var value, let first = value.unicodeScalars.first else { return "" }
        if "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return value
        }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}
