import ArgumentParser
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@testable import claimgraph

/// The `claimgraph` executable built beside the test bundle, when there is one.
let claimgraphBinary: URL? = {
  let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for dir in [here, here.deletingLastPathComponent()] {
    let candidate = dir.appendingPathComponent("claimgraph")
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue {
      return candidate
    }
  }
  return nil
}()

/// Runs the executable; returns its exit status, standard output and standard error.
func runClaimgraph(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
  let process = Process()
  process.executableURL = try #require(claimgraphBinary)
  process.arguments = arguments
  let out = Pipe(), err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

@Suite("The extract command")
struct CommandTests {
  @Test("bad options are validation errors")
  func validation() throws {
    let tmp = try makeTemporaryFolder("options")
    defer { removeTemporary(tmp) }
    let out = tmp.appendingPathComponent("out").path
    let badFormat = try ExtractCommand.parse(["--format", "xml", "--output", out])
    #expect(throws: ValidationError.self) { try badFormat.run() }
    let badBase = try ExtractCommand.parse(["--base", "not an iri", "--output", out])
    #expect(throws: ValidationError.self) { try badBase.run() }
    let noSlash = try ExtractCommand.parse(["--base", "http://example.org/id", "--output", out])
    #expect(throws: ValidationError.self) { try noSlash.run() }
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(
    "the executable: a malformed rule file exits 1 with the located error on stderr, writing nothing",
    .enabled(if: claimgraphBinary != nil, "the claimgraph executable is not built beside the tests"))
  func executableBrokenRules() throws {
    let tmp = try makeTemporaryFolder("exe-broken")
    defer { removeTemporary(tmp) }
    let (rules, line, column) = try brokenRulesCopy(in: tmp)
    let out = tmp.appendingPathComponent("out")
    let r = try runClaimgraph([
      "extract", "--rules", rules.path, "--output", out.path, repoRoot.appendingPathComponent("seeds").path,
    ])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr.hasPrefix("\(rules.path)/claims/ja/condemns.yaml:\(line):\(column): error: unknown entity class 'Foo'"),
      "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test(
    "the executable: a run writes the files and the summary on stderr",
    .enabled(if: claimgraphBinary != nil, "the claimgraph executable is not built beside the tests"))
  func executableRun() throws {
    let tmp = try makeTemporaryFolder("exe-run")
    defer { removeTemporary(tmp) }
    let seed = repoRoot.appendingPathComponent("seeds/20171031-abe-stoltenberg-en.txt").path
    let r = try runClaimgraph([
      "extract", "--rules", repoRoot.appendingPathComponent("rules").path, "--output", tmp.path, "--format", "nquads",
      seed,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.hasPrefix("documents: 1\n"))
    #expect(
      fileNames(in: tmp) == [
        "20171031-abe-stoltenberg-en.claims.jsonld", "20171031-abe-stoltenberg-en.nq", "context.jsonld", "corpus.nq",
        "links.tsv",
        "ontology.ttl", "shapes.ttl",
      ])
  }
}
