import LedeEvaluation
import Testing

@Suite struct ReferenceSplitterTests {
    let splitter = ReferenceSplitter()

    @Test("sentences run together in another order are split back and linked to the article")
    func reordered() {
        let article = ["Sales rose 5% to $1.4bn.", "It was a record.", "Shares fell.", "U.S. buyers were cautious."]
        let split = splitter.split("U.S. buyers were cautious.Sales rose 5% to $1.4bn.It was a record.", into: article)
        #expect(split.sentences == ["U.S. buyers were cautious.", "Sales rose 5% to $1.4bn.", "It was a record."])
        #expect(split.sourceIndices == [3, 0, 1])
        #expect(split.isExact)
        #expect(split.unmatched.isEmpty)
    }

    @Test("a sentence that is a prefix of another does not derail the split")
    func prefix() {
        // A greedy scan that takes the shortest match would take "He said no." and be stuck
        // at "Then"; one that takes the longest would fail on the second summary.
        let article = ["He said no.", "He said no.Then he left.", "It rained."]
        let first = splitter.split("He said no.Then he left.It rained.", into: article)
        #expect(first.sentences == ["He said no.Then he left.", "It rained."])
        #expect(first.isExact)
        let second = splitter.split("It rained.He said no.", into: article)
        #expect(second.sentences == ["It rained.", "He said no."])
        #expect(second.sourceIndices == [2, 0])
    }

    @Test("a repeated sentence maps to each copy in the article in turn")
    func repeated() {
        let article = ["Goal!", "The crowd roared.", "Goal!", "It ended 2-0."]
        let split = splitter.split("Goal!It ended 2-0.Goal!", into: article)
        #expect(split.sentences == ["Goal!", "It ended 2-0.", "Goal!"])
        #expect(split.sourceIndices == [0, 3, 2])
        // More copies in the summary than in the article: the last copy is reused.
        let extra = splitter.split("The crowd roared.The crowd roared.", into: article)
        #expect(extra.sourceIndices == [1, 1])
        #expect(extra.isExact)
    }

    @Test("a reference sentence the segmenter cut in two is covered by both halves")
    func spaceBetweenPieces() {
        let split = splitter.split(
            "Prices rose. Then they fell.Trade was slow.",
            into: [
                "Trade was slow.", "Prices rose.", "Then they fell.",
            ]
        )
        #expect(split.sentences == ["Prices rose.", "Then they fell.", "Trade was slow."])
        #expect(split.isExact)
    }

    @Test("text that matches no article sentence is kept, split where run together, and flagged")
    func unmatched() {
        let article = ["Shares fell.", "Analysts were surprised by the results."]
        let split = splitter.split(
            "Shares fell.The firm said profits dropped.Costs rose by 5%.Analysts were surprised by the results.",
            into: article
        )
        #expect(
            split.sentences == [
                "Shares fell.", "The firm said profits dropped.", "Costs rose by 5%.",
                "Analysts were surprised by the results.",
            ]
        )
        #expect(split.sourceIndices == [0, nil, nil, 1])
        #expect(split.unmatched == ["The firm said profits dropped.", "Costs rose by 5%."])
        #expect(!split.isExact)
    }

    @Test("an unmatched stretch stays whole rather than dotted with tiny matches")
    func stretchStaysWhole() {
        let article = [".", "A", "It would be fun."]
        let split = splitter.split("Bring back M.A.S.K.It would be fun.", into: article)
        #expect(split.sentences == ["Bring back M.A.S.K.", "It would be fun."])
        #expect(split.sourceIndices == [nil, 2])
    }

    @Test("a stray mark left over is reported but is not a sentence")
    func strayMark() {
        let split = splitter.split("\"It was great.\"\"", into: ["\"It was great.\""])
        #expect(split.sentences == ["\"It was great.\""])
        #expect(split.unmatched == ["\""])
        #expect(!split.isExact)
    }

    @Test("empty summaries and empty articles")
    func empty() {
        #expect(
            splitter.split("", into: ["A sentence."]) == ReferenceSplit(sentences: [], sourceIndices: [], unmatched: [])
        )
        let noArticle = splitter.split("Only text.", into: [])
        #expect(noArticle.sentences == ["Only text."])
        #expect(noArticle.sourceIndices == [nil])
    }

    @Test("non-ASCII sentences match byte for byte")
    func nonASCII() {
        let article = ["Café sales in Zürich rose 3%.", "“We are pleased,” she said.", "Fans cheered 🎉."]
        let split = splitter.split(
            "Fans cheered 🎉.“We are pleased,” she said.Café sales in Zürich rose 3%.",
            into: article
        )
        #expect(split.sourceIndices == [2, 1, 0])
        #expect(split.isExact)
    }

    @Test(
        "run-together text splits at sentence ends before a capitalised word or an opening quote",
        arguments: [
            ("From his days in Wham!The film opens today.", ["From his days in Wham!", "The film opens today."]),
            ("\"It was good,\" said Bates.\"I am glad.\"", ["\"It was good,\" said Bates.", "\"I am glad.\""]),
            ("He said \"No.\"The end.", ["He said \"No.\"", "The end."]),
            ("(for example).This country", ["(for example).", "This country"]),
            ("Thundercats and M.A.S.K.", ["Thundercats and M.A.S.K."]),
            ("The U.S.-led talks", ["The U.S.-led talks"]),
            ("It cost $1.5bn.", ["It cost $1.5bn."]),
            ("said Calder.", ["said Calder."]),
            ("  \"  ", ["\""]),
            ("", []),
        ] as [(String, [String])]
    )
    func runTogether(text: String, parts: [String]) {
        #expect(ReferenceSplitter.splitRunTogether(text) == parts)
    }
}
