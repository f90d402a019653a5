internal import Lede

/// Reading the noun phrases before a reporting verb: names, appositions after them, plurals and
/// places, for the subject the verb has.
extension ReportedSpeechFinder {
    /// Whether the words from `first` to `last` look like a name: capitalized words, with
    /// `of`, `the`, initials and a parenthesis between them.
    func isNameLike(_ first: Int, _ last: Int) -> Bool {
        guard isCapitalized(first), last - first < 10 else { return false }
        var index = first
        var depth = 0
        while index <= last {
            if isByte(index, 0x28) {
                depth += 1
            } else if isByte(index, 0x29) {
                depth -= 1
            } else if depth == 0 && !isCapitalized(index) && !isWord(index, AttributionLexicon.linkWords)
                && isWordLike(index)
            {
                return false
            }
            index += 1
        }
        if isWord(first, ReportedSpeechWords.adverbialOpeners) { return false }
        // `Regardless, the agency said`: a sentence adverb, not a name.
        // (`Kelly Moss`, `Joe Donnelly`: a name in `-ly` goes on with another capitalized word.)
        let span = document.tokens[first].span
        if isAdverbShape(first) && (first == last || !isCapitalized(first + 1)) { return false }
        return first < last || !document.isWord(span.range, in: AttributionLexicon.sentenceStarters)
    }

    /// Whether the words from `first` to `last` are a name and the place it belongs to, after
    /// a lower-case ``ReportedSpeechWords/placePrepositions`` word: `Dan Webb of St Mark's
    /// Church in Leeds`, `Ada Moss from Hull`.
    func isNameWithPlace(_ first: Int, _ last: Int) -> Bool {
        guard last - first >= 2,
            let preposition = (first + 1..<last).last(where: {
                isLowercase($0) && isWord($0, ReportedSpeechWords.placePrepositions)
            })
        else { return false }
        return isNameLike(first, preposition - 1) && isNameLike(preposition + 1, last)
    }

    /// Whether a comma-free phrase reads as an apposition to a name before it: `58`, `R-Ky.`,
    /// `who lives nearby`, `a spokesman for the firm`, `chairman of the committee`.
    ///
    /// - Returns: `nil` when it does not; `true` when it surely does (a relative clause, a
    ///   number, a party label), `false` when it does only after a name.
    func apposition(_ first: Int, _ last: Int) -> Bool? {
        let bytes = document.bytes
        let span = document.tokens[first].span
        if isWord(first, ReportedSpeechWords.relativeOpeners) || TextBytes.isDigit(bytes[span.start]) { return true }
        // A party label: `R-Ky.`, `D-N.Y.`, `R`, `D`.
        if (bytes[span.start] == 0x52 || bytes[span.start] == 0x44 || bytes[span.start] == 0x49)
            && (span.length == 1 || bytes[span.start + 1] == 0x2D) && last - first < 4
        {
            return true
        }
        // `, and Ada Moss,`: a conjunction opens a clause, not a description.
        if isWord(first, ReportedSpeechWords.subjectPronouns) || isWord(first, ReportedSpeechWords.andBut) {
            return nil
        }
        if isLowercase(first) || isWord(first, ReportedSpeechWords.appositionOpeners) {
            // `the measures would create a “fairer state”`: quoted words are read across in an
            // apposition, but not in a clause, which an auxiliary shows.
            let quotes = (first...last).contains(where: { isQuoteMark($0) })
            return quotes && (first...last).contains(where: { isClauseVerb($0) }) ? nil : false
        }
        // `Mexico's ambassador to Peru`, `the firm's' chief`: a possessive before a title.
        if first < last, isPossessive(first), isLowercase(first + 1) { return false }
        if isRoleDescription(first, last) { return false }
        return nil
    }

    /// Whether a phrase that opens with a capital is a role with the words that qualify it:
    /// `White House press secretary`, `Acme chief executive`, `Labour MP for Leeds`, `state
    /// director for the campaign`.
    ///
    /// The phrase ends in a role word in the singular, in lower case or an acronym, or goes on
    /// after it only with a lower-case preposition and its object (`for Leeds`). A name right
    /// after the role word (`White House press secretary Dana Kerr`) makes the phrase the
    /// subject itself, not a description of one; an auxiliary, or anything but words, makes it
    /// no role description.
    func isRoleDescription(_ first: Int, _ last: Int) -> Bool {
        guard last - first <= 8 else { return false }
        var role: Int?
        var index = first
        while index <= last {
            guard isWordLike(index), !isClauseVerb(index) else { return false }
            // A role word in lower case, or an acronym (`MP`); a capitalized one may be a
            // name (`Lewis Champion`).
            if isLowercase(index) || isAcronym(index), isWord(index, AttributionLexicon.roleWords) {
                role = index
            } else if let found = role {
                // After the role: a preposition and its object, or nothing.
                guard index == found + 1, index < last, isLowercase(index),
                    isWord(index, ReportedSpeechWords.roleComplementPrepositions)
                else { return false }
                return !isPlural(found) && (index + 1...last).allSatisfy { isWordLike($0) && !isClauseVerb($0) }
            }
            index += 1
        }
        guard let role else { return false }
        return !isPlural(role)
    }

