public import Lede

extension AnalysisRecord {
    /// Writes the record of an analysed document as compact JSON: the JSON that encoding
    /// `AnalysisRecord(document, id: id, summary: summary, options: options)` gives, written
    /// straight from the document's annotations without building the record.
    ///
    /// This is the fast path of `summarize --jsonl`: it writes each text member by copying
    /// the original bytes, escaping only what JSON requires. Members come in the order of
    /// the table in ``AnalysisRecord``.
    ///
    /// - Parameters:
    ///   - document: The analysed document.
    ///   - id: The record's id; by default the document's `Document.id` as a string.
    ///   - summary: The summary to list; by default the document's own
    ///     `Document.summary`, if any.
    ///   - options: What to include.
    ///   - writer: Where to write.
    /// - Complexity: O(*n* + *a* log *n*) for a text of *n* bytes with *a* annotations.
    public static func write(
        _ document: Document,
        id: RecordID? = nil,
        summary: Summary? = nil,
        options: Options = Options(),
        into writer: inout JSONWriter
    ) {
        write(RecordContext(document, summary: summary, options: options), id: id, into: &writer)
    }

    static func write(_ context: RecordContext, id: RecordID?, into writer: inout JSONWriter) {
        let document = context.document
        var original = document.original
        original.withUTF8 { text in
            writer.reserve(text.count * 4 + 512)
            func position(_ range: Range<Int>, _ writer: inout JSONWriter) {
                writer.field("start")
                writer.int(context.offsets.codePointOffset(ofUTF8: range.lowerBound))
                writer.field("end")
                writer.int(context.offsets.codePointOffset(ofUTF8: range.upperBound))
            }
            func string(_ span: Span, _ writer: inout JSONWriter) {
                writer.string(utf8: UnsafeBufferPointer(rebasing: text[context.range(of: span)]))
            }
            func located(_ span: Span, _ writer: inout JSONWriter) {
                let range = context.range(of: span)
                writer.field("text")
                writer.string(utf8: UnsafeBufferPointer(rebasing: text[range]))
                position(range, &writer)
            }
            func speaker(_ attribution: Attribution?, _ writer: inout JSONWriter) {
                writer.field("speaker")
                guard let speaker = attribution?.speaker else {
                    writer.null()
                    return
                }
                writer.object { writer in
                    let range = context.range(of: speaker.mention)
                    writer.field("mention")
                    writer.string(utf8: UnsafeBufferPointer(rebasing: text[range]))
                    position(range, &writer)
                    writer.field("name")
                    writer.string(speaker.name)
                    writer.field("kind")
                    writer.string(speaker.kind.rawValue)
                    writer.field("role")
                    writer.optionalString(speaker.role)
                    writer.field("resolved_from")
                    if let source = speaker.resolvedFrom {
                        writer.object { writer in located(source, &writer) }
                    } else {
                        writer.null()
                    }
                }
            }
            func cue(_ cue: Cue?, form: AttributionForm, _ writer: inout JSONWriter) {
                writer.field("cue")
                if let cue { string(cue.span, &writer) } else { writer.null() }
                if let cue {
                    let range = context.range(of: cue.span)
                    writer.field("cue_start")
                    writer.int(context.offsets.codePointOffset(ofUTF8: range.lowerBound))
                    writer.field("cue_end")
                    writer.int(context.offsets.codePointOffset(ofUTF8: range.upperBound))
                } else {
                    writer.field("cue_start")
                    writer.null()
                    writer.field("cue_end")
                    writer.null()
                }
                writer.field("cue_lemma")
                writer.optionalString(cue?.lemma)
                writer.field("listener")
                if let listener = cue?.listener { string(listener, &writer) } else { writer.null() }
                writer.field("form")
                writer.string(form.rawValue)
            }

            writer.object { writer in
                writer.field("id")
                writer.id(id ?? RecordID(document.id))
                writer.field("schema_version")
                writer.int(RecordSchema.version)
                writer.field("sentences")
                writer.array { writer in
                    for sentence in document.sentences {
                        writer.object { writer in
                            located(sentence.span, &writer)
                            writer.field("paragraph")
                            writer.int(sentence.paragraph)
                            writer.field("role")
                            writer.optionalString(context.role(of: sentence.span)?.rawValue)
                        }
                    }
                }
                writer.field("quotes")
                writer.array { writer in
                    for (quotation, (quote, attribution)) in context.quotations.enumerated() {
                        for (part, span) in quote.parts.enumerated() {
                            writer.object { writer in
                                located(span, &writer)
                                writer.field("quotation")
                                writer.int(quotation)
                                writer.field("part")
                                writer.int(part)
                                writer.field("parts")
                                writer.int(quote.parts.count)
                                writer.field("kind")
                                writer.string((attribution?.quoteKind ?? quote.kind).rawValue)
                                writer.field("closed")
                                writer.bool(quote.isClosed)
                                speaker(attribution, &writer)
                                cue(attribution?.cue, form: attribution?.form ?? .none, &writer)
                            }
                        }
                    }
                }
                writer.field("attributions")
                writer.array { writer in
                    for attribution in context.reportedSpeech {
                        writer.object { writer in
                            located(attribution.content, &writer)
                            speaker(attribution, &writer)
                            cue(attribution.cue, form: attribution.form, &writer)
                        }
                    }
                }
                writer.field("numbers")
                writer.array { writer in
                    for number in context.quantities {
                        writer.object { writer in
                            located(number.span, &writer)
                            writer.field("value")
                            writer.optionalDouble(number.value)
                            writer.field("kind")
                            writer.string(number.kind.rawValue)
                            writer.field("unit")
                            writer.optionalString(number.unit)
                            writer.field("low")
                            writer.optionalDouble(number.low)
                            writer.field("high")
                            writer.optionalDouble(number.high)
                            writer.field("qualifier")
                            writer.optionalString(number.qualifier)
                        }
                    }
                }
                writer.field("identifiers")
                writer.array { writer in
                    for number in context.identifiers {
                        writer.object { writer in
                            located(number.span, &writer)
                            writer.field("kind")
                            writer.string(number.kind.rawValue)
                        }
                    }
                }
                writer.field("summary")
                writer.array { writer in
                    for sentence in context.summarySentences {
                        writer.object { writer in
                            located(sentence.span, &writer)
                            writer.field("sentence")
                            writer.int(sentence.sentenceIndex)
                            writer.field("score")
                            writer.double(sentence.score)
                            writer.field("rank")
                            writer.int(sentence.rank)
                        }
                    }
                }
                writer.field("layout")
                writer.array { writer in
                    for mark in document.layout {
                        writer.object { writer in
                            writer.field("role")
                            writer.string(mark.role.rawValue)
                            located(mark.span, &writer)
                        }
                    }
                }
                writer.field("issues")
                writer.array { writer in
                    for issue in context.issues {
                        writer.object { writer in
                            writer.field("kind")
                            writer.string(issue.kind.rawValue)
                            position(issue.range, &writer)
                        }
                    }
                }
            }
        }
    }
}
