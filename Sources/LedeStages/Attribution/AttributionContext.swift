internal import Lede
internal import PCRE2

/// The per-document work of ``AttributionFinder``.
struct AttributionContext {
    let stage: String
    let text: String
    let original: String
    let offsetMap: OffsetMap
    let bytes: [UInt8]
    let quotes: [Quote]
    let sentences: [Sentence]
    let paragraphs: [Paragraph]
    let tokens: [Token]
    let isBody: [Bool]  // per sentence
    /// Reporting verbs outside quotations, in text order.
    var cues: [Span] = []
    /// The same verbs, with their base forms.
    var cueWords: [AttributionLexicon.CueWord] = []
    /// Where capitalized role words and titles introduce a name.
    var roleStarts: [Int] = []
    /// Spans of quotations in running text, in order, for masking.
    let quoteSpans: [Span]
    /// Where `ccord` occurs in any ASCII case, in order: a search for `according to` is run
    /// only where one of these lies in its range.
    let ccordOffsets: [Int]
    var entities: [Entity] = []
    /// The entities by full name, and by last name word: lookups stay constant-time.
    var entityByName: [String: Int] = [:]
    var entitiesByLastWord: [String: [Int]] = [:]
    /// Single names seen after a title (`Mr Blair`), with the title's gender: a person.
    var titledNames: [String: Gender?] = [:]
    /// Speaker kinds already worked out, by mention.
    let kindMemo = KindMemo()

    /// A per-document cache; the context is used by one task only.
    final class KindMemo {
        var kinds = SpanTable<SpeakerKind>()
        /// By text: the same phrase ("he", "Mr Blair", "the company") recurs in a document.
        var kindsByText: [String: SpeakerKind] = [:]
        var splits: [String: (role: String?, title: String?, name: [String])] = [:]
        /// The ends of runs of two to four capitalized words, by the last word; made when first
        /// needed.
        var runEnds: [String: [Int]]?
        /// Whether a bare full name ends in a word, by word.
        var endsBareName: [String: Bool] = [:]
        /// The bare name each run end makes, or `nil` for none, by token index.
        var bareNameAt: [Int: (name: [String], mention: Span)?] = [:]
    }

    struct Entity {
        var name: String
        var tokens: [String]
        var role: String?
        var gender: Gender?
        var mention: Span
        /// Whether the name was only seen as a run of capitalized words, with no role or title
        /// before it and not as a speaker: good enough to complete a short form, not to stand
        /// for a pronoun.
        var isBareName = false
    }

    enum Gender { case male, female }

    init(document: Document, stage: String) throws {
        self.stage = stage
        text = document.text
        original = document.original
        offsetMap = document.offsetMap
        bytes = Array(document.text.utf8)
        quotes = document.quotes
        sentences = document.sentences
        paragraphs = document.paragraphs
        tokens = document.tokens
        // A sentence is body text unless a layout mark contains it; marks and sentences are
        // both in text order, so one sweep decides all sentences.
        let marks = document.layout.map(\.span)
        var isBody: [Bool] = []
        isBody.reserveCapacity(document.sentences.count)
        var mark = 0
        for sentence in document.sentences {
            while mark < marks.count && marks[mark].end < sentence.span.end { mark += 1 }
            // Marks rarely nest; look at the few that end at or after the sentence's end.
            var inside = false
            var candidate = mark
            while candidate < marks.count && marks[candidate].start <= sentence.span.start {
                if sentence.span.isInside(marks[candidate]) {
                    inside = true
                    break
                }
                candidate += 1
            }
            isBody.append(!inside)
        }
        self.isBody = isBody
        quoteSpans = document.quotes.filter { $0.depth == 0 }.map(\.span)
        ccordOffsets = bytes.withUnsafeBufferPointer { Self.offsets(ofCaselessCcordIn: $0) }
        // One pass over the words finds the reporting verbs (outside quotations) and the role
        // words that introduce names.
        let (words, roleStarts) = AttributionLexicon.scan(document.text, tokens: document.tokens)
        var spans = quoteSpans.makeIterator()
        var quote = spans.next()
        var kept: [AttributionLexicon.CueWord] = []
        for word in words {
            while let current = quote, current.end <= word.span.start { quote = spans.next() }
            if let current = quote, current.start < word.span.end && word.span.start < current.end { continue }
            kept.append(word)
        }
        cueWords = kept
        cues = kept.map(\.span)
        self.roleStarts = roleStarts
    }

    /// The offsets of `ccord` in any ASCII case, in order.
    ///
    /// `cc` is rare in English, so the text is read eight bytes at a time for a `c` or `C`
    /// followed by another, and only there compared with the rest of the needle.
    private static func offsets(ofCaselessCcordIn bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        func isMatch(at index: Int) -> Bool {
            index + 5 <= bytes.count && bytes[index] | 0x20 == 0x63 && bytes[index + 1] | 0x20 == 0x63
                && bytes[index + 2] | 0x20 == 0x6F && bytes[index + 3] | 0x20 == 0x72 && bytes[index + 4] | 0x20 == 0x64
        }
        var index = 0
        // Each step reads bytes index ..< index + 9: a word, and the word one byte later.
        while index + 9 <= bytes.count {
            let here = caselessCMask(ByteScan.word(bytes, at: index))
            let next = caselessCMask(ByteScan.word(bytes, at: index + 1))
            var pairs = here & next  // bit 7 of byte k: bytes index + k and index + k + 1 are c or C
            while pairs != 0 {
                let k = pairs.trailingZeroBitCount / 8
                if isMatch(at: index + k) { offsets.append(index + k) }
                pairs &= pairs - 1
            }
            index += 8
        }
        while index < bytes.count {
            if isMatch(at: index) { offsets.append(index) }
            index += 1
        }
        return offsets
    }

    /// The high bit of each byte of `word` that is `c` or `C`, and no other bit.
    @inline(__always)
    private static func caselessCMask(_ word: UInt64) -> UInt64 {
        // Setting bit 5 of every byte lower-cases ASCII letters; only `c` and `C` then give 0x63.
        ByteScan.bytes(word | 0x2020_2020_2020_2020, equalTo: 0x63)
    }

    // MARK: Running

    mutating func run(reportedSpeech: Bool) throws -> [Attribution] {
        collectEntities()
        // Reported speech first: a quotation with no attribution of its own may take the
        // speaker of the reported speech before it.
        let reported = reportedSpeech ? try findReportedSpeech() : []
        var results: [Attribution] = []
        var usedCues: Set<Int> = []  // start offsets of cues used by direct-quote forms
        // The nearest earlier attribution with a speaker, kept up to date as the quotations
        // are taken in order, so that long documents stay linear.
        var nextReported = 0
        var lastReportedWithSpeaker: Attribution?
        var lastQuotedWithSpeaker: Attribution?
        for (index, quote) in quotes.enumerated() where quote.depth == 0 && isBody.indices.contains(quote.sentence) {
            var attribution: Attribution
            if isBody[quote.sentence] {
                while nextReported < reported.count && reported[nextReported].content.end <= quote.span.start {
                    if reported[nextReported].speaker != nil { lastReportedWithSpeaker = reported[nextReported] }
                    nextReported += 1
                }
                // The later of the two; the reported one when both start at the same offset.
                let nearest: Attribution?
                if let reported = lastReportedWithSpeaker, let quoted = lastQuotedWithSpeaker {
                    nearest = reported.content.start < quoted.content.start ? quoted : reported
                } else {
                    nearest = lastReportedWithSpeaker ?? lastQuotedWithSpeaker
                }
                attribution = try attribute(quote, index: index, previous: results.last, nearest: nearest)
                if attribution.speaker != nil { lastQuotedWithSpeaker = attribution }
            } else {
                attribution = Attribution(
                    quote: index,
                    content: quote.content,
                    speaker: nil,
                    cue: nil,
                    form: .none,
                    quoteKind: quote.kind == .full ? .full : .term,
                    provenance: Provenance(stage: stage, rule: "heading")
                )
            }
            let form = attribution.form
            if let cue = attribution.cue,
                form == .speakerCue || form == .cueSpeaker || form == .introducing || form == .dash,
                attribution.quoteKind == .full
            {
                usedCues.insert(cue.span.start)
            }
            results.append(attribution)
        }
        results += reported.filter { !usedCues.contains($0.cue?.span.start ?? -1) && !overlapsQuote($0.content) }
        results.sort { ($0.content.start, $0.quote ?? -1) < ($1.content.start, $1.quote ?? -1) }
        resolve(&results)
        return results
    }

    /// Whether reported content is in fact a quotation's text.
    private func overlapsQuote(_ span: Span) -> Bool {
        let index = Self.firstIndex(in: quoteSpans.count, { quoteSpans[$0].end }, greaterThan: span.start)
        return index < quoteSpans.count && quoteSpans[index].start <= span.start && span.end <= quoteSpans[index].end
    }

    // MARK: Sorted lookups

