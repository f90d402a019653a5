import Foundation
import LedeExampleSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct InputLinesTests {
    /// The lines `InputLines` reads from a file that holds `bytes`.
    func lines(of bytes: [UInt8]) throws -> [[UInt8]] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let reader = InputLines(descriptor: descriptor)
        let read = reader.map { $0.bytes }
        #expect(reader.readError == nil)
        return read
    }

    @Test(
        "splits at line feeds only, keeping every byte",
        arguments: [
            ("", []),
            ("one", ["one"]),
            ("one\n", ["one"]),
            ("one\ntwo", ["one", "two"]),
            ("one\r\ntwo\r\n", ["one\r", "two\r"]),
            ("\n\n", ["", ""]),
            ("“curly” ü 🎉\nx", ["“curly” ü 🎉", "x"]),
        ] as [(String, [String])]
    )
    func splits(input: String, expected: [String]) throws {
        #expect(try lines(of: Array(input.utf8)) == expected.map { Array($0.utf8) })
    }

    @Test func passesInvalidUTF8Through() throws {
        #expect(try lines(of: [0x61, 0xFF, 0x0A, 0xC3]) == [[0x61, 0xFF], [0xC3]])
    }

    @Test func readsLinesLongerThanOneChunk() throws {
        let long = [UInt8](repeating: 0x61, count: 3 << 20)
        let read = try lines(of: long + [0x0A] + Array("short".utf8))
        #expect(read.map(\.count) == [3 << 20, 5])
    }

    @Test func numbersLinesFromOne() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-lines-\(UUID().uuidString)")
        try Data("a\nb\n".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(InputLines(descriptor: descriptor).map(\.number) == [1, 2])
    }

    @Test func reportsAReadError() {
        let reader = InputLines(descriptor: -1)
        #expect(reader.map(\.bytes).isEmpty)
        #expect(reader.readError == EBADF)
    }
}
