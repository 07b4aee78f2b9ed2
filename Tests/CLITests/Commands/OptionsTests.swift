import ArgumentParser
import Serialization
import Testing

@testable import claimgraph

@Suite("Shared option groups")
struct OptionsTests {
  @Test("the corpus options: inputs default to seeds/, rules to rules/; every corpus command takes them")
  func corpusOptions() throws {
    let defaults = try CorpusOptions.parse([])
    #expect(defaults.inputsOrSeeds == ["seeds"])
    #expect(defaults.rules == "rules")
    let given = try CorpusOptions.parse(["a.txt", "b", "--rules", "r"])
    #expect(given.inputsOrSeeds == ["a.txt", "b"])
    #expect(given.rules == "r")
    #expect(try LinkCommand.parse(["--rules", "r", "x.txt"]).corpus.inputs == ["x.txt"])
    #expect(try CheckRulesCommand.parse(["--rules", "r"]).corpus.rules == "r")
    #expect(try ExtractCommand.parse(["--rules", "r", "x.txt"]).corpus.rules == "r")
  }

  @Test("the output options: formats in the order given, the base checked")
  func outputOptions() throws {
    let defaults = try OutputOptions.parse([])
    #expect(try defaults.formats() == [.rdfxml, .jsonld])
    #expect(defaults.output == "output")
    #expect(defaults.base == "https://w3id.org/claimgraph/id/")
    let given = try OutputOptions.parse(["-o", "out", "--format", "turtle, nquads", "--base", "http://example.org/#"])
    #expect(try given.formats() == [.turtle, .nquads])
    #expect(given.output == "out")
    try given.checkBase()
    #expect(throws: ValidationError.self) { try OutputOptions.parse(["--format", "xml"]).formats() }
    #expect(throws: ValidationError.self) { try OutputOptions.parse(["--base", "relative/"]).checkBase() }
  }
}
