import ArgumentParser

/// The `claimgraph` command: extract graphs from statements, check rules, list links, convert, load.
@main
struct ClaimGraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimgraph",
    abstract: "Extract knowledge graphs of claims, entities, events and dates from diplomatic statements.",
    subcommands: [
      ExtractCommand.self, CheckRulesCommand.self, LinkCommand.self, ConvertCommand.self, LoadCommand.self,
    ],
    defaultSubcommand: ExtractCommand.self
  )
}
