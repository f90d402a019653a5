internal import Lede

/// A content word of a sentence and how often the sentence has it.
struct TermCount: Hashable {
    /// The word's identifier in ``SummaryInput``'s vocabulary.
    var term: Int32
    /// How often it occurs in the sentence.
    var count: Int32
}

/// The sentences the summarizers choose from, gathered from one or more documents, with their
/// words and the sentences each must be chosen with.
///
/// - **Candidates** are the body sentences (`Document.isBodyText(_:)`) of every
///   document, in document order.
/// - **Words** are the `word` and `number` tokens of each sentence, in lower case, with a
///   possessive `'s` removed (`AOL's` is `aol`). A sentence's *bag* holds its content words
///   (not in ``SummaryStopWords``) with their counts.
/// - **Blocks** keep a quotation whole: the sentences one quotation runs over form a block,
///   chosen all or none. A block *requires* the block of the sentence that attributes its
///   quotation (its speaker or reporting verb), for every form of attribution but
///   `AttributionForm.context` (where the speaker is only inferred from the passage around the
///   quotation): a quotation is never chosen without its attribution. The requirement runs one
///   way, since an attribution reads well without the quotations after it (`Jane Smith said
///   on Monday.` without `"We will win."`), except where the attribution points at the
///   quotation: a sentence that introduces it with a colon (`She told reporters:`), or that
///   names the speaker of the quotation before it (`AttributionForm.followingSentence`:
///   `That was the message from Jane Smith.`). Such an attribution joins the quotation's
///   block. A candidate's *closure* is its block and every block its
///   block requires, directly or not; a closure with a sentence that is not body text can
///   never be chosen.
///
/// Only the first ``maxCandidatesPerDocument`` body sentences of a document are candidates,
/// with the rest of their blocks: a document longer than that is no news article, and its
/// candidates' words and the graph over them would otherwise cost several times the size of
/// its text. A block that requires one beyond them is never chosen.
///
/// Building the input is linear in the number of tokens and quotations, plus the closures.
struct SummaryInput {
    /// The most body sentences of one document that are candidates: 10,000, about 1.2 MB of
    /// news text, some fifty times the longest of the 2,225 BBC articles.
    static let maxCandidatesPerDocument = 10_000

    /// What every built-in summarizer needs: sentences, layout and tokens.
    static let requirements: Set<AnnotationKeyID> = [.sentences, .layout, .tokens]

    /// What every built-in summarizer reads when a document has it: quotations and attributions.
    ///
    /// They tie sentences into blocks; without them each sentence is a block of its own.
    static let optionalInputs: Set<AnnotationKeyID> = [.quotes, .attributions]

    /// A body sentence that may be chosen.
    struct Candidate {
        /// The index of its document.
        var document: Int
        /// Its index in the document's `Document.sentences`.
        var sentence: Int
        /// Its position among the body sentences of its document, from 0.
        var position: Int
        /// The index of its block in ``SummaryInput/blocks``.
        var block: Int
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
    /// The candidates of each block, in document order.
    private(set) var blocks: [[Int]] = []
    /// Whether all the sentences of each block are body text.
    private var blockIsBody: [Bool] = []
    /// The blocks each block requires directly.
    private var blockRequires: [[Int]] = []
    /// Each block's closure: the blocks that must be chosen with it, itself first, then the
    /// others in document order.
    private(set) var closures: [[Int]] = []
    /// Whether each block's closure may be chosen: all its sentences are body text.
    private(set) var closureIsEligible: [Bool] = []
    /// For each block, the other blocks whose closures hold it.
    private(set) var dependents: [[Int]] = []
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
        computeClosures()
    }

    // MARK: Gathering

