import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Testing

@Suite("The vocabulary is checked before a run writes anything")
struct VocabularyCheckTests {
  @Test("a superclass whose prefix the ontology does not declare stops the run; the output folder is not made")
  func undeclaredSuperclassPrefix() throws {
    let folder = try makeTemporaryFolder()
    defer { removeTemporary(folder) }
    let rules = folder.appendingPathComponent("rules")
    try copyFolder(repoRoot.appendingPathComponent("rules"), to: rules)
    let vocabulary = rules.appendingPathComponent("vocabulary.yaml")
    let ship = """
        - name: Ship
          roles: []
          subclass-of: [foaf:Agent]
          label: {en: Ship, ja: 船舶}

      predicates:

      """
    let text = try String(contentsOf: vocabulary, encoding: .utf8)
    try text.replacingOccurrences(of: "\npredicates:\n", with: "\n" + ship)
      .write(to: vocabulary, atomically: true, encoding: .utf8)
    let input = folder.appendingPathComponent("t.txt")
    try "[文書名]　声明\n[全文]\n我々は、北朝鮮を非難する。\n".write(to: input, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("output")
    let run = CorpusRun(rulesDirectory: rules.path, base: "https://w3id.org/claimgraph/id/", formats: [.rdfxml])
    let error = #expect(throws: CorpusRunError.self) { try run.run(inputs: [input.path], output: output.path) }
    #expect(
      error?.description
        == "\(rules.path)/vocabulary.yaml: error: class 'Ship': superclass 'foaf:Agent' has a prefix that "
        + "ontology.ttl does not declare (expected one of cg, dcterms, nif, owl, prov, rdf, rdfs, schema, sem, skos, xsd)"
    )
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }
}
