import ClaimGraph
import ClaimGraphModel
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

/// A scholar adds a predicate: a few lines in rules/vocabulary.yaml and a claim rule, no Swift.
@Suite("A predicate added in rules/vocabulary.yaml")
struct NewPredicateTests {
  static let base = "https://w3id.org/claimgraph/id/"
  static let declaration = """
      - name: deplores
        label: {en: deplores, ja: 遺憾とする}
        cameo: "111"
        comment:
          en: The agent deplores the object (遺憾とする; deplore).
          ja: 主体が対象を遺憾とする。

    """
  static let rule = """
    language: ja
    claims:
      - id: deplore
        predicate: deplores
        pattern: を @gap 遺憾 と @suru
    examples:
      - text: 我々は、北朝鮮による弾道ミサイルの発射を遺憾とする。
        claims: [{predicate: deplores, object: 北朝鮮による弾道ミサイルの発射}]
      - text: 遺憾な事態となった。
        not-claims: [deplores]

    """
  static let statement = """
    [文書名]　石破日本国内閣総理大臣及びルッテ北大西洋条約機構事務総長による共同声明
    [年月日]　2025年4月9日
    [全文]
    我々は、北朝鮮による弾道ミサイルの発射を遺憾とする。
    """

  /// A copy of rules/ with `deplores` declared and claimed, and a statement that uses it, in `folder`.
  static func setUp(in folder: URL) throws -> (run: CorpusRun, input: String) {
    let rules = folder.appendingPathComponent("rules")
    try copyFolder(repoRoot.appendingPathComponent("rules"), to: rules)
    let vocabulary = rules.appendingPathComponent("vocabulary.yaml")
    try (try String(contentsOf: vocabulary, encoding: .utf8) + declaration)
      .write(to: vocabulary, atomically: true, encoding: .utf8)
    try rule.write(to: rules.appendingPathComponent("claims/ja/deplores.yaml"), atomically: true, encoding: .utf8)
    let input = folder.appendingPathComponent("t.txt")
    try statement.write(to: input, atomically: true, encoding: .utf8)
    return (CorpusRun(rulesDirectory: rules.path, base: base, formats: [.rdfxml]), input.path)
  }

  @Test("the extraction gives the claim and the graph has the predicate's IRI")
  func claimAndGraph() throws {
    let folder = try makeTemporaryFolder()
    defer { removeTemporary(folder) }
    let (run, input) = try Self.setUp(in: folder)
    let x = try #require(try run.extractAll(inputs: [input]).first)
    #expect(x.claims.map(\.predicate) == ["deplores"])
    let g = GraphBuilder(base: Self.base).graph(for: x)
    let deplores = Namespaces.cg("deplores")
    #expect(deplores.value == "https://w3id.org/claimgraph/ns#deplores")
    let claims = g.sorted.filter { $0.predicate == CG.predicate && $0.object == .iri(deplores) }
    #expect(claims.count == 1)
    #expect(g.contains(Triple(IRI(Self.base + "japan"), deplores, IRI(Self.base + "north-korea"))))
  }

  @Test("the ontology declares the predicate with its labels and CAMEO code; the shapes allow it")
  func ontologyAndShapes() throws {
    let folder = try makeTemporaryFolder()
    defer { removeTemporary(folder) }
    let (run, input) = try Self.setUp(in: folder)
    let output = folder.appendingPathComponent("output")
    _ = try run.run(inputs: [input], output: output.path)
    let ontology = try String(contentsOf: output.appendingPathComponent("ontology.ttl"), encoding: .utf8)
    #expect(
      ontology.contains(
        """
        cg:deplores
          a owl:ObjectProperty ;
          rdfs:label "deplores"@en , "遺憾とする"@ja ;
          rdfs:comment "The agent deplores the object (遺憾とする; deplore)."@en ,
            "主体が対象を遺憾とする。"@ja ;
          cg:cameoCode "111" .

        # ---
        """))
    #expect(ontology.contains("one of the fifteen claim predicates (cg:condemns ... cg:deplores)"))
    #expect(ontology.contains("十五の述語（cg:condemns 〜 cg:deplores）"))
    let shapes = try String(contentsOf: output.appendingPathComponent("shapes.ttl"), encoding: .utf8)
    #expect(shapes.contains(" cg:thanks cg:hosts cg:deplores ) ;"))
    #expect(shapes.contains("one of the fifteen claim predicates"))
  }
}
