/// The version of this release of Lede.
///
/// The one place the version is written: the command-line tools print it for `--version`,
/// and the release script (`.ci/build-release`) reads it from this file to name the archive
/// and the Python wheel. It follows semantic versioning; until 1.0, a minor version may
/// change the public API. `LedeVersion` has no instances; it is `Sendable`.
public enum LedeVersion: Sendable {
    /// The version as written in the changelog, such as `0.2.0`.
    public static let string = "0.2.0"
}
