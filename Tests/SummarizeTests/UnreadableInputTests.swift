import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Inputs that cannot be read among others, run as child processes.
///
/// Each is reported with its reason, the others still run, and the exit status is 1.
@Suite struct UnreadableInputTests {
    static let commands = [Child.executable, Child.quotes]

    /// A folder with one good article, `good.txt`.
    static func folder() throws -> TemporaryFolder {
        try TemporaryFolder(["good.txt": InputStreamTests.article])
    }

    @Test("a missing input and a symbolic link loop are reported and the others run", arguments: commands)
    func missingAndLooping(program: String) throws {
        let folder = try Self.folder()
        try #require(symlink("loop.txt", folder.path("loop.txt")) == 0)
        let arguments = [folder.path("missing.txt"), folder.path("loop.txt"), folder.path("good.txt")]
        let run = try Child(arguments, program: program, input: .bytes([])).finish()
        #expect(run.status.exitCode == 1)
        #expect(
            run.errors == """
                error: no such file or folder: \(folder.path("missing.txt"))
                error: cannot read \(folder.path("loop.txt")): Too many levels of symbolic links

                """
        )
        if program == Child.executable { #expect(run.lines.first == "\(folder.path("good.txt")) — Talks resume") }
    }

    @Test("a looping link inside a folder is reported and the rest of the folder runs", arguments: commands)
    func loopInsideAFolder(program: String) throws {
        let folder = try Self.folder()
        try #require(symlink("b.txt", folder.path("a.txt")) == 0)
        try #require(symlink("a.txt", folder.path("b.txt")) == 0)
        let run = try Child([folder.path], program: program, input: .bytes([])).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.errors.contains("error: cannot read \(folder.path)/a.txt: Too many levels of symbolic links"))
        #expect(run.errors.contains("error: cannot read \(folder.path)/b.txt: Too many levels of symbolic links"))
        if program == Child.executable { #expect(run.lines.first == "\(folder.path)/good.txt — Talks resume") }
    }

    /// Root reads any folder, whatever its permissions: these need an ordinary user.
    static let isRoot = getuid() == 0

    @Test(
        "an unreadable subfolder is reported and the rest of the folder runs",
        .disabled(if: isRoot, "root can read a folder whatever its permissions"),
        arguments: commands
    )
    func unreadableSubfolder(program: String) throws {
        let folder = try Self.folder()
        try folder.write("Hidden away.", to: "private/c.txt")
        try #require(chmod(folder.path("private"), 0) == 0)
        let run = try Child([folder.path], program: program, input: .bytes([])).finish()
        #expect(run.status.exitCode == 1)
        #expect(run.errors == "error: cannot read \(folder.path)/private: Permission denied\n")
        if program == Child.executable { #expect(run.lines.first == "\(folder.path)/good.txt — Talks resume") }
    }

    @Test(
        "an unreadable folder named on the command line is reported with its reason",
        .disabled(if: isRoot, "root can read a folder whatever its permissions"),
        arguments: commands
    )
    func unreadableFolder(program: String) throws {
        let folder = try Self.folder()
        try folder.write("Hidden away.", to: "private/c.txt")
        try #require(chmod(folder.path("private"), 0) == 0)
        let run = try Child([folder.path("private"), folder.path("good.txt")], program: program, input: .bytes([]))
            .finish()
        #expect(run.status.exitCode == 1)
        #expect(run.errors == "error: cannot read \(folder.path("private")): Permission denied\n")
        #expect(!run.lines.isEmpty)
    }
}
