public import Lede
internal import LedeStages

/// Writes a document's analysis as one JSON object: the record format of `summarize --jsonl`
/// and of the examples' `--format json`.
///
/// Every `start`/`end` is a Unicode code-point offset into the record's **original** text, so
/// `text[start:end]` in Python (or `Array(text.unicodeScalars)[start..<end]` in Swift) gives
/// the `text` member next to it. The members are:
///
/// | Member | Contents |
/// | --- | --- |
/// | `id` | the record's id, as given |
/// | `sentences` | `text`, `start`, `end`, `paragraph` (index), `role` (`headline`, `heading`, `boilerplate`, ... or `null` for body text) |
/// | `quotes` | one entry per quoted passage: `text`, `start`, `end` (the quoted words, without marks), `quotation` (the index of the quotation it belongs to), `part` and `parts` (its place among the passages of a quotation that runs over several paragraphs: 0 and 1 for most), `kind` (`full`, `fragment`, `term`), `closed` (whether the quotation ends with a closing mark), `speaker` (`mention`, `start`, `end`, `name`, `kind`, `role`, or `null`), `cue`, `cue_lemma`, `listener`, `form` |
/// | `attributions` | reported speech without quotation marks: `text`, `start`, `end` (what was said), `speaker`, `cue`, `cue_lemma`, `listener`, `form` |
/// | `numbers` | quantities in the article body: `text`, `start`, `end`, `value`, `kind`, `unit`, `low`, `high`, `qualifier` |
/// | `identifiers` | numbers that are not quantities (`Article 5`, `5 p.m.`, `8 December`): `text`, `start`, `end`, `kind` |
/// | `summary` | `text`, `start`, `end`, `sentence` (index), `score`, `rank` |
/// | `layout` | headings and boilerplate: `role`, `text`, `start`, `end` |
/// | `issues` | problems in the input: `kind` (`invalid-utf8`, `unclosed-quote`, `unopened-quote`), `start`, `end` |
///
/// `AnalysisRecord` has no instances.
public enum AnalysisRecord: Sendable {
    /// Options for what a record includes.
    ///
    /// `Options` is `Sendable`.
    public struct Options: Sendable {
        /// Whether numbers inside boilerplate (lists of other stories) are listed too.
        public var includesBoilerplateNumbers = false

        /// The default options.
        public init() {}
    }

