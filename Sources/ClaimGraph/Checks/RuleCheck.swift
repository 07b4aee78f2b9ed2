import Extraction
import RuleLanguage

/// What `check-rules` finds: the rule set's warnings, every example in the rule files that fails, files without
/// examples, rules that never fire on a corpus, and rules whose matching was cut off on it.
public struct RuleCheck {
  /// Every finding, located in the rules folder, in the order it is shown.
  public private(set) var diagnostics: [Diagnostic] = []
  /// How many examples the rule files hold.
  public private(set) var examples = 0
  /// How many of them give what they say.
  public private(set) var passedExamples = 0
  /// How many problems the failing examples have (each is one diagnostic).
  public private(set) var problems = 0
  /// The one-line summary: examples, problems, rule files, gazetteer entries and rules.
  public private(set) var summary = ""

  /// Loads the rules of `run`, runs their examples and extracts `corpus` to see which rules fire.
  public init(_ run: CorpusRun, corpus: [String]) throws {
    let rules = try run.loadRules()
    diagnostics = rules.warnings.map(run.located)
    checkExamples(rules, run)
    let files = try InputFiles.resolve(corpus)
    try run.validate(files)
    var fired = Set<RuleID>()
    try run.forEachExtraction(files: files, rules: rules) { x in
      fired.formUnion(x.mentions.map(\.ruleID))
      fired.formUnion(x.claims.map(\.ruleID))
    }
    for r in rules.entityRules where !fired.contains(r.ruleID) { neverFires(r.location, r.id, run) }
    for r in rules.claimRules where !fired.contains(r.ruleID) { neverFires(r.location, r.id, run) }
    checkLimits(rules, run)
    summary =
      "\(examples) examples, \(passedExamples) passed, \(problems) problems; \(rules.files.count) rule files, "
      + "\(rules.gazetteer.count) gazetteer entries, \(rules.entityRules.count) entity rules, "
      + "\(rules.claimRules.count) claim rules"
  }

  /// Runs every example of every rule file; files without examples are warnings.
  private mutating func checkExamples(_ rules: RuleSet, _ run: CorpusRun) {
    let checker = ExampleChecker(rules: rules)
    for file in rules.examples.keys.sorted() {
      for example in rules.examples[file]! {
        examples += 1
        let found = checker.check(example)
        if found.isEmpty { passedExamples += 1 }
        for problem in found {
          problems += 1
          diagnostics.append(run.located(Diagnostic(example.location, "example: \(problem)")))
        }
      }
    }
    for file in rules.files where rules.examples[file]?.isEmpty ?? true {
      let start = SourceLocation(file: file, line: 1, column: 1)
      diagnostics.append(run.located(Diagnostic(start, "file has no examples", severity: .warning)))
    }
  }

  private mutating func neverFires(_ location: SourceLocation, _ id: String, _ run: CorpusRun) {
    diagnostics.append(
      run.located(Diagnostic(location, "rule '\(id)' never fires on the corpus", severity: .warning)))
  }

  /// Rules whose matching hit the step or depth limit on the corpus (a match there may have been lost).
  private mutating func checkLimits(_ rules: RuleSet, _ run: CorpusRun) {
    for (source, count) in run.limitLog.entries {
      let rule =
        rules.entityRules.first { $0.pattern.source == source }.map { ($0.location, $0.id) }
        ?? rules.claimRules.first { $0.pattern.source == source }.map { ($0.location, $0.id) }
      let location = rule?.0 ?? SourceLocation(file: "(grammar)", line: 1, column: 1)
      let message =
        "rule '\(rule?.1 ?? source)': matching was cut off \(count) times on the corpus (step or depth limit)"
      diagnostics.append(run.located(Diagnostic(location, message, severity: .warning)))
    }
  }
}
