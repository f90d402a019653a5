import Foundation
import LedeExampleSupport
import Testing

@Suite struct InputsTests {
    /// A temporary folder with the given files (relative path to contents), removed after `body`.
    func withFolder(_ files: [String: [UInt8]], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-inputs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true
            )
            try Data(bytes).write(to: url)
        }
        try body(folder)
    }

    @Test func searchesFoldersRecursivelyForTextFilesInPathOrder() throws {
        let files: [String: [UInt8]] = [
            "b.txt": Array("B".utf8), "a/c.text": Array("C".utf8), "a/a.TXT": Array("A".utf8),
            "README.md": Array("# Not an article".utf8), "x.expected": Array("out".utf8), ".hidden.txt": [0x41],
        ]
        try withFolder(files) { folder in
            let inputs = try Inputs.expand([folder.path])
            #expect(
                inputs.map { $0.id.split(separator: "/").suffix(2).joined(separator: "/") }.sorted()
                    == [
                        "a/a.TXT", "a/c.text", "\(folder.lastPathComponent)/b.txt",
                    ].sorted()
            )
            #expect(inputs.map(\.id) == inputs.map(\.id).sorted())
            #expect(try inputs.map { try $0.read() }.allSatisfy { $0.count == 1 })
        }
    }

    @Test func readsANamedFileWhateverItsExtension() throws {
        try withFolder(["notes.md": Array("Hello.".utf8)]) { folder in
            let path = folder.appendingPathComponent("notes.md").path
            let inputs = try Inputs.expand([path])
            #expect(inputs.map(\.id) == [path])
            #expect(try inputs.first?.read() == Array("Hello.".utf8))
        }
    }

    @Test func namesAMissingPath() {
        let error = #expect(throws: InputError.self) { try Inputs.expand(["/no/such/lede/file.txt"]) }
        #expect(error?.description == "no such file or folder: /no/such/lede/file.txt")
    }

    @Test func refusesAFolderWithoutArticles() throws {
        try withFolder(["README.md": [0x41]]) { folder in
            let error = #expect(throws: InputError.self) { try Inputs.expand([folder.path]) }
            #expect(error?.description.hasPrefix("no .txt or .text files in") == true)
        }
    }

    @Test func refusesBinaryFiles() throws {
        try withFolder(["image.txt": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]]) { folder in
            let input = try #require(try Inputs.expand([folder.path]).first)
            let error = #expect(throws: InputError.self) { try input.read() }
            #expect(error?.description.contains("is not a text file") == true)
        }
    }

    @Test func readsStandardInputForNoPathsOrADash() throws {
        #expect(try Inputs.expand([]).map(\.id) == ["-"])
        #expect(try Inputs.expand(["-"]).map { $0.url == nil } == [true])
    }
}
