/// The options a configuration gives one stage, read by the stage's factory in a
/// ``StageRegistry``.
///
/// Each getter names the option, its type and its default; a wrong type is an error that
/// names the stage, the option and what was expected. After the factory returns, the registry
/// rejects any option the factory never asked for, listing the ones it knows, so a typo never
/// passes silently.
///
/// ```swift
/// registry.register("acme.hashtags") { options in
///     HashtagTagger(minimumLength: try options.int("minimumLength", default: 2))
/// }
/// ```
///
/// `StageOptions` is `Sendable`.
public struct StageOptions: Sendable {
    /// The stage the options are for.
    public let stage: String
    /// The raw options.
    public let values: [String: JSONValue]
    /// The options the factory has asked for, in order.
    public private(set) var known: [String] = []

    /// Wraps raw options.
    ///
    /// - Parameters:
    ///   - stage: The stage's name, for messages.
    ///   - values: The options.
    public init(stage: String, values: [String: JSONValue] = [:]) {
        self.stage = stage
        self.values = values
    }

    /// The options given that the factory never asked for.
    public var unknown: [String] { values.keys.filter { !known.contains($0) }.sorted() }

    /// The raw value of an option, or `nil` if not given.
    ///
    /// - Parameter key: The option's name.
    /// - Returns: The raw value.
    public mutating func value(_ key: String) -> JSONValue? {
        if !known.contains(key) { known.append(key) }
        return values[key]
    }

    /// A boolean option.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - defaultValue: The value when the option is not given.
    /// - Returns: The value.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidOption`` for a wrong type.
    public mutating func bool(_ key: String, default defaultValue: Bool) throws(PipelineError) -> Bool {
        switch value(key) {
        case nil: return defaultValue
        case .bool(let value): return value
        case let other?: throw mismatch(key, expected: "true or false", got: other)
        }
    }

    /// A whole-number option.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - defaultValue: The value when the option is not given.
    ///   - range: The allowed values; defaults to any.
    /// - Returns: The value.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidOption`` for a wrong type
    ///   or a value out of range.
    public mutating func int(
        _ key: String,
        default defaultValue: Int,
        in range: ClosedRange<Int>? = nil
    )
        throws(PipelineError) -> Int
    {
        switch value(key) {
        case nil: return defaultValue
        case .number(let number) where number == number.rounded() && abs(number) < 1e15:
            let value = Int(number)
            if let range, !range.contains(value) {
                throw invalid(key, "must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
            }
            return value
        case let other?: throw mismatch(key, expected: "a whole number", got: other)
        }
    }

    /// A number option.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - defaultValue: The value when the option is not given.
    ///   - range: The allowed values; defaults to any.
    /// - Returns: The value.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidOption`` for a wrong type
    ///   or a value out of range.
    public mutating func double(
        _ key: String,
        default defaultValue: Double,
        in range: ClosedRange<Double>? = nil
    )
        throws(PipelineError) -> Double
    {
        switch value(key) {
        case nil: return defaultValue
        case .number(let value):
            if let range, !range.contains(value) {
                throw invalid(key, "must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
            }
            return value
        case let other?: throw mismatch(key, expected: "a number", got: other)
        }
    }

    /// A string option.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - defaultValue: The value when the option is not given.
    ///   - choices: The allowed values; defaults to any.
    /// - Returns: The value.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidOption`` for a wrong type
    ///   or a value not among `choices`.
    public mutating func string(
        _ key: String,
        default defaultValue: String,
        choices: [String]? = nil
    )
        throws(PipelineError) -> String
    {
        switch value(key) {
        case nil: return defaultValue
        case .string(let value):
            if let choices, !choices.contains(value) {
                throw invalid(
                    key,
                    "must be one of \(choices.map { "\"\($0)\"" }.joined(separator: ", ")), not \"\(value)\""
                )
            }
            return value
        case let other?: throw mismatch(key, expected: "a string", got: other)
        }
    }

    /// An option that is a list of strings.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - defaultValue: The value when the option is not given.
    /// - Returns: The value.
    /// - Throws: ``PipelineError`` with code ``PipelineError/Code/invalidOption`` for a wrong type.
    public mutating func strings(_ key: String, default defaultValue: [String]) throws(PipelineError) -> [String] {
        switch value(key) {
        case nil: return defaultValue
        case .array(let items):
            var result: [String] = []
            for item in items {
                guard case .string(let string) = item else {
                    throw mismatch(key, expected: "an array of strings", got: item)
                }
                result.append(string)
            }
            return result
        case let other?: throw mismatch(key, expected: "an array of strings", got: other)
        }
    }

    /// An error about an option's value, naming the stage and the option.
    ///
    /// - Parameters:
    ///   - key: The option's name.
    ///   - problem: What is wrong, completing "Option 'key' of stage 'name' ...".
    /// - Returns: The error to throw.
    public func invalid(_ key: String, _ problem: String) -> PipelineError {
        PipelineError(code: .invalidOption, stage: stage, message: "Option '\(key)' of stage '\(stage)' \(problem).")
    }

    private func mismatch(_ key: String, expected: String, got: JSONValue) -> PipelineError {
        invalid(key, "must be \(expected), but is \(got.kindDescription) (\(got))")
    }
}
