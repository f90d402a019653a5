import Foundation

/// JSON Lines input records for the tests, written by hand so that ids keep their exact text.
enum Records {
    /// `{"id": ID, "text": TEXT}`, with the id's JSON text as given.
    static func line(id: String, text: String, extra: String = "") -> String {
        #"{"id": \#(id), "text": \#(quoted(text))\#(extra)}"# + "\n"
    }

    /// A string as a JSON string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A short news text, different for each `number`.
    static func text(_ number: Int) -> String {
        "Talks resume on day \(number)\n\n“We are close,” the minister said on Monday, as \(number * 3) delegates met. "
            + "Prices rose \(number % 9 + 1)% in the quarter, officials said."
    }

    /// The seed articles in the repository, as records with their file names as ids.
    static func seeds() throws -> [String] {
        let folder = Child.root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        return try names.map { name in
            line(id: quoted(name), text: try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The output record of a line, parsed.
    static func parse(_ line: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
    }
}
