internal import Lede

/// A content word of a sentence and how often the sentence has it.
struct TermCount: Hashable {
    /// The word's identifier in ``SummaryInput``'s vocabulary.
    var term: Int32
    /// How often it occurs in the sentence.
    var count: Int32
}

/// The sentences the summarizers choose from, gathered from one or more documents, with their
/// words and the units they must be chosen in.
///
/// - **Candidates** are the body sentences (`Document.isBodyText(_:)`) of every
///   document, in document order.
/// - **Words** are the `word` and `number` tokens of each sentence, in lower case, with a
///   possessive `'s` removed (`AOL's` is `aol`). A sentence's *bag* holds its content words
///   (not in ``SummaryStopWords``) with their counts.
/// - **Units** tie together the sentences of a quotation that runs over several sentences and
///   the sentence that attributes it (its speaker or reporting verb), for every form of
///   attribution but `AttributionForm.context` (where the speaker is only inferred from the
///   passage around the quotation). A unit with a sentence that is not body text can never be
///   chosen: choosing part of it would cut the quotation from its attribution.
///
/// Building the input is linear in the number of tokens and quotations.
struct SummaryInput {
    /// What every built-in summarizer needs: sentences, layout and tokens.
    static let requirements: Set<AnnotationKeyID> = [.sentences, .layout, .tokens]

    /// What every built-in summarizer reads when a document has it: quotations and attributions.
    ///
    /// They tie sentences into units; without them each sentence is a unit of its own.
    static let optionalInputs: Set<AnnotationKeyID> = [.quotes, .attributions]

    /// A body sentence that may be chosen.
    struct Candidate {
        /// The index of its document.
        var document: Int
        /// Its index in the document's `Document.sentences`.
        var sentence: Int
        /// Its position among the body sentences of its document, from 0.
        var position: Int
        /// The index of its unit in ``SummaryInput/units``.
        var unit: Int
    }

    /// The documents.
    let documents: [Document]
    /// The body sentences of all documents, in document order.
    private(set) var candidates: [Candidate] = []
    /// The words of every candidate in order, as term identifiers, stop words included; see
    /// ``words(of:)``.
    private var wordTerms: [Int32] = []
    /// Where each candidate's words start in ``wordTerms``; one more entry than candidates.
    private var wordStarts: [Int] = [0]
    /// Each candidate's content words with their counts, sorted by term.
    private(set) var bags: [[TermCount]] = []
    /// Whether each term is a stop word.
    var isStopWord: [Bool] { vocabulary.isStopWord }
    /// The candidates of each unit, in document order.
    private(set) var units: [[Int]] = []
    /// Whether each unit may be chosen: all its sentences are body text.
    private(set) var unitIsEligible: [Bool] = []
    /// The content words of each document's headline (empty when it has none).
    private(set) var headlines: [[TermCount]] = []
    /// How many body sentences each document has.
    private(set) var bodyCounts: [Int] = []
    /// For each document, the candidate of each of its sentences, or -1 for one that is not
    /// body text.
    private(set) var candidateOfSentence: [[Int]] = []

    /// The number of distinct words.
    var termCount: Int { vocabulary.count }

    private var vocabulary = SummaryVocabulary()

    /// Gathers the candidates of the documents.
    ///
    /// - Parameter documents: Documents with sentences, layout and tokens, and if they have
    ///   them, quotations and attributions.
    init(_ documents: [Document]) {
        self.documents = documents
        for (documentIndex, document) in documents.enumerated() {
            add(document, at: documentIndex)
        }
    }

    // MARK: Gathering

    private mutating func add(_ document: Document, at documentIndex: Int) {
        let sentences = document.sentences
        let tokens = document.tokens
        let layout = document.layout
        let roots = SummaryInput.unitRoots(of: document, sentences: sentences)
        let wordKind = TokenKind.word
        let numberKind = TokenKind.number

        var unitOfRoot: [Int: Int] = [:]
        var headline: [Int32] = []
        var candidateIndices = [Int](repeating: -1, count: sentences.count)
        var tokenIndex = 0
        var position = 0
        var markIndex = 0
        var scratch: [Int32] = []
        var text = document.text
        text.withUTF8 { bytes in
            tokens.withUnsafeBufferPointer { tokens in addSentences(bytes, tokens) }
        }
        func addSentences(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>) {
            for (sentenceIndex, sentence) in sentences.enumerated() {
                // Tokens are in text order, like sentences: walk both once.
                while tokenIndex < tokens.count && tokens[tokenIndex].span.start < sentence.span.start {
                    tokenIndex += 1
                }
                let firstWord = wordTerms.count
                while tokenIndex < tokens.count && tokens[tokenIndex].span.end <= sentence.span.end {
                    let span = tokens[tokenIndex].span
                    let isWord = tokens[tokenIndex].kind == wordKind || tokens[tokenIndex].kind == numberKind
                    tokenIndex += 1
                    guard isWord else { continue }
                    wordTerms.append(vocabulary.term(bytes, span.range) { document.text(of: span) })
                }
                let root = roots[sentenceIndex]
                let unit: Int
                if let known = unitOfRoot[root] {
                    unit = known
                } else {
                    unit = units.count
                    unitOfRoot[root] = unit
                    units.append([])
                    unitIsEligible.append(true)
                }
                if let role = SummaryInput.role(of: sentence.span, in: layout, from: &markIndex) {
                    unitIsEligible[unit] = false
                    if role == .headline { headline += wordTerms[firstWord...] }
                    wordTerms.removeSubrange(firstWord...)
                    continue
                }
                units[unit].append(candidates.count)
                candidateIndices[sentenceIndex] = candidates.count
                candidates.append(
                    Candidate(document: documentIndex, sentence: sentenceIndex, position: position, unit: unit)
                )
                wordStarts.append(wordTerms.count)
                bags.append(bag(of: wordTerms[firstWord...], scratch: &scratch))
                position += 1
            }
        }
        headlines.append(bag(of: headline[...], scratch: &scratch))
        bodyCounts.append(position)
        candidateOfSentence.append(candidateIndices)
    }

