@_spi(Verification) public import Lede

/// Checks that an `AnalysisStage` keeps the contract every stage must keep.
///
/// Call it from a stage's tests, with the stages that must run before it:
///
/// ```swift
/// @Test func keepsTheStageContract() throws {
///     try StageVerifier.verify(HashtagTagger(), after: [ParagraphSegmenter(), SentenceSegmenter(), WordTokenizer()])
/// }
/// ```
///
/// On each case text (by default ``standardCases`` plus the seed articles) it checks that
/// the stage:
/// - runs after the given stages: their `AnalysisStage.provides` cover its
///   `AnalysisStage.requires`;
/// - does not throw;
/// - writes every key it provides and no key it does not;
/// - reads no key outside its requires, reads-if-present and provides, and gives the same
///   output when the document holds only those keys;
/// - does not throw when the document holds only what it requires (what it reads if present
///   may be missing);
/// - keeps every `Span` it writes inside the working text and on Unicode scalar
///   boundaries, and mappable to the original input;
/// - leaves the text alone unless it is a `Normalizer`; a normalizer's map must send each
///   edit to a valid region of the original, and the unchanged text must match the original;
/// - is deterministic: the same input gives equal output;
/// - is safe to run twice: a second run does not throw and gives the same output (for a
///   normalizer: changes nothing more).
///
/// All failures are collected and thrown together as a ``StageVerificationError``.
/// `StageVerifier` has no instances.
public enum StageVerifier: Sendable {
    /// Texts that exercise the hard cases: empty and blank text, curly, straight, guillemet
    /// and low-9 quotes, apostrophes, combining marks, emoji, CRLF, control and zero-width
    /// characters, unbalanced quotes, non-Latin scripts, text with nothing to find, and a long text.
    public static let standardCases: [String] = [
        "",
        "  \n\t \n",
        "The committee met on Tuesday. It approved the plan.",
        "“We are united, and that unity was truly tangible today,” Cavo Dragone said. NATO’s Article 5 applies.",
        "\"We are united,\" he said. 'Don't worry,' she added. The lion's share went to Ellis' team in the '90s.",
        "« Nous sommes unis », a-t-il dit. „Wir sind vereint“, sagte er. ‹Oui›, dit-elle.",
        "Cafe\u{301} au lait costs €3.50 in Zu\u{308}rich; the K\u{2011}12 plan costs $1.5 billion.",
        "Fans cheered 🎉🇺🇦 as the team won 3–1. 👍🏽 Tens of thousands came.",
        "First line.\r\nSecond line, said Mr. Smith.\r\n\r\nNew paragraph with 12% growth.\r\n",
        "Zelenskyy met officials in Kyiv — «да», he said — then flew to 東京. Привет, мир!",
        "lorem ipsum dolor sit amet consectetur adipiscing elit",
        "Bell\u{7} and NUL\u{0} chars\u{200B}here.\u{FEFF} Tabs\tand\u{00A0}spaces.",
        "He said “this quote never closes. And ’90s kids’ toys” were “fine.",
        "“The first paragraph of a long quote runs on.\n\n“And the quote continues here,” she said.",
        String(repeating: "The U.S. economy grew 3.1 per cent in the third quarter, officials said. ", count: 120),
    ]

    /// Verifies a stage on the given texts.
    ///
    /// - Parameters:
    ///   - stage: The stage to check.
    ///   - upstream: The stages that run before it, providing what it requires.
    ///   - cases: The texts to run on; defaults to ``standardCases`` and the seed articles.
    /// - Throws: ``StageVerificationError`` listing every failed check.
    public static func verify(
        _ stage: some AnalysisStage,
        after upstream: [any AnalysisStage] = [],
        cases: [String]? = nil
    ) throws(StageVerificationError) {
        var failures: [StageVerificationError.Failure] = []
        func fail(_ check: String, _ caseIndex: Int?, _ message: String) {
            failures.append(.init(stage: stage.name, check: check, caseIndex: caseIndex, message: message))
        }
        let before: AnalysisPipeline
        do {
            before = try AnalysisPipeline(name: "verifier.upstream", stages: upstream)
            _ = try AnalysisPipeline(name: "verifier.pipeline", stages: upstream + [stage])
        } catch {
            fail("order", nil, "The stage cannot follow the given upstream stages: \(error)")
            throw StageVerificationError(failures: failures)
        }
        let texts = cases ?? (standardCases + Seeds.all.map(\.text))
        for (index, text) in texts.enumerated() {
            var base = Document(text: text, id: "case \(index)")
            do {
                try before.process(&base)
            } catch {
                fail("upstream", index, "The upstream stages failed: \(error)")
                continue
            }
            check(stage, base: base, caseIndex: index, fail: fail)
        }
        if !failures.isEmpty { throw StageVerificationError(failures: failures) }
    }

