import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line arguments into inputs.
///
/// `Inputs` has no instances.
public enum Inputs: Sendable {
    /// File extensions read from folders.
    public static let textExtensions: Set<String> = ["txt", "text"]

    /// Expands command-line paths into the inputs to read, stopping at the first problem.
    ///
    /// - Parameter paths: The arguments.
    /// - Returns: The inputs, in order.
    /// - Throws: ``InputError`` naming a path that does not exist or cannot be read, or a
    ///   folder with no text files.
    public static func expand(_ paths: [String]) throws(InputError) -> [Input] {
        var first: InputError?
        let inputs = expand(paths) { problem in first = first ?? problem }
        if let first { throw first }
        return inputs
    }

    /// Expands command-line paths into the inputs to read, reporting each problem and going on.
    ///
    /// A file is read as given, whatever its name (a pipe or a device too); a folder is
    /// searched recursively for `.txt` and `.text` files (hidden ones skipped, symbolic links
    /// to folders not followed), in path order, so that a folder's README or expected outputs
    /// are not taken for articles; `-` is standard input. With no paths, standard input is
    /// read. A path that does not exist, a folder or subfolder that cannot be read and a folder
    /// with no text files are each reported to `problem`, with the reason, and left out.
    ///
    /// - Parameters:
    ///   - paths: The arguments.
    ///   - problem: Receives each problem, in order.
    /// - Returns: The inputs that can be tried, in order.
    public static func expand(_ paths: [String], problem: (InputError) -> Void) -> [Input] {
        if paths.isEmpty { return [Input(id: "-", url: nil)] }
        var inputs: [Input] = []
        for path in paths {
            if path == "-" {
                inputs.append(Input(id: "-", url: nil))
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let code = errno
                problem(
                    InputError(
                        code == ENOENT
                            ? "no such file or folder: \(path)" : "cannot read \(path): \(FileBytes.reason(code))"
                    )
                )
                continue
            }
            let url = URL(fileURLWithPath: path)
            guard status.st_mode & S_IFMT == S_IFDIR else {
                inputs.append(Input(id: path, url: url))
                continue
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            var found: [String] = []
            let before = inputs.count
            var failed = false
            walk(path, relative: "", into: &found) { failedPath, code in
                failed = true
                let name = failedPath.isEmpty ? path : base + failedPath
                problem(InputError("cannot read \(name): \(FileBytes.reason(code))"))
            }
            for relative in found.sorted() {
                inputs.append(Input(id: base + relative, url: url.appendingPathComponent(relative)))
            }
            if inputs.count == before && !failed { problem(InputError("no .txt or .text files in \(path)")) }
        }
        return inputs
    }

    /// Collects the text files under `folder` (paths relative to the top folder), reporting each
    /// entry that cannot be read with its `errno`.
    private static func walk(
        _ folder: String,
        relative: String,
        into found: inout [String],
        failure: (String, Int32) -> Void
    ) {
        guard let stream = opendir(folder) else {
            failure(relative, errno)
            return
        }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        closedir(stream)
        for name in names.sorted() {
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else {
                failure(child, errno)
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                walk(path, relative: child, into: &found, failure: failure)
            case S_IFLNK:
                // A link is followed to a file, never to a folder (which could lead back up).
                guard isText(name) else { continue }
                if stat(path, &status) != 0 {
                    failure(child, errno)
                } else if status.st_mode & S_IFMT != S_IFDIR {
                    found.append(child)
                }
            default:
                if isText(name) { found.append(child) }
            }
        }
    }

    private static func isText(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return textExtensions.contains(name[name.index(after: dot)...].lowercased())
    }
}
