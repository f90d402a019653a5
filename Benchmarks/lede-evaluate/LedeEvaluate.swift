internal import ArgumentParser

/// `lede-evaluate`: measures Lede's summarizers on benchmark corpora.
@main
struct LedeEvaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lede-evaluate",
        abstract: "Measure Lede's summarizers on benchmark corpora.",
        subcommands: [Rouge.self]
    )
}
