internal import Lede

/// A value with a place in the working text, for searches in arrays sorted by offset.
///
/// Sentences, paragraphs, tokens, quotations and cues each come in text order; the searches
/// in the extension below find one by offset in O(log *n*).
protocol SpanProviding {
    /// Where the value lies in the working text.
    var span: Span { get }
}

extension Span: SpanProviding {
    /// The span itself.
    var span: Span { self }
}

extension Sentence: SpanProviding {}
extension Paragraph: SpanProviding {}
extension Token: SpanProviding {}
extension Quote: SpanProviding {}
extension Mention: SpanProviding {}

/// Binary searches in a collection of spans sorted by offset: the one copy that every stage
/// uses.
///
/// Searches by start need the starts in non-decreasing order, searches by end the ends; spans
/// that never overlap (sentences, tokens, quotations at one depth) are sorted by both. Ties
/// are allowed: a search for the last span starting at or before an offset takes the last of
/// equal starts, one for the first span starting at or after an offset the first of them.
extension RandomAccessCollection where Element: SpanProviding, Index == Int {
    /// The index of the first element that starts at or after `offset`, or `endIndex`.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    func firstIndex(startingAtOrAfter offset: Int) -> Int {
        partitioningIndex { $0.span.start >= offset }
    }

    /// The index of the last element that starts at or before `offset`, or `nil` when every
    /// element starts after it: the element that holds `offset`, or the nearest one before it.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    func lastIndex(startingAtOrBefore offset: Int) -> Int? {
        let index = partitioningIndex { $0.span.start > offset }
        return index > startIndex ? index - 1 : nil
    }

    /// The index of the first element that ends after `offset`, or `endIndex`.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    func firstIndex(endingAfter offset: Int) -> Int {
        partitioningIndex { $0.span.end > offset }
    }

    /// The index of the last element that ends at or before `offset`, or `nil` when every
    /// element ends after it.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    func lastIndex(endingAtOrBefore offset: Int) -> Int? {
        let index = firstIndex(endingAfter: offset)
        return index > startIndex ? index - 1 : nil
    }

    /// The index of the element whose span holds `offset` (starts at or before it and ends
    /// after it), or `nil`, in a collection of spans that do not overlap.
    ///
    /// - Complexity: O(log *n*).
    @inline(__always)
    func index(containing offset: Int) -> Int? {
        let index = firstIndex(endingAfter: offset)
        return index < endIndex && self[index].span.start <= offset ? index : nil
    }

    /// The first index whose element satisfies `isInSecondPart`, or `endIndex`, for a
    /// predicate that is false for a prefix of the collection and true for the rest.
    @inline(__always)
    private func partitioningIndex(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