    /// Writes the analysis of a document.
    ///
    /// - Parameters:
    ///   - document: The analysed document.
    ///   - id: The record's id as JSON text (a string or number as given), or `nil` to use the
    ///     document's id.
    ///   - summary: Its summary, if any.
    ///   - options: What to include.
    ///   - writer: Where to write.
    public static func write(
        _ document: Document,
        id: String? = nil,
        summary: Summary? = nil,
        options: Options = Options(),
        into writer: inout JSONWriter
    ) {
        let offsets = document.scalarOffsets
        func position(_ span: Span, _ writer: inout JSONWriter) {
            let range = document.originalRange(of: span)
            writer.member("start", offsets.scalarOffset(ofUTF8: range.lowerBound))
            writer.member("end", offsets.scalarOffset(ofUTF8: range.upperBound))
        }
        func located(_ span: Span, _ writer: inout JSONWriter) {
            writer.member("text", document.originalText(of: span))
            position(span, &writer)
        }
        func speaker(_ speaker: Speaker?, _ writer: inout JSONWriter) {
            writer.key("speaker")
            guard let speaker else {
                writer.null()
                return
            }
            writer.object { writer in
                writer.member("mention", document.originalText(of: speaker.mention))
                position(speaker.mention, &writer)
                writer.member("name", speaker.name)
                writer.member("kind", speaker.kind.rawValue)
                writer.member("role", speaker.role)
            }
        }
        func cue(_ cue: Cue?, form: AttributionForm, _ writer: inout JSONWriter) {
            writer.member("cue", cue.map { document.originalText(of: $0.span) })
            writer.member("cue_lemma", cue?.lemma)
            writer.member("listener", cue?.listener.map { document.originalText(of: $0) })
            writer.member("form", form.rawValue)
        }
        writer.object { writer in
            writer.key("id")
            if let id { writer.raw(id) } else { writer.string(document.id) }
            writer.key("sentences")
            writer.array { writer in
                for sentence in document.sentences {
                    writer.object { writer in
                        located(sentence.span, &writer)
                        writer.member("paragraph", sentence.paragraph)
                        writer.member("role", document.layoutRole(of: sentence.span)?.rawValue)
                    }
                }
            }
            let attributions = document.attributions
            var byQuote: [Int: Attribution] = [:]
            for attribution in attributions { if let quote = attribution.quote { byQuote[quote] = attribution } }
            writer.key("quotes")
            writer.array { writer in
                var quotation = 0
                for (index, quote) in document.quotes.enumerated() where quote.depth == 0 {
                    let attribution = byQuote[index]
                    for (part, span) in quote.parts.enumerated() {
                        writer.object { writer in
                            located(span, &writer)
                            writer.member("quotation", quotation)
                            writer.member("part", part)
                            writer.member("parts", quote.parts.count)
                            writer.member("kind", (attribution?.quoteKind ?? quote.kind).rawValue)
                            writer.member("closed", quote.isClosed)
                            speaker(attribution?.speaker, &writer)
                            cue(attribution?.cue, form: attribution?.form ?? .none, &writer)
                        }
                    }
                    quotation += 1
                }
            }
            writer.key("attributions")
            writer.array { writer in
                for attribution in attributions where attribution.quote == nil {
                    writer.object { writer in
                        located(attribution.content, &writer)
                        speaker(attribution.speaker, &writer)
                        cue(attribution.cue, form: attribution.form, &writer)
                    }
                }
            }
            let numbers = document.numbers.filter {
                options.includesBoilerplateNumbers || document.isBodyText($0.span)
                    || document.layoutRole(of: $0.span)?.isHeading == true
            }
            writer.key("numbers")
            writer.array { writer in
                for number in numbers where number.isQuantity {
                    writer.object { writer in
                        located(number.span, &writer)
                        writer.member("value", number.value)
                        writer.member("kind", number.kind.rawValue)
                        writer.member("unit", number.unit)
                        writer.member("low", number.low)
                        writer.member("high", number.high)
                        writer.member("qualifier", number.qualifier)
                    }
                }
            }
            writer.key("identifiers")
            writer.array { writer in
                for number in numbers where !number.isQuantity {
                    writer.object { writer in
                        located(number.span, &writer)
                        writer.member("kind", number.kind.rawValue)
                    }
                }
            }
            writer.key("summary")
            writer.array { writer in
                for sentence in (summary ?? document.summary)?.sentences ?? [] {
                    writer.object { writer in
                        located(sentence.span, &writer)
                        writer.member("sentence", sentence.sentenceIndex)
                        writer.member("score", sentence.score)
                        writer.member("rank", sentence.rank)
                    }
                }
            }
            writer.key("layout")
            writer.array { writer in
                for mark in document.layout {
                    writer.object { writer in
                        writer.member("role", mark.role.rawValue)
                        located(mark.span, &writer)
                    }
                }
            }
            writer.key("issues")
            writer.array { writer in
                for issue in document.inputIssues {
                    writer.object { writer in
                        writer.member("kind", "invalid-utf8")
                        writer.member("start", offsets.scalarOffset(ofUTF8: issue.originalRange.lowerBound))
                        writer.member("end", offsets.scalarOffset(ofUTF8: issue.originalRange.upperBound))
                    }
                }
                for issue in document.quoteIssues {
                    writer.object { writer in
                        writer.member("kind", issue.reason + "-quote")
                        position(issue.mark, &writer)
                    }
                }
            }
        }
    }
}
