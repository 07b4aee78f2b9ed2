import ClaimGraph
import ClaimGraphModel
import Foundation
import RuleTestSupport
import Serialization

/// Runs the extraction as `claimgraph extract` does (without printing the summary); returns the summary.
package func runPipeline(
  inputs: [String], output: URL, rules: URL = repoRoot.appendingPathComponent("rules"),
  formats: [RDFFormat] = [.rdfxml, .jsonld]
) throws -> String {
  let run = CorpusRun(rulesDirectory: rules.path, base: Namespaces.defaultBase, formats: formats)
  return try run.run(inputs: inputs, output: output.path).text
}
