internal import Lede

/// A small hash table keyed by spans, for the per-document caches of ``AttributionFinder``.
///
/// A `Dictionary` hashes a `Span` with SipHash, seeded per process, and that cost shows when a
/// cache is asked a few thousand times per document. Offsets of one text are not chosen by an
/// adversary, so here the two offsets are mixed with a multiplication, and collisions are
/// resolved by linear probing in an array that doubles when half full.
struct SpanTable<Value> {
    /// The slots, keys and values together: one allocation per table.
    private var slots: [(span: Span, value: Value)?]
    private var mask: Int
    /// 64 minus the number of bits of a slot number: a slot is the top bits of the hash.
    private var shift = 60
    /// The number of spans in the table.
    private(set) var count = 0

    /// Makes an empty table; it allocates on the first insertion, as many tables stay empty.
    init() {
        slots = []
        mask = 15
    }

    /// The value stored for `span`, or `nil`; storing `nil` is not supported.
    subscript(span: Span) -> Value? {
        get {
            guard count > 0 else { return nil }
            var slot = Self.slot(of: span, shift: shift)
            while let entry = slots[slot] {
                if entry.span == span { return entry.value }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("SpanTable cannot remove a span.") }
            insert(newValue, for: span)
        }
    }

    private mutating func insert(_ value: Value, for span: Span) {
        if slots.isEmpty { slots = Array(repeating: nil, count: mask + 1) }
        var slot = Self.slot(of: span, shift: shift)
        while let entry = slots[slot] {
            if entry.span == span {
                slots[slot] = (span, value)
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = (span, value)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        shift -= 1
        count = 0
        for case let (span, value)? in old { insert(value, for: span) }
    }

    @inline(__always)
    private static func slot(of span: Span, shift: Int) -> Int {
        // Fibonacci hashing: the top bits of a product depend on every bit of the offsets.
        let hash =
            UInt64(truncatingIfNeeded: span.start) &* 0x9E37_79B9_7F4A_7C15
            ^ UInt64(truncatingIfNeeded: span.end) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: hash >> UInt64(shift))
    }
}
