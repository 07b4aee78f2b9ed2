import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

@Suite("Determinism and cross-document identity")
struct DeterminismTests {
  @Test(
    "extracting the same document twice gives equal results",
    arguments: sampleSeeds)
  func sameTwice(seed: String) throws {
    let doc = try seedDocument(seed)
    let a = try realExtractor().extract(doc)
    let b = try realExtractor().extract(doc)
    #expect(a.mentions == b.mentions)
    #expect(a.claims == b.claims)
    #expect(a.entities == b.entities)
    #expect(a.parties == b.parties)
    #expect(a.dates == b.dates)
    #expect(a.segments == b.segments)
    #expect(!a.mentions.isEmpty)
  }

  @Test("an event named in two documents with the same date is one entity")
  func sameEventAcrossDocuments() throws {
    let x = try TestRules.extractor()
    let a = x.extract(try document("2025年4月9日、両者は東京で会談を行った。", fileName: "a.txt"))
    let b = x.extract(try document("2025年4月9日、東京における会談は成功裏に終わった。", fileName: "b.txt"))
    let ea = a.entities.values.filter { $0.entityClass.name == "Event" }.map(\.key)
    let eb = b.entities.values.filter { $0.entityClass.name == "Event" }.map(\.key)
    #expect(ea.count == 1)
    #expect(ea == eb)
  }
}
