/// How offsets in a document's working text map back to its original input.
///
/// The map is a sorted list of ``Edit`` records, each saying that a range of the working text
/// replaced a range of the original; between edits the two texts are identical, shifted by
/// the lengths the earlier edits changed. All offsets are UTF-8 bytes.
///
/// An offset strictly inside an edit has no exact counterpart; ``originalOffset(of:side:)``
/// then widens outward (a span's start goes to the start of the edit's original range, its
/// end to the end), so a span that covers part of a rewritten region maps to the whole
/// original region it came from, never to a part of a character.
///
/// Normalizers do not build maps directly: they record changes with a ``TextRewriter`` and
/// apply it with ``Document/replaceText(with:)``, which composes the new edits with the map
/// the document already has. `OffsetMap` is `Sendable`.
public struct OffsetMap: Hashable, Sendable {
    /// One rewritten region: `working` in the working text replaced `original` in the input.
    public struct Edit: Hashable, Sendable {
        /// The byte range in the working text.
        public var working: Range<Int>
        /// The byte range in the original input it replaced.
        public var original: Range<Int>
    }

    /// Which end of a span an offset is, when it falls inside a rewritten region.
    public enum Side: Sendable {
        /// A start offset: map to the start of the region.
        case start
        /// An end offset: map to the end of the region.
        case end
    }

    /// The edits, sorted by position.
    ///
    /// No two overlap, and an edit with an empty working range
    /// (deleted text) never touches another, so every offset has one answer.
    public private(set) var edits: [Edit]

    /// The identity map: the working text is the original.
    public static let identity = OffsetMap(edits: [])

    init(edits: [Edit]) { self.edits = edits }

    /// Whether working and original text are the same.
    public var isIdentity: Bool { edits.isEmpty }

    /// Maps a working-text offset to an original-input offset.
    ///
    /// - Parameters:
    ///   - offset: A UTF-8 offset into the working text.
    ///   - side: Whether the offset starts or ends a span.
    /// - Returns: The UTF-8 offset into the original input.
    /// - Complexity: O(log *e*) in the number of edits.
    public func originalOffset(of offset: Int, side: Side) -> Int {
        // The last edit whose working range starts at or before `offset`.
        var low = 0
        var high = edits.count
        while low < high {
            let mid = (low + high) / 2
            if edits[mid].working.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let edit = edits[low - 1]
        if edit.working.isEmpty {
            // Deleted text: a start after it skips it, an end before it stops short of it.
            if offset == edit.working.lowerBound {
                return side == .start ? edit.original.upperBound : edit.original.lowerBound
            }
        } else if offset == edit.working.lowerBound {
            return edit.original.lowerBound
        } else if offset < edit.working.upperBound {
            return side == .start ? edit.original.lowerBound : edit.original.upperBound
        }
        return offset - edit.working.upperBound + edit.original.upperBound
    }

    /// Maps a working-text range to the original-input range it came from.
    ///
    /// - Parameter range: A UTF-8 range in the working text.
    /// - Returns: The UTF-8 range in the original input.
    /// - Complexity: O(log *e*) in the number of edits.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let start = originalOffset(of: range.lowerBound, side: .start)
        let end = originalOffset(of: range.upperBound, side: .end)
        return start..<max(start, end)
    }

    /// The map from `self`'s working text to the original input of `inner`, where `self`
    /// maps a new text to `inner`'s working text.
    ///
    /// - Parameter inner: The map of the text `self` was made from.
    /// - Returns: One map from the newest text to the original input.
    /// - Complexity: O(*e₁* + *e₂*).
    func composed(after inner: OffsetMap) -> OffsetMap {
        if inner.isIdentity { return self }
        if isIdentity { return inner }
        // Work in the middle text: `self`'s edits occupy their `original` ranges there, the
        // inner edits their `working` ranges. Overlapping or touching regions merge.
        struct Region {
            var middle: Range<Int>
            var outerDelta: Int  // new length - middle length, from `self`'s edits
            var innerDelta: Int  // original length - middle length, from inner edits
        }
        var regions: [Region] = []
        regions.reserveCapacity(edits.count + inner.edits.count)
        var i = 0
        var j = 0
        while i < edits.count || j < inner.edits.count {
            let takeOuter: Bool
            if i == edits.count {
                takeOuter = false
            } else if j == inner.edits.count {
                takeOuter = true
            } else {
                takeOuter = edits[i].original.lowerBound <= inner.edits[j].working.lowerBound
            }
            let next: Region
            if takeOuter {
                let edit = edits[i]
                next = Region(
                    middle: edit.original,
                    outerDelta: edit.working.count - edit.original.count,
                    innerDelta: 0
                )
                i += 1
            } else {
                let edit = inner.edits[j]
                next = Region(middle: edit.working, outerDelta: 0, innerDelta: edit.original.count - edit.working.count)
                j += 1
            }
            if var last = regions.last, Self.mustMerge(last.middle, next.middle) {
                last.middle = last.middle.lowerBound..<max(last.middle.upperBound, next.middle.upperBound)
                last.outerDelta += next.outerDelta
                last.innerDelta += next.innerDelta
                regions[regions.count - 1] = last
            } else {
                regions.append(next)
            }
        }
        var result: [Edit] = []
        result.reserveCapacity(regions.count)
        var outerShift = 0
        var innerShift = 0
        for region in regions {
            let newStart = region.middle.lowerBound + outerShift
            let originalStart = region.middle.lowerBound + innerShift
            let newEnd = newStart + region.middle.count + region.outerDelta
            let originalEnd = originalStart + region.middle.count + region.innerDelta
            Self.append(Edit(working: newStart..<newEnd, original: originalStart..<originalEnd), to: &result)
            outerShift += region.outerDelta
            innerShift += region.innerDelta
        }
        return OffsetMap(edits: result)
    }

    /// Whether two regions, the second starting at or after the first, must become one:
    /// when they overlap, or touch and one is empty (which would leave an offset two answers).
    static func mustMerge(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
        second.lowerBound < first.upperBound
            || (second.lowerBound == first.upperBound && (first.isEmpty || second.isEmpty))
    }

    /// Appends an edit, merging it with the last one when their working ranges must merge.
    static func append(_ edit: Edit, to edits: inout [Edit]) {
        if let last = edits.last, mustMerge(last.working, edit.working) {
            edits[edits.count - 1] = Edit(
                working: last.working.lowerBound..<max(last.working.upperBound, edit.working.upperBound),
                original: last.original.lowerBound..<max(last.original.upperBound, edit.original.upperBound)
            )
        } else {
            edits.append(edit)
        }
    }
}
