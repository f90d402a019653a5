/// News sentences in each shape of attribution, cut short at every word: a text may end, or
/// begin, anywhere, and the attribution stages must still keep their contract (no crash, every
/// span inside the text) when a speaker, a cue or a quotation is cut off.
enum SentenceCuts {
    /// Whole sentences, one or more shapes each (own sentences).
    static let sentences = [
        "Bus fares will rise next year, said Maria Ortiz, who runs the utility.",
        "“We will not move,” the mayor told reporters on Monday.",
        "The plan, says Dr Reyes, is more buses, according to a statement from the council.",
        "Kerr, an aide said, “is confident” that the vote will pass.",
        "The union eventually backed down, saying the offer was fair but warning that strikes could follow.",
        "As he put it: “Nobody wins a price war.”",
        "“It is over” — Ada Moss, 71, speaking in Leeds.",
        "A source familiar with the matter said the talks, which began in May, had stalled.",
        "Two years ago the firm said it would hire 1,200 people, while rivals said they would cut jobs.",
        "Ms Hewitt told the BBC: “We won,” adding that Labour would “keep going”.",
        "Fr. Daly, the parish priest, said: 'We pray for them.'",
        "The figures were “disappointing”, according to the Treasury, which denied any error.",
        "\"Costs rose,\" said the firm's chief executive, Jan Rees. \"We expect more,\" she added",
    ]

    /// Every sentence cut after each of its words, and cut before each of its words.
    static var cases: [String] {
        sentences.flatMap { sentence -> [String] in
            let words = sentence.split(separator: " ", omittingEmptySubsequences: false)
            return (1..<words.count).flatMap { count in
                [words.prefix(count).joined(separator: " "), words.suffix(count).joined(separator: " ")]
            }
        }
    }
}
