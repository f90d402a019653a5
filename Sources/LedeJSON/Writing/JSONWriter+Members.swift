extension JSONWriter {
    /// Writes a member whose value is a string, or `null` when `value` is `nil`.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The string.
    public mutating func member(_ name: some StringProtocol, _ value: (some StringProtocol)?) {
        key(name)
        if let value { string(value) } else { null() }
    }

    /// Writes a member whose value is a whole number.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The number.
    public mutating func member(_ name: some StringProtocol, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes a member whose value is a number (see ``double(_:)``), or `null`.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The number.
    public mutating func member(_ name: some StringProtocol, _ value: Double?) {
        key(name)
        if let value { double(value) } else { null() }
    }

    /// Writes a member whose value is a boolean.
    ///
    /// - Parameters:
    ///   - name: The member name.
    ///   - value: The value.
    public mutating func member(_ name: some StringProtocol, _ value: Bool) {
        key(name)
        bool(value)
    }
}
