/// Wraps ranges of a text in elements that nest correctly even when the ranges cross.
///
/// Marks that nest (a number inside a quotation) become nested elements. When two marks
/// cross (a quotation that starts inside one sentence and ends in the next), the one that
/// would close out of order is closed and opened again after: it is split into pieces, and
/// only its first piece carries ``Mark/attributes``; the others carry
/// ``Mark/continuationAttributes``. Marks with the same range nest by ``Mark/layer``, lower
/// outside.
///
/// `NestedMarkup` is a `Sendable` value.
struct NestedMarkup: Sendable {
    /// An element around a range of the text.
    struct Mark: Sendable {
        /// The UTF-8 range of the text; moved out to whole Unicode scalars if needed.
        var range: Range<Int>
        /// Which of several marks of one range is outside: lower is outside.
        var layer: Int
        /// The element name, such as `span`.
        var element: String
        /// The attributes of the first piece, as name and unescaped value.
        var attributes: [(name: String, value: String)]
        /// The attributes of every later piece of a split mark.
        var continuationAttributes: [(name: String, value: String)]

        init(
            range: Range<Int>,
            layer: Int,
            element: String,
            attributes: [(name: String, value: String)],
            continuationAttributes: [(name: String, value: String)]? = nil
        ) {
            self.range = range
            self.layer = layer
            self.element = element
            self.attributes = attributes
            self.continuationAttributes = continuationAttributes ?? attributes.filter { $0.name != "id" }
        }
    }

    /// The text, whose UTF-8 offsets the marks use.
    let text: String
    /// The marks, in any order.
    var marks: [Mark] = []

    /// The text as HTML, each mark an element (or several, when it had to be split).
    ///
    /// Empty marks and marks outside the text are left out.
    ///
    /// - Returns: HTML for an element's content.
    /// - Complexity: O(*n* + *m* log *m* + *s*·*d*) for *n* bytes, *m* marks, *s* split pieces
    ///   at most *d* deep.
    func render() -> String {
        let bytes = Array(text.utf8)
        func isBoundary(_ offset: Int) -> Bool {
            offset <= 0 || offset >= bytes.count || bytes[offset] & 0xC0 != 0x80
        }
        var marks: [Mark] = []
        for var mark in self.marks {
            var lower = min(max(mark.range.lowerBound, 0), bytes.count)
            var upper = min(max(mark.range.upperBound, 0), bytes.count)
            while !isBoundary(lower) { lower -= 1 }
            while !isBoundary(upper) { upper += 1 }
            guard lower < upper else { continue }
            mark.range = lower..<upper
            marks.append(mark)
        }
        // Outer first: earlier start, then later end, then lower layer.
        let order = marks.indices.sorted { a, b in
            let x = marks[a]
            let y = marks[b]
            if x.range.lowerBound != y.range.lowerBound { return x.range.lowerBound < y.range.lowerBound }
            if x.range.upperBound != y.range.upperBound { return x.range.upperBound > y.range.upperBound }
            if x.layer != y.layer { return x.layer < y.layer }
            return a < b
        }
        var boundaries = Set([0, bytes.count])
        for mark in marks {
            boundaries.insert(mark.range.lowerBound)
            boundaries.insert(mark.range.upperBound)
        }
        let positions = boundaries.sorted()
        var output = ""
        output.reserveCapacity(bytes.count * 2)
        var stack: [Int] = []
        var next = 0
        for (step, position) in positions.enumerated() {
            // Close what ends here, and whatever is open inside it, which opens again below.
            var reopen: [Int] = []
            if let deepest = stack.firstIndex(where: { marks[$0].range.upperBound == position }) {
                for index in stack[deepest...].reversed() {
                    output += "</\(marks[index].element)>"
                    if marks[index].range.upperBound > position { reopen.append(index) }
                }
                stack.removeSubrange(deepest...)
            }
            var opening = reopen.map { (index: $0, continued: true) }
            while next < order.count, marks[order[next]].range.lowerBound == position {
                opening.append((order[next], false))
                next += 1
            }
            opening.sort { a, b in
                let x = marks[a.index]
                let y = marks[b.index]
                if x.range.upperBound != y.range.upperBound { return x.range.upperBound > y.range.upperBound }
                if x.layer != y.layer { return x.layer < y.layer }
                return a.index < b.index
            }
            for (index, continued) in opening {
                let mark = marks[index]
                output += "<" + mark.element
                for (name, value) in continued ? mark.continuationAttributes : mark.attributes {
                    output += " \(name)=\""
                    HTMLEscaping.append(value, to: &output)
                    output += "\""
                }
                output += ">"
                stack.append(index)
            }
            if step + 1 < positions.count {
                let segment = String(decoding: bytes[position..<positions[step + 1]], as: UTF8.self)
                HTMLEscaping.append(segment, to: &output)
            }
        }
        for index in stack.reversed() { output += "</\(marks[index].element)>" }
        return output
    }
}
