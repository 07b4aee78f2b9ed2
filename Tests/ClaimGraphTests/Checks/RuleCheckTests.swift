import ClaimGraph
import ClaimGraphModel
import ClaimGraphTestSupport
import RuleTestSupport
import Testing

@Suite("check-rules findings")
struct RuleCheckTests {
  @Test("the repository's rules: every example passes; the summary counts examples and rules")
  func realRules() throws {
    let run = CorpusRun(rulesDirectory: repoRoot.appendingPathComponent("rules").path, base: "", formats: [])
    let seed = repoRoot.appendingPathComponent("seeds/20171031-abe-stoltenberg-en.txt").path
    let check = try RuleCheck(run, corpus: [seed])
    #expect(check.problems == 0)
    #expect(check.examples > 0)
    #expect(check.passedExamples == check.examples)
    #expect(check.summary.hasPrefix("\(check.examples) examples, \(check.examples) passed, 0 problems; "))
    // On one English document most Japanese rules never fire: warnings located in the rules folder.
    let warnings = check.diagnostics.filter { $0.message.hasSuffix("never fires on the corpus") }
    #expect(!warnings.isEmpty)
    #expect(warnings.allSatisfy { $0.location.file.hasPrefix(run.rulesDirectory + "/") && $0.severity == .warning })
  }

  @Test("a broken rule file is an error, located in the rules folder")
  func brokenRules() throws {
    let tmp = try makeTemporaryFolder("rule-check")
    defer { removeTemporary(tmp) }
    let (rules, line, column) = try brokenRulesCopy(in: tmp)
    let run = CorpusRun(rulesDirectory: rules.path, base: "", formats: [])
    let error = #expect(throws: CorpusRunError.self) { try RuleCheck(run, corpus: ["seeds"]) }
    #expect(
      error?.messages.first?.hasPrefix("\(rules.path)/claims/ja/condemns.yaml:\(line):\(column): error: ") == true)
  }
}
