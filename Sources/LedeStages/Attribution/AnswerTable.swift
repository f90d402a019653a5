/// Answers kept by an integer key, in a ``SmallTable``.
///
/// Most documents ask a few questions, read in order, but a text of nothing but reporting verbs
/// asks one per verb, so past a few the answers are hashed and the lookup does not grow with
/// their number.
struct AnswerTable<Answer> {
    private var answers = SmallTable<Int, Answer>()

    /// The answer kept under a key, if any.
    subscript(key: Int) -> Answer? { answers[key] }

    /// Keeps an answer under a key that has none yet.
    mutating func append(_ answer: Answer, for key: Int) {
        answers[key] = answer
    }
}
