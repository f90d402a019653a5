internal import Lede

/// Whether a phrase can be a speaker at all, before any form is tried with it.
extension SpeakerPhraseFinder {
    /// Rejects phrases that cannot be speakers: too long, or plain lower-case clauses.
    ///
    /// A single word that often opens a sentence (`Others`, `Many`) is a speaker only `asSubject`,
    /// that is when a parse found it before its verb.
    mutating func isPlausibleSpeaker(_ span: Span, asSubject: Bool = false) -> Bool {
        guard span.length > 0, span.length <= 140 else { return false }
        let bytes = document.bytes
        // Words as byte ranges, without making strings of the whole phrase.
        var count = 0
        var first = 0..<0
        var second = 0..<0
        var last = 0..<0
        var allDates = true
        var index = span.start
        while index < span.end {
            while index < span.end && bytes[index] == 0x20 { index += 1 }
            guard index < span.end else { break }
            let start = index
            while index < span.end && bytes[index] != 0x20 { index += 1 }
            count += 1
            if count == 1 { first = start..<index }
            if count == 2 { second = start..<index }
            last = start..<index
            if allDates && !document.isWord(start..<index, in: AttributionLexicon.calendarNames) { allDates = false }
            if count > 12 { return false }
        }
        guard count > 0, !allDates else { return false }
        if count > 1, document.isWord(last, in: AttributionLexicon.dangling, lowercased: true) { return false }
        // `when Rubio`, `if`: a clause's conjunction opens no speaker's phrase.
        if document.isWord(first, in: AttributionLexicon.subordinators, lowercased: true) { return false }
        // "On Wednesday", "In London", "Meanwhile": a phrase of time or place, or a sentence opener.
        if document.isWord(first, in: AttributionLexicon.leading) { return false }
        if count == 1, !asSubject, document.isWord(first, in: AttributionLexicon.sentenceStarters),
            !document.isWord(first, in: AttributionLexicon.pronouns)
        {
            return false
        }
        if TextBytes.isLower(bytes[span.start]) {
            // `used part of his address`, `interrupted me`, `said former tech executive`: a verb
            // and its object, not a phrase that names someone.
            if document.isWord(first, in: AttributionLexicon.sayForms) { return false }
            if count > 1, first.count >= 4, bytes[first.upperBound - 1] == 0x64, bytes[first.upperBound - 2] == 0x65,
                document.isWord(second, in: AttributionLexicon.objectOpeners)
            {
                return false
            }
            // Lower-case phrases must be pronouns, or have a determiner and a speaker-like head.
            return classifier.kind(of: span) != .organization || OrganizationMatcher.isOrganization(span, in: document)
        }
        return true
    }

    /// Two to four capitalized words with no role word: `Cynthia Musselman`.
    func isPersonName(_ span: Span) -> Bool {
        var words = document.words(span)
        while let last = words.last, AttributionLexicon.postNominals.contains(last), words.count > 2 {
            words.removeLast()
        }
        guard (2...4).contains(words.count), words.allSatisfy({ WordShape.startsUppercase($0) }) else { return false }
        return !words.contains {
            AttributionLexicon.roleWords.containsLowercased($0) || WordShape.hasApostrophe($0)
        }
            && !OrganizationMatcher.isOrganization(words.joined(separator: " "))
    }
}
