import ArgumentParser
import ClaimGraphText
import Extraction
import Foundation
import RuleLanguage

/// `claimgraph check-rules [--rules DIR] [CORPUS ...]`: lints the rules, runs every example in the rule files,
/// and reports the rules that never fire on the corpus.
struct CheckRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check-rules",
    abstract: "Lint the rules, run the examples in the rule files, report rules that never fire on the corpus.")

  @Option(help: "The rules folder.")
  var rules: String = "rules"

  @Argument(help: "Corpus files or folders to check rule coverage on (default: seeds/).")
  var corpus: [String] = []

  func run() throws {
    let pipeline = Pipeline(rulesDirectory: rules, base: "", formats: [])
    let ruleSet: RuleSet
    do { ruleSet = try pipeline.loadRules() } catch let e as PipelineError {
      throw StandardError.fail(e.description)
    }
    var lines: [String] = ruleSet.warnings.map(pipeline.prefixed)
    let checker = ExampleChecker(rules: ruleSet)
    var failures = 0
    var failedExamples = 0
    var count = 0
    for file in ruleSet.examples.keys.sorted() {
      for ex in ruleSet.examples[file]! {
        count += 1
        let problems = checker.check(ex)
        if !problems.isEmpty { failedExamples += 1 }
        for problem in problems {
          failures += 1
          lines.append(pipeline.prefixed(Diagnostic(ex.location, "example: \(problem)")))
        }
      }
    }
    for file in ruleSet.files where ruleSet.examples[file]?.isEmpty ?? true {
      lines.append(pipeline.prefixed(Diagnostic(SourceLocation(file: file, line: 1, column: 1), "file has no examples", severity: .warning)))
    }
    // Coverage on the corpus.
    let results: [DocumentExtraction]
    do { results = try pipeline.extractAll(inputs: corpus.isEmpty ? ["seeds"] : corpus) } catch {
      throw StandardError.fail("\(error)")
    }
    do {
      var fired = Set<RuleID>()
      for x in results {
        fired.formUnion(x.mentions.map(\.ruleID))
        fired.formUnion(x.claims.map(\.ruleID))
      }
      for r in ruleSet.entityRules where !fired.contains(r.ruleID) {
        lines.append(pipeline.prefixed(Diagnostic(r.location, "rule '\(r.id)' never fires on the corpus", severity: .warning)))
      }
      for r in ruleSet.claimRules where !fired.contains(r.ruleID) {
        lines.append(pipeline.prefixed(Diagnostic(r.location, "rule '\(r.id)' never fires on the corpus", severity: .warning)))
      }
    }
    // Rules whose matching hit the step or depth limit on the corpus (a match there may have been lost).
    for (source, count) in pipeline.limitLog.entries {
      let rule = ruleSet.entityRules.first { $0.pattern.source == source }.map { ($0.location, $0.id) }
        ?? ruleSet.claimRules.first { $0.pattern.source == source }.map { ($0.location, $0.id) }
      let location = rule?.0 ?? SourceLocation(file: "(grammar)", line: 1, column: 1)
      lines.append(pipeline.prefixed(Diagnostic(
        location, "rule '\(rule?.1 ?? source)': matching was cut off \(count) times on the corpus (step or depth limit)",
        severity: .warning)))
    }
    for l in lines { print(l) }
    print("\(count) examples, \(count - failedExamples) passed, \(failures) problems; \(ruleSet.files.count) rule files, \(ruleSet.gazetteer.count) gazetteer entries, \(ruleSet.entityRules.count) entity rules, \(ruleSet.claimRules.count) claim rules")
    if failures > 0 { throw ExitCode(1) }
  }
}