    /// The last token of the name or noun phrase that the appositions ending at `last` follow,
    /// if they are appositions: `Tom Reyes, 58, a retired teacher, said`, `Dana Kerr, 41, of
    /// Salem, Ore., says`.
    ///
    /// Comma-separated phrases are read back from the verb while each reads as an apposition
    /// (a number, a party label, a relative clause, a lower-case description, a place after
    /// `of`); the phrase before them is the head. A lower-case description alone needs a name
    /// for its head (`In Ohio, the governor said` has none); a surer apposition, or a comma
    /// just before the verb (`closed`), needs only a noun phrase.
    func appositionHead(endingAt last: Int, floor: Int, closed: Bool) -> Int? {
        var segments: [(start: Int, end: Int)] = []
        var segmentEnd = last
        while segments.count < 6, let start = commaSegmentStart(endingAt: segmentEnd, floor: floor, limit: 25) {
            segments.append((start, segmentEnd))
            // A comma inside a closing mark ends a phrase too: `the author of “Quiet Streets,” a memoir`.
            if start - 3 >= floor, isCommaInClosingMark(start - 1, floor: floor) {
                segmentEnd = start - 3
                continue
            }
            guard start - 2 >= floor, isComma(start - 1) else { break }
            segmentEnd = start - 2
        }
        // The nearest phrase must be whole (`and the chief` is a clause of its own).
        guard segments.count >= 2, closed || nounPhraseStart(endingAt: last, floor: floor) == segments[0].start else {
            return nil
        }
        // `In its report, Online Community, the institute asks`: a name with its article next to
        // the verb is the subject itself, and what comes before it is no name it describes.
        let nearest = segments[0]
        if !closed, nearest.start < nearest.end, isWord(nearest.start, AttributionLexicon.determiners),
            (nearest.start + 1...nearest.end).allSatisfy({ isCapitalized($0) })
        {
            return nil
        }
        var sure = closed
        var head = 0
        while head < segments.count - 1 {
            let segment = segments[head]
            if let kind = apposition(segment.start, segment.end) {
                sure = sure || kind
            } else if isNameLike(segment.start, segment.end),
                endsWithPlace(segments[head + 1].start, segments[head + 1].end),
                segment.start == segment.end || isWord(segments[head + 1].start, ReportedSpeechWords.placePrepositions)
            {
                // `of Salem, Ore.`, `speaking at a rally in Salem, Ore.`: the place goes on.
            } else {
                break
            }
            head += 1
        }
        guard head > 0 else { return nil }
        let candidate = segments[head]
        // `Monday, the mayor said`, `Sunday night, Ada Moss, the warden, said`: a day or a
        // month, alone or with a part of the day, opens a time adverbial; it is no name.
        if isCalendarName(candidate.start),
            candidate.start == candidate.end
                || (candidate.start + 1 == candidate.end
                    && isWord(candidate.end, ReportedSpeechWords.partsOfDay))
        {
            return nil
        }
        if isNameLike(candidate.start, candidate.end) { return candidate.end }
        // `The pool reopened, and Ada Moss, the warden, said`: a name after the `and` or
        // `but` that joins its clause to the one before.
        if let conjunction = (candidate.start..<candidate.end).last(where: {
            isLowercase($0) && isWord($0, ReportedSpeechWords.andBut)
        }), isNameLike(conjunction + 1, candidate.end) {
            return candidate.end
        }
        guard sure, nounPhraseStart(endingAt: candidate.end, floor: floor) == candidate.start,
            !isWord(candidate.start, ReportedSpeechWords.adverbialOpeners),
            candidate.start < candidate.end
                || !document.isWord(
                    document.tokens[candidate.start].span.range,
                    in: AttributionLexicon.sentenceStarters
                )
        else { return nil }
        return candidate.end
    }

    /// Whether a token is two or more ASCII capitals and nothing else: `MP`, `CEO`.
    func isAcronym(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        return span.length >= 2 && document.bytes[span.range].allSatisfy { TextBytes.isUpper($0) }
    }

    /// Whether a word ends in `s` but not `ss`: `experts`, not `court` or `press`.
    func isPlural(_ token: Int) -> Bool {
        let span = document.tokens[token].span
        let bytes = document.bytes
        return span.length >= 3 && bytes[span.end - 1] == 0x73 && bytes[span.end - 2] != 0x73
    }

    /// Whether a capitalized word in `-an`, `-ese`, `-ish` or `-ic` (`European`, `Chinese`,
    /// `British`, `Democratic`) comes before a lower-case plural (`firms`, `officials`): an
    /// adjective of a noun phrase, not a name.
    func isNationalityBeforePlural(_ token: Int) -> Bool {
        guard token + 1 < document.tokens.count, isCapitalized(token), isLowercase(token + 1) else { return false }
        let bytes = document.bytes
        let word = document.tokens[token].span
        let noun = document.tokens[token + 1].span
        guard word.length >= 5, noun.length >= 4, bytes[noun.end - 1] == 0x73, bytes[noun.end - 2] != 0x73 else {
            return false
        }
        let end = word.end
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard word.length > count else { return false }
            return suffix.withUTF8Buffer { bytes[(end - count)..<end].elementsEqual($0) }
        }
        return endsWith("an") || endsWith("ese") || endsWith("ish") || endsWith("ic")
    }

    /// Whether the words from `first` to `last` end with a place: a preposition of
    /// ``ReportedSpeechWords/placePrepositions`` and capitalized words (`at a rally in Salem`),
    /// so that a one-word segment after the comma (`Ore.`) goes on with it; a longer one is a
    /// name (`The paper's correspondent in Jakarta, Rachel Harvey, said`).
    func endsWithPlace(_ first: Int, _ last: Int) -> Bool {
        var index = last
        while index > first && index > last - 4 && isCapitalized(index) { index -= 1 }
        return index < last && isWord(index, ReportedSpeechWords.placePrepositions) && isLowercase(index)
    }
}
