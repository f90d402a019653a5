import Foundation
public import Lede
import LedeJSON
import LedeStages

/// Stops the run with a message when an invariant does not hold, so that libFuzzer keeps the input.
func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

/// Runs the news pipeline and the default summary on bytes decoded as the command line decodes
/// a file, and checks what the API promises of the result.
///
/// `DocumentCheck` has no instances.
public enum DocumentCheck: Sendable {
    static let pipeline: AnalysisPipeline? = try? AnalysisPipeline.news()
    static let summarizer = NewsSummarizer(length: .sentences(3))

    /// Analyses and summarizes the bytes, then checks every span.
    ///
    /// - Parameter bytes: Any bytes.
    public static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let pipeline else { fatalError("the news pipeline cannot be made") }
        var document = Document(decoding: bytes, id: "fuzz")
        do {
            try pipeline.process(&document)
        } catch {
            return  // A clear error is an allowed answer to bad input.
        }
        let summary = try? summarizer.summarize([document])
        check(document, summary: summary)
    }

    /// Checks the spans of an analysed document and of its summary.
    ///
    /// - Parameters:
    ///   - document: An analysed document.
    ///   - summary: Its summary, if any.
    public static func check(_ document: Document, summary: Summary?) {
        let spans = SpanCheck(document)
        spans.inOrder(document.paragraphs.map(\.span), "paragraphs", disjoint: true)
        spans.inOrder(document.sentences.map(\.span), "sentences", disjoint: true)
        for sentence in document.sentences {
            require(document.paragraphs.indices.contains(sentence.paragraph), "sentence paragraph index")
            require(
                sentence.span.isInside(document.paragraphs[sentence.paragraph].span),
                "sentence \(sentence.span) outside its paragraph"
            )
        }
        spans.inOrder(document.tokens.map(\.span), "tokens", disjoint: true)
        spans.inOrder(document.layout.map(\.span), "layout", disjoint: false)
        spans.inOrder(document.quotes.map(\.span), "quotes", disjoint: false)
        for quote in document.quotes {
            spans.inOrder(quote.parts, "quote parts", disjoint: true)
            for part in quote.parts { require(part.isInside(quote.span), "quote part \(part) outside \(quote.span)") }
        }
        for issue in document.quoteIssues { spans.valid(issue.mark, "quote issue") }
        spans.inOrder(document.mentions.map(\.span), "mentions", disjoint: false)
        spans.inOrder(document.cues.map(\.span), "cues", disjoint: false)
        for cue in document.cues { spans.valid(cue.listener, "cue listener") }
        spans.inOrder(document.numbers.map(\.span), "numbers", disjoint: false)
        for entity in document.speakers {
            for mention in entity.mentions { spans.valid(mention, "speaker mention") }
            for index in entity.attributions {
                require(document.attributions.indices.contains(index), "speaker attribution index")
            }
        }
        for attribution in document.attributions {
            spans.valid(attribution.content, "attribution content")
            if let quote = attribution.quote { require(document.quotes.indices.contains(quote), "attribution quote") }
            if let speaker = attribution.speaker {
                spans.valid(speaker.mention, "speaker")
                spans.valid(speaker.resolvedFrom, "speaker resolved from")
                spans.valid(speaker.foundMention, "speaker found mention")
            }
            if let cue = attribution.cue {
                spans.valid(cue.span, "attribution cue")
                spans.valid(cue.listener, "attribution cue listener")
            }
        }
        let originalLength = document.original.utf8.count
        for sentence in document.sentences {
            let range = document.originalRange(of: sentence.span)
            require(range.lowerBound >= 0 && range.upperBound <= originalLength, "original range \(range)")
        }
        guard let summary else { return }
        for chosen in summary.sentences {
            require(chosen.documentIndex == 0, "summary document index \(chosen.documentIndex)")
            require(document.sentences.indices.contains(chosen.sentenceIndex), "summary sentence index")
            require(
                document.sentences[chosen.sentenceIndex].span == chosen.span,
                "summary sentence \(chosen.span) is not sentence \(chosen.sentenceIndex)"
            )
        }
    }
}

/// Where spans may start and end in a document's working text.
struct SpanCheck {
    /// Whether spans must also fall on `Character` boundaries (`LEDE_FUZZ_CHARACTERS` is set).
    ///
    /// Read once: reading the environment builds a dictionary, and doing it for every span cost
    /// most of the run time.
    static let checksCharacters = ProcessInfo.processInfo.environment["LEDE_FUZZ_CHARACTERS"] != nil

    let length: Int
    /// `true` at each UTF-8 offset that starts a Unicode scalar (and at the end).
    let scalarStarts: [Bool]
    /// `true` at each UTF-8 offset that starts a `Character` (and at the end); empty unless
    /// `checksCharacters`, since finding grapheme breaks is slow under AddressSanitizer.
    let characterStarts: [Bool]

