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
    /// - Returns: The bytes.
    /// - Throws: ``InputError`` if the file cannot be read or is not text.
    public func read() throws(InputError) -> [UInt8] {
        let bytes: [UInt8]
        if let url {
            do {
                bytes = Array(try Data(contentsOf: url))
            } catch {
                throw InputError("cannot read \(id): \(error.localizedDescription)")
            }
        } else {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        // A NUL byte near the start: a binary file, not text.
        if bytes.prefix(8192).contains(0) {
            throw InputError("\(id) is not a text file (it holds NUL bytes)")
        }
        return bytes
    }
}

/// A problem with the inputs named on the command line, worded for the user.
///
/// `InputError` is `Sendable`.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    /// Creates an error.
    ///
    /// - Parameter description: What went wrong.
    public init(_ description: String) {
        self.description = description
    }
}

/// Expands command-line arguments into inputs.
///
/// `Inputs` has no instances.
public enum Inputs: Sendable {
    /// File extensions read from folders.
    public static let textExtensions: Set<String> = ["txt", "text"]

    /// Expands command-line paths into the inputs to read.
    ///
    /// A file is read as given, whatever its name; a folder is searched recursively for `.txt`
    /// and `.text` files (hidden ones skipped), in path order, so that a folder's README or
    /// expected outputs are not taken for articles; `-` is standard input. With no paths,
    /// standard input is read.
    ///
    /// - Parameter paths: The arguments.
    /// - Returns: The inputs, in order.
    /// - Throws: ``InputError`` naming a path that does not exist or a folder with no text files.
    public static func expand(_ paths: [String]) throws(InputError) -> [Input] {
        if paths.isEmpty { return [Input(id: "-", url: nil)] }
        var inputs: [Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(Input(id: "-", url: nil))
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("no such file or folder: \(path)")
            }
            let url = URL(fileURLWithPath: path)
            guard isDirectory.boolValue else {
                inputs.append(Input(id: path, url: url))
                continue
            }
            let found = files(under: url)
            guard !found.isEmpty else { throw InputError("no .txt or .text files in \(path)") }
            let base = path.hasSuffix("/") ? path : path + "/"
            let root = url.standardizedFileURL.path
            for file in found {
                let relative = String(file.standardizedFileURL.path.dropFirst(root.count).drop { $0 == "/" })
                inputs.append(Input(id: base + relative, url: file))
            }
        }
        return inputs
    }

    private static func files(under folder: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder,
                includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles]
            )
        else { return [] }
        var found: [URL] = []
        for case let url as URL in enumerator where textExtensions.contains(url.pathExtension.lowercased()) {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
