internal import Synchronization

/// A text under analysis: the original input, the working text stages read, and the
/// annotations stages add.
///
/// The ``original`` input never changes. ``text`` starts equal to it; only a ``Normalizer``
/// may rewrite it, through ``replaceText(with:)``, which keeps an ``OffsetMap`` so that every
/// ``Span`` in the working text can be turned back into a range of the original
/// (``originalRange(of:)``). Slicing the original at that range gives the text the
/// annotation is about, as the user wrote it.
///
/// Paragraphs, sentences, tokens, layout marks and the summary are first-class properties.
/// Any other annotation is stored under a typed ``AnnotationKey``:
///
/// ```swift
/// var document = Document(text: "“We are united,” Cavo Dragone said.")
/// try pipeline.process(&document)
/// for sentence in document.sentences { print(document.originalText(of: sentence.span)) }
/// ```
///
/// `Document` is a `Sendable` value type; copies are cheap until one is changed.
public struct Document: Sendable {
    /// An identifier the caller chooses, such as a file name; reported with results and errors.
    public var id: String
    /// The input exactly as given (after UTF-8 repair, see ``inputIssues``).
    public let original: String
    /// The working text that stages read; equal to ``original`` until a normalizer rewrites it.
    public private(set) var text: String
    /// How offsets in ``text`` map back to ``original``.
    public private(set) var offsetMap: OffsetMap = .identity
    /// Increases each time a normalizer rewrites ``text``.
    public private(set) var textRevision = 0
    /// Problems found while decoding the input, such as invalid UTF-8 that was replaced.
    public var inputIssues: [InputIssue] = []

    private var storage = AnnotationStorage()
    /// The stage the pipeline is running; recorded as the producer of what it writes.
    var currentStage: String?
    private var recorder: AccessRecorder?

    /// Creates a document from text.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - id: An identifier for the document.
    public init(text: String, id: String = "") {
        self.id = id
        self.original = text
        self.text = text
    }

    /// Creates a document from bytes that should be UTF-8.
    ///
    /// Each invalid sequence becomes U+FFFD (�) and is reported in ``inputIssues``; no text
    /// is dropped.
    ///
    /// - Parameters:
    ///   - bytes: The input bytes.
    ///   - id: An identifier for the document.
    /// - Complexity: O(*n*).
    public init(decoding bytes: some Collection<UInt8>, id: String = "") {
        let (text, issues) = UTF8Repair.decode(bytes)
        self.init(text: text, id: id)
        self.inputIssues = issues
    }

    // MARK: Annotations

    /// Reads or writes the annotation stored under a key.
    ///
    /// - Parameter key: The key type.
    public subscript<Key: AnnotationKey>(key: Key.Type) -> Key.Value? {
        get {
            if let recorder { recorder.record(read: AnnotationKeyID(key)) }
            guard let box = storage.box(for: ObjectIdentifier(key)) else { return nil }
            // Only this setter stores under the key's identity, always a box of `Key.Value`.
            return unsafeDowncast(box, to: TypedAnnotationBox<Key.Value>.self).value
        }
        set {
            let id = AnnotationKeyID(key)
            recorder?.record(write: id)
            storage.set(newValue.map { TypedAnnotationBox($0, producer: currentStage) }, for: id)
        }
    }

    /// Whether an annotation is stored under a key.
    ///
    /// - Parameter key: The key's ID.
    /// - Returns: `true` if the document has a value for the key.
    public func hasAnnotation(_ key: AnnotationKeyID) -> Bool { storage.box(for: key.identifier) != nil }

    /// Removes the annotation stored under a key, if any.
    ///
    /// - Parameter key: The key's ID.
    public mutating func removeAnnotation(_ key: AnnotationKeyID) {
        recorder?.record(write: key)
        storage.set(nil, for: key)
    }

    /// The keys that have annotations.
    public var annotationKeys: Set<AnnotationKeyID> { Set(storage.annotationKeys) }

    /// The name of the stage that wrote an annotation, when it ran in an ``AnalysisPipeline``.
    ///
    /// - Parameter key: The key's ID.
    /// - Returns: The stage's name, or `nil` if the key is empty or was written outside a pipeline.
    public func producer(of key: AnnotationKeyID) -> String? { storage.box(for: key.identifier)?.producer }

    /// The stored value for a key, whatever its type, for generic tools such as ``StageVerifier``.
    ///
    /// - Parameter key: The key's ID.
    /// - Returns: The value, or `nil`.
    @_spi(Verification) public func anyAnnotation(_ key: AnnotationKeyID) -> (any Sendable & Equatable)? {
        storage.box(for: key.identifier)?.anyValue
    }

    /// Starts recording which annotation keys are read and written, for ``StageVerifier``.
    ///
    /// - Returns: The recorder; it keeps recording until the document is dropped or recording stops.
    @_spi(Verification) public mutating func startRecordingAccess() -> AccessRecorder {
        let recorder = AccessRecorder()
        self.recorder = recorder
        return recorder
    }

