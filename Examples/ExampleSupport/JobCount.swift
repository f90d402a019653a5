import Foundation

/// The value of a command's `--jobs`: how many documents are analysed at once.
///
/// `JobCount` has no instances.
public enum JobCount: Sendable {
    /// The most jobs a command accepts.
    public static let maximum = 256

    /// The number of cores, the default.
    public static var allCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Reads a `--jobs` value: a whole number from 1 to ``maximum``, or 0 for all cores.
    ///
    /// - Parameter text: The value as given on the command line.
    /// - Returns: The number of jobs.
    /// - Throws: ``InputError`` saying what is allowed.
    public static func parse(_ text: String) throws(InputError) -> Int {
        let digits = text.drop { $0 == "0" }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            digits.count <= 3, let value = Int(digits.isEmpty ? "0" : String(digits)), value <= maximum
        else {
            throw InputError("use a whole number from 1 to \(maximum), or 0 for all cores")
        }
        return value == 0 ? allCores : value
    }
}
