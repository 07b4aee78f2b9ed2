import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Serialization
import Testing

@Suite("Golden output")
struct GoldenOutputTests {
  /// Extracts seeds/ with rules/ into a temporary folder, in the formats the committed output/ holds, and compares
  /// every file byte for byte with output/.
  @Test("seeds/ with rules/ gives exactly the committed output/")
  func golden() throws {
    let committed = repoRoot.appendingPathComponent("output")
    let expected = try contents(of: committed)
    try #require(!expected.isEmpty, "output/ is empty: run scripts/extract.sh and commit output/")
    let formats = RDFFormat.allCases.filter { expected["corpus.\($0.fileExtension)"] != nil }
    try #require(!formats.isEmpty, "output/ has no corpus.<ext> file: cannot tell which formats it holds")

    let out = try makeTemporaryFolder("golden")
    defer { removeTemporary(out) }
    _ = try runPipeline(inputs: [repoRoot.appendingPathComponent("seeds").path], output: out, formats: formats)
    let actual = try contents(of: out)

    #expect(actual.keys.sorted() == expected.keys.sorted(), "files written differ from output/")
    for name in expected.keys.sorted() {
      guard let a = actual[name], let e = expected[name] else { continue }
      if let diff = firstDifference(expected: e, actual: a) {
        Issue.record("output/\(name) differs at \(diff)")
        break  // the first differing file is enough to look at
      }
    }
  }
}
