import Foundation
import FuzzSupport

// The bytes as a document through the news pipeline and summary.
exit(
    runFuzzer { data, size in
        DocumentCheck.run(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
)