    // Quotations in running text never overlap, and neither do cues, so both are sorted by
    // start and by end alike; binary searches keep a long document linear.

    /// The first index in `0..<count` whose key is greater than `value`.
    private static func firstIndex(in count: Int, _ key: (Int) -> Int, greaterThan value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if key(mid) <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The end of the last quotation that ends at or before `offset`, if it ends after `floor`.
    private func quoteEnd(atOrBefore offset: Int, after floor: Int) -> Int? {
        let index = Self.firstIndex(in: quoteSpans.count, { quoteSpans[$0].end }, greaterThan: offset) - 1
        guard index >= 0, quoteSpans[index].end > floor else { return nil }
        return quoteSpans[index].end
    }

    /// The start of the first quotation that starts at or after `offset`, if it starts before `limit`.
    private func quoteStart(atOrAfter offset: Int, before limit: Int) -> Int? {
        let index = Self.firstIndex(in: quoteSpans.count, { quoteSpans[$0].start }, greaterThan: offset - 1)
        guard index < quoteSpans.count, quoteSpans[index].start < limit else { return nil }
        return quoteSpans[index].start
    }

    /// Whether a quotation starts inside a span.
    private func quoteStarts(in span: Span) -> Bool {
        quoteStart(atOrAfter: span.start, before: span.end) != nil
    }

    /// Whether a quotation overlaps a span.
    private func quoteOverlaps(_ span: Span) -> Bool {
        let index = Self.firstIndex(in: quoteSpans.count, { quoteSpans[$0].end }, greaterThan: span.start)
        return index < quoteSpans.count && quoteSpans[index].start < span.end
    }

    /// The index of the first cue that starts at or after `offset`.
    private func cueIndex(from offset: Int) -> Int {
        Self.firstIndex(in: cues.count, { cues[$0].start }, greaterThan: offset - 1)
    }

    /// The first cue that starts at or after `offset` and before `limit`.
    private func firstCue(from offset: Int, before limit: Int) -> Span? {
        let index = cueIndex(from: offset)
        return index < cues.count && cues[index].start < limit ? cues[index] : nil
    }

    /// The last cue that ends at or before `offset` and starts at or after `floor`.
    private func lastCue(endingBy offset: Int, from floor: Int) -> Span? {
        let index = Self.firstIndex(in: cues.count, { cues[$0].end }, greaterThan: offset) - 1
        return index >= 0 && cues[index].start >= floor ? cues[index] : nil
    }

    /// The cues that start in a range, in order.
    private func cues(startingIn range: Range<Int>) -> ArraySlice<Span> {
        let start = cueIndex(from: range.lowerBound)
        var end = start
        while end < cues.count && cues[end].start < range.upperBound { end += 1 }
        return cues[start..<end]
    }

    // MARK: Direct quotations

    private func attribute(
        _ quote: Quote,
        index: Int,
        previous last: Attribution?,
        nearest: Attribution?
    ) throws -> Attribution {
        let sentence = sentences.isEmpty ? Span(start: 0, end: bytes.count) : sentences[quote.sentence].span
        // A quotation of several sentences is attributed after its last one.
        let lastSentence = sentenceIndex(containing: max(quote.span.start, quote.span.end - 1))
        let endSentence = sentences.isEmpty ? sentence : sentences[lastSentence].span
        // Neighbouring quotations in the same sentence bound the search.
        let before = quoteEnd(atOrBefore: quote.span.start, after: sentence.start) ?? sentence.start
        let after = quoteStart(atOrAfter: quote.span.end, before: endSentence.end) ?? endSentence.end
        let sentenceEnd = max(endSentence.end, quote.span.end)
        func make(_ speaker: Span?, _ cue: Cue?, _ form: AttributionForm, adjacent: Bool = false) -> Attribution {
            let speakerValue = speaker.map { Speaker(mention: $0, name: string($0), kind: .person) }
            var kind: QuoteKind = speaker == nil && quote.kind == .fragment ? .term : quote.kind
            // A short capitalized quotation right next to its attribution is speech, not a name:
            // `“We won”, he said.`
            if adjacent, kind == .fragment,
                let first = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: quote.content.start)...].first,
                TextBytes.isUpper(first)
            {
                kind = .full
            }
            return Attribution(
                quote: index,
                content: quote.content,
                speaker: speakerValue,
                cue: cue,
                form: speaker == nil ? .none : form,
                quoteKind: kind,
                provenance: Provenance(stage: stage, rule: (speaker == nil ? AttributionForm.none : form).rawValue)
            )
        }

