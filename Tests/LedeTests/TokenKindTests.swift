import Foundation
import Lede
import Testing

/// Token kinds and tokens keep their identifiers and spans in their compact form.
@Suite struct TokenKindTests {
    @Test(arguments: [
        (TokenKind.word, "word"), (.number, "number"), (.punctuation, "punctuation"), (.currency, "currency"),
        (.symbol, "symbol"), (.url, "url"), (.email, "email"), (.hashtag, "hashtag"), (.mention, "mention"),
        (.clitic, "clitic"),
    ])
    func aBuiltInKindHasItsIdentifier(kind: TokenKind, identifier: String) {
        #expect(kind.rawValue == identifier)
        #expect(TokenKind(rawValue: identifier) == kind)
    }

    @Test func kindsMadeFromOneIdentifierAreEqual() {
        let first = TokenKind(rawValue: "test.measure-unit")
        let second = TokenKind(rawValue: "test" + ".measure-unit")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.rawValue == "test.measure-unit")
        #expect(first != TokenKind(rawValue: "test.other-unit"))
        #expect(first != .word)
        #expect(Set([first, second, .word, .number]).count == 3)
    }

    @Test func aKindIsCodedAsItsIdentifier() throws {
        let kinds = [TokenKind.word, TokenKind(rawValue: "test.coded-kind")]
        let data = try JSONEncoder().encode(kinds)
        #expect(String(decoding: data, as: UTF8.self) == #"["word","test.coded-kind"]"#)
        #expect(try JSONDecoder().decode([TokenKind].self, from: data) == kinds)
    }

    @Test func aTokenKeepsItsSpanAndKind() {
        var token = Token(span: Span(start: 5_000_000_000, end: 5_000_000_007), kind: .number)
        #expect(token.span == Span(start: 5_000_000_000, end: 5_000_000_007))
        #expect(token.kind == .number)
        token.span = Span(start: 3, end: 3)
        token.kind = TokenKind(rawValue: "test.empty")
        #expect(token.span == Span(start: 3, end: 3) && token.kind.rawValue == "test.empty")
        #expect(token == Token(span: Span(start: 3, end: 3), kind: TokenKind(rawValue: "test.empty")))
    }
}
