#if DEBUG
import Foundation
import Lede

/// Stages that fail on purpose, for the tests of `--jsonl`'s isolation, in debug builds only.
///
/// The tests set `LEDE_TEST_TRAP_ON` or `LEDE_TEST_HANG_ON` to a marker text; every document
/// whose text contains it then traps, or never finishes, in a stage at the end of the
/// pipeline. Environment variables reach the worker processes without any plumbing, appear in
/// no help, and release builds do not have this code at all, so the shipped command has no
/// hidden way to crash.
enum TestFaults {
    /// The pipeline with a fault stage at its end, when a marker is set; otherwise unchanged.
    static func adding(to pipeline: AnalysisPipeline) throws -> AnalysisPipeline {
        let environment = ProcessInfo.processInfo.environment
        let trap = environment["LEDE_TEST_TRAP_ON"].flatMap { $0.isEmpty ? nil : $0 }
        let hang = environment["LEDE_TEST_HANG_ON"].flatMap { $0.isEmpty ? nil : $0 }
        guard trap != nil || hang != nil else { return pipeline }
        return try AnalysisPipeline(
            name: pipeline.name,
            assuming: pipeline.assumptions,
            stages: pipeline.stages + [FaultStage(trap: trap, hang: hang)]
        )
    }

    /// Traps on one marker, sleeps for ever on the other.
    struct FaultStage: Tagger {
        let name = "test.faults"
        var provides: Set<AnnotationKeyID> { [] }
        let trap: String?
        let hang: String?

        func process(_ document: inout Document) throws {
            if let trap, document.text.contains(trap) {
                fatalError("test fault: the text holds \(trap)")
            }
            if let hang, document.text.contains(hang) {
                while true { sleep(60) }
            }
        }
    }
}
#endif