    private mutating func add(_ document: Document, at documentIndex: Int) {
        let sentences = document.sentences
        let tokens = document.tokens
        let layout = document.layout
        let (roots, requirements) = SummaryInput.blockStructure(of: document, sentences: sentences)
        let wordKind = TokenKind.word
        let numberKind = TokenKind.number

        var blockOfRoot: [Int: Int] = [:]
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
                let root = roots[sentenceIndex]
                // Past the bound, only the rest of the blocks already begun.
                if position >= SummaryInput.maxCandidatesPerDocument && blockOfRoot[root] == nil { continue }
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
                let block: Int
                if let known = blockOfRoot[root] {
                    block = known
                } else {
                    block = blocks.count
                    blockOfRoot[root] = block
                    blocks.append([])
                    blockIsBody.append(true)
                    blockRequires.append([])
                }
                if let role = SummaryInput.role(of: sentence.span, in: layout, from: &markIndex) {
                    blockIsBody[block] = false
                    if role == .headline { headline += wordTerms[firstWord...] }
                    wordTerms.removeSubrange(firstWord...)
                    continue
                }
                blocks[block].append(candidates.count)
                candidateIndices[sentenceIndex] = candidates.count
                candidates.append(
                    Candidate(document: documentIndex, sentence: sentenceIndex, position: position, block: block)
                )
                wordStarts.append(wordTerms.count)
                bags.append(bag(of: wordTerms[firstWord...], scratch: &scratch))
                position += 1
            }
        }
        headlines.append(bag(of: headline[...], scratch: &scratch))
        bodyCounts.append(position)
        candidateOfSentence.append(candidateIndices)
        for (from, to) in requirements {
            guard let first = blockOfRoot[roots[from]] else { continue }
            guard let second = blockOfRoot[roots[to]] else {
                // What it requires lies past the bound on candidates.
                blockIsBody[first] = false
                continue
            }
            guard first != second, !blockRequires[first].contains(second) else { continue }
            blockRequires[first].append(second)
        }
    }

    /// Each block's closure, whether it may be chosen, and the blocks that depend on each.
    private mutating func computeClosures() {
        closures.reserveCapacity(blocks.count)
        closureIsEligible.reserveCapacity(blocks.count)
        dependents = Array(repeating: [], count: blocks.count)
        var seen = [Int](repeating: -1, count: blocks.count)
        for block in blocks.indices {
            guard !blockRequires[block].isEmpty else {
                closures.append([block])
                closureIsEligible.append(blockIsBody[block])
                continue
            }
            var closure = [block]
            seen[block] = block
            var next = 0
            while next < closure.count {
                for other in blockRequires[closure[next]] where seen[other] != block {
                    seen[other] = block
                    closure.append(other)
                }
                next += 1
            }
            let others = closure.dropFirst().sorted()
            for other in others { dependents[other].append(block) }
            closures.append([block] + others)
            closureIsEligible.append(closure.allSatisfy { blockIsBody[$0] })
        }
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

    // MARK: Blocks

    /// For each sentence, a representative of its block; and each requirement of a sentence
    /// on another (the quotation's first sentence on its attribution's).
    private static func blockStructure(
        of document: Document,
        sentences: [Sentence]
    ) -> (roots: [Int], requirements: [(from: Int, to: Int)]) {
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
        guard !quotes.isEmpty, !sentences.isEmpty else { return (parent, []) }
        var attributionOfQuote: [Int: Attribution] = [:]
        for attribution in document.attributions {
            if let quote = attribution.quote { attributionOfQuote[quote] = attribution }
        }
        var requirements: [(from: Int, to: Int)] = []
        for (quoteIndex, quote) in quotes.enumerated() {
            guard let first = sentence(containing: quote.span.start, in: sentences) else { continue }
            // Every sentence the quotation runs over.
            var last = first
            while last + 1 < sentences.count && sentences[last + 1].span.start < quote.span.end {
                last += 1
                union(first, last)
            }
            // The sentences of its speaker and of its reporting verb.
            guard let attribution = attributionOfQuote[quoteIndex], attribution.form != .context else { continue }
            for span in [attribution.speaker?.mention, attribution.cue?.span].compactMap({ $0 }) {
                guard let other = sentence(containing: span.start, in: sentences), other < first || other > last
                else { continue }
                // An attribution that introduces the quotation with a colon, or names the
                // speaker of the quotation before it, reads only with it.
                let pointsAtQuotation =
                    attribution.form == .followingSentence
                    || (attribution.form == .introducing && endsWithColon(sentences[other].span, in: document))
                if pointsAtQuotation { union(first, other) } else { requirements.append((first, other)) }
            }
        }
        return (sentences.indices.map(find), requirements)
    }

    /// Whether a sentence ends with a colon, perhaps before closing quotation marks or spaces.
    private static func endsWithColon(_ span: Span, in document: Document) -> Bool {
        let text = document.text(of: span)
        guard
            let last = text.unicodeScalars.last(where: {
                !$0.properties.isWhitespace && !"\"'”’»".unicodeScalars.contains($0)
            })
        else { return false }
        return last == ":"
    }

    /// The index of the sentence that holds a byte offset, or the nearest one before it.
    static func sentence(containing offset: Int, in sentences: [Sentence]) -> Int? {
        sentences.lastIndex(startingAtOrBefore: offset)
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