    /// A candidate's words in order, as term identifiers, stop words included.
    ///
    /// - Parameter candidate: The candidate's index.
    /// - Returns: Its words.
    func words(of candidate: Int) -> ArraySlice<Int32> {
        wordTerms[wordStarts[candidate]..<wordStarts[candidate + 1]]
    }

    /// The role of the layout mark that contains a span, as `Document.layoutRole(of:)` gives
    /// it, for spans asked in text order: `markIndex` moves past the marks that start before
    /// the span, so all the sentences of a document cost one walk over its marks.
    private static func role(of span: Span, in marks: [LayoutMark], from markIndex: inout Int) -> LayoutRole? {
        while markIndex < marks.count && marks[markIndex].span.start <= span.start { markIndex += 1 }
        // Of the marks that start at or before the span, the latest that contains it.
        for index in stride(from: markIndex - 1, through: 0, by: -1) where span.isInside(marks[index].span) {
            return marks[index].role
        }
        return nil
    }

    /// The content words of some words with their counts, sorted by term; `scratch` is a
    /// buffer to reuse.
    private func bag(of words: ArraySlice<Int32>, scratch: inout [Int32]) -> [TermCount] {
        scratch.removeAll(keepingCapacity: true)
        let isStopWord = vocabulary.isStopWord
        for term in words where !isStopWord[Int(term)] { scratch.append(term) }
        scratch.sort()
        var bag: [TermCount] = []
        bag.reserveCapacity(scratch.count)
        for term in scratch {
            if let last = bag.last, last.term == term {
                bag[bag.count - 1].count += 1
            } else {
                bag.append(TermCount(term: term, count: 1))
            }
        }
        return bag
    }

    // MARK: Units

    /// For each sentence, a representative of the sentences it must be chosen with.
    private static func unitRoots(of document: Document, sentences: [Sentence]) -> [Int] {
        var parent = Array(sentences.indices)
        func find(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func union(_ first: Int, _ second: Int) {
            let (a, b) = (find(first), find(second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        let quotes = document.quotes
        guard !quotes.isEmpty, !sentences.isEmpty else { return parent }
        var attributionOfQuote: [Int: Attribution] = [:]
        for attribution in document.attributions {
            if let quote = attribution.quote { attributionOfQuote[quote] = attribution }
        }
        for (quoteIndex, quote) in quotes.enumerated() {
            guard let first = sentence(containing: quote.span.start, in: sentences) else { continue }
            // Every sentence the quotation runs over.
            var index = first + 1
            while index < sentences.count && sentences[index].span.start < quote.span.end {
                union(first, index)
                index += 1
            }
            // The sentence of its speaker and of its reporting verb.
            guard let attribution = attributionOfQuote[quoteIndex], attribution.form != .context else { continue }
            for span in [attribution.speaker?.mention, attribution.cue?.span].compactMap({ $0 }) {
                if let other = sentence(containing: span.start, in: sentences) { union(first, other) }
            }
        }
        return sentences.indices.map(find)
    }

    /// The index of the sentence that holds a byte offset, or the nearest one before it.
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.start <= offset { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    // MARK: Results

    /// A summary sentence for a candidate.
    ///
    /// - Parameters:
    ///   - candidate: The candidate's index.
    ///   - score: Its score.
    ///   - rank: Its rank by score, from 1.
    ///   - provenance: The stage and rule.
    /// - Returns: The summary sentence.
    func summarySentence(_ candidate: Int, score: Double, rank: Int, provenance: Provenance) -> SummarySentence {
        let item = candidates[candidate]
        let document = documents[item.document]
        let span = document.sentences[item.sentence].span
        return SummarySentence(
            documentID: document.id,
            documentIndex: item.document,
            sentenceIndex: item.sentence,
            span: span,
            originalRange: document.originalRange(of: span),
            text: String(document.originalText(of: span)),
            score: score,
            rank: rank,
            provenance: provenance
        )
    }
}

extension [TermCount] {
    /// The cosine of two bags of word counts, both sorted by word.
    ///
    /// - Parameter other: The other bag.
    /// - Returns: A value from 0 to 1; 0 when either bag is empty.
    func cosine(_ other: [TermCount]) -> Double {
        var dot = 0.0
        var (left, right) = (0, 0)
        while left < count && right < other.count {
            if self[left].term == other[right].term {
                dot += Double(self[left].count) * Double(other[right].count)
                left += 1
                right += 1
            } else if self[left].term < other[right].term {
                left += 1
            } else {
                right += 1
            }
        }
        guard dot > 0 else { return 0 }
        let norm = reduce(0) { $0 + pow2(Double($1.count)) } * other.reduce(0) { $0 + pow2(Double($1.count)) }
        return dot / norm.squareRoot()
    }
}
