import Foundation
import Lede
import LedeJSON
import LedeStages
import LedeTesting
import Testing

@Suite struct CollectionRecordTests {
    static func documents() throws -> [Document] {
        let pipeline = try AnalysisPipeline.news()
        return try Seeds.all.map { seed in
            var document = try pipeline.run(seed.text, id: seed.name)
            document.summary = try NewsSummarizer(length: .sentences(3)).summarize([document])
            return document
        }
    }

    @Test func theWriterAndTheCodableRecordGiveTheSameJSON() throws {
        let documents = try Self.documents()
        let combined = try NewsSummarizer(length: .sentences(3)).summarize(documents)
        for combined in [combined, nil] {
            var writer = JSONWriter()
            CollectionRecord.write(documents, combined: combined, into: &writer)
            let record = CollectionRecord(documents, combined: combined)
            #expect(try JSONTree.parse(writer.bytes) == JSONTree.parse(JSONEncoder().encode(record)))
            #expect(try JSONDecoder().decode(CollectionRecord.self, from: Data(writer.bytes)) == record)
        }
    }

    @Test func theCombinedSummaryIsLeftOutWhenThereIsNone() throws {
        let documents = try Self.documents()
        var writer = JSONWriter()
        CollectionRecord.write(documents, combined: nil, into: &writer)
        #expect(writer.text.hasPrefix(#"{"schema_version":1,"documents":[{"id":"000_"#))
        #expect(!writer.text.contains(#""combined""#))
        let combined = try NewsSummarizer(length: .sentences(3)).summarize(documents)
        writer = JSONWriter()
        CollectionRecord.write(documents, combined: combined, into: &writer)
        #expect(writer.text.contains(#"],"combined":[{"document":"#))
        let record = try JSONDecoder().decode(CollectionRecord.self, from: Data(writer.bytes))
        #expect(record.documents.map(\.id) == Seeds.all.map { RecordID($0.name) })
        #expect(record.documents.allSatisfy { $0.summary.count == 3 })
        #expect(record.combined?.map(\.rank).sorted() == [1, 2, 3])
    }
}