    private static func check(
        _ stage: some AnalysisStage,
        base: Document,
        caseIndex index: Int,
        fail: (String, Int?, String) -> Void
    ) {
        // One recorded run.
        var first = base
        let recorder = first.startRecordingAccess()
        do {
            try stage.process(&first)
        } catch {
            fail("throws", index, "The stage threw: \(error)")
            return
        }
        first.stopRecordingAccess()

        let declaredReads = stage.requires.union(stage.readsIfPresent)
        let undeclaredReads = recorder.reads.subtracting(declaredReads).subtracting(stage.provides)
        for key in undeclaredReads.sorted(by: { $0.name < $1.name }) {
            fail(
                "reads",
                index,
                "The stage read '\(key.name)' but lists it in neither 'requires' nor 'readsIfPresent'."
            )
        }
        for key in recorder.writes.subtracting(stage.provides).sorted(by: { $0.name < $1.name }) {
            fail("writes", index, "The stage wrote '\(key.name)' but does not list it in 'provides'.")
        }
        for key in stage.provides.sorted(by: { $0.name < $1.name }) where !first.hasAnnotation(key) {
            fail("provides", index, "The stage lists '\(key.name)' in 'provides' but did not write it.")
        }

        // The text, and for a normalizer the map back to the original.
        if stage.rewritesText {
            checkMap(of: first, caseIndex: index, fail: fail)
        } else if first.text != base.text {
            fail("text", index, "The stage changed the text but is not a Normalizer.")
        }

        // Spans of what it wrote.
        for key in stage.provides {
            guard let value = first.anyAnnotation(key) else { continue }
            var problems: [String] = []
            SpanWalker.visit(value) { span in
                if let problem = spanProblem(span, in: first) { problems.append(problem) }
            }
            if let problem = problems.first {
                fail(
                    "spans",
                    index,
                    "In '\(key.name)': \(problem)\(problems.count > 1 ? " (and \(problems.count - 1) more)" : "")."
                )
            }
        }

        // Determinism.
        var second = base
        do {
            try stage.process(&second)
            if let key = firstDifference(first, second, keys: stage.provides) {
                fail("deterministic", index, "Two runs on the same input gave different '\(key)'.")
            }
        } catch {
            fail("deterministic", index, "A second run on the same input threw: \(error)")
        }

        // Running twice.
        var twice = first
        do {
            try stage.process(&twice)
            if stage.rewritesText {
                if twice.text != first.text {
                    fail(
                        "twice",
                        index,
                        "Running the normalizer on its own output changed the text again; it must be idempotent."
                    )
                }
            } else if let key = firstDifference(first, twice, keys: stage.provides) {
                fail("twice", index, "Running the stage on its own output changed '\(key)'.")
            }
        } catch {
            fail("twice", index, "Running the stage on its own output threw: \(error)")
        }

        // Only what it declares it reads.
        var minimal = base
        for key in minimal.annotationKeys where !declaredReads.contains(key) { minimal.removeAnnotation(key) }
        do {
            try stage.process(&minimal)
            if let key = firstDifference(first, minimal, keys: stage.provides) {
                fail(
                    "requires",
                    index,
                    "With only the annotations it requires and reads if present, the stage gave different '\(key)'; it reads something it does not declare."
                )
            }
        } catch {
            fail(
                "requires",
                index,
                "With only the annotations it requires and reads if present, the stage threw: \(error)"
            )
        }

        // Without what it reads only if present.
        let optional = stage.readsIfPresent.subtracting(stage.requires).filter { base.hasAnnotation($0) }
        guard !optional.isEmpty else { return }
        var bare = base
        for key in bare.annotationKeys where !stage.requires.contains(key) { bare.removeAnnotation(key) }
        do {
            try stage.process(&bare)
        } catch {
            let names = optional.map { "'\($0.name)'" }.sorted().joined(separator: ", ")
            fail(
                "readsIfPresent",
                index,
                "Without \(names), which it reads only if present, the stage threw: \(error). Handle the missing annotations, or list them in 'requires'."
            )
        }
    }

