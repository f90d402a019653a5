import Testing

/// CSV and Markdown output of text that could run as a formula or as HTML, from child processes.
@Suite struct SafeOutputTests {
    static let article = """
        Vote count

        “=1+2 is the answer,” said Ana Ruiz, an analyst. “@once <img src=x onerror=alert(1)> now,” she said.

        The <b>council</b> met on Monday & voted.

        """

    @Test func quotesCSVNeutralisesFormulas() throws {
        let folder = try TemporaryFolder(["vote.txt": Self.article])
        let run = try Child(["--format", "csv", folder.path("vote.txt")], program: Child.quotes).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let quotes = run.lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[8] }
        #expect(quotes == ["\"'=1+2 is the answer", "\"'@once <img src=x onerror=alert(1)> now"])
    }

    @Test("Markdown output shows HTML as text", arguments: [Child.executable, Child.quotes])
    func markdownEscapesHTML(program: String) throws {
        let folder = try TemporaryFolder(["vote.txt": Self.article])
        let arguments = ["--format", "markdown"] + (program == Child.quotes ? [] : ["--quotes"])
        let run = try Child(arguments + [folder.path("vote.txt")], program: program).finish()
        #expect(run.status.exitCode == 0, "\(run.errors)")
        let output = run.lines.joined(separator: "\n")
        #expect(output.contains("@once &lt;img src=x onerror=alert(1)&gt; now,"), "\(output)")
        #expect(!output.contains("<img"))
        if program == Child.executable {
            #expect(run.lines.contains("- The &lt;b&gt;council&lt;/b&gt; met on Monday &amp; voted."))
        }
    }
}