    init(_ document: Document) {
        let text = document.text
        length = text.utf8.count
        var scalars = [Bool](repeating: false, count: length + 1)
        var offset = 0
        for byte in text.utf8 {
            scalars[offset] = byte & 0xC0 != 0x80
            offset += 1
        }
        scalars[length] = true
        scalarStarts = scalars
        guard Self.checksCharacters else {
            characterStarts = []
            return
        }
        var characters = [Bool](repeating: false, count: length + 1)
        for index in text.indices { characters[text.utf8.distance(from: text.startIndex, to: index)] = true }
        characters[length] = true
        characterStarts = characters
    }

    func valid(_ span: Span?, _ what: String) {
        guard let span else { return }
        require(
            span.start >= 0 && span.start <= span.end && span.end <= length,
            "\(what) \(span) outside 0..<\(length)"
        )
        require(scalarStarts[span.start] && scalarStarts[span.end], "\(what) \(span) splits a Unicode scalar")
        if Self.checksCharacters {
            require(characterStarts[span.start] && characterStarts[span.end], "\(what) \(span) splits a character")
        }
    }

    func inOrder(_ spans: [Span], _ what: String, disjoint: Bool) {
        var previous: Span?
        for span in spans {
            valid(span, what)
            if let previous {
                require(previous.start <= span.start, "\(what) out of order: \(previous) then \(span)")
                if disjoint { require(previous.end <= span.start, "\(what) overlap: \(previous) and \(span)") }
            }
            previous = span
        }
    }
}

/// Runs bytes as one JSON Lines input line through the processor `summarize --jsonl` uses, and
/// checks that the answer is one line of JSON.
///
/// `JSONLinesCheck` has no instances.
public enum JSONLinesCheck: Sendable {
    static let processor: JSONLinesProcessor? = {
        guard let pipeline = try? AnalysisPipeline.news() else { return nil }
        return JSONLinesProcessor(pipeline: pipeline) { documents, sentences in
            try NewsSummarizer(length: .sentences(min(sentences ?? 3, 50))).summarize(documents)
        }
    }()

    /// Processes the bytes as line 1 and checks the output.
    ///
    /// - Parameter bytes: Any bytes.
    public static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let processor else { fatalError("the news pipeline cannot be made") }
        let output = processor.process(Array(bytes), number: 1)
        require(output.last == UInt8(ascii: "\n"), "output does not end in a line feed")
        require(output.firstIndex(of: UInt8(ascii: "\n")) == output.count - 1, "output holds more than one line")
        let json = Data(parseable(output.dropLast()))
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        } catch {
            fatalError("output is not JSON (\(error)): \(String(decoding: output, as: UTF8.self))")
        }
        require(object is [String: Any], "output is not a JSON object")
    }

    /// The JSON text with every `\u` escape of a surrogate replaced by `\uFFFD`, and every
    /// number outside strings that is too large for a `Double` replaced by `0`.
    ///
    /// An `id` comes back exactly as given, and two kinds of valid RFC 8259 that
    /// `JSONSerialization` refuses may come with it: a lone surrogate escape (`"\ud800"`), and a
    /// number no `Double` holds (`1e88220`). The check is about the rest of the line. Inside a
    /// string, a backslash always starts a two-byte escape or a `\u` one, so escaped
    /// backslashes (`"\\ud800"`) are stepped over.
    static func parseable(_ json: ArraySlice<UInt8>) -> [UInt8] {
        let input = Array(json)
        var result: [UInt8] = []
        result.reserveCapacity(input.count)
        var index = 0
        var inString = false
        while index < input.count {
            let byte = input[index]
            if inString {
                if byte == UInt8(ascii: "\\"), index + 1 < input.count {
                    if isSurrogateEscape(input, at: index) {
                        result += Array("\\uFFFD".utf8)
                        index += 6
                    } else {
                        result += input[index..<(index + 2)]
                        index += 2
                    }
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                result.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                let start = index
                while index < input.count, Self.numberBytes.contains(input[index]) { index += 1 }
                // Only a number too large for a `Double` is replaced: the parser checks the rest.
                let number = input[start..<index]
                if let value = Double(String(decoding: number, as: UTF8.self)), !value.isFinite {
                    result.append(UInt8(ascii: "0"))
                } else {
                    result += number
                }
            } else {
                if byte == UInt8(ascii: "\"") { inString = true }
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    /// Whether a `\u` escape of a surrogate starts at `index`.
    private static func isSurrogateEscape(_ json: [UInt8], at index: Int) -> Bool {
        guard index + 6 <= json.count, json[index + 1] == UInt8(ascii: "u"),
            let value = UInt16(String(decoding: json[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16)
        else { return false }
        return UTF16.isLeadSurrogate(value) || UTF16.isTrailSurrogate(value)
    }

    /// The bytes a JSON number is written with.
    private static let numberBytes = Set("-+.eE0123456789".utf8)
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the command line's options on a check.
///
/// - Parameter callback: Runs one input.
/// - Returns: libFuzzer's exit status.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return runDriver(&argc, &argv, callback)
}
