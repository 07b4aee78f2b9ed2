import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@Suite("The ontology and shapes made from the vocabulary")
struct VocabularyFilesTests {
  @Test(
    "rules/vocabulary.yaml gives the committed output/ontology.ttl and output/shapes.ttl byte for byte",
    arguments: VocabularyFiles.names)
  func sameBytesAsCommitted(name: String) throws {
    let committed = try Data(contentsOf: repoRoot.appendingPathComponent("output/\(name)"))
    let made = Data(try VocabularyFiles.bytes(of: name, vocabulary: try realRules.get().vocabulary))
    #expect(firstDifference(expected: committed, actual: made) == nil)
  }

  @Test("an unknown file is an error naming it")
  func missing() throws {
    let vocabulary = try realRules.get().vocabulary
    let error = #expect(throws: CorpusRunError.self) {
      try VocabularyFiles.bytes(of: "nothing.ttl", vocabulary: vocabulary)
    }
    #expect(error?.description == "error: the resource nothing.ttl is missing from this build")
  }
}
