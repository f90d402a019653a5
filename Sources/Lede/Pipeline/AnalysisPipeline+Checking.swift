/// Checking a pipeline when it is built, and describing its stages.
extension AnalysisPipeline {
    /// A table of the stages: kind, name, what each requires, reads if present and provides.
    ///
    /// ```text
    /// #  kind        name             requires  if present  provides
    /// 1  normalizer  lede.unicode     -         -           -
    /// 2  segmenter   lede.paragraphs  -         -           paragraphs
    /// ```
    public var explanation: String {
        var rows: [[String]] = [["#", "kind", "name", "requires", "if present", "provides"]]
        for (offset, stage) in stages.enumerated() {
            func list(_ keys: Set<AnnotationKeyID>) -> String {
                keys.isEmpty ? "-" : keys.map(\.name).sorted().joined(separator: ", ")
            }
            rows.append([
                String(offset + 1), StageKind(of: stage).rawValue, stage.name, list(stage.requires),
                list(stage.readsIfPresent), list(stage.provides),
            ])
        }
        var widths = [Int](repeating: 0, count: rows[0].count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// Checks the stages, as every initializer does: unique names, each requirement provided
    /// by an earlier stage, nothing read if present that only a later stage provides, and
    /// normalizers first.
    ///
    /// - Throws: ``PipelineError`` naming the stage and what to add or move.
    func validate() throws(PipelineError) {
        var seen: Set<String> = []
        for name in flattenedNames() where !seen.insert(name).inserted {
            throw PipelineError(
                code: .duplicateStageName,
                stage: name,
                message:
                    "Two stages are named '\(name)'; stage names must be unique within a pipeline. Give one of them another name."
            )
        }
        var available = assumptions
        var firstAnnotator: String?
        for (position, stage) in stages.enumerated() {
            if stage.rewritesText, let earlier = firstAnnotator {
                throw PipelineError(
                    code: .misplacedNormalizer,
                    stage: stage.name,
                    message:
                        "Stage '\(stage.name)' rewrites the text, but comes after '\(earlier)', whose annotations would no longer match it. Move '\(stage.name)' before '\(earlier)'."
                )
            }
            let missing = stage.requires.subtracting(available)
            if let key = missing.min(by: { $0.name < $1.name }) {
                throw PipelineError.missingRequirement(
                    stage: stage.name,
                    missing: missing,
                    absence: Self.missingAbsence,
                    remedy: Self.missingRemedy(key, stage.name)
                )
            }
            let unseen = stage.readsIfPresent.subtracting(available).subtracting(stage.provides)
            for key in unseen.sorted(by: { $0.name < $1.name }) {
                guard let later = stages[(position + 1)...].first(where: { $0.provides.contains(key) }) else {
                    continue
                }
                throw PipelineError(
                    code: .readBeforeProvided,
                    stage: stage.name,
                    message:
                        "Stage '\(stage.name)' reads '\(key.name)' when a document has it, but '\(later.name)', which provides it, comes later, so '\(stage.name)' would never see it. Move '\(later.name)' before '\(stage.name)'."
                )
            }
            if !stage.provides.isEmpty && firstAnnotator == nil { firstAnnotator = stage.name }
            available.formUnion(stage.provides)
        }
    }

    /// How a missing requirement of a pipeline is explained, for ``StageRegistry`` to reword
    /// the same error with its own providers.
    static let missingAbsence = "which no earlier stage provides"

    /// What to do about a missing requirement of a pipeline.
    static func missingRemedy(_ key: AnnotationKeyID, _ stage: String) -> String {
        "Add a stage that provides '\(key.name)' before '\(stage)'."
    }

    private func flattenedNames() -> [String] {
        stages.flatMap { stage -> [String] in
            if let nested = stage as? AnalysisPipeline { return [nested.name] + nested.flattenedNames() }
            return [stage.name]
        }
    }
}
