import Foundation
import Lede
import LedeJSON
import LedeStages
import LedeTesting
import Testing

@Suite struct AnalysisRecordTests {
    /// Texts that exercise every member: the seeds and a few hard cases.
    static let texts: [(id: String, text: String)] =
        Seeds.all.map { ($0.name, $0.text) } + [
            ("empty", ""),
            (
                "mixed",
                "Markets rally\n\n“We are united,” Cavo Dragone said. Prices rose 3% to €4.50 — 🎉 at 5 p.m.\r\n\n"
                    + "Sources told Reuters that the “deal” was close. “Unclosed, she added.\n\nArticle 5 applies."
            ),
            ("control", "Tab\there, bell\u{7}, del\u{7F}, \"straight\" quotes and a back\\slash said Ann."),
        ]

    static func analysed() throws -> [(document: Document, summary: Summary)] {
        let pipeline = try AnalysisPipeline.news()
        return try texts.map { id, text in
            let document = try pipeline.run(text, id: id)
            return (document, try NewsSummarizer(length: .sentences(2)).summarize([document]))
        }
    }

    @Test func theWriterAndTheCodableRecordGiveTheSameJSON() throws {
        for (document, summary) in try Self.analysed() {
            var writer = JSONWriter()
            AnalysisRecord.write(document, summary: summary, into: &writer)
            let record = AnalysisRecord(document, summary: summary)
            let encoded = try JSONEncoder().encode(record)
            #expect(try JSONTree.parse(writer.bytes) == JSONTree.parse(encoded), "\(document.id)")
            let decoded = try JSONDecoder().decode(AnalysisRecord.self, from: Data(writer.bytes))
            #expect(decoded == record, "\(document.id)")
        }
    }

