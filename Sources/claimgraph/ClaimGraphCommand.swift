import ArgumentParser

/// The `claimgraph` command: extract graphs from statements, check rules, list links, convert, load.
@main
struct ClaimGraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimgraph",
    abstract: "Extract knowledge graphs of claims, entities, events and dates from diplomatic statements.",
    subcommands: [ExtractCommand.self, CheckRulesCommand.self, LinkCommand.self, ConvertCommand.self] + ClaimGraphCommand.extraCommands,
    defaultSubcommand: ExtractCommand.self
  )
}

extension ClaimGraphCommand {
  /// Subcommands that live in their own files and may be absent from a partial build.
  static var extraCommands: [any ParsableCommand.Type] { [] }
}
