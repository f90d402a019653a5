import LedeEvaluation
import Testing

@Suite struct RougeScorerTests {
    /// A reference, a candidate and rouge-score's precision, recall and F1 for ROUGE-1, -2, -L and -Lsum.
    struct Pair: Sendable, CustomTestStringConvertible {
        var reference: [String]
        var candidate: [String]
        var expected: [[Double]]

        init(_ reference: [String], _ candidate: [String], _ expected: [[Double]]) {
            self.reference = reference
            self.candidate = candidate
            self.expected = expected
        }

        var testDescription: String { "\(reference) vs \(candidate)" }
    }

    // Produced once with Google's rouge-score 0.1.2 (RougeScorer(["rouge1", "rouge2", "rougeL",
    // "rougeLsum"], use_stemmer=True).score("\n".join(reference), "\n".join(candidate))) by
    // Fixtures/make_rouge_expectations.py, which prints these rows.
    static let pairs: [Pair] = [
        Pair(
            ["The cat sat on the mat."],
            ["The cat sat."],
            [
                [1.0, 0.5, 0.6666666666666666], [1.0, 0.4, 0.5714285714285715], [1.0, 0.5, 0.6666666666666666],
                [1.0, 0.5, 0.6666666666666666],
            ]
        ),
        Pair(
            ["Profits rose to £1.4bn (€2bn), up 7.5% on the year."],
            ["Profits were £1.4bn; up 7.5% on 2003's £1.3bn."],
            [
                [0.5833333333333334, 0.5833333333333334, 0.5833333333333334],
                [0.36363636363636365, 0.36363636363636365, 0.36363636363636365],
                [0.5833333333333334, 0.5833333333333334, 0.5833333333333334],
                [0.5833333333333334, 0.5833333333333334, 0.5833333333333334],
            ]
        ),
        Pair(
            ["Café owners in Zürich said “no” to the \u{130}stanbul deal."],
            ["The café in Zurich said no to Istanbul."],
            [
                [0.75, 0.5, 0.6], [0.2857142857142857, 0.18181818181818182, 0.2222222222222222],
                [0.625, 0.4166666666666667, 0.5], [0.625, 0.4166666666666667, 0.5],
            ]
        ),
        Pair(
            ["the the the cat cat"],
            ["the cat the cat the"],
            [[1.0, 1.0, 1.0], [0.25, 0.25, 0.25], [0.6, 0.6, 0.6], [0.6, 0.6, 0.6]]
        ),
        Pair(["Something happened here."], [], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0, 0, 0], [0, 0, 0]]),
        Pair([], ["Something happened."], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0, 0, 0], [0, 0, 0]]),
        Pair(["!!!"], ["... --"], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0, 0, 0], [0, 0, 0]]),
        Pair(
            ["The police arrested the man.", "The man was released later."],
            ["The man was arrested by police.", "Police released the man."],
            [
                [0.8, 0.8, 0.8000000000000002], [0.3333333333333333, 0.3333333333333333, 0.3333333333333333],
                [0.4, 0.4, 0.4000000000000001], [0.6, 0.6, 0.6],
            ]
        ),
        Pair(
            ["The runners were running quickly to the generously funded finishing line."],
            ["A runner runs quick; generous funding."],
            [
                [0.6666666666666666, 0.36363636363636365, 0.4705882352941177], [0.2, 0.1, 0.13333333333333333],
                [0.6666666666666666, 0.36363636363636365, 0.4705882352941177],
                [0.6666666666666666, 0.36363636363636365, 0.4705882352941177],
            ]
        ),
        Pair(
            ["5 \u{212A} cold", "\u{130}\u{130} day"],
            ["5 k cold ii day"],
            [
                [0.8, 0.6666666666666666, 0.7272727272727272], [0.5, 0.4, 0.4444444444444445],
                [0.8, 0.6666666666666666, 0.7272727272727272], [0.8, 0.6666666666666666, 0.7272727272727272],
            ]
        ),
        Pair(
            ["First line.\r\nSecond line."],
            ["Second line.\r\nFirst line."],
            [
                [1.0, 1.0, 1.0], [0.6666666666666666, 0.6666666666666666, 0.6666666666666666], [0.5, 0.5, 0.5],
                [1.0, 1.0, 1.0],
            ]
        ),
        Pair(
            ["A b c d."],
            ["", "a b", "  ", "c d"],
            [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]
        ),
        Pair(
            [
                "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
                "For the full-year, TimeWarner posted a profit of $3.36bn, up 27% from its 2003 performance, while revenues grew 6.4% to $42.09bn.",
                "Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros, and less users for AOL.",
            ],
            [
                "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.",
                "The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.",
                "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
            ],
            [
                [0.4166666666666667, 0.423728813559322, 0.42016806722689076],
                [0.22033898305084745, 0.22413793103448276, 0.22222222222222224],
                [0.21666666666666667, 0.22033898305084745, 0.21848739495798322],
                [0.38333333333333336, 0.3898305084745763, 0.3865546218487395],
            ]
        ),
        Pair(
            ["a b c a b c", "c b a"],
            ["a b", "c a b", "a a a c"],
            [
                [0.7777777777777778, 0.7777777777777778, 0.7777777777777778], [0.625, 0.625, 0.625],
                [0.6666666666666666, 0.6666666666666666, 0.6666666666666666],
                [0.6666666666666666, 0.6666666666666666, 0.6666666666666666],
            ]
        ),
    ]

    @Test("scores equal rouge-score's to 1e-9", arguments: pairs)
    func matchesRougeScore(pair: Pair) {
        let scores = RougeScorer().score(reference: pair.reference, candidate: pair.candidate)
        for (index, (name, score)) in scores.named.enumerated() {
            let expected = pair.expected[index]
            #expect(abs(score.precision - expected[0]) < 1e-9, "\(name) precision")
            #expect(abs(score.recall - expected[1]) < 1e-9, "\(name) recall")
            #expect(abs(score.f1 - expected[2]) < 1e-9, "\(name) F1")
        }
    }

    @Test("the text form splits sentences at line feeds only, as rouge-score does")
    func textForm() {
        let scorer = RougeScorer()
        let reference = ["The police arrested the man.", "The man was released later."]
        let candidate = ["The man was arrested by police.", "Police released the man."]
        #expect(
            scorer.score(
                referenceText: reference.joined(separator: "\n"),
                candidateText: candidate.joined(separator: "\n")
            )
                == scorer.score(reference: reference, candidate: candidate)
        )
        // One line: ROUGE-Lsum is then ROUGE-L.
        let joined = scorer.score(
            referenceText: reference.joined(separator: " "),
            candidateText: candidate.joined(separator: " ")
        )
        #expect(joined.rougeLsum == joined.rougeL)
    }

    @Test("identical summaries score 1, disjoint ones 0")
    func extremes() {
        let scorer = RougeScorer()
        let same = scorer.score(
            reference: ["Shares rose 5%.", "Analysts cheered."],
            candidate: ["Shares rose 5%.", "Analysts cheered."]
        )
        for (_, score) in same.named { #expect(score == RougeScore(precision: 1, recall: 1)) }
        let disjoint = scorer.score(reference: ["Shares rose."], candidate: ["Bonds fell."])
        for (_, score) in disjoint.named { #expect(score.f1 == 0) }
    }

    @Test("the mean averages precision, recall and F1 separately")
    func mean() {
        let first = RougeScores(
            rouge1: RougeScore(precision: 1, recall: 0.5),
            rouge2: .zero,
            rougeL: RougeScore(precision: 0.5, recall: 0.5),
            rougeLsum: .zero
        )
        let mean = RougeScores.mean([first, .zero])
        #expect(mean.rouge1 == RougeScore(precision: 0.5, recall: 0.25, f1: first.rouge1.f1 / 2))
        #expect(mean.rougeL.f1 == 0.25)
        #expect(RougeScores.mean([]) == .zero)
    }

    @Test(
        "scores print with four decimals",
        arguments: [(0.63604, "0.6360"), (1, "1.0000"), (0, "0.0000"), (0.00005, "0.0001")]
    )
    func format(value: Double, expected: String) {
        #expect(RougeScore.format(value) == expected)
    }
}
