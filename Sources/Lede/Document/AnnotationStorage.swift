/// The annotations of a ``Document``: a handful of values, each under its key's identity.
///
/// A document holds a dozen annotations or so, and stages read them often: a linear search of
/// the key identities costs less than hashing one, and each value sits in a box of its own
/// type, so that reading it needs no dynamic cast. Boxes are immutable, so copies of a
/// document share them safely. `AnnotationStorage` is `Sendable`.
struct AnnotationStorage: Sendable {
    private var keys: [AnnotationKeyID] = []
    private var boxes: [AnnotationBox] = []

    /// Whether no annotation is stored.
    var isEmpty: Bool { keys.isEmpty }

    /// The keys that have annotations, in the order they were first written.
    var annotationKeys: [AnnotationKeyID] { keys }

    /// The box stored under a key identity.
    ///
    /// - Complexity: O(*k*) in the number of annotations.
    @inline(__always)
    func box(for identifier: ObjectIdentifier) -> AnnotationBox? {
        for index in keys.indices where keys[index].identifier == identifier { return boxes[index] }
        return nil
    }

    /// Stores a box under a key, or removes the key's box.
    ///
    /// - Complexity: O(*k*) in the number of annotations.
    mutating func set(_ box: AnnotationBox?, for key: AnnotationKeyID) {
        let index = keys.firstIndex { $0.identifier == key.identifier }
        switch (index, box) {
        case (let index?, let box?): boxes[index] = box
        case (let index?, nil):
            keys.remove(at: index)
            boxes.remove(at: index)
        case (nil, let box?):
            keys.append(key)
            boxes.append(box)
        case (nil, nil): break
        }
    }
}

/// An annotation's value and the stage that wrote it, boxed; ``TypedAnnotationBox`` holds the
/// value with its type.
///
/// `AnnotationBox` is `Sendable`: it is immutable, and its subclass holds a `Sendable` value.
class AnnotationBox: @unchecked Sendable {
    /// The stage that wrote the value, when it ran in a pipeline.
    let producer: String?

    init(producer: String?) { self.producer = producer }

    /// The value, whatever its type.
    var anyValue: any Sendable & Equatable { preconditionFailure("AnnotationBox is abstract.") }
}

/// An annotation's value with its type.
///
/// `TypedAnnotationBox` is `Sendable`: its value is, and it never changes.
final class TypedAnnotationBox<Value: Sendable & Equatable>: AnnotationBox, @unchecked Sendable {
    /// The value.
    let value: Value

    init(_ value: Value, producer: String?) {
        self.value = value
        super.init(producer: producer)
    }

    override var anyValue: any Sendable & Equatable { value }
}
