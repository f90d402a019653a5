import Lede
import Testing

@testable import LedeStages

@Suite struct ClauseWordClassesTests {
    /// The class of each token of a sentence, as the clause-subject finder reads them.
    static func classes(of text: String) throws -> [String] {
        let pipeline = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter()
            WordTokenizer()
        }
        let document = try pipeline.run(text)
        return AttributionDocument.reading(document, parts: []) { view in
            var words = ClauseWordClasses(document: view)
            words.prepare(0, view.tokens.count - 1)
            return view.tokens.indices.map { index in
                let fresh = words.computeClass(index)
                let kept = words.wordClass(index)
                // A class kept for the clause is the class worked out afresh.
                #expect(kept == fresh)
                #expect(words.wordClass(index) == fresh)
                return "\(view.string(view.tokens[index].span))=\(fresh)"
            }
        }
    }

    @Test(
        "words are classed by the closed lists and by their shape",
        arguments: [
            (
                "But the marchers, who had walked 12 miles, quickly said it was over in Salem.",
                [
                    "But=capitalized", "the=determiner", "marchers=presentVerb", ",=other", "who=relative",
                    "had=auxiliary", "walked=pastVerb", "12=noun", "miles=presentVerb", ",=other", "quickly=adverb",
                    "said=pastVerb", "it=pronoun", "was=auxiliary", "over=noun", "in=preposition", "Salem=capitalized",
                    ".=other",
                ]
            ),
            (
                "Okafor takes questions; a reporter is writing.",
                [
                    "Okafor=capitalized", "takes=presentVerb", "questions=presentVerb", ";=other", "a=determiner",
                    "reporter=noun", "is=auxiliary", "writing=participle", ".=other",
                ]
            ),
            (
                "He told Zoë: “Élan took it.”",
                [
                    "He=pronoun", "told=pastVerb", "Zoë=capitalized", ":=other", "“=other", "Élan=capitalized",
                    "took=pastVerb", "it=pronoun", ".=other", "”=other",
                ]
            ),
        ]
    )
    func classes(text: String, expected: [String]) throws {
        #expect(try Self.classes(of: text) == expected)
    }

    @Test("punctuation and symbols are told from words by their first byte")
    func punctuation() throws {
        let document = try AnalysisPipeline {
            ParagraphSegmenter()
            SentenceSegmenter()
            WordTokenizer()
        }.run("Dana, (aged 40) - yes; é!")
        let flags = AttributionDocument.reading(document, parts: []) { view in
            let words = ClauseWordClasses(document: view)
            return view.tokens.indices.map { "\(view.string(view.tokens[$0].span))=\(words.isPunctuation($0))" }
        }
        #expect(
            flags == [
                "Dana=false", ",=true", "(=true", "aged=false", "40=false", ")=true", "-=true", "yes=false", ";=true",
                "é=false", "!=true",
            ]
        )
    }
}
