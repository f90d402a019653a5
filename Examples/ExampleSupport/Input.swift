public import Foundation

/// One input of an example: a file, or standard input.
///
/// `Input` is `Sendable`.
public struct Input: Sendable, Hashable {
    /// How the input is named in output: the path as given, or `-` for standard input.
    public var id: String
    /// The file to read, or `nil` for standard input.
    public var url: URL?

    /// Reads the input's bytes.
    ///
    /// Pipes and devices (`<(…)`, a named pipe) are read as streams, until their end.
    ///
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` if the file cannot be read or is not text, or standard input is
    ///   closed or a folder.
    public func read() throws(InputError) -> [UInt8] {
        let bytes: [UInt8]
        if let url {
            bytes = try FileBytes.read(path: url.path, name: id)
        } else {
            bytes = try FileBytes.readStandardInput()
        }
        // A NUL byte near the start: a binary file, not text.
        if bytes.prefix(8192).contains(0) {
            throw InputError("\(id) is not a text file (it holds NUL bytes)")
        }
        return bytes
    }
}
