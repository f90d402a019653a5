public import Lede

extension StageRegistry {
    /// Registers the stages of this package under their `acme.` names, so that pipeline
    /// configurations can use them next to Lede's built-in stages.
    ///
    /// ```swift
    /// var registry = StageRegistry.builtIn
    /// try registry.registerAcmeStages()
    /// let pipeline = try registry.makePipeline(json: configurationText)
    /// ```
    ///
    /// `acme.hedges` takes the options `kinds` (a list of `adverb`, `modal`, `distancing`,
    /// `uncertainty`), `quoted` and `boilerplate` (booleans); see ``HedgeTagger``.
    /// `acme.guillemet-quotes` (``GuillemetQuoteFinder``) takes none; put it where
    /// `lede.quotes` would go. `acme.gazetteer` (``GazetteerNameFinder``) takes `people` and
    /// `organizations`, lists of names; put it where `lede.names` would go.
    ///
    /// - Throws: `PipelineError` if one of the names is already registered.
    public mutating func registerAcmeStages() throws(PipelineError) {
        try register("acme.hedges", summary: "Hedges (reportedly, could, is believed to) and whose they are.") {
            options in
            let kinds = try options.strings("kinds", default: HedgeKind.allCases.map(\.rawValue))
            var chosen: Set<HedgeKind> = []
            for kind in kinds {
                guard let hedgeKind = HedgeKind(rawValue: kind) else {
                    let known = HedgeKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw options.invalid(
                        "kinds",
                        "lists '\(kind)', which is not a kind of hedge; use some of \(known)"
                    )
                }
                chosen.insert(hedgeKind)
            }
            if chosen.isEmpty {
                throw options.invalid("kinds", "is empty; list at least one kind, or leave the stage out")
            }
            return HedgeTagger(
                kinds: chosen,
                includesQuoted: try options.bool("quoted", default: true),
                includesBoilerplate: try options.bool("boilerplate", default: false)
            )
        }
        try register("acme.guillemet-quotes", summary: "Quotations between guillemets only.") { _ in
            GuillemetQuoteFinder()
        }
        try register("acme.gazetteer", summary: "The people and organizations of a fixed list, as mentions.") {
            options in
            let people = try options.strings("people", default: [])
            let organizations = try options.strings("organizations", default: [])
            return GazetteerNameFinder(
                entries: people.map { .init(name: $0, kind: .person) }
                    + organizations.map { .init(name: $0, kind: .organization) }
            )
        }
    }
}
