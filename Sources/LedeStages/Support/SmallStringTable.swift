/// A table keyed by strings, for the per-document caches of the attribution stages: a news
/// article puts a handful of entries in each, a long text many.
///
/// A `Dictionary` hashes every key with SipHash and reallocates as it grows, and that cost
/// shows when a table holds four entries. This table keeps its first entries in order and
/// compares a key with each of them; once it holds more than ``readLimit``, it moves them into
/// a dictionary, so that a long text stays linear. Keys are equal as strings are (canonically
/// equivalent strings are one key), as in a dictionary.
struct SmallStringTable<Value> {
    /// How many entries are read before they are hashed.
    static var readLimit: Int { 16 }

    private var keys: [String] = []
    private var values: [Value] = []
    private var hashed: [String: Value] = [:]
    /// Whether the entries are in ``hashed`` rather than in ``keys`` and ``values``.
    private var isHashed = false

    /// Makes an empty table; it allocates on the first insertion, as many tables stay empty.
    init() {}

    /// The number of keys in the table.
    var count: Int { isHashed ? hashed.count : keys.count }

    /// The value stored for `key`, or `nil`; storing `nil` is not supported.
    subscript(key: String) -> Value? {
        get {
            if isHashed { return hashed[key] }
            return keys.firstIndex(of: key).map { values[$0] }
        }
        set {
            guard let newValue else { preconditionFailure("SmallStringTable cannot remove a key.") }
            modify(key, default: newValue) { $0 = newValue }
        }
    }

    /// Changes the value stored for `key` in place, storing `defaultValue` first when there
    /// is none.
    ///
    /// - Complexity: O(1) for a table of more than ``readLimit`` keys, O(*k*) for *k* keys
    ///   otherwise; amortized, as the table grows.
    mutating func modify(_ key: String, default defaultValue: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        if isHashed {
            body(&hashed[key, default: defaultValue()])
            return
        }
        if let index = keys.firstIndex(of: key) {
            body(&values[index])
            return
        }
        guard keys.count < Self.readLimit else {
            hashed = Dictionary(uniqueKeysWithValues: zip(keys, values))
            isHashed = true
            body(&hashed[key, default: defaultValue()])
            keys = []
            values = []
            return
        }
        var value = defaultValue()
        body(&value)
        keys.append(key)
        values.append(value)
    }
}