    /// Stops recording access.
    @_spi(Verification) public mutating func stopRecordingAccess() { recorder = nil }

    // MARK: Rewriting the text

    /// Replaces the working text with a rewritten one and extends the offset map.
    ///
    /// Only a ``Normalizer`` calls this, before any stage has added annotations (their spans
    /// would no longer point at the right text).
    ///
    /// - Parameter rewriter: The changes, recorded against the current ``text``.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/contractViolation`` if the
    ///   rewriter was made from other text or the document already has annotations.
    public mutating func replaceText(with rewriter: TextRewriter) throws(PipelineError) {
        guard rewriter.hasChanges else { return }
        guard rewriter.source == text else {
            throw PipelineError(
                code: .contractViolation,
                stage: currentStage,
                message:
                    "The TextRewriter was made from another text than the document's current text; make it from document.text."
            )
        }
        guard storage.isEmpty else {
            let keys = storage.annotationKeys.map(\.name).sorted().joined(separator: ", ")
            throw PipelineError(
                code: .contractViolation,
                stage: currentStage,
                message:
                    "The text cannot be rewritten after annotations were added (\(keys)): their spans would no longer match. Run normalizers before every other stage."
            )
        }
        let (newText, map) = rewriter.finish()
        text = newText
        offsetMap = map.composed(after: offsetMap)
        textRevision += 1
    }

    // MARK: Spans

    /// The working text of a span.
    ///
    /// - Parameter span: A span of ``text``.
    /// - Returns: The text it covers.
    public func text(of span: Span) -> Substring {
        text[text.indexRange(utf8: span.range)]
    }

    /// The UTF-8 range of the original input that a working-text span came from.
    ///
    /// - Parameter span: A span of ``text``.
    /// - Returns: A UTF-8 range of ``original``.
    /// - Complexity: O(log *e*) in the number of normalizer edits.
    public func originalRange(of span: Span) -> Range<Int> {
        offsetMap.originalRange(of: span.range)
    }

    /// The original input that a working-text span came from, as the user wrote it.
    ///
    /// - Parameter span: A span of ``text``.
    /// - Returns: The original text.
    public func originalText(of span: Span) -> Substring {
        original[original.indexRange(utf8: originalRange(of: span))]
    }

    /// The `String.Index` range of ``original`` that a working-text span came from.
    ///
    /// - Parameter span: A span of ``text``.
    /// - Returns: Indices into ``original``.
    public func originalIndices(of span: Span) -> Range<String.Index> {
        original.indexRange(utf8: originalRange(of: span))
    }

    /// A table that turns UTF-8 offsets of ``original`` into Unicode code-point offsets, as
    /// JSON consumers expect (Python's `text[start:end]`).
    ///
    /// - Complexity: O(*n*) to build; each lookup is O(log *n*).
    public var scalarOffsets: ScalarOffsetTable { ScalarOffsetTable(original) }
}

/// A problem found in the input bytes of a ``Document``.
///
/// `InputIssue` is `Sendable`.
public struct InputIssue: Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: String, Hashable, Sendable {
        /// Bytes that are not valid UTF-8, replaced with U+FFFD.
        case invalidUTF8
    }

    /// The kind of problem.
    public var kind: Kind
    /// The bytes of the input that were affected.
    public var inputRange: Range<Int>
    /// Where the replacement sits in ``Document/original``, in UTF-8 bytes.
    public var originalRange: Range<Int>

    /// Creates an issue.
    ///
    /// - Parameters:
    ///   - kind: The kind of problem.
    ///   - inputRange: The affected input bytes.
    ///   - originalRange: Where the replacement sits in the original text.
    public init(kind: Kind, inputRange: Range<Int>, originalRange: Range<Int>) {
        self.kind = kind
        self.inputRange = inputRange
        self.originalRange = originalRange
    }

    /// A one-line description, such as `invalid UTF-8 at input bytes 10..<11, replaced with U+FFFD`.
    public var description: String {
        "invalid UTF-8 at input bytes \(inputRange.lowerBound)..<\(inputRange.upperBound), replaced with U+FFFD"
    }
}

/// Records which annotation keys a stage reads and writes; used by ``StageVerifier``.
///
/// `AccessRecorder` is `Sendable`: it guards its sets with a mutex.
@_spi(Verification) public final class AccessRecorder: Sendable {
    private let state = Mutex<(reads: Set<AnnotationKeyID>, writes: Set<AnnotationKeyID>)>(([], []))

    init() {}

    func record(read key: AnnotationKeyID) { state.withLock { _ = $0.reads.insert(key) } }
    func record(write key: AnnotationKeyID) { state.withLock { _ = $0.writes.insert(key) } }

    /// The keys read so far.
    public var reads: Set<AnnotationKeyID> { state.withLock { $0.reads } }
    /// The keys written so far.
    public var writes: Set<AnnotationKeyID> { state.withLock { $0.writes } }
}

extension String {
    /// The `String.Index` range for a UTF-8 byte range; O(1) for native strings.
    func indexRange(utf8 range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return start..<end
    }
}
