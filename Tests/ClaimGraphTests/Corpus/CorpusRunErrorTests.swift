import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@Suite("Corpus run errors write nothing")
struct CorpusRunErrorTests {
  @Test("a malformed rule file gives a located error and leaves the output folder as it was")
  func malformedRules() throws {
    let tmp = try makeTemporaryFolder("broken-rules")
    defer { removeTemporary(tmp) }
    let (rules, line, column) = try brokenRulesCopy(in: tmp)
    let out = tmp.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: out.appendingPathComponent("keep.txt"))

    let error = #expect(throws: CorpusRunError.self) {
      try runPipeline(inputs: [repoRoot.appendingPathComponent("seeds").path], output: out, rules: rules)
    }
    #expect(
      error?.description
        == "\(rules.path)/claims/ja/condemns.yaml:\(line):\(column): error: unknown entity class 'Foo' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
    )
    #expect(allEntries(in: out) == ["keep.txt"])
    #expect(try Data(contentsOf: out.appendingPathComponent("keep.txt")) == Data("keep".utf8))

    // An output folder that does not exist is not created.
    let missing = tmp.appendingPathComponent("never")
    #expect(throws: CorpusRunError.self) {
      try runPipeline(inputs: [repoRoot.appendingPathComponent("seeds").path], output: missing, rules: rules)
    }
    #expect(!FileManager.default.fileExists(atPath: missing.path))
  }

  @Test("a document with invalid UTF-8 gives a located error and nothing is written")
  func invalidUTF8() throws {
    let tmp = try makeTemporaryFolder("bad-utf8")
    defer { removeTemporary(tmp) }
    let inputs = tmp.appendingPathComponent("in")
    try copyFolder(repoRoot.appendingPathComponent("seeds"), to: inputs)
    // Line 3 is the body; the bad byte follows three characters.
    try Data("[文書名]　x\n[全文]\nabc".utf8 + [0xFF] + Data("def\n".utf8)).write(
      to: inputs.appendingPathComponent("zz-bad.txt"))
    let out = tmp.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)

    try Data("keep".utf8).write(to: out.appendingPathComponent("keep.txt"))

    let error = #expect(throws: CorpusRunError.self) { try runPipeline(inputs: [inputs.path], output: out) }
    #expect(
      error?.description == "\(inputs.appendingPathComponent("zz-bad.txt").path):3:4: error: invalid UTF-8 (byte 0xFF)")
    #expect(allEntries(in: out) == ["keep.txt"])

    // An output folder that does not exist is not created either.
    let missing = tmp.appendingPathComponent("never")
    #expect(throws: CorpusRunError.self) { try runPipeline(inputs: [inputs.path], output: missing) }
    #expect(!FileManager.default.fileExists(atPath: missing.path))
    #expect(allEntries(in: missing) == [])
  }

  @Test("a missing input is an error and nothing is written")
  func missingInput() throws {
    let tmp = try makeTemporaryFolder("missing-input")
    defer { removeTemporary(tmp) }
    let out = tmp.appendingPathComponent("out")
    let error = #expect(throws: CorpusRunError.self) {
      try runPipeline(inputs: [tmp.appendingPathComponent("nope.txt").path], output: out)
    }
    #expect(error?.description == "\(tmp.appendingPathComponent("nope.txt").path): error: no such file or folder")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
