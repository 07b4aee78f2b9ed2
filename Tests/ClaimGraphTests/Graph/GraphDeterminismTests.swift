import ClaimGraph
import ClaimGraphModel
import ClaimGraphTestSupport
import RuleTestSupport
import Testing

@Suite("Graphs are deterministic; IRIs follow the base")
struct GraphDeterminismTests {
  @Test(
    "building the graph of the same document twice gives equal graphs",
    arguments: sampleSeeds)
  func sameTwice(seed: String) throws {
    let doc = try seedDocument(seed)
    let a = try realExtractor().extract(doc)
    let b = try realExtractor().extract(doc)
    let builder = GraphBuilder()
    #expect(builder.graph(for: a) == builder.graph(for: b))
    #expect(builder.graph(for: a).sorted == builder.graph(for: b).sorted)
    #expect(builder.graph(for: a).count > 100)
  }

  @Test("entity and document IRIs are minted under the base")
  func base() {
    #expect(GraphBuilder().entityIRI("nato").value == "https://w3id.org/claimgraph/id/nato")
    #expect(GraphBuilder(base: "http://example.org/").entityIRI("nato").value == "http://example.org/nato")
    #expect(GraphBuilder().documentIRI("a-b_c.1").value == "https://w3id.org/claimgraph/id/doc/a-b_c.1")
  }
}
