import ClaimGraph
import ClaimGraphModel
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@Suite("The claims view")
struct ClaimsViewTests {
  static let title = "石破日本国内閣総理大臣及びルッテ北大西洋条約機構事務総長による共同声明"

  /// The view of one real sentence's graph, parsed back.
  func view() throws -> [String: Any] {
    let x = try realExtractor().extract(
      document("我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難する。", title: Self.title, date: "2025年4月9日"))
    let bytes = try ClaimsView().document(for: GraphBuilder().graph(for: x))
    #expect(bytes.last == 0x0A)
    return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  @Test("one node per claim, with every property of the claim")
  func claimNode() throws {
    let claims = try #require(try view()["@graph"] as? [[String: Any]])
    #expect(claims.count == 1)
    let claim = try #require(claims.first)
    #expect(claim["@id"] as? String == "https://w3id.org/claimgraph/id/doc/t/claim/4-28-condemns")
    #expect(claim["@type"] as? String == "cg:Claim")
    #expect(claim["predicate"] as? String == "cg:condemns")
    #expect(claim["modality"] as? String == "strong")
    #expect(claim["objectText"] as? String == "北朝鮮の核・弾道ミサイル計画の進展")
  }

  @Test("objects are nested with type and label, the sentence with its text and offsets; bare agents stay references")
  func nested() throws {
    let claim = try #require((try view()["@graph"] as? [[String: Any]])?.first)
    // The parties come from the title: the document's graph has no node for them, so they stay references.
    let agents = try #require(claim["agent"] as? [String])
    #expect(agents == ["https://w3id.org/claimgraph/id/japan", "https://w3id.org/claimgraph/id/nato"])
    let object = try #require(claim["object"] as? [String: Any])
    #expect(object["@id"] as? String == "https://w3id.org/claimgraph/id/north-korea")
    #expect(object["@type"] as? String == "cg:Country")
    #expect((object["label"] as? [String: String])?["ja"] == "北朝鮮")
    let sentence = try #require(claim["wasDerivedFrom"] as? [String: Any])
    #expect(sentence["@id"] as? String == "https://w3id.org/claimgraph/id/doc/t/sentence/1")
    #expect(sentence["anchorOf"] as? String == "我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難する。")
    #expect(sentence["beginIndex"] as? Int == 0)
    #expect(sentence["endIndex"] as? Int == 29)
  }
}
