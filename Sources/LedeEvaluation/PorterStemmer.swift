/// The Porter stemmer, as NLTK's `PorterStemmer` computes it in its default mode.
///
/// Porter's algorithm ("An algorithm for suffix stripping", *Program* 14(3), 1980) removes
/// English suffixes in five steps, each guarded by the *measure* of the remaining stem (the
/// number of vowel–consonant sequences). NLTK's default mode, `NLTK_EXTENSIONS`, which
/// Google's `rouge-score` uses, departs from the paper in these ways, all reproduced here:
///
/// - A short table of irregular forms is looked up first (`skies` → `sky`, `dying` → `die`,
///   `lying` → `lie`, `tying` → `tie`, `innings` → `inning`, `outings` → `outing`,
///   `cannings` → `canning`; `news`, `howe`, `proceed`, `exceed` and `succeed` stay).
/// - Words of one or two characters are returned unchanged.
/// - Step 1a: a four-letter word in `-ies` becomes `-ie` (`dies` → `die`).
/// - Step 1b: `-ied` becomes `-ie` in a four-letter word and `-i` otherwise (`spied` → `spi`);
///   and a two-letter stem of vowel then consonant counts as ending consonant–vowel–consonant.
/// - Step 1c: `y` becomes `i` only after a consonant that is not the first letter
///   (`happy` → `happi`, but `enjoy` and `by` stay).
/// - Step 2: `-alli` is reduced to `-al` first and step 2 runs again on the result; `-bli`
///   becomes `-ble` (the paper has `-abli`); `-fulli` becomes `-ful`; `-logi` becomes `-log`
///   when the stem with its `l` has a positive measure.
///
/// As in NLTK, each step applies the first rule whose suffix the word ends with; if that
/// rule's condition fails, the step leaves the word alone rather than trying shorter suffixes.
///
/// The word is lower-cased first (with `String.lowercased()`, which agrees with Python's
/// `str.lower` on English text). Letters other than `a e i o u y` count as consonants, as
/// in NLTK, so words with digits or accented letters are stemmed the same way NLTK does.
///
/// ```swift
/// let stemmer = PorterStemmer()
/// stemmer.stem("generously")  // "gener"
/// stemmer.stem("flies")       // "fli"
/// ```
///
/// `PorterStemmer` is `Sendable`: it holds no state.
public struct PorterStemmer: Sendable {
    /// Creates the stemmer.
    public init() {}