    private static func checkMap(of document: Document, caseIndex index: Int, fail: (String, Int?, String) -> Void) {
        let working = Array(document.text.utf8)
        let original = Array(document.original.utf8)
        var previous = (working: 0, original: 0)
        for edit in document.offsetMap.edits {
            guard edit.working.lowerBound >= previous.working, edit.original.lowerBound >= previous.original,
                edit.working.upperBound <= working.count, edit.original.upperBound <= original.count
            else {
                fail("map", index, "The offset map has an edit out of order or out of bounds: \(edit).")
                return
            }
            // Between edits the texts must be identical.
            let unchangedWorking = working[previous.working..<edit.working.lowerBound]
            let unchangedOriginal = original[previous.original..<edit.original.lowerBound]
            guard unchangedWorking.elementsEqual(unchangedOriginal) else {
                fail(
                    "map",
                    index,
                    "Text outside the recorded edits differs from the original near working byte \(previous.working)."
                )
                return
            }
            previous = (edit.working.upperBound, edit.original.upperBound)
        }
        guard working[previous.working...].elementsEqual(original[previous.original...]) else {
            fail("map", index, "Text after the last recorded edit differs from the original.")
            return
        }
    }

    private static func spanProblem(_ span: Span, in document: Document) -> String? {
        let count = document.text.utf8.count
        guard span.start >= 0, span.end <= count, span.start <= span.end else {
            return "span \(span) lies outside the working text of \(count) bytes"
        }
        let bytes = document.text.utf8
        func onBoundary(_ offset: Int) -> Bool {
            offset == count || bytes[bytes.index(bytes.startIndex, offsetBy: offset)] & 0xC0 != 0x80
        }
        guard onBoundary(span.start), onBoundary(span.end) else {
            return "span \(span) splits a UTF-8 character"
        }
        let original = document.originalRange(of: span)
        let originalBytes = document.original.utf8
        guard original.lowerBound >= 0, original.upperBound <= originalBytes.count else {
            return "span \(span) maps outside the original input"
        }
        return nil
    }

    private static func firstDifference(_ lhs: Document, _ rhs: Document, keys: Set<AnnotationKeyID>) -> String? {
        if lhs.text != rhs.text { return "text" }
        for key in keys.sorted(by: { $0.name < $1.name }) {
            switch (lhs.anyAnnotation(key), rhs.anyAnnotation(key)) {
            case (nil, nil): continue
            case (let left?, let right?): if !areEqual(left, right) { return key.name }
            default: return key.name
            }
        }
        return nil
    }

    private static func areEqual(_ lhs: any Equatable, _ rhs: any Equatable) -> Bool {
        func compare<T: Equatable>(_ left: T) -> Bool { (rhs as? T) == left }
        return compare(lhs)
    }
}

/// The failures ``StageVerifier`` found, all at once.
///
/// `StageVerificationError` is `Sendable`.
public struct StageVerificationError: Error, Sendable, CustomStringConvertible {
    /// One failed check.
    ///
    /// `Failure` is `Sendable`.
    public struct Failure: Sendable, Hashable, CustomStringConvertible {
        /// The stage's name.
        public var stage: String
        /// The check that failed: `order`, `upstream`, `throws`, `reads`, `writes`, `provides`,
        /// `text`, `map`, `spans`, `deterministic`, `twice`, `requires` or `readsIfPresent`.
        public var check: String
        /// The index of the case text, or `nil` for checks that do not run on a text.
        public var caseIndex: Int?
        /// What went wrong.
        public var message: String

        /// `[stage] check (case N): message`.
        public var description: String {
            "[\(stage)] \(check)\(caseIndex.map { " (case \($0))" } ?? ""): \(message)"
        }
    }

    /// Every failed check.
    public var failures: [Failure]

    /// One line per failure.
    public var description: String {
        "The stage failed \(failures.count) check(s):\n"
            + failures.map { "  " + $0.description }.joined(separator: "\n")
    }
}

/// Finds every ``Span`` inside a value, through structs, enums, optionals and collections.
enum SpanWalker {
    static func visit(_ value: Any, depth: Int = 0, _ body: (Span) -> Void) {
        if let span = value as? Span {
            body(span)
            return
        }
        guard depth < 12 else { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?, .enum?, .tuple?, .optional?, .collection?, .set?, .dictionary?:
            for child in mirror.children { visit(child.value, depth: depth + 1, body) }
        default:
            return
        }
    }
}
