#if canImport(Glibc)
import Glibc
#endif

/// How the commands' process gives memory back to the system.
///
/// `ProcessMemory` has no instances.
public enum ProcessMemory: Sendable {
    /// Has every block of 1 MiB or more that the process frees go back to the system at once.
    ///
    /// The GNU C library maps such large blocks of their own, and unmaps them when they are
    /// freed, but it raises that threshold to the size of each mapped block freed, up to 32 MiB:
    /// after a long document's analysis has freed a few large arrays, later arrays of that size
    /// come from the heap instead, and the holes they leave there stay resident. Fixing the
    /// threshold keeps the resident size of a command that analyses one long document close to
    /// the memory it uses (about 10% less on a 20 MB document). Elsewhere it does nothing.
    ///
    /// Call it first, before the analysis allocates.
    public static func returnLargeBlocksPromptly() {
        #if canImport(Glibc)
        // `mallopt` is not in the Glibc module; it is looked up by name.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD in <malloc.h>
        _ = mallopt(mmapThreshold, 1 << 20)
        #endif
    }
}
