import Lede
import LedeTesting
import Testing

enum MarksKey: AnnotationKey {
    typealias Value = [Span]
    static var name: String { "test.marks" }
}

enum OtherKey: AnnotationKey {
    typealias Value = Int
    static var name: String { "test.other" }
}

/// One paragraph per text: the whole text, trimmed.
struct WholeText: Segmenter {
    let name = "test.whole"
    var provides: Set<AnnotationKeyID> { [.paragraphs] }
    func process(_ document: inout Document) throws {
        let trimmed = document.text.utf8.count
        document.paragraphs =
            trimmed == 0 ? [] : [Paragraph(span: Span(0..<trimmed), provenance: Provenance(stage: name, rule: "all"))]
    }
}

/// A well-behaved tagger: marks each "!" .
struct Bangs: Tagger {
    let name = "test.bangs"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        var spans: [Span] = []
        for (offset, byte) in document.text.utf8.enumerated() where byte == UInt8(ascii: ".") {
            spans.append(Span(offset..<offset + 1))
        }
        document[MarksKey.self] = spans
    }
}

struct ReadsUndeclared: Tagger {
    let name = "test.reads-undeclared"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        document[MarksKey.self] = document.paragraphs.map(\.span)
    }
}

struct WritesUndeclared: Tagger {
    let name = "test.writes-undeclared"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        document[MarksKey.self] = []
        document[OtherKey.self] = 1
    }
}

struct ForgetsToWrite: Tagger {
    let name = "test.forgets"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {}
}

struct SplitsCharacters: Tagger {
    let name = "test.splits"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        // One byte from the first non-ASCII character: not a character boundary.
        let bytes = Array(document.text.utf8)
        let first = bytes.firstIndex { $0 >= 0x80 }
        document[MarksKey.self] = first.map { [Span($0..<$0 + 1)] } ?? []
    }
}

struct OutOfBounds: Tagger {
    let name = "test.out-of-bounds"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        document[MarksKey.self] = [Span(0..<document.text.utf8.count + 1)]
    }
}

struct Random: Tagger {
    let name = "test.random"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(OtherKey.self)] }
    func process(_ document: inout Document) throws {
        document[OtherKey.self] = Int.random(in: 0..<1_000_000_000)
    }
}

struct Accumulates: Tagger {
    let name = "test.accumulates"
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(OtherKey.self)] }
    func process(_ document: inout Document) throws {
        document[OtherKey.self] = (document[OtherKey.self] ?? 0) + 1
    }
}

struct ThrowsOnEmoji: Tagger {
    struct Failure: Error {}
    let name = "test.throws"
    var provides: Set<AnnotationKeyID> { [] }
    func process(_ document: inout Document) throws {
        if document.text.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { throw Failure() }
    }
}

struct AppendsBang: Normalizer {
    let name = "test.appends"
    func process(_ document: inout Document) throws {
        var rewriter = TextRewriter(document.text)
        let end = document.text.utf8.count
        rewriter.replace(end..<end, with: "!")
        try document.replaceText(with: rewriter)
    }
}

struct NeedsParagraphs: Tagger {
    let name = "test.needs"
    var requires: Set<AnnotationKeyID> { [.paragraphs] }
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    func process(_ document: inout Document) throws {
        document[MarksKey.self] = document.paragraphs.map(\.span)
    }
}

/// Counts the marks when a document has them, and counts 0 otherwise.
struct CountsMarks: Tagger {
    let name = "test.counts-marks"
    var readsIfPresent: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(OtherKey.self)] }
    func process(_ document: inout Document) throws {
        document[OtherKey.self] = document[MarksKey.self]?.count ?? 0
    }
}

/// Says it reads the marks only if present, but cannot do without them.
struct InsistsOnMarks: Tagger {
    struct Missing: Error, CustomStringConvertible { var description: String { "no marks" } }
    let name = "test.insists"
    var readsIfPresent: Set<AnnotationKeyID> { [AnnotationKeyID(MarksKey.self)] }
    var provides: Set<AnnotationKeyID> { [AnnotationKeyID(OtherKey.self)] }
    func process(_ document: inout Document) throws {
        guard let marks = document[MarksKey.self] else { throw Missing() }
        document[OtherKey.self] = marks.count
    }
}

@Suite struct StageVerifierTests {
    @Test("well-behaved stages pass on every standard case and seed")
    func passes() throws {
        try StageVerifier.verify(Bangs())
        try StageVerifier.verify(WholeText())
        try StageVerifier.verify(NeedsParagraphs(), after: [WholeText()])
    }

    @Test(
        "each broken contract is caught and named",
        arguments: [
            (
                ReadsUndeclared() as any AnalysisStage, "reads",
                "The stage read 'paragraphs' but lists it in neither 'requires' nor 'readsIfPresent'."
            ),
            (WritesUndeclared(), "writes", "The stage wrote 'test.other' but does not list it in 'provides'."),
            (ForgetsToWrite(), "provides", "The stage lists 'test.marks' in 'provides' but did not write it."),
            (SplitsCharacters(), "spans", "splits a UTF-8 character"),
            (OutOfBounds(), "spans", "lies outside the working text"),
            (Random(), "deterministic", "Two runs on the same input gave different 'test.other'."),
            (Accumulates(), "twice", "Running the stage on its own output changed 'test.other'."),
            (ThrowsOnEmoji(), "throws", "The stage threw"),
            (AppendsBang(), "twice", "it must be idempotent"),
        ] as [(any AnalysisStage, String, String)]
    )
    func catches(stage: any AnalysisStage, check: String, message: String) throws {
        let error = try #require(throws: StageVerificationError.self) { try verify(stage) }
        let failure = try #require(error.failures.first { $0.check == check }, "\(error)")
        #expect(failure.message.contains(message), "\(failure.message)")
        #expect(failure.stage == stage.name)
    }

    @Test("a stage may read what it declares it reads if present, with or without it")
    func readsIfPresent() throws {
        try StageVerifier.verify(CountsMarks(), after: [Bangs()])
        try StageVerifier.verify(CountsMarks())
    }

    @Test("a stage that cannot do without what it reads if present fails that check")
    func insistsOnOptionalInput() throws {
        let error = try #require(throws: StageVerificationError.self) {
            try StageVerifier.verify(InsistsOnMarks(), after: [Bangs()], cases: ["One. Two."])
        }
        #expect(error.failures.map(\.check) == ["readsIfPresent"])
        #expect(
            error.failures.first?.message
                == "Without 'test.marks', which it reads only if present, the stage threw: no marks. Handle the missing annotations, or list them in 'requires'."
        )
    }

    @Test("a stage whose requirements the upstream does not provide fails the order check")
    func order() throws {
        let error = try #require(throws: StageVerificationError.self) { try StageVerifier.verify(NeedsParagraphs()) }
        #expect(error.failures.map(\.check) == ["order"])
    }

    @Test("the seed articles load from the repository")
    func seeds() throws {
        #expect(Seeds.all.map(\.name) == ["000_19271642d0346297.txt", "004_66e653aac7ebe387.txt"])
        #expect(try Seeds.text(named: "000_19271642d0346297.txt").hasPrefix("\nU.S., NATO military officials"))
    }

    private func verify(_ stage: some AnalysisStage) throws {
        try StageVerifier.verify(stage)
    }
}
