import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@Suite("The ontology and shapes shipped as resources")
struct VocabularyFilesTests {
  @Test("each resource has the bytes of its file in Sources/ClaimGraph/Resources", arguments: VocabularyFiles.names)
  func sameBytes(name: String) throws {
    let file = try Data(contentsOf: repoRoot.appendingPathComponent("Sources/ClaimGraph/Resources/\(name)"))
    #expect(try VocabularyFiles.bytes(of: name) == [UInt8](file))
  }

  @Test("an unknown resource is an error naming it")
  func missing() {
    let error = #expect(throws: CorpusRunError.self) { try VocabularyFiles.bytes(of: "nothing.ttl") }
    #expect(error?.description == "error: the resource nothing.ttl is missing from this build")
  }
}
