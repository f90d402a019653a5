/// Builds the stage list of an ``AnalysisPipeline``: stages, arrays of stages, `if`, `switch`
/// and `for`.
@resultBuilder
public enum AnalysisPipelineBuilder: Sendable {
    /// A single stage.
    public static func buildExpression(_ stage: any AnalysisStage) -> [any AnalysisStage] { [stage] }
    /// Several stages.
    public static func buildExpression(_ stages: [any AnalysisStage]) -> [any AnalysisStage] { stages }
    /// An empty block.
    public static func buildBlock() -> [any AnalysisStage] { [] }
    /// The first part of a block.
    public static func buildPartialBlock(first: [any AnalysisStage]) -> [any AnalysisStage] { first }
    /// The next part of a block.
    public static func buildPartialBlock(
        accumulated: [any AnalysisStage],
        next: [any AnalysisStage]
    ) -> [any AnalysisStage] {
        accumulated + next
    }
    /// An `if` without `else`.
    public static func buildOptional(_ component: [any AnalysisStage]?) -> [any AnalysisStage] { component ?? [] }
    /// The `if` branch.
    public static func buildEither(first component: [any AnalysisStage]) -> [any AnalysisStage] { component }
    /// The `else` branch.
    public static func buildEither(second component: [any AnalysisStage]) -> [any AnalysisStage] { component }
    /// A `for` loop.
    public static func buildArray(_ components: [[any AnalysisStage]]) -> [any AnalysisStage] {
        components.flatMap { $0 }
    }
    /// An availability check.
    public static func buildLimitedAvailability(_ component: [any AnalysisStage]) -> [any AnalysisStage] { component }
}
