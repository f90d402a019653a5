import Foundation
import FuzzSupport

// The bytes as one JSON Lines input line.
exit(
    runFuzzer { data, size in
        JSONLinesCheck.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
)
