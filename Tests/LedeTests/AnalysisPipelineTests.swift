import Lede
import Testing

@Suite struct AnalysisPipelineTests {
    @Test("the builder runs stages in order and records who wrote what")
    func builderRuns() throws {
        let pipeline = try AnalysisPipeline {
            LowercaseNormalizer()
            BlankLineParagraphs()
            WordCounter()
        }
        let document = try pipeline.run("ONE two\n\nThree FOUR five", id: "doc")
        #expect(document.text == "one two\n\nthree four five")
        #expect(document.wordCounts == [2, 3])
        #expect(document.paragraphs.map { document.originalText(of: $0.span) } == ["ONE two", "Three FOUR five"])
        #expect(document.producer(of: .paragraphs) == "test.paragraphs")
        #expect(document.producer(of: AnnotationKeyID(WordCountKey.self)) == "test.word-counter")
        #expect(pipeline.provides == [.paragraphs, AnnotationKeyID(WordCountKey.self)])
        #expect(pipeline.rewritesText)
    }

    @Test("the builder accepts if, else, for and arrays")
    func builderControlFlow() throws {
        let lower = Bool.random()
        let pipeline = try AnalysisPipeline {
            if lower { LowercaseNormalizer() }
            if lower { BlankLineParagraphs() } else { BlankLineParagraphs() }
            for stage in [WordCounter()] { stage }
            [Failing()] as [any AnalysisStage]
        }
        #expect(pipeline.stages.map(\.name).suffix(3) == ["test.paragraphs", "test.word-counter", "test.failing"])
    }