    @Test func membersComeInTheDocumentedOrder() throws {
        let (document, summary) = try #require(try Self.analysed().first)
        var writer = JSONWriter()
        AnalysisRecord.write(document, id: RecordID(7), summary: summary, into: &writer)
        let text = writer.text
        #expect(text.hasPrefix(#"{"id":7,"schema_version":1,"sentences":[{"text":"#))
        let order = ["sentences", "quotes", "attributions", "numbers", "identifiers", "summary", "layout", "issues"]
        let positions = order.compactMap { text.range(of: #""\#($0)":["#)?.lowerBound }
        #expect(positions.count == order.count)
        #expect(positions == positions.sorted())
        #expect(text.contains(#""quotation":0,"part":0,"parts":1,"kind":"#))
        #expect(text.contains(#""cue":"said","cue_start":"#))
        #expect(text.contains(#""cue_lemma":"say","listener":"#))
        #expect(text.contains(#""role":"White House Press Secretary","resolved_from":{"text":"Karoline Leavitt","#))
    }

    @Test func aSpeakerSaysWhereItsNameCameFromAndAPronounWithNoneIsUnresolved() throws {
        let pipeline = try AnalysisPipeline.news()
        let named = AnalysisRecord(try pipeline.run("Marta Quill opened the fair. “We are ready,” Quill said."))
        let speaker = try #require(named.quotes.first?.speaker)
        #expect(speaker.mention == "Quill")
        #expect(speaker.name == "Marta Quill")
        #expect(speaker.resolvedFrom == TextSpanRecord(text: "Marta Quill", start: 0, end: 11))

        let alone = AnalysisRecord(try pipeline.run("“It is over,” she said."))
        let pronoun = try #require(alone.quotes.first?.speaker)
        #expect(pronoun.mention == "she" && pronoun.name == "she" && pronoun.kind == .pronoun)
        #expect(pronoun.resolvedFrom == nil)
        var writer = JSONWriter()
        AnalysisRecord.write(try pipeline.run("“It is over,” she said."), into: &writer)
        #expect(writer.text.contains(#""role":null,"resolved_from":null}"#))
    }

    @Test func reportedSpeechSaysWhereItsCueIs() throws {
        // A curly apostrophe before the cue: code points and bytes differ there.
        let text = "The mayor’s aides told reporters the bridge would reopen in May."
        let record = AnalysisRecord(try AnalysisPipeline.news().run(text))
        let reported = try #require(record.attributions.first)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(reported.cueStart)
        let end = try #require(reported.cueEnd)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "told")
        #expect(reported.cue == "told")
        #expect(reported.listener == "reporters")
    }

    @Test func theDefaultIdIsTheDocumentIdAsAString() throws {
        let document = try AnalysisPipeline.news().run("Hi.", id: "a \"quoted\" id")
        var writer = JSONWriter()
        AnalysisRecord.write(document, into: &writer)
        #expect(writer.text.hasPrefix(#"{"id":"a \"quoted\" id","schema_version":1,"#))
        #expect(AnalysisRecord(document).id == RecordID("a \"quoted\" id"))
    }

    @Test func sentenceRolesAreTheDocumentsLayoutRoles() throws {
        for (document, _) in try Self.analysed() {
            let record = AnalysisRecord(document)
            #expect(record.sentences.map(\.role) == document.sentences.map { document.layoutRole(of: $0.span) })
        }
    }

    @Test func boilerplateNumbersAreListedOnlyWhenAsked() throws {
        let seed = try #require(Seeds.all.first)
        let document = try AnalysisPipeline.news().run(seed.text, id: seed.name)
        var options = AnalysisRecord.Options()
        let plain = AnalysisRecord(document, options: options)
        options.includesBoilerplateNumbers = true
        let all = AnalysisRecord(document, options: options)
        #expect(!plain.numbers.contains { $0.text == "$1.5 billion" })
        #expect(all.numbers.contains { $0.text == "$1.5 billion" })
        #expect(all.numbers.count + all.identifiers.count == document.numbers.count)
    }

    @Test func anAnnotationListEncodesOnItsOwn() throws {
        let document = try AnalysisPipeline.news().run("Shares fell 12% to 240p, analysts said.")
        let data = try JSONEncoder().encode(AnalysisRecord(document).numbers)
        let numbers = try JSONDecoder().decode([NumberRecord].self, from: data)
        #expect(numbers.map(\.text) == ["12%", "240p"])
        #expect(numbers.map(\.kind) == [.percent, .money])
        #expect(numbers.last?.unit == "GBX")
    }

    @Test func theSummaryDefaultsToTheDocumentsOwn() throws {
        var document = try AnalysisPipeline.news().run("First point. Second point. Third point.")
        #expect(AnalysisRecord(document).summary.isEmpty)
        document.summary = try LeadSummarizer(length: .sentences(1)).summarize([document])
        #expect(AnalysisRecord(document).summary.map(\.text) == ["First point."])
    }

    @Test func aRecordOfAnotherVersionDoesNotDecode() throws {
        let record = AnalysisRecord(id: RecordID("x"))
        let json = try #require(String(data: try JSONEncoder().encode(record), encoding: .utf8))
        #expect(try JSONDecoder().decode(AnalysisRecord.self, from: Data(json.utf8)) == record)
        let other = json.replacingOccurrences(of: #""schema_version":1"#, with: #""schema_version":2"#)
        #expect(other != json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AnalysisRecord.self, from: Data(other.utf8)) }
    }

    @Test func aRecordWrittenBeforeCueOffsetsAndResolvedFromDecodes() throws {
        let speaker = #"{"mention":"she","start":14,"end":17,"name":"she","kind":"pronoun","role":null}"#
        let json =
            #"{"id":null,"schema_version":1,"sentences":[],"quotes":[],"attributions":[{"text":"it rained","start":0,"#
            + #""end":9,"speaker":\#(speaker),"cue":"said","cue_lemma":"say","listener":null,"form":"speaker-cue"}],"#
            + #""numbers":[],"identifiers":[],"summary":[],"layout":[],"issues":[]}"#
        let record = try JSONDecoder().decode(AnalysisRecord.self, from: Data(json.utf8))
        let attribution = try #require(record.attributions.first)
        #expect(attribution.cueStart == nil && attribution.cueEnd == nil)
        #expect(attribution.speaker?.resolvedFrom == nil)
        #expect(attribution.speaker?.name == "she")
    }

    @Test func unknownMembersAreIgnoredWhenDecoding() throws {
        let json =
            #"{"id":null,"schema_version":1,"sentences":[{"text":"A.","start":0,"end":2,"paragraph":0,"role":null,"#
            + #""new":1}],"quotes":[],"attributions":[],"numbers":[],"identifiers":[],"summary":[],"layout":[],"#
            + #""issues":[],"later":true}"#
        let record = try JSONDecoder().decode(AnalysisRecord.self, from: Data(json.utf8))
        #expect(record.sentences == [SentenceRecord(text: "A.", start: 0, end: 2, paragraph: 0, role: nil)])
    }
}
