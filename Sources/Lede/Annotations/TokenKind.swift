internal import Synchronization

/// The kind of a ``Token``; an open set, so segmenters in other packages can add kinds.
///
/// A kind is held as a 2-byte number, so that a document's many tokens take little memory:
/// each identifier gets its number the first time a kind is made from it, and keeps it for the
/// life of the process. The built-in kinds have theirs from the start.
///
/// `TokenKind` is `Sendable`.
public struct TokenKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's number: the same for the same identifier, and for no other.
    @usableFromInline let code: UInt16

    /// The kind's identifier.
    public var rawValue: String {
        let index = Int(code)
        if index < TokenKind.builtInNames.count { return TokenKind.builtInNames[index] }
        return TokenKind.addedNames.withLock { $0.names[index - TokenKind.builtInNames.count] }
    }

    /// Creates a kind from its identifier.
    ///
    /// - Parameter rawValue: The identifier, such as `word`.
    /// - Precondition: Fewer than 65,536 distinct identifiers in one process.
    public init(rawValue: String) {
        if let index = TokenKind.builtInNames.firstIndex(of: rawValue) {
            code = UInt16(index)
            return
        }
        code = TokenKind.addedNames.withLock { table in
            if let known = table.codes[rawValue] { return known }
            let next = TokenKind.builtInNames.count + table.names.count
            precondition(next <= Int(UInt16.max), "Too many distinct token kinds.")
            table.codes[rawValue] = UInt16(next)
            table.names.append(rawValue)
            return UInt16(next)
        }
    }

    /// Creates a built-in kind from its number.
    private init(builtIn code: UInt16) { self.code = code }

    /// Decodes a kind from its identifier, a string.
    ///
    /// - Parameter decoder: The decoder.
    /// - Throws: `DecodingError` if the value is not a string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Whether two kinds are the same.
    ///
    /// Kinds with the same identifier have the same number, and kinds with different
    /// identifiers different numbers, so comparing the numbers answers as comparing the
    /// identifiers would, without reading them.
    ///
    /// - Parameters:
    ///   - lhs: A kind.
    ///   - rhs: Another kind.
    /// - Returns: Whether their identifiers are equal.
    /// - Complexity: O(1).
    @inlinable
    public static func == (lhs: TokenKind, rhs: TokenKind) -> Bool { lhs.code == rhs.code }

    /// Encodes the kind as its identifier, a string.
    ///
    /// - Parameter encoder: The encoder.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The identifiers of the built-in kinds, in the order of their numbers.
    private static let builtInNames = [
        "word", "number", "punctuation", "currency", "symbol", "url", "email", "hashtag", "mention", "clitic",
    ]
    /// The identifiers of the kinds made since the process started, numbered after the
    /// built-in ones, and the number of each.
    private static let addedNames = Mutex<(names: [String], codes: [String: UInt16])>(([], [:]))

    /// Letters, with inner apostrophes and hyphens (`NATO’s`, `don't`, `three-and-a-half-year-old`).
    public static let word = TokenKind(builtIn: 0)
    /// Digits, with separators and decimals (`1,400`, `3.5`), or with a letter suffix (`45p`, `2m`).
    public static let number = TokenKind(builtIn: 1)
    /// Punctuation (`.`, `,`, `“`, `--`).
    public static let punctuation = TokenKind(builtIn: 2)
    /// A currency sign (`$`, `£`, `€`).
    public static let currency = TokenKind(builtIn: 3)
    /// Any other symbol (`%`, `&`, `+`, emoji).
    public static let symbol = TokenKind(builtIn: 4)
    /// A URL (`https://example.com/a`, `www.bbc.co.uk`).
    public static let url = TokenKind(builtIn: 5)
    /// An e-mail address.
    public static let email = TokenKind(builtIn: 6)
    /// A hashtag (`#Ukraine`).
    public static let hashtag = TokenKind(builtIn: 7)
    /// A mention (`@Reuters`).
    public static let mention = TokenKind(builtIn: 8)
    /// A contraction or possessive clitic split from its word (`n't`, `'s`) when a tokenizer splits them.
    public static let clitic = TokenKind(builtIn: 9)

    /// The identifier.
    public var description: String { rawValue }
}
