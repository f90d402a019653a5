/// A table for the per-document caches of the attribution stages: a news article puts a
/// handful of entries in each, a long text many.
///
/// A `Dictionary` hashes every key with SipHash and reallocates as it grows, and that cost
/// shows when a table holds four entries. This table keeps its first entries in order, in one
/// array, and compares a key with each of them; once it holds more than ``readLimit``, it
/// moves them into a dictionary, so that a long text stays linear. Keys are equal as `==`
/// says, as in a dictionary (canonically equivalent strings are one key).
struct SmallTable<Key: Hashable, Value> {
    /// How many entries are read before they are hashed.
    static var readLimit: Int { 16 }

    private var entries: [(key: Key, value: Value)] = []
    private var hashed: [Key: Value] = [:]
    /// Whether the entries are in ``hashed`` rather than in ``entries``.
    private var isHashed = false

    /// Makes an empty table; it allocates on the first insertion, as many tables stay empty.
    init() {}

    /// The number of keys in the table.
    var count: Int { isHashed ? hashed.count : entries.count }

    /// The value stored for `key`, or `nil`; storing `nil` is not supported.
    subscript(key: Key) -> Value? {
        get {
            if isHashed { return hashed[key] }
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
        set {
            guard let newValue else { preconditionFailure("SmallTable cannot remove a key.") }
            modify(key, default: newValue) { $0 = newValue }
        }
    }

    /// Changes the value stored for `key` in place, storing `defaultValue` first when there
    /// is none.
    ///
    /// - Complexity: O(1) for a table of more than ``readLimit`` keys, O(*k*) for *k* keys
    ///   otherwise; amortized, as the table grows.
    mutating func modify(_ key: Key, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        if isHashed {
            body(&hashed[key, default: defaultValue()])
            return
        }
        if let index = entries.firstIndex(where: { $0.key == key }) {
            body(&entries[index].value)
            return
        }
        guard entries.count < Self.readLimit else {
            hashed = Dictionary(uniqueKeysWithValues: entries.lazy.map { ($0.key, $0.value) })
            entries = []
            isHashed = true
            body(&hashed[key, default: defaultValue()])
            return
        }
        var value = defaultValue()
        body(&value)
        // Room for a few entries at once: a table that holds one often holds several, and
        // growing one at a time would move them each time.
        if entries.isEmpty { entries.reserveCapacity(Self.firstCapacity) }
        entries.append((key, value))
    }

    /// Stores a value for a key that the table does not hold, without looking for the key
    /// first: for a caller that has just asked for it.
    ///
    /// - Precondition: `self[key]` is `nil`.
    /// - Complexity: O(1), amortized.
    mutating func insertNew(_ value: Value, for key: Key) {
        if isHashed {
            hashed[key] = value
        } else if entries.count < Self.readLimit {
            if entries.isEmpty { entries.reserveCapacity(Self.firstCapacity) }
            entries.append((key, value))
        } else {
            modify(key, default: value) { _ in }
        }
    }

    /// How many entries the first insertion makes room for.
    private static var firstCapacity: Int { 4 }
}
