/// The version of the JSON records LedeJSON writes.
///
/// Every record carries it as `"schema_version"`, right after `"id"`: analyses, error
/// records and collections alike. It changes only on an *incompatible* change:
///
/// - a member is removed or renamed;
/// - a member's type changes (a string becomes an object, a number may become `null`), or
///   the unit of offsets changes;
/// - a member's meaning changes (`start` counted from somewhere else, `score` on another
///   scale, a kind's value used for something else).
///
/// Adding a member, or a new value to a set of names (a new `kind` of number, a new layout
/// `role`, a new issue `kind`), is compatible and keeps the version.
///
/// A consumer should check `schema_version` and refuse (or handle separately) a version it
/// does not know; it should ignore members it does not know, and treat a name it does not
/// know in a set of names as "other". The `Codable` record types do the first for Swift:
/// decoding a record of another version throws. `RecordSchema` has no instances.
public enum RecordSchema: Sendable {
    /// The version of the records this release writes: 1.
    public static let version = 1
}