    /// The stem of a word.
    ///
    /// - Parameter word: A word, in any case.
    /// - Returns: Its stem, in lower case.
    /// - Complexity: O(*n*) in the length of the word.
    public func stem(_ word: String) -> String {
        let lowered = word.lowercased()
        if let irregular = PorterStemmer.irregularForms[lowered] { return irregular }
        // NLTK measures the length of the word as given, before lower-casing.
        if word.unicodeScalars.count <= 2 { return lowered }
        let stemmed = stem(lowered.unicodeScalars.map(\.value))
        var result = String.UnicodeScalarView()
        for value in stemmed {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    /// The stem of a lower-case ASCII word, as bytes; the fast path of ``RougeTokenizer``.
    ///
    /// - Parameter word: The word's bytes, all in `a`–`z` and `0`–`9`.
    /// - Returns: The stem's bytes.
    func stem(ascii word: some Collection<UInt8>) -> [UInt8] {
        if let irregular = PorterStemmer.irregularASCII[Array(word)] { return irregular }
        if word.count <= 2 { return Array(word) }
        return stem(word.map { UInt32($0) }).map { UInt8(truncatingIfNeeded: $0) }
    }

    // MARK: The algorithm

    /// The letters of a word as Unicode scalar values.
    private typealias Letters = [UInt32]

    private func stem(_ word: Letters) -> Letters {
        var word = word
        word = step1a(word)
        word = step1b(word)
        word = step1c(word)
        word = step2(word)
        word = step3(word)
        word = step4(word)
        word = step5a(word)
        word = step5b(word)
        return word
    }

    private func step1a(_ word: Letters) -> Letters {
        if word.count == 4 && word.hasSuffix(Suffix.ies) { return Array(word.dropLast()) }
        return apply(PorterStemmer.step1aRules, to: word)
    }

    private func step1b(_ word: Letters) -> Letters {
        if word.hasSuffix(Suffix.ied) {
            return word.count == 4 ? Array(word.dropLast(1)) : Array(word.dropLast(2))
        }
        if word.hasSuffix(Suffix.eed) {
            let stem = Array(word.dropLast(3))
            return measure(stem) > 0 ? stem + Suffix.ee : word
        }
        var stem: Letters
        if word.hasSuffix(Suffix.ed) && containsVowel(word.dropLast(2)) {
            stem = Array(word.dropLast(2))
        } else if word.hasSuffix(Suffix.ing) && containsVowel(word.dropLast(3)) {
            stem = Array(word.dropLast(3))
        } else {
            return word
        }
        if stem.hasSuffix(Suffix.at) || stem.hasSuffix(Suffix.bl) || stem.hasSuffix(Suffix.iz) {
            stem.append(Letter.e)
            return stem
        }
        if endsWithDoubleConsonant(stem) {
            guard let last = stem.last, last != Letter.l && last != Letter.s && last != Letter.z else { return stem }
            stem.removeLast()
            return stem
        }
        if measure(stem) == 1 && endsConsonantVowelConsonant(stem) { stem.append(Letter.e) }
        return stem
    }

    private func step1c(_ word: Letters) -> Letters {
        guard word.last == Letter.y else { return word }
        var stem = Array(word.dropLast())
        guard stem.count > 1 && isConsonant(stem, at: stem.count - 1) else { return word }
        stem.append(Letter.i)
        return stem
    }

    private func step2(_ word: Letters) -> Letters {
        if word.hasSuffix(Suffix.alli) && measure(word.dropLast(4)) > 0 {
            return step2(Array(word.dropLast(2)))
        }
        return apply(PorterStemmer.step2Rules, to: word)
    }

    private func step3(_ word: Letters) -> Letters { apply(PorterStemmer.step3Rules, to: word) }

    private func step4(_ word: Letters) -> Letters { apply(PorterStemmer.step4Rules, to: word) }

    private func step5a(_ word: Letters) -> Letters {
        guard word.last == Letter.e else { return word }
        let stem = Array(word.dropLast())
        let stemMeasure = measure(stem)
        if stemMeasure > 1 || (stemMeasure == 1 && !endsConsonantVowelConsonant(stem)) { return stem }
        return word
    }

    private func step5b(_ word: Letters) -> Letters {
        guard word.hasSuffix(Suffix.ll) && measure(word.dropLast()) > 1 else { return word }
        return Array(word.dropLast())
    }

    // MARK: Rules

    /// When a rule may fire, given the stem left after removing its suffix.
    private enum Condition: Sendable {
        case always
        /// m(stem) > 0.
        case positiveMeasure
        /// m(stem) > 1.
        case measureAboveOne
        /// m(stem) > 1 and the stem ends in `s` or `t` (for `-ion`).
        case measureAboveOneAfterSOrT
        /// m(stem + "l") > 0 (for `-logi`, whose `l` stays with the stem).
        case positiveMeasureWithL
    }

    private struct Rule: Sendable {
        var suffix: Letters
        var replacement: Letters
        var condition: Condition

        init(_ suffix: String, _ replacement: String, _ condition: Condition) {
            self.suffix = suffix.unicodeScalars.map(\.value)
            self.replacement = replacement.unicodeScalars.map(\.value)
            self.condition = condition
        }
    }

    /// Applies the first rule whose suffix the word ends with, if its condition holds.
    private func apply(_ rules: [Rule], to word: Letters) -> Letters {
        for rule in rules where word.hasSuffix(rule.suffix) {
            let stem = word.dropLast(rule.suffix.count)
            let holds: Bool
            switch rule.condition {
            case .always: holds = true
            case .positiveMeasure: holds = measure(stem) > 0
            case .measureAboveOne: holds = measure(stem) > 1
            case .measureAboveOneAfterSOrT:
                holds = measure(stem) > 1 && (stem.last == Letter.s || stem.last == Letter.t)
            case .positiveMeasureWithL: holds = measure(word.dropLast(rule.suffix.count - 1)) > 0
            }
            return holds ? Array(stem) + rule.replacement : word
        }
        return word
    }

    private static let step1aRules = [
        Rule("sses", "ss", .always), Rule("ies", "i", .always), Rule("ss", "ss", .always), Rule("s", "", .always),
    ]

    private static let step2Rules = [
        Rule("ational", "ate", .positiveMeasure), Rule("tional", "tion", .positiveMeasure),
        Rule("enci", "ence", .positiveMeasure), Rule("anci", "ance", .positiveMeasure),
        Rule("izer", "ize", .positiveMeasure), Rule("bli", "ble", .positiveMeasure),
        Rule("alli", "al", .positiveMeasure), Rule("entli", "ent", .positiveMeasure),
        Rule("eli", "e", .positiveMeasure), Rule("ousli", "ous", .positiveMeasure),
        Rule("ization", "ize", .positiveMeasure), Rule("ation", "ate", .positiveMeasure),
        Rule("ator", "ate", .positiveMeasure), Rule("alism", "al", .positiveMeasure),
        Rule("iveness", "ive", .positiveMeasure), Rule("fulness", "ful", .positiveMeasure),
        Rule("ousness", "ous", .positiveMeasure), Rule("aliti", "al", .positiveMeasure),
        Rule("iviti", "ive", .positiveMeasure), Rule("biliti", "ble", .positiveMeasure),
        Rule("fulli", "ful", .positiveMeasure), Rule("logi", "log", .positiveMeasureWithL),
    ]

    private static let step3Rules = [
        Rule("icate", "ic", .positiveMeasure), Rule("ative", "", .positiveMeasure),
        Rule("alize", "al", .positiveMeasure), Rule("iciti", "ic", .positiveMeasure),
        Rule("ical", "ic", .positiveMeasure), Rule("ful", "", .positiveMeasure),
        Rule("ness", "", .positiveMeasure),
    ]

    private static let step4Rules = [
        Rule("al", "", .measureAboveOne), Rule("ance", "", .measureAboveOne), Rule("ence", "", .measureAboveOne),
        Rule("er", "", .measureAboveOne), Rule("ic", "", .measureAboveOne), Rule("able", "", .measureAboveOne),
        Rule("ible", "", .measureAboveOne), Rule("ant", "", .measureAboveOne), Rule("ement", "", .measureAboveOne),
        Rule("ment", "", .measureAboveOne), Rule("ent", "", .measureAboveOne),
        Rule("ion", "", .measureAboveOneAfterSOrT), Rule("ou", "", .measureAboveOne),
        Rule("ism", "", .measureAboveOne), Rule("ate", "", .measureAboveOne), Rule("iti", "", .measureAboveOne),
        Rule("ous", "", .measureAboveOne), Rule("ive", "", .measureAboveOne), Rule("ize", "", .measureAboveOne),
    ]

    /// NLTK's irregular forms, looked up before any rule.
    private static let irregularForms: [String: String] = [
        "sky": "sky", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
        "innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
        "cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
        "exceed": "exceed", "succeed": "succeed",
    ]

    private static let irregularASCII: [[UInt8]: [UInt8]] = Dictionary(
        uniqueKeysWithValues: irregularForms.map { (Array($0.key.utf8), Array($0.value.utf8)) }
    )

    // MARK: Consonants, vowels and the measure

    private enum Letter {
        static let a = UInt32(UInt8(ascii: "a"))
        static let e = UInt32(UInt8(ascii: "e"))
        static let i = UInt32(UInt8(ascii: "i"))
        static let o = UInt32(UInt8(ascii: "o"))
        static let u = UInt32(UInt8(ascii: "u"))
        static let y = UInt32(UInt8(ascii: "y"))
        static let l = UInt32(UInt8(ascii: "l"))
        static let s = UInt32(UInt8(ascii: "s"))
        static let t = UInt32(UInt8(ascii: "t"))
        static let w = UInt32(UInt8(ascii: "w"))
        static let x = UInt32(UInt8(ascii: "x"))
        static let z = UInt32(UInt8(ascii: "z"))
    }

    private enum Suffix {
        static let ies = letters("ies")
        static let ied = letters("ied")
        static let eed = letters("eed")
        static let ee = letters("ee")
        static let ed = letters("ed")
        static let ing = letters("ing")
        static let at = letters("at")
        static let bl = letters("bl")
        static let iz = letters("iz")
        static let alli = letters("alli")
        static let ll = letters("ll")

        private static func letters(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }
    }

    private static func isVowel(_ letter: UInt32) -> Bool {
        letter == Letter.a || letter == Letter.e || letter == Letter.i || letter == Letter.o || letter == Letter.u
    }

    /// Whether the letter at `index` is a consonant: not a vowel, and a `y` only when the
    /// letter before it is not a consonant (or it comes first).
    private func isConsonant(_ word: some RandomAccessCollection<UInt32>, at index: Int) -> Bool {
        let position = word.index(word.startIndex, offsetBy: index)
        let letter = word[position]
        if PorterStemmer.isVowel(letter) { return false }
        guard letter == Letter.y else { return true }
        // A run of y's alternates; resolve it from the letter before the run.
        var flip = false
        var current = position
        while current > word.startIndex && word[current] == Letter.y {
            flip.toggle()
            current = word.index(before: current)
        }
        return (!PorterStemmer.isVowel(word[current])) != flip
    }

    /// The number of vowel–consonant sequences: *m* in `[C](VC){m}[V]`.
    private func measure(_ stem: some Collection<UInt32>) -> Int {
        var count = 0
        var previousIsConsonant: Bool?
        for letter in stem {
            let consonant: Bool
            if PorterStemmer.isVowel(letter) {
                consonant = false
            } else if letter == Letter.y {
                consonant = previousIsConsonant.map { !$0 } ?? true
            } else {
                consonant = true
            }
            if consonant && previousIsConsonant == false { count += 1 }
            previousIsConsonant = consonant
        }
        return count
    }

    private func containsVowel(_ stem: some Collection<UInt32>) -> Bool {
        var previousIsConsonant: Bool?
        for letter in stem {
            let consonant: Bool
            if PorterStemmer.isVowel(letter) {
                consonant = false
            } else if letter == Letter.y {
                consonant = previousIsConsonant.map { !$0 } ?? true
            } else {
                consonant = true
            }
            if !consonant { return true }
            previousIsConsonant = consonant
        }
        return false
    }

    /// Condition \*d: the word ends with two equal consonants.
    private func endsWithDoubleConsonant(_ word: Letters) -> Bool {
        word.count >= 2 && word[word.count - 1] == word[word.count - 2] && isConsonant(word, at: word.count - 1)
    }

    /// Condition \*o: the word ends consonant–vowel–consonant and the last is not `w`, `x` or
    /// `y`; or, in NLTK's extension, the word is a vowel then a consonant.
    private func endsConsonantVowelConsonant(_ word: Letters) -> Bool {
        let count = word.count
        if count >= 3 && isConsonant(word, at: count - 3) && !isConsonant(word, at: count - 2)
            && isConsonant(word, at: count - 1)
        {
            let last = word[count - 1]
            if last != Letter.w && last != Letter.x && last != Letter.y { return true }
        }
        return count == 2 && !isConsonant(word, at: 0) && isConsonant(word, at: 1)
    }
}

extension Array where Element == UInt32 {
    fileprivate func hasSuffix(_ suffix: [UInt32]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
