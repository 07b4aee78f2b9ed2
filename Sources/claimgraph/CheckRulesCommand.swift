import ArgumentParser
import ClaimGraph

/// `claimgraph check-rules [--rules DIR] [CORPUS ...]`: lints the rules, runs every example in the rule files,
/// and reports the rules that never fire on the corpus.
struct CheckRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-rules",
    abstract: "Lint the rules, run the examples in the rule files, report rules that never fire on the corpus.")

  @OptionGroup var corpus: CorpusOptions

  func run() throws {
    let check: RuleCheck
    do {
      check = try RuleCheck(
        CorpusRun(rulesDirectory: corpus.rules, base: "", formats: []), corpus: corpus.inputsOrSeeds)
    } catch {
      throw DiagnosticsPrinter.fail(error)
    }
    for d in check.diagnostics { print(d) }
    print(check.summary)
    if check.problems > 0 { throw ExitCode(1) }
  }
}
