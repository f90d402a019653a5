internal import Synchronization

/// Spare match data blocks of one pattern, kept for later calls: allocating a block costs
/// more than a short match.
///
/// The pool is four atomic slots, each holding one block or nothing. A call takes a block by
/// emptying a slot with one exchange, and gives it back by filling an empty slot with one
/// compare-and-exchange (a block that finds every slot full is freed). There is no lock: an
/// acquiring exchange pairs with the releasing exchange that filled the slot, so the thread
/// that takes a block sees everything the thread that gave it back wrote to it.
///
/// A `Mutex` did the same job, but ThreadSanitizer cannot see how a contended `Mutex` on
/// Linux hands over ownership (the kernel does it, inside the priority-inheritance futex
/// calls), so it reported every contended hand-over as a data race. Atomic operations are
/// instrumented, so the check now sees the real order.
///
/// `Sendable`: the state is the atomic slots only.
final class MatchScratchPool: Sendable {
    private typealias Slot = Atomic<Unmanaged<PCRE2Pattern.MatchScratch>?>

    private let slot0 = Slot(nil)
    private let slot1 = Slot(nil)
    private let slot2 = Slot(nil)
    private let slot3 = Slot(nil)

    init() {}

    /// Calls `body` with each slot in turn until it returns `true`.
    private func firstSlot(where body: (borrowing Slot) -> Bool) -> Bool {
        body(slot0) || body(slot1) || body(slot2) || body(slot3)
    }

    /// A spare block, or `nil` when the pool is empty.
    func take() -> PCRE2Pattern.MatchScratch? {
        var taken: Unmanaged<PCRE2Pattern.MatchScratch>?
        _ = firstSlot { slot in
            // Reading first leaves empty slots alone, instead of writing `nil` over `nil`.
            guard slot.load(ordering: .relaxed) != nil else { return false }
            taken = slot.exchange(nil, ordering: .acquiring)
            return taken != nil
        }
        return taken?.takeRetainedValue()
    }

    /// Keeps a block for a later call, or frees it when every slot is full.
    func give(_ scratch: PCRE2Pattern.MatchScratch) {
        let block = Unmanaged.passRetained(scratch)
        let kept = firstSlot { slot in
            slot.compareExchange(expected: nil, desired: block, ordering: .releasing).exchanged
        }
        if !kept { block.release() }
    }

    deinit {
        _ = firstSlot { slot in
            slot.exchange(nil, ordering: .acquiring)?.release()
            return false
        }
    }
}
