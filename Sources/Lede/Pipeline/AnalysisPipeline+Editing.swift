/// Editing a pipeline: each edit makes a new pipeline, checked again.
extension AnalysisPipeline {
    /// Where to put a stage in a pipeline.
    ///
    /// `Position` is `Sendable`.
    public enum Position: Sendable, Hashable {
        /// Before every stage.
        case first
        /// After every stage.
        case last
        /// Just before the stage with this name.
        case before(String)
        /// Just after the stage with this name.
        case after(String)
    }

    /// A new pipeline with a stage added, checked again.
    ///
    /// - Parameters:
    ///   - stage: The stage to add.
    ///   - position: Where to add it.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if the position names an unknown stage or the result is invalid.
    public func inserting(_ stage: any AnalysisStage, at position: Position) throws(PipelineError) -> AnalysisPipeline {
        var list = stages
        switch position {
        case .first: list.insert(stage, at: 0)
        case .last: list.append(stage)
        case .before(let other): list.insert(stage, at: try index(of: other, placing: stage.name))
        case .after(let other): list.insert(stage, at: try index(of: other, placing: stage.name) + 1)
        }
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// A new pipeline without the named stage, checked again.
    ///
    /// - Parameter stageName: The name of the stage to remove.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if there is no such stage or a later stage needs what it provided.
    public func removing(_ stageName: String) throws(PipelineError) -> AnalysisPipeline {
        var list = stages
        list.remove(at: try index(of: stageName, placing: nil))
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// A new pipeline with the named stage replaced, checked again.
    ///
    /// - Parameters:
    ///   - stageName: The name of the stage to replace.
    ///   - stage: The stage to put in its place.
    /// - Returns: The new pipeline.
    /// - Throws: ``PipelineError`` if there is no such stage or the result is invalid.
    public func replacing(_ stageName: String, with stage: any AnalysisStage) throws(PipelineError) -> AnalysisPipeline
    {
        var list = stages
        list[try index(of: stageName, placing: stage.name)] = stage
        return try AnalysisPipeline(name: name, assuming: assumptions, stages: list)
    }

    /// The stage with a name, searching nested pipelines too.
    ///
    /// - Parameter stageName: The name.
    /// - Returns: The stage, or `nil`.
    public func stage(named stageName: String) -> (any AnalysisStage)? {
        for stage in stages {
            if stage.name == stageName { return stage }
            if let nested = stage as? AnalysisPipeline, let found = nested.stage(named: stageName) { return found }
        }
        return nil
    }

    private func index(of stageName: String, placing newName: String?) throws(PipelineError) -> Int {
        guard let index = stages.firstIndex(where: { $0.name == stageName }) else {
            let known = stages.map { "'\($0.name)'" }.joined(separator: ", ")
            throw PipelineError(
                code: .unknownPosition,
                stage: newName,
                message: "The pipeline has no stage named '\(stageName)'. Its stages are: \(known)."
            )
        }
        return index
    }
}