        // 1. A colon attribution just before it: `Ms Hewitt said: “...”`.
        if let cue = lastCue(endingBy: quote.span.start, from: before),
            trimmedString(cue.end, quote.span.start) == ":",
            let speaker = try speakerBefore(cue, from: before)
        {
            return make(speaker, Cue(span: cue, lemma: lemma(cue)), .introducing, adjacent: true)
        }
        // 2. Right after the closing mark: `“...,” Leavitt said.` / `“...,” said Leavitt.` — but not a
        // verb that introduces the next quotation (`Hayes said: “...`).
        if let cue = firstCue(from: quote.span.end, before: min(after, quote.span.end + 161)),
            nextByte(after: cue.end, before: after) != 0x3A
        {
            let gapStart = skip(from: quote.span.end, to: cue.start, over: " ,\n")
            if gapStart == cue.start {
                if let speaker = try speakerAfter(cue, limit: after) {
                    return make(speaker, self.cue(cue, limit: after), .cueSpeaker, adjacent: true)
                }
            } else if let phrase = try phraseBefore(cue, from: gapStart), phrase.start == gapStart {
                return make(phrase.speaker, self.cue(cue, limit: after), .speakerCue, adjacent: true)
            }
        }
        // 2. Introducing it: `Ms Hewitt said: “...”`, `He told the BBC: “...”`, `X says that “...”`,
        // `Said the Pew report: “...”`, `Manchester City boss Kevin Keegan: “...”`.
        if let cue = lastCue(endingBy: quote.span.start, from: before) {
            let between = trimmedString(cue.end, quote.span.start)
            var introduces = between.isEmpty || between == ":" || between == "," || between == "that"
            var listener: Span?
            if !introduces, isTell(cue),
                let match = try AttributionPatterns.told.firstMatch(in: text, range: cue.end..<quote.span.start),
                let range = match["listener"]
            {
                let rest = trimmedString(range.upperBound, quote.span.start)
                introduces = rest.isEmpty || rest == ":" || rest == ","
                listener = Span(range)
            }
            if introduces, let speaker = try speakerBefore(cue, from: before) {
                return make(
                    speaker,
                    Cue(span: cue, lemma: lemma(cue), listener: listener),
                    between == "that" ? .speakerCue : .introducing
                )
            }
            if !introduces, cue.start <= skip(from: before, to: cue.start, over: " -*"),
                let match = try AttributionPatterns.cueFirst.firstMatch(in: text, range: cue.start..<quote.span.start),
                let range = match["speaker"]
            {
                return make(Span(range), Cue(span: cue, lemma: lemma(cue)), .cueSpeaker)
            }
        }
        if endsWithColon(before: quote.span.start, after: before),
            let match = try AttributionPatterns.colonIntroduction.firstMatch(
                in: text,
                range: before..<quote.span.start
            ),
            let range = match["speaker"], isPlausibleSpeaker(Span(range))
        {
            return make(Span(range), nil, .introducing)
        }
        // 3. `according to X` in the sentence.
        if let (speaker, cue) = try accordingTo(in: sentence) {
            return make(speaker, cue, .accordingTo)
        }
        // 4. A dash after the quotation.
        if hasDash(from: quote.span.end, to: min(sentenceEnd, quote.span.end + 6)),
            let match = try AttributionPatterns.dash.firstMatch(in: text, range: quote.span.end..<sentenceEnd),
            let range = match["speaker"]
        {
            return make(Span(range), nil, .dash)
        }
        // 5. A reporting clause in the same sentence: the main one before the quotation, or one after it.
        for cue in cues(startingIn: sentence.start..<quote.span.start) where cue.end <= quote.span.start {
            let from = quoteEnd(atOrBefore: cue.start, after: sentence.start) ?? sentence.start
            if let speaker = try speakerBefore(cue, from: from) {
                return make(speaker, self.cue(cue, limit: quote.span.start), .speakerCue)
            }
        }
        if let cue = firstCue(from: quote.span.end, before: sentenceEnd),
            nextByte(after: cue.end, before: bytes.count) != 0x3A
        {
            // The clause after the quotation must open with its speaker (`..., officials said`),
            // not with another phrase (`with Merz also signaling openness`).
            let from = lastClauseStart(before: cue.start, notBefore: quote.span.end)
            if let phrase = try phraseBefore(cue, from: from),
                phrase.start == skip(from: from, to: cue.start, over: " ,")
            {
                return make(phrase.speaker, self.cue(cue, limit: sentenceEnd), .speakerCue)
            }
        }
        // 6. Only full quotations inherit a speaker from around them.
        guard quote.kind == .full else { return make(nil, nil, .none) }
        let opensSentence = skip(from: sentence.start, to: quote.span.start, over: " (") == quote.span.start
        if let last, let speaker = last.speaker, let lastQuote = last.quote, last.quoteKind == .full,
            quotes[lastQuote].paragraph == quote.paragraph
                || (opensSentence && startsParagraph(quote) && quotes[lastQuote].paragraph == quote.paragraph - 1),
            firstCue(from: max(last.cue?.span.end ?? 0, quotes[lastQuote].span.end) + 1, before: quote.span.start)
                .map({ $0.end <= quote.span.start }) != true
        {
            return make(speaker.mention, last.cue, .continuation)
        }
        if opensSentence, quote.sentence > 0, sentences[quote.sentence - 1].paragraph == quote.paragraph,
            let (speaker, cue) = try reportingSubject(of: quote.sentence - 1)
        {
            return make(speaker, cue, .precedingSentence)
        }
        if lastSentence + 1 < sentences.count, sentences[lastSentence + 1].paragraph == quote.paragraph,
            quote.span.end >= sentenceEnd - 2
        {
            let next = sentences[lastSentence + 1].span
            if !quoteStarts(in: next), let cue = firstCue(from: next.start, before: min(next.end, next.start + 60)),
                let speaker = try speakerBefore(cue, from: next.start), speaker.start == next.start
            {
                return make(speaker, self.cue(cue, limit: next.end), .followingSentence)
            }
        }
        // The speaker of the passage around it: the nearest earlier speaker within two paragraphs.
        if let last = nearest, let speaker = last.speaker,
            let lastParagraph = paragraphIndex(containing: speaker.mention.start), quote.paragraph - lastParagraph <= 2
        {
            return make(speaker.mention, last.cue, .context)
        }
        return make(nil, nil, .none)
    }

    /// The first byte after `offset` that is not a space, or 0 if there is none before `limit`.
    private func nextByte(after offset: Int, before limit: Int) -> UInt8 {
        var index = offset
        while index < limit && TextBytes.isSpace(bytes[index]) { index += 1 }
        return index < limit ? bytes[index] : 0
    }

    /// Whether the text before `offset` ends with a colon (a cheap test before the pattern).
    private func endsWithColon(before offset: Int, after floor: Int) -> Bool {
        var index = offset
        while index > floor && TextBytes.isSpace(bytes[index - 1]) { index -= 1 }
        return index > floor && bytes[index - 1] == 0x3A
    }

    /// Whether a dash (`-`, or the UTF-8 lead byte of `–` and `—`) appears in a range.
    private func hasDash(from start: Int, to end: Int) -> Bool {
        (start..<max(start, end)).contains { bytes[$0] == 0x2D || bytes[$0] == 0xE2 }
    }

    private func paragraphIndex(containing offset: Int) -> Int? {
        let index = Self.firstIndex(in: paragraphs.count, { paragraphs[$0].span.start }, greaterThan: offset) - 1
        return index >= 0 ? index : nil
    }

    private func sentenceIndex(containing offset: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].span.start <= offset { low = mid + 1 } else { high = mid }
        }
        return max(0, low - 1)
    }

    private func startsParagraph(_ quote: Quote) -> Bool {
        paragraphs.indices.contains(quote.paragraph) && paragraphs[quote.paragraph].span.start == quote.span.start
    }

    // MARK: Reported speech

    private func findReportedSpeech() throws -> [Attribution] {
        var results: [Attribution] = []
        var cursor = 0
        for (index, sentence) in sentences.enumerated() where isBody[index] {
            let span = sentence.span
            while cursor < cues.count && cues[cursor].start < span.start { cursor += 1 }
            var last = cursor
            while last < cues.count && cues[last].end <= span.end { last += 1 }
            let inSentence = cues[cursor..<last]
            guard let cue = inSentence.first(where: { isSpeechVerb($0) }) else {
                if let (speaker, cueValue) = try accordingTo(in: span),
                    let content = reportedContent(in: span, around: cueValue.span)
                {
                    results.append(reported(content, speaker, cueValue, .accordingTo))
                }
                continue
            }
            // `..., X said.` at the end of the sentence: the content comes first.
            // Only a short tail may follow the verb (`told Reuters.`), not a clause (`that ...`).
            let from = lastClauseStart(before: cue.start, notBefore: span.start)
            if from > span.start, span.end - cue.end <= 42, find(" that ", from: cue.end, to: span.end) == nil,
                let speaker = try speakerBefore(cue, from: from), speaker.start == from
            {
                var listener: Span?
                if isTell(cue), let match = try AttributionPatterns.told.firstMatch(in: text, range: cue.end..<span.end)
                {
                    listener = match["listener"].map(Span.init)
                }
                let contentEnd = trimEnd(from - 1, floor: span.start)
                if contentEnd > span.start {
                    results.append(
                        reported(
                            Span(start: span.start, end: contentEnd),
                            speaker,
                            Cue(span: cue, lemma: lemma(cue), listener: listener),
                            listener != nil ? .told : .speakerCue
                        )
                    )
                    continue
                }
            }
            // `X said (on Tuesday) that ...`: the content follows. The speaker opens the sentence or
            // the clause after a comma (`Although ..., Special Envoy Steve Witkoff signaled that`).
            let sentenceStart = quoteEnd(atOrBefore: cue.start, after: span.start) ?? span.start
            let clauseStart = lastClauseStart(before: cue.start, notBefore: sentenceStart)
            if let phrase = try phraseBefore(cue, from: clauseStart),
                phrase.start == skip(from: clauseStart, to: cue.start, over: " ,")
            {
                let speaker = phrase.speaker
                var contentStart = cue.end
                var listener: Span?
                if isTell(cue),
                    let match = try AttributionPatterns.told.firstMatch(in: text, range: cue.end..<span.end),
                    let range = match["listener"]
                {
                    listener = Span(range)
                    contentStart = range.upperBound
                }
                var hasThat = false
                if let that = find(" that ", from: contentStart, to: min(span.end, contentStart + 40)) {
                    contentStart = that + 6
                    hasThat = true
                }
                contentStart = skip(from: contentStart, to: span.end, over: " ,:")
                let contentEnd = trimEnd(span.end, floor: contentStart)
                // `said so on Tuesday`, `said nothing`: words about the saying, not what was said.
                if contentEnd - contentStart >= 12, hasThat || !startsWithNonContent(contentStart, before: contentEnd) {
                    results.append(
                        reported(
                            Span(start: contentStart, end: contentEnd),
                            speaker,
                            Cue(span: cue, lemma: lemma(cue), listener: listener),
                            listener != nil ? .told : .speakerCue
                        )
                    )
                }
            }
        }
        return results
    }

    /// Words that, right after a reporting verb, say something about the saying and not what
    /// was said: `said so`, `said otherwise`. (`said nothing` is not one: `said nothing had
    /// changed` reports speech.)
    static let nonContentStarts: WordSet = ["so", "otherwise", "sorry", "goodbye", "hello"]

    /// Whether the words from `start` open with one of ``nonContentStarts``.
    private func startsWithNonContent(_ start: Int, before end: Int) -> Bool {
        var wordEnd = start
        while wordEnd < end && TextBytes.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
        guard wordEnd > start, isWord(start..<wordEnd, in: Self.nonContentStarts, lowercased: true) else {
            return false
        }
        // `said so many times that ...` and `said so-called experts ...` are content; `said so`,
        // `said so, adding` and `said so on Tuesday` are not.
        guard wordEnd - start == 2, bytes[start] | 0x20 == 0x73 else { return true }  // "so"
        guard wordEnd < end else { return true }
        if bytes[wordEnd] == 0x2D { return false }  // so-called
        guard bytes[wordEnd] == 0x20 else { return true }
        var nextEnd = wordEnd + 1
        while nextEnd < end && TextBytes.isASCIILetter(bytes[nextEnd]) { nextEnd += 1 }
        return isWord(wordEnd + 1..<nextEnd, in: Self.afterSaidSo, lowercased: true)
    }

    /// Words after `said so` that begin a phrase about the saying: `said so on Tuesday`.
    static let afterSaidSo: WordSet = [
        "on", "in", "at", "last", "this", "yesterday", "today", "earlier", "after", "before", "during", "when",
        "because", "publicly", "repeatedly", "again", "too", "as", "while", "himself", "herself", "themselves",
        "explicitly", "clearly", "openly",
    ]

    private func reported(_ content: Span, _ speaker: Span, _ cue: Cue, _ form: AttributionForm) -> Attribution {
        Attribution(
            quote: nil,
            content: content,
            speaker: Speaker(mention: speaker, name: string(speaker), kind: .person),
            cue: cue,
            form: form,
            quoteKind: nil,
            provenance: Provenance(stage: stage, rule: Self.reportedRule(form))
        )
    }

    /// `"reported-" + form.rawValue`, without building the string for the usual forms.
    private static func reportedRule(_ form: AttributionForm) -> String {
        switch form {
        case .speakerCue: "reported-speaker-cue"
        case .told: "reported-told"
        case .accordingTo: "reported-according-to"
        default: "reported-" + form.rawValue
        }
    }

    private func reportedContent(in sentence: Span, around cue: Span) -> Span? {
        // `According to X, content.` or `Content, according to X.`
        if cue.start <= sentence.start + 2 {
            guard let comma = find(",", from: cue.end, to: sentence.end) else { return nil }
            let start = skip(from: comma + 1, to: sentence.end, over: " ")
            let end = trimEnd(sentence.end, floor: start)
            return end - start >= 12 ? Span(start: start, end: end) : nil
        }
        let end = trimEnd(cue.start, floor: sentence.start)
        return end - sentence.start >= 12 ? Span(start: sentence.start, end: end) : nil
    }

    // MARK: Finding speakers

    private func speakerBefore(_ cue: Span, from start: Int) throws -> Span? {
        try phraseBefore(cue, from: start)?.speaker
    }

    /// The speaker before a reporting verb, and where the whole phrase starts (an apposition
    /// may put the name second: `Authenti-corp's CEO, Cynthia Musselman, told`).
    private func phraseBefore(_ cue: Span, from start: Int) throws -> (speaker: Span, start: Int)? {
        guard start < cue.start else { return nil }
        let clauseStart = skip(from: start, to: cue.start, over: " \n")
        guard clauseStart < cue.start else { return nil }
        // The apposition pattern is anchored at an upper-case letter and needs a comma: most
        // phrases fail these byte tests, and the pattern is not run for them.
        let first = bytes[clauseStart]
        if first >= 0x80 || TextBytes.isUpper(first), bytes[clauseStart..<cue.start].contains(0x2C),
            let match = try AttributionPatterns.apposition.firstMatch(in: text, range: clauseStart..<cue.start),
            let range = match["speaker"],
            range.lowerBound == clauseStart, isPlausibleSpeaker(Span(range))
        {
            if let inner = match["apposition"].map(Span.init), isPersonName(inner), !isPersonName(Span(range)) {
                return (inner, range.lowerBound)
            }
            return (Span(range), range.lowerBound)
        }
        // A speaker is at most a dozen words: search only the last 160 bytes before the verb,
        // from the start of a word, so that long sentences cost no more than short ones.
        var windowStart = max(clauseStart, cue.start - 160)
        while windowStart > clauseStart && windowStart < cue.start && !TextBytes.isSpace(bytes[windowStart - 1]) {
            windowStart += 1
        }
        guard let match = try AttributionPatterns.speakerBefore.firstMatch(in: text, range: windowStart..<cue.start),
            let range = match["speaker"]
        else { return nil }
        let span = Span(range)
        return isPlausibleSpeaker(span) ? (span, span.start) : nil
    }

    private func speakerAfter(_ cue: Span, limit: Int) throws -> Span? {
        guard cue.end < limit,
            let match = try AttributionPatterns.speakerAfter.firstMatch(in: text, range: cue.end..<limit),
            let range = match["speaker"]
        else { return nil }
        let span = Span(range)
        return isPlausibleSpeaker(span) ? span : nil
    }

    private func accordingTo(in sentence: Span) throws -> (Span, Cue)? {
        // `according` in any case holds `ccord`, and no letter of `ccord` has a case partner
        // outside ASCII: without those bytes the pattern cannot match, so it is not run.
        let candidate = Self.firstIndex(in: ccordOffsets.count, { ccordOffsets[$0] }, greaterThan: sentence.start - 1)
        guard candidate < ccordOffsets.count, ccordOffsets[candidate] + 5 <= sentence.end,
            let match = try AttributionPatterns.accordingTo.firstMatch(in: text, range: sentence.range)
        else {
            return nil
        }
        let cueSpan = Span(match.range)
        guard !quoteOverlaps(cueSpan),
            let speaker = try speakerAfter(cueSpan, limit: sentence.end)
        else { return nil }
        return (speaker, Cue(span: cueSpan, lemma: "according to"))
    }

    /// The subject of the first reporting verb of a sentence, for a quotation that follows it.
    private func reportingSubject(of sentenceIndex: Int) throws -> (Span, Cue)? {
        let span = sentences[sentenceIndex].span
        guard !quoteStarts(in: span),
            let cue = cues(startingIn: span.range).first(where: { $0.end <= span.end && isSpeechVerb($0) }),
            let speaker = try speakerBefore(cue, from: span.start)
        else { return nil }
        let kind = classify(speaker)
        guard kind == .person || kind == .pronoun || kind == .anonymous else { return nil }
        return (speaker, Cue(span: cue, lemma: lemma(cue)))
    }

    private func cue(_ span: Span, limit: Int) -> Cue {
        var listener: Span?
        if isTell(span),
            let match = try? AttributionPatterns.told.firstMatch(in: text, range: span.end..<max(span.end, limit))
        {
            listener = match["listener"].map(Span.init)
        }
        return Cue(span: span, lemma: lemma(span), listener: listener)
    }

    /// Rejects phrases that cannot be speakers: too long, or plain lower-case clauses.
    private func isPlausibleSpeaker(_ span: Span) -> Bool {
        guard span.length > 0, span.length <= 140 else { return false }
        // Words as byte ranges, without making strings of the whole phrase.
        var count = 0
        var first = 0..<0
        var last = 0..<0
        var allDays = true
        var index = span.start
        while index < span.end {
            while index < span.end && bytes[index] == 0x20 { index += 1 }
            guard index < span.end else { break }
            let start = index
            while index < span.end && bytes[index] != 0x20 { index += 1 }
            count += 1
            if count == 1 { first = start..<index }
            last = start..<index
            if allDays && !isWord(start..<index, in: Self.days) { allDays = false }
            if count > 12 { return false }
        }
        guard count > 0, !allDays else { return false }
        if count > 1, isWord(last, in: Self.dangling, lowercased: true) { return false }
        // "On Wednesday", "In London", "Meanwhile": a phrase of time or place, or a sentence opener.
        if isWord(first, in: Self.leading) { return false }
        if count == 1, isWord(first, in: Self.sentenceStarters), !isWord(first, in: Self.pronounWords) {
            return false
        }
        if TextBytes.isLower(bytes[span.start]) {
            // Lower-case phrases must be pronouns, or have a determiner and a speaker-like head.
            return classify(span) != .organization
                || (try? AttributionPatterns.organization.matches(text, range: span.range)) == true
        }
        return true
    }

    /// A word of the working text; short words make small strings, which do not allocate.
    private func word(_ range: Range<Int>) -> String {
        string(Span(range))
    }

    /// Whether the word in `range` is in `set`, as `set.contains(word(range))` says, or with
    /// `lowercased`, as `set.contains(word(range).lowercased())` says; an ASCII word makes no
    /// `String`.
    private func isWord(_ range: Range<Int>, in set: WordSet, lowercased: Bool = false) -> Bool {
        if let answer = bytes.withUnsafeBufferPointer({ set.packedLookup($0, range, lowercased: lowercased) }) {
            return answer
        }
        return lowercased ? set.words.contains(word(range).lowercased()) : set.words.contains(word(range))
    }

    /// The words of a span, split at spaces, as `string(span).split(separator: " ")` gives them.
    ///
    /// In ASCII text every character is one byte (or CR LF, which holds no space), so an ASCII
    /// span is split on its bytes; any other is split into characters, where a space followed by
    /// a combining mark is no separator.
    private func words(_ span: Span) -> [String] {
        let ascii = bytes.withUnsafeBufferPointer { buffer -> [String]? in
            var words: [String] = []
            var start = span.start
            for index in span.start..<span.end {
                let byte = buffer[index]
                guard byte < 0x80 else { return nil }
                if byte == 0x20 {
                    if start < index { words.append(String(decoding: buffer[start..<index], as: UTF8.self)) }
                    start = index + 1
                }
            }
            if start < span.end { words.append(String(decoding: buffer[start..<span.end], as: UTF8.self)) }
            return words
        }
        return ascii ?? string(span).split(separator: " ").map(String.init)
    }

    /// Whether a word's first character is upper case, as `word.first?.isUppercase == true` says.
    ///
    /// An ASCII first byte followed by another ASCII byte (or by nothing) is a character of
    /// its own, upper case if it is `A` to `Z`; otherwise a combining mark may follow, and the
    /// character decides.
    static func startsUppercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return TextBytes.isUpper(first) }
        return word.first?.isUppercase == true
    }

    /// Whether a word's first character is lower case, as `word.first?.isLowercase == true` says.
    static func startsLowercase(_ word: String) -> Bool {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first < 0x80, bytes.next().map({ $0 < 0x80 }) ?? true { return TextBytes.isLower(first) }
        return word.first?.isLowercase == true
    }

    /// Whether the first character of a span is upper case (`upper`) or lower case, as
    /// `string(span).first?.isUppercase == true` (or `isLowercase`) says.
    private func startsWithCase(_ span: Span, upper: Bool) -> Bool {
        guard span.start < span.end else { return false }
        let first = bytes[span.start]
        if first < 0x80 && (span.start + 1 == span.end || bytes[span.start + 1] < 0x80) {
            return upper ? TextBytes.isUpper(first) : TextBytes.isLower(first)
        }
        let character = string(span).first
        return (upper ? character?.isUppercase : character?.isLowercase) == true
    }

    /// Whether a role word is `word`, lower-cased, with or without a final period.
    private static func isRoleWord(_ word: String) -> Bool {
        if roleWords.containsLowercased(word) { return true }
        let withoutPeriod = word.utf8.withContiguousStorageIfAvailable { utf8 -> Bool? in
            // In ASCII, the last character is the last byte.
            guard utf8.last == 0x2E else { return utf8.allSatisfy { $0 < 0x80 } ? false : nil }
            return roleWords.packedLookup(utf8, 0..<utf8.count - 1, lowercased: true)
        }
        if let withoutPeriod, let withoutPeriod { return withoutPeriod }
        return roleWords.words.contains(word.lowercased().trimmingSuffix("."))
    }

    /// Two to four capitalized words with no role word: `Cynthia Musselman`.
    private func isPersonName(_ span: Span) -> Bool {
        var words = words(span)
        while let last = words.last, Self.postNominals.contains(last), words.count > 2 { words.removeLast() }
        guard (2...4).contains(words.count), words.allSatisfy({ Self.startsUppercase($0) }) else { return false }
        return !words.contains {
            Self.roleWords.containsLowercased($0) || Self.hasApostrophe($0)
        }
            && (try? AttributionPatterns.organization.matches(words.joined(separator: " "))) != true
    }

    // MARK: Classifying and resolving

    /// The kind of speaker a span names.
    ///
    /// - Parameters:
    ///   - span: The mention.
    ///   - known: What a caller already has for this span: its text, its words, and the role
    ///     split of those words if it worked it out from them.
    /// - Returns: The kind, worked out once per span and per text.
    func classify(
        _ span: Span,
        known: (text: String, words: [String], split: (role: String?, title: String?, name: [String])?)? = nil
    ) -> SpeakerKind {
        if let known = kindMemo.kinds[span] { return known }
        let value = known?.text ?? string(span)
        if let known = kindMemo.kindsByText[value] {
            kindMemo.kinds[span] = known
            return known
        }
        let kind = computeKind(span, words: known?.words, split: known?.split)
        kindMemo.kinds[span] = kind
        kindMemo.kindsByText[value] = kind
        return kind
    }

    private func computeKind(
        _ span: Span,
        words knownWords: [String]?,
        split: (role: String?, title: String?, name: [String])?
    ) -> SpeakerKind {
        if span.length <= 4, (try? AttributionPatterns.pronoun.matches(text, range: span.range)) == true {
            return .pronoun
        }
        let words = knownWords ?? words(span)
        let startsWithDeterminer = words.first.map { Self.determiners.containsLowercased($0) } ?? false
        let head = startsWithDeterminer ? Array(words.dropFirst()) : words
        let isCommon = startsWithDeterminer && (head.first.map { Self.startsLowercase($0) } ?? true)
        if (isCommon || startsWithDeterminer || hasPossessive(span))
            && (try? AttributionPatterns.document.matches(text, range: span.range)) == true
        {
            return .document
        }
        if (split ?? roleSplit(words)).role != nil || hasTitle(words) { return .person }
        if isCommon || startsWithCase(span, upper: false) {
            // "The head of Germany's soldiers' union": an unnamed person, whatever follows.
            if head.prefix(3).contains(where: { Self.roleWords.containsLowercased($0) }) { return .anonymous }
            if (try? AttributionPatterns.anonymous.matches(text, range: span.range)) == true { return .anonymous }
            if (try? AttributionPatterns.organization.matches(text, range: span.range)) == true { return .organization }
            return .anonymous
        }
        if (try? AttributionPatterns.organization.matches(text, range: span.range)) == true { return .organization }
        if head.count >= 2 { return .person }
        if let surname = head.last,
            entitiesByLastWord[surname] != nil || titledNames[surname] != nil || endsBareName(surname)
        {
            return .person
        }
        return .organization
    }

    /// Whether a span holds a possessive `'s ` (straight or curly apostrophe), as in `NATO's Article 5`.
    private func hasPossessive(_ span: Span) -> Bool {
        var index = span.start
        while index + 2 < span.end {
            if bytes[index + 1] == 0x73 && bytes[index + 2] == 0x20 {  // "s "
                if bytes[index] == 0x27 || (index >= span.start + 2 && bytes[index] == 0x99 && bytes[index - 1] == 0x80)
                {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    static let determiners: WordSet = [
        "a", "an", "the", "one", "some", "several", "many", "two", "three", "four", "other", "senior", "his", "her",
        "their", "its",
        "our",
    ]
    static let dangling: WordSet = [
        "to", "of", "for", "with", "that", "and", "the", "a", "an", "in", "on", "at", "by", "from", "-", "--",
    ]
    static let leading: WordSet = [
        "On", "In", "At", "For", "By", "From", "After", "Before", "During", "Under", "Since", "Until", "With", "Last",
        "This", "Next",
        "Earlier", "Later", "Yesterday", "Today", "Tomorrow",
    ]
    static let days: WordSet = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let postNominals: WordSet = [
        "QC", "KC", "MP", "MEP", "MSP", "AM", "OBE", "MBE", "CBE", "Jr", "Jr.", "Sr", "Sr.", "II", "III",
    ]

    static let articles: WordSet = ["a", "an", "the", "A", "An", "The"]
    static let conjunctions: WordSet = ["But", "And", "Yet", "So", "Or", "Nor", "Still", "However", "Now", "Then"]
    static let pronounWords: WordSet = ["He", "She", "They", "We", "I", "It"]
    static let linkWords: WordSet = ["of", "the", "and", "for"]
    /// Words that join a capitalized run to a longer name before it: `Bank of England`.
    static let nameLinks: WordSet = ["of", "the"]
    static let sentenceStarters = WordSet(SentenceSegmenter.defaultStarters)
    static let nonSpeechLemmas: WordSet = [
        "call", "describe", "dismiss", "brand", "label", "ask", "rule", "continue", "agree", "praise", "criticise",
        "criticize", "condemn", "attack", "accuse", "hail", "welcome", "blame", "slam", "defend",
    ]

    static let titles: [String: Gender?] = [
        "mr": .male, "mr.": .male, "sir": .male, "lord": .male, "mrs": .female, "mrs.": .female, "ms": .female,
        "ms.": .female,
        "miss": .female, "lady": .female, "dame": .female, "dr": nil, "dr.": nil, "prof": nil, "prof.": nil,
    ]
    static let titleWords = WordSet(Set(titles.keys))

    static let roleWords: WordSet = [
        "secretary", "president", "minister", "chancellor", "premier", "envoy", "adviser", "advisor", "ambassador",
        "admiral",
        "general", "gen.", "colonel", "col.", "commander", "chief", "chairman", "chairwoman", "chair", "chairperson",
        "director",
        "spokesman", "spokeswoman", "spokesperson", "governor", "gov.", "senator", "sen.", "representative", "rep.",
        "mayor",
        "commissioner", "executive", "ceo", "founder", "coach", "manager", "captain", "leader", "attorney", "judge",
        "justice",
        "prosecutor", "professor", "doctor", "prince", "princess", "king", "queen", "pope", "bishop", "archbishop",
        "rev.",
        "father", "sheikh", "emir", "deputy", "head", "economist", "analyst", "editor", "correspondent", "reporter",
        "producer",
        "actor", "actress", "singer", "striker", "midfielder", "defender", "goalkeeper", "champion", "boss",
        "lieutenant",
        "lt.", "sergeant", "sgt.", "inspector", "detective", "superintendent", "constable", "officer",
        "secretary-general",
        "lawmaker", "congressman", "congresswoman", "mp", "treasurer", "governor-general", "vice-president",
        "strategist",
        "official", "auditor", "owner", "partner", "presenter", "host", "author", "writer", "director-general",
        // Abbreviated ranks, with and without the period: `Adm. Giuseppe Cavo Dragone`, `Det Sgt Mark Jones`.
        "adm.", "adm", "capt.", "capt", "cpt.", "maj.", "maj", "cmdr.", "cmdr", "cdr.", "brig.", "brig", "cpl.", "cpl",
        "pvt.", "pte", "sgt", "lt", "col", "supt.", "supt", "insp.", "insp", "det.", "det", "amb.", "atty.",
        "brigadier", "commodore", "marshal", "corporal",
    ]

    private func hasTitle(_ words: [String]) -> Bool {
        words.dropLast().contains { Self.titleWords.containsLowercased($0) }
    }

    /// Splits `White House Press Secretary Karoline Leavitt` into role and name.
    func roleSplit(_ words: [String]) -> (role: String?, title: String?, name: [String]) {
        var words = words
        if let first = words.first, first == "The" || first == "the" { words.removeFirst() }
        // `But Mr Dams`: a conjunction that opens the sentence is not part of the role.
        while words.count > 1, let first = words.first, Self.conjunctions.contains(first) { words.removeFirst() }
        var lastRole = -1
        var title: String?
        for (index, word) in words.enumerated().dropLast() {
            if Self.titleWords.containsLowercased(word) {
                lastRole = index
                title = word
            } else if Self.isRoleWord(word) {
                lastRole = index
                title = nil
            }
        }
        guard lastRole >= 0 else { return (nil, nil, words) }
        let name = Array(words[(lastRole + 1)...])
        guard let first = name.first, Self.startsUppercase(first) else { return (nil, nil, words) }
        let roleEnd = lastRole + (title == nil ? 1 : 0)
        let roleWords = Array(words[..<roleEnd])
        let role = roleWords.isEmpty ? nil : roleWords.joined(separator: " ")
        return (role, title, name)
    }

    /// Collects the full names of people from role-and-name phrases anywhere in the text.
    private mutating func collectEntities() {
        // Capitalized runs preceded by a role word or title: "Secretary Patricia Hewitt". One
        // scan of the text finds the candidates; tokens are looked at only there.
        let starts = roleStarts
        var nextCandidate = 0
        var index = 0
        while index < tokens.count {
            while nextCandidate < starts.count && starts[nextCandidate] < tokens[index].span.start {
                nextCandidate += 1
            }
            guard nextCandidate < starts.count else { break }
            if tokens[index].span.start < starts[nextCandidate] {
                index = tokenIndex(at: starts[nextCandidate])
                continue
            }
            let isTitle = isWord(tokens[index].span.range, in: Self.titleWords, lowercased: true)
            let isRole = isTitle || isWord(tokens[index].span.range, in: Self.roleWords, lowercased: true)
            guard isRole, startsWithCase(tokens[index].span, upper: true) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count && end - index <= 4 && tokens[end].kind == .word
                && startsWithCase(tokens[end].span, upper: true)
                && !isWord(tokens[end].span.range, in: Self.roleWords, lowercased: true)
            {
                end += 1
            }
            let nameTokens = (index + 1..<end).map { tokenString($0) }
            if nameTokens.count >= 2 || (nameTokens.count == 1 && isTitle) {
                // The role: the capitalized words before, up to four, with "of the" links.
                var roleStart = index
                while roleStart > 0 {
                    let previous = tokens[roleStart - 1].span
                    // Words of the same line and phrase: one space apart (not a headline above).
                    guard previous.end + 1 == tokens[roleStart].span.start, bytes[previous.end] == 0x20 else { break }
                    if startsWithCase(previous, upper: true) || isWord(previous.range, in: Self.linkWords) {
                        roleStart -= 1
                    } else {
                        break
                    }
                    if index - roleStart > 8 { break }
                }
                while roleStart < index && isWord(tokens[roleStart].span.range, in: Self.linkWords) {
                    roleStart += 1
                }
                let roleText = isTitle ? nil : (roleStart...index).map { tokenString($0) }.joined(separator: " ")
                let gender = isTitle ? Self.titles[tokenString(index).lowercased()] ?? nil : nil
                if nameTokens.count >= 2 {
                    addEntity(
                        nameTokens,
                        role: roleText,
                        gender: gender,
                        mention: Span(start: tokens[index + 1].span.start, end: tokens[end - 1].span.end)
                    )
                } else {
                    if titledNames[nameTokens[0]] == nil || titledNames[nameTokens[0]] == .some(nil) {
                        titledNames[nameTokens[0]] = gender
                    }
                    if let gender, let existing = entitiesByLastWord[nameTokens[0]]?.last,
                        entities[existing].gender == nil
                    {
                        entities[existing].gender = gender
                    }
                }
            }
            index = max(end, index + 1)
        }
    }

    /// Collects full names written with no role or title before them (`Giuseppe Cavo Dragone
    /// met ...`), so that a later short form (`Cavo Dragone said`) resolves to the full name.
    ///
    /// Only names that end in one of `lastWords` are looked for: the words that end a speaker's
    /// name no other entity completes. A name here is a run of two to four capitalized words,
    /// each a plain word one space from the next, with no role word, title, weekday or month in
    /// it, not opening with a word that often starts a sentence, not part of a longer name
    /// (`Chancellor of the Exchequer Gordon Brown`), and not matching the organization pattern.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    private mutating func collectBareNames(endingIn lastWords: Set<String>) {
        guard !lastWords.isEmpty else { return }
        for (name, mention) in bareNames(endingIn: lastWords) {
            addEntity(name, role: nil, gender: nil, mention: mention, isBareName: true)
        }
    }

    /// The names ``collectBareNames(endingIn:)`` adds, in text order.
    private func bareNames(endingIn lastWords: Set<String>) -> [(name: [String], mention: Span)] {
        let runEnds = self.runEnds()
        let candidates = lastWords.flatMap { runEnds[$0] ?? [] }.sorted()
        return candidates.compactMap { last in
            if let known = kindMemo.bareNameAt[last] { return known }
            let name = bareName(endingAt: last)
            kindMemo.bareNameAt[last] = .some(name)
            return name
        }
    }

    /// The bare name a run that ends at token `last` makes, if any.
    private func bareName(endingAt last: Int) -> (name: [String], mention: Span)? {
        let span = tokens[last].span
        guard isRunWord(last) else { return nil }
        // The run must end here and hold two to four words.
        if last + 1 < tokens.count, areJoined(last, last + 1), isRunWord(last + 1) { return nil }
        var first = last
        while first > 0, last - first < 4, areJoined(first - 1, first), isRunWord(first - 1) { first -= 1 }
        guard last - first >= 1, last - first <= 3 else { return nil }
        if first > 0, areJoined(first - 1, first), isRunWord(first - 1) { return nil }  // five or more
        var start = first
        // A possessive before the name is not part of it: `the USA's Andy Roddick`.
        while last - start >= 2, isPossessive(start) { start += 1 }
        // After `the`, the run is a name of a thing (`the Daily Telegraph`); after `of` (or
        // `of the`), it may end a longer name: `Chancellor of the Exchequer Gordon Brown`,
        // where the last two words are the name.
        if start == first, first > 0, areJoined(first - 1, first),
            isWord(tokens[first - 1].span.range, in: Self.nameLinks)
        {
            let afterOf =
                isWord(tokens[first - 1].span.range, in: ["of"])
                || (first > 1 && isWord(tokens[first - 2].span.range, in: ["of"]))
            guard last - first >= 2, afterOf else { return nil }
            start = last - 1
        }
        var nameTokens = (start...last).map { tokenString($0) }
        // `Australian Lynton Crosby`, `Tory MP ...`: a word of nationality or party is not
        // part of the name.
        while nameTokens.count > 2, let word = nameTokens.first, Self.affiliations.contains(word) {
            nameTokens.removeFirst()
            start += 1
        }
        guard
            !Self.affiliations.contains(nameTokens[0]),
            !nameTokens.contains(where: { word in
                Self.roleWords.containsLowercased(word) || Self.titleWords.containsLowercased(word)
                    || Self.days.contains(word) || Self.isAcronym(word) || word.hasSuffix(".")
                    || Self.hasApostrophe(word)
            }),
            !Self.sentenceStarters.contains(nameTokens[0]), !Self.leading.contains(nameTokens[0]),
            !Self.determiners.containsLowercased(nameTokens[0]), !Self.pronounWords.contains(nameTokens[0]),
            (try? AttributionPatterns.organization.matches(nameTokens.joined(separator: " "))) != true
        else { return nil }
        return (nameTokens, Span(start: tokens[start].span.start, end: span.end))
    }

    /// The token indices that end a run of two to four capitalized words, one space apart, by
    /// the run's last word.
    private func runEnds() -> [String: [Int]] {
        if let known = kindMemo.runEnds { return known }
        // One pass on bytes: a token may be in a run when it starts with an ASCII capital or a
        // non-ASCII letter (checked in full later) and is a word.
        let wordKind = TokenKind.word
        let pairs: [(first: Int, last: Int)] = tokens.withUnsafeBufferPointer { tokens in
            bytes.withUnsafeBufferPointer { bytes in
                func mayStartRun(_ index: Int) -> Bool {
                    let first = bytes[tokens[index].span.start]
                    return (TextBytes.isUpper(first) || first >= 0xC3) && tokens[index].kind == wordKind
                }
                var pairs: [(first: Int, last: Int)] = []
                var index = 0
                while index < tokens.count {
                    guard mayStartRun(index) else {
                        index += 1
                        continue
                    }
                    var end = index + 1
                    while end < tokens.count && tokens[end].span.start == tokens[end - 1].span.end + 1
                        && bytes[tokens[end - 1].span.end] == 0x20 && mayStartRun(end)
                    {
                        end += 1
                    }
                    if (2...4).contains(end - index) { pairs.append((index, end - 1)) }
                    index = end
                }
                return pairs
            }
        }
        var ends: [String: [Int]] = [:]
        for pair in pairs where (pair.first...pair.last).allSatisfy({ isRunWord($0) }) {
            ends[tokenString(pair.last), default: []].append(pair.last)
        }
        kindMemo.runEnds = ends
        return ends
    }

    /// Whether a bare full name (see ``collectBareNames(endingIn:)``) ends in `word`.
    private func endsBareName(_ word: String) -> Bool {
        if let known = kindMemo.endsBareName[word] { return known }
        let answer = !bareNames(endingIn: [word]).isEmpty
        kindMemo.endsBareName[word] = answer
        return answer
    }

    /// Whether a token ends in a possessive `'s` or `’s`.
    private func isPossessive(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard span.length >= 3, bytes[span.end - 1] == 0x73 else { return false }  // s
        return bytes[span.end - 2] == 0x27
            || (span.length >= 5 && bytes[span.end - 2] == 0x99 && bytes[span.end - 3] == 0x80)
    }

    /// Whether a token is a capitalized word.
    private func isRunWord(_ index: Int) -> Bool {
        startsWithCase(tokens[index].span, upper: true) && tokens[index].kind == .word
    }

    /// Whether two tokens are one space apart.
    private func areJoined(_ left: Int, _ right: Int) -> Bool {
        tokens[right].span.start == tokens[left].span.end + 1 && bytes[tokens[left].span.end] == 0x20
    }

    /// Whether a word holds a straight or curly apostrophe (`Acme's`, `O’Neill`), which no
    /// plain name word of a speaker does.
    private static func hasApostrophe(_ word: String) -> Bool {
        word.utf8.contains(0x27) || word.unicodeScalars.contains("\u{2019}")
    }

    /// A word of two or more capitals and no lower-case letter: `NATO`, `BBC`.
    private static func isAcronym(_ word: String) -> Bool {
        word.utf8.count >= 2 && !word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// Capitalized words of nationality, region or party that may precede a name.
    static let affiliations: WordSet = [
        "American", "British", "English", "Scottish", "Scots", "Welsh", "Irish", "French", "German", "Italian",
        "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss", "Austrian", "Swedish", "Danish", "Norwegian", "Finnish",
        "Icelandic", "Polish", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish", "Russian",
        "Ukrainian", "Belarusian", "Serbian", "Croatian", "Bosnian", "Albanian", "Georgian", "Armenian", "European",
        "Australian", "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian", "Chilean", "Colombian",
        "Peruvian", "Venezuelan", "Cuban", "Jamaican", "African", "Nigerian", "Kenyan", "Ghanaian", "Egyptian",
        "Moroccan", "Algerian", "Tunisian", "Libyan", "Ethiopian", "Sudanese", "Asian", "Chinese", "Japanese",
        "Korean", "Taiwanese", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Filipino", "Indian", "Pakistani",
        "Afghan", "Bangladeshi", "Iranian", "Iraqi", "Syrian", "Lebanese", "Jordanian", "Israeli", "Palestinian",
        "Saudi", "Emirati", "Qatari", "Yemeni", "Tory", "Conservative", "Labour", "Liberal", "Democrat", "Democratic",
        "Republican", "Socialist", "Green", "Former", "Veteran", "Rival", "Fellow", "Late", "Young", "New",
    ]

    /// The index of the token that starts at or after an offset.
    private func tokenIndex(at offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private mutating func addEntity(
        _ nameTokens: [String],
        role: String?,
        gender: Gender?,
        mention: Span,
        isBareName: Bool = false
    ) {
        let name = nameTokens.joined(separator: " ")
        if let existing = entityByName[name] {
            if entities[existing].isBareName && !isBareName {
                entities[existing].isBareName = false
                entities[existing].mention = mention
            }
            if entities[existing].role == nil { entities[existing].role = role }
            if entities[existing].gender == nil { entities[existing].gender = gender }
            return
        }
        entityByName[name] = entities.count
        if let last = nameTokens.last { entitiesByLastWord[last, default: []].append(entities.count) }
        entities.append(
            Entity(name: name, tokens: nameTokens, role: role, gender: gender, mention: mention, isBareName: isBareName)
        )
    }

    /// What resolution needs to know about a mention, worked out once per mention.
    private struct MentionInfo {
        var words: [String]
        var kind: SpeakerKind
        var split: (role: String?, title: String?, name: [String])
    }

    private func mentionInfo(_ span: Span) -> MentionInfo {
        let value = string(span)
        let words = words(span)
        let split: (role: String?, title: String?, name: [String])
        // The split is passed on only when it was made from these words (not from a phrase
        // with the same text elsewhere), so that the kind is worked out as from scratch.
        let madeHere: (role: String?, title: String?, name: [String])?
        if let known = kindMemo.splits[value] {
            split = known
            madeHere = nil
        } else {
            split = roleSplit(words)
            kindMemo.splits[value] = split
            madeHere = split
        }
        return MentionInfo(words: words, kind: classify(span, known: (value, words, madeHere)), split: split)
    }

    /// Gives every speaker its kind, canonical name and role.
    private mutating func resolve(_ attributions: inout [Attribution]) {
        // Several attributions often share a mention (a continuation reuses the mention it
        // continues): classify and split each mention once, in the order they first appear.
        var mentions: [Span] = []
        var infos: [MentionInfo] = []
        var slots = SpanTable<Int>()
        for attribution in attributions {
            guard let mention = attribution.speaker?.mention, slots[mention] == nil else { continue }
            slots[mention] = mentions.count
            mentions.append(mention)
            infos.append(mentionInfo(mention))
        }
        // Names introduced by speaker mentions themselves, in text order.
        for slot in mentions.indices.sorted(by: { mentions[$0] < mentions[$1] }) where infos[slot].kind == .person {
            let mention = mentions[slot]
            let split = infos[slot].split
            if split.name.count >= 2 && split.title == nil {
                addEntity(split.name, role: split.role, gender: nil, mention: mention)
            } else if let title = split.title, let gender = Self.titles[title.lowercased()] ?? nil,
                let last = split.name.last, let existing = entitiesByLastWord[last]?.last,
                entities[existing].gender == nil
            {
                entities[existing].gender = gender
            }
        }
        // Full names written bare, for the short forms that nothing else completes.
        var lastWords = Set<String>()
        for info in infos {
            switch info.kind {
            case .organization where info.words.count == 1:
                lastWords.insert(info.words[0])
            case .person where info.split.name.count <= 2:
                if let last = info.split.name.last,
                    entityFor(info.split.name)?.tokens.count ?? 0 <= info.split.name.count
                {
                    lastWords.insert(last)
                }
            default:
                break
            }
        }
        collectBareNames(endingIn: lastWords)
        // A single capitalized word is a person once a full name ending in it is known.
        for slot in infos.indices where infos[slot].kind == .organization && infos[slot].words.count == 1 {
            if let surname = infos[slot].words.last, entitiesByLastWord[surname] != nil || titledNames[surname] != nil {
                infos[slot].kind = .person
            }
        }
        var resolved: [(offset: Int, name: String, kind: SpeakerKind, gender: Gender?, head: String?, mention: Span)] =
            []
        var speakers: [Speaker?] = Array(repeating: nil, count: mentions.count)
        for index in attributions.indices {
            guard var speaker = attributions[index].speaker, let slot = slots[speaker.mention] else { continue }
            if let known = speakers[slot] {
                speaker = known
            } else {
                speaker = resolveSpeaker(speaker, info: infos[slot], resolved: &resolved)
                speakers[slot] = speaker
            }
            // A quotation given to the speaker of the passage around it names that speaker as
            // written where it was named, not by a pronoun from another paragraph.
            if attributions[index].form == .context, speaker.kind == .pronoun, let named = speaker.resolvedFrom {
                speaker.mention = named
                speaker.kind = slots[named].map { infos[$0].kind } ?? classify(named)
                speaker.resolvedFrom = nil
            }
            attributions[index].speaker = speaker
        }
    }

    private func resolveSpeaker(
        _ original: Speaker,
        info: MentionInfo,
        resolved: inout [(offset: Int, name: String, kind: SpeakerKind, gender: Gender?, head: String?, mention: Span)]
    ) -> Speaker {
        var speaker = original
        let mention = speaker.mention
        let kind = info.kind
        let words = info.words
        speaker.kind = kind
        switch kind {
        case .person:
            let split = info.split
            let entity = entityFor(split.name)
            speaker.name = entity?.name ?? split.name.joined(separator: " ")
            speaker.role = entity?.role ?? split.role
            if let entity,
                entity.name != split.name.joined(separator: " ") || split.role != nil || split.title != nil
            {
                speaker.resolvedFrom = entity.mention == mention ? nil : entity.mention
            }
            resolved.append(
                (
                    mention.start, speaker.name, .person,
                    entity?.gender ?? split.title.flatMap { Self.titles[$0.lowercased()] ?? nil }
                        ?? split.name.last.flatMap { titledNames[$0] ?? nil }, nil, mention
                )
            )
        case .pronoun:
            let pronoun = string(mention).lowercased()
            let gender: Gender? = pronoun == "he" ? .male : pronoun == "she" ? .female : nil
            let wantsPerson = pronoun == "he" || pronoun == "she" || pronoun == "i" || pronoun == "we"
            // The nearest earlier speaker that fits; look back a bounded way, so that a document
            // full of pronouns stays linear.
            let candidate = resolved.suffix(64).last { item in
                guard item.offset < mention.start else { return false }
                if wantsPerson {
                    return item.kind == .person && (gender == nil || item.gender == nil || item.gender == gender)
                }
                if pronoun == "it" { return item.kind == .organization || item.kind == .document }
                return item.kind == .anonymous || item.kind == .organization || item.kind == .person
            }
            if let candidate {
                speaker.name = candidate.name
                speaker.resolvedFrom = candidate.mention
                if let entity = entityByName[candidate.name] { speaker.role = entities[entity].role }
            } else if wantsPerson, let entity = nearestEntity(before: mention.start, gender: gender) {
                speaker.name = entity.name
                speaker.role = entity.role
                speaker.resolvedFrom = entity.mention
            }
        case .anonymous:
            let head = anonymousHead(mention)
            let isDefinite = words.first == "the" || words.first == "The"
            if isDefinite, let head,
                let earlier = resolved.suffix(256).last(where: {
                    $0.kind == .anonymous && $0.head == head && $0.offset < mention.start
                })
            {
                speaker.name = earlier.name
                speaker.resolvedFrom = earlier.mention
            }
            resolved.append((mention.start, speaker.name, .anonymous, nil, head, mention))
        default:
            var name = words
            if let first = name.first, Self.articles.contains(first), name.count > 1 {
                name.removeFirst()
            }
            speaker.name = name.joined(separator: " ")
            resolved.append((mention.start, speaker.name, kind, nil, nil, mention))
        }
        speaker.name = displayName(speaker.name, near: speaker.resolvedFrom ?? mention)
        speaker.role = speaker.role.map { displayName($0, near: speaker.resolvedFrom ?? mention) }
        return speaker
    }

    private func entityFor(_ name: [String]) -> Entity? {
        guard let last = name.last, let indices = entitiesByLastWord[last] else { return nil }
        let candidates = indices.map { entities[$0] }.filter {
            $0.tokens.count >= name.count && $0.tokens.suffix(name.count).elementsEqual(name)
        }
        // A longer name introduced by a role, a title or as a speaker comes first; then a bare
        // one, when no other bare name could complete the short form; then the name itself.
        let named = candidates.filter { !$0.isBareName }.max { $0.tokens.count < $1.tokens.count }
        if let named, named.tokens.count > name.count { return named }
        let bare = candidates.filter { $0.isBareName && $0.tokens.count > name.count }
        return bare.count == 1 ? bare[0] : named
    }

    private func nearestEntity(before offset: Int, gender: Gender?) -> Entity? {
        entities.filter {
            !$0.isBareName && $0.mention.start < offset && (gender == nil || $0.gender == nil || $0.gender == gender)
        }
        .max { $0.mention.start < $1.mention.start }
    }

    private func anonymousHead(_ span: Span) -> String? {
        guard let match = try? AttributionPatterns.anonymous.firstMatch(in: text, range: span.range) else { return nil }
        return String(text[text.indexRange(utf8: match.range)]).lowercased()
    }

    // MARK: Text helpers

    func string(_ span: Span) -> String { String(text[text.indexRange(utf8: span.range)]) }

    /// The original text of a span, for names shown to users (curly apostrophes kept).
    func display(_ span: Span) -> String {
        String(original[original.indexRange(utf8: offsetMap.originalRange(of: span.range))])
    }

    /// A name or role taken from the working text, spelled as in the original input: the
    /// working text may have straight apostrophes where the input had curly ones.
    ///
    /// The name is looked for near the mention it came from, so the cost does not grow with
    /// the document.
    func displayName(_ name: String, near span: Span) -> String {
        guard !offsetMap.isIdentity,
            name.utf8.contains(where: { $0 == 0x27 || $0 == 0x22 || $0 == 0x2D || $0 >= 0x80 }),
            let start = find(name, from: max(0, span.start - 400), to: min(bytes.count, span.end + 400))
        else { return name }
        return display(Span(start: start, end: start + name.utf8.count))
    }

    private func tokenString(_ index: Int) -> String { string(tokens[index].span) }

    private func trimmedString(_ start: Int, _ end: Int) -> String {
        var start = start
        var end = end
        while start < end && TextBytes.isSpace(bytes[start]) { start += 1 }
        while end > start && TextBytes.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return "" }
        return string(Span(start: start, end: end))
    }

    /// The first offset from `start` whose byte is not one of `set`.
    private func skip(from start: Int, to end: Int, over set: StaticString) -> Int {
        var index = start
        set.withUTF8Buffer { skipped in
            while index < end && skipped.contains(bytes[index]) { index += 1 }
        }
        return index
    }

    private func trimEnd(_ end: Int, floor: Int) -> Int {
        var index = end
        while index > floor
            && (TextBytes.isSpace(bytes[index - 1]) || [0x2C, 0x2E, 0x3B, 0x3A].contains(bytes[index - 1]))
        { index -= 1 }
        return index
    }

    private func find(_ needle: String, from start: Int, to end: Int) -> Int? {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first, end - start >= pattern.count else { return nil }
            var index = start
            while index + pattern.count <= end {
                if bytes[index] == first && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }

    /// The start of the clause that ends at `offset`: just after the last comma, semicolon or
    /// dash, but not before `floor`.
    private func lastClauseStart(before offset: Int, notBefore floor: Int) -> Int {
        var index = offset
        while index > floor {
            let byte = bytes[index - 1]
            if byte == 0x2C || byte == 0x3B || (byte == 0x2D && index >= 2 && bytes[index - 2] == 0x2D) { break }
            if (byte == 0x22 || byte == 0x9D) && quoteEnd(atOrBefore: index, after: index - 1) != nil { break }
            index -= 1
        }
        return skip(from: index, to: offset, over: " ")
    }

    private func isTell(_ cue: Span) -> Bool { lemma(cue) == "tell" }

    private func isSpeechVerb(_ cue: Span) -> Bool {
        !Self.nonSpeechLemmas.contains(lemma(cue))
    }

    func lemma(_ cue: Span) -> String {
        var low = 0
        var high = cueWords.count
        while low < high {
            let mid = (low + high) / 2
            if cueWords[mid].span.start < cue.start { low = mid + 1 } else { high = mid }
        }
        if low < cueWords.count && cueWords[low].span == cue { return cueWords[low].lemma }
        return Self.lemma(of: string(cue).lowercased())
    }

    static let irregularLemmas: [String: String] = [
        "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write",
        "writes": "write", "writing": "write", "denied": "deny", "denies": "deny", "replied": "reply",
        "replies": "reply",
        "testified": "testify", "went on": "go on", "pointed out": "point out", "points out": "point out",
        "argued": "argue",
        "argues": "argue", "quipped": "quip", "admitted": "admit", "signalled": "signal", "labelled": "label",
        "slammed": "slam",
    ]

    static func lemma(of word: String) -> String {
        if let base = irregularLemmas[word] { return base }
        for (suffix, replacement) in [("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")]
        where word.hasSuffix(suffix) {
            let stem = String(word.dropLast(suffix.count)) + replacement
            if stem.count >= 3 { return withFinalE.contains(stem) ? stem + "e" : stem }
        }
        return word
    }

    /// Stems that take back the final e that -ed and -ing remove (`stated` → `state`).
    static let withFinalE: Set<String> = [
        "stat", "not", "argu", "declar", "indicat", "observ", "promis", "disclos", "conclud", "alleg", "urg", "conced",
        "reiterat", "mus", "describ", "acknowledg", "announc", "pledg", "jok", "underlin", "emphasis", "emphasiz",
        "continu",
        "agre", "rul", "prais", "critici", "accus", "welcom", "blam", "criticis", "criticiz",
    ]
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }

    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var view = Substring(self)
        while let first = view.first, characters.contains(first) { view.removeFirst() }
        while let last = view.last, characters.contains(last) { view.removeLast() }
        return String(view)
    }

    func indexRange(utf8 range: Range<Int>) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return start..<utf8.index(start, offsetBy: range.count)
    }
}