    @Test("a missing requirement is reported when the pipeline is built, naming both sides")
    func missingRequirement() {
        let error = #expect(throws: PipelineError.self) { try AnalysisPipeline { WordCounter() } }
        #expect(error?.code == .missingRequirement)
        #expect(error?.stage == "test.word-counter")
        #expect(
            error?.message
                == "Stage 'test.word-counter' requires 'paragraphs', which no earlier stage provides. Add a stage that provides 'paragraphs' before 'test.word-counter'. Of the built-in stages, 'lede.paragraphs' provides 'paragraphs'."
        )
    }

    @Test("a stage reads what it reads if present when an earlier stage provides it, and does without it")
    func readsIfPresent() throws {
        let with = try AnalysisPipeline {
            BlankLineParagraphs()
            WordCounter()
            WordTotal()
        }
        #expect(try with.run("a b\n\nc")[WordTotalKey.self] == 3)
        let without = try AnalysisPipeline { WordTotal() }
        #expect(without.requires.isEmpty)
        #expect(try without.run("a b\n\nc")[WordTotalKey.self] == 0)
    }

    @Test("a stage that reads if present what only a later stage provides is refused, with the fix")
    func readBeforeProvided() throws {
        let error = #expect(throws: PipelineError.self) {
            try AnalysisPipeline {
                BlankLineParagraphs()
                WordTotal()
                WordCounter()
            }
        }
        #expect(error?.code == .readBeforeProvided)
        #expect(error?.stage == "test.word-total")
        #expect(
            error?.message
                == "Stage 'test.word-total' reads 'test.word-counts' when a document has it, but 'test.word-counter', which provides it, comes later, so 'test.word-total' would never see it. Move 'test.word-counter' before 'test.word-total'."
        )
    }

    @Test("a nested pipeline reads if present what its stages read and do not provide themselves")
    func nestedReadsIfPresent() throws {
        let totals = try AnalysisPipeline(name: "totals") { WordTotal() }
        #expect(totals.readsIfPresent == [AnalysisPipelineTests.wordCounts])
        let counts = try AnalysisPipeline(name: "counts", assuming: [.paragraphs]) {
            WordCounter()
            WordTotal()
        }
        #expect(counts.readsIfPresent.isEmpty)
        let error = #expect(throws: PipelineError.self) {
            try AnalysisPipeline {
                BlankLineParagraphs()
                totals
                WordCounter()
            }
        }
        #expect(error?.code == .readBeforeProvided)
        #expect(error?.stage == "totals")
    }

    static let wordCounts = AnnotationKeyID(WordCountKey.self)

    @Test("requirements can be assumed for a pipeline that continues another")
    func assumptions() throws {
        let tail = try AnalysisPipeline(name: "tail", assuming: [.paragraphs]) { WordCounter() }
        #expect(tail.requires == [.paragraphs])
        let whole = try AnalysisPipeline {
            BlankLineParagraphs()
            tail
        }
        #expect(try whole.run("a b\n\nc").wordCounts == [2, 1])
        #expect(throws: PipelineError.self) { try AnalysisPipeline { tail } }
    }

    @Test("duplicate names are refused, also across nested pipelines")
    func duplicates() throws {
        let error = #expect(throws: PipelineError.self) {
            try AnalysisPipeline {
                BlankLineParagraphs()
                BlankLineParagraphs()
            }
        }
        #expect(error?.code == .duplicateStageName)
        let inner = try AnalysisPipeline(name: "inner") { BlankLineParagraphs() }
        #expect(throws: PipelineError.self) {
            try AnalysisPipeline {
                inner
                BlankLineParagraphs()
            }
        }
    }

    @Test("a normalizer after an annotating stage is refused, with the fix")
    func misplacedNormalizer() {
        let error = #expect(throws: PipelineError.self) {
            try AnalysisPipeline {
                BlankLineParagraphs()
                LowercaseNormalizer()
            }
        }
        #expect(error?.code == .misplacedNormalizer)
        #expect(error?.message.contains("Move 'test.lowercase' before 'test.paragraphs'") == true)
    }

    @Test("a stage error is wrapped with the stage and document")
    func stageErrors() throws {
        let pipeline = try AnalysisPipeline { Failing() }
        let error = #expect(throws: PipelineError.self) { try pipeline.run("this will fail", id: "doc-9") }
        #expect(error?.code == .stageFailed)
        #expect(error?.stage == "test.failing")
        #expect(error?.message == "Stage 'test.failing' failed on document 'doc-9': boom")
        #expect(error?.underlying is Failing.Boom)
    }

    @Test("stages that break their contract are caught at run time")
    func contracts() throws {
        let liar = #expect(throws: PipelineError.self) { try AnalysisPipeline { Liar() }.run("x") }
        #expect(liar?.code == .contractViolation)
        #expect(liar?.message.contains("provides 'test.word-counts' but did not write it") == true)
        let sneaky = #expect(throws: PipelineError.self) { try AnalysisPipeline { SneakyRewriter() }.run("x") }
        #expect(sneaky?.code == .contractViolation)
    }

    @Test("a pipeline is a stage and can be nested")
    func nesting() throws {
        let inner = try AnalysisPipeline(name: "inner") {
            BlankLineParagraphs()
            WordCounter()
        }
        let outer = try AnalysisPipeline {
            LowercaseNormalizer()
            inner
        }
        #expect(StageKind(of: inner) == .pipeline)
        #expect(try outer.run("A B\n\nC").wordCounts == [2, 1])
        #expect(outer.stage(named: "test.word-counter") != nil)
        #expect(outer.stage(named: "nope") == nil)
    }

    @Test("stages can be placed first, last, before and after a named stage")
    func placement() throws {
        let pipeline = try AnalysisPipeline { BlankLineParagraphs() }
        let added = try pipeline.inserting(WordCounter(), at: .after("test.paragraphs"))
            .inserting(LowercaseNormalizer(), at: .first)
            .inserting(Failing(), at: .last)
        #expect(added.stages.map(\.name) == ["test.lowercase", "test.paragraphs", "test.word-counter", "test.failing"])
        let before = try pipeline.inserting(LowercaseNormalizer(), at: .before("test.paragraphs"))
        #expect(before.stages.map(\.name) == ["test.lowercase", "test.paragraphs"])
        #expect(throws: PipelineError.self) { try pipeline.inserting(WordCounter(), at: .before("nope")) }
        #expect(throws: PipelineError.self) { try added.removing("test.paragraphs") }
        #expect(try added.removing("test.failing").stages.count == 3)
        #expect(try added.replacing("test.failing", with: Liar()).stages.last?.name == "test.liar")
    }

    @Test("the explanation lists kinds, requirements, what is read if present, and outputs")
    func explanation() throws {
        let pipeline = try AnalysisPipeline {
            LowercaseNormalizer()
            BlankLineParagraphs()
            WordCounter()
            WordTotal()
        }
        #expect(
            pipeline.explanation.split(separator: "\n") == [
                "#  kind        name               requires    if present        provides",
                "1  normalizer  test.lowercase     -           -                 -",
                "2  segmenter   test.paragraphs    -           -                 paragraphs",
                "3  tagger      test.word-counter  paragraphs  -                 test.word-counts",
                "4  tagger      test.word-total    -           test.word-counts  test.word-total",
            ]
        )
    }

    @Test("many documents run in parallel, in order, with per-document errors")
    func batch() async throws {
        let pipeline = try AnalysisPipeline {
            BlankLineParagraphs()
            WordCounter()
            Failing()
        }
        let documents = (0..<200).map {
            Document(text: $0 % 7 == 3 ? "please fail" : String(repeating: "w ", count: $0 + 1), id: "\($0)")
        }
        let results = await pipeline.run(documents, maxConcurrency: 4)
        #expect(results.count == 200)
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let document):
                #expect(index % 7 != 3)
                #expect(document.id == "\(index)")
                #expect(document.wordCounts == [index + 1])
            case .failure(let error):
                #expect(index % 7 == 3)
                #expect(error.stage == "test.failing")
            }
        }
    }

    @Test("streaming delivers results in input order from a lazy sequence")
    func streaming() async throws {
        let pipeline = try AnalysisPipeline {
            BlankLineParagraphs()
            WordCounter()
        }
        let documents = (0..<100).lazy.map { Document(text: String(repeating: "x ", count: 100 - $0), id: "\($0)") }
        var order: [Int] = []
        await pipeline.run(documents, maxConcurrency: 3) { index, result in
            order.append(index)
            if case .success(let document) = result { #expect(document.id == "\(index)") }
        }
        #expect(order == Array(0..<100))
    }
}
