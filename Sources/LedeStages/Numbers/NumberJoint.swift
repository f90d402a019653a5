/// How two number words are joined.
enum NumberJoint: Equatable {
    /// A space (or a no-break space).
    case space
    /// A hyphen: `twenty-five`.
    case hyphen
    /// `and`: `one hundred and twelve`.
    case and
    /// `and a`: `two and a half`.
    case andA
    /// `a`: `half a million`.
    case a
    /// `of a`: `a quarter of a million`.
    case ofA
}
