import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import RuleTestSupport
import Serialization
import Testing

@Suite("Deterministic output")
struct DeterministicOutputTests {
  static let seeds = sampleSeeds.map { repoRoot.appendingPathComponent("seeds/\($0)").path }

  @Test("two runs give byte-identical files; inputs in reverse order give the same files")
  func sameBytes() throws {
    let tmp = try makeTemporaryFolder("determinism")
    defer { removeTemporary(tmp) }
    let formats = RDFFormat.allCases
    let one = tmp.appendingPathComponent("one"), two = tmp.appendingPathComponent("two"),
      rev = tmp.appendingPathComponent("reversed")
    let s1 = try runPipeline(inputs: Self.seeds, output: one, formats: formats)
    let s2 = try runPipeline(inputs: Self.seeds, output: two, formats: formats)
    let s3 = try runPipeline(inputs: Self.seeds.reversed(), output: rev, formats: formats)
    let a = try contents(of: one), b = try contents(of: two), c = try contents(of: rev)
    #expect(s1 == s2)
    #expect(s1 == s3)
    let stems = sampleSeeds.map { String($0.dropLast(".txt".count)) }
    var expectedNames =
      ["context.jsonld", "links.tsv", "ontology.ttl", "shapes.ttl"] + formats.map { "corpus.\($0.fileExtension)" }
    for s in stems { expectedNames += formats.map { "\(s).\($0.fileExtension)" } + ["\(s).claims.jsonld"] }
    #expect(a.keys.sorted() == expectedNames.sorted())
    for name in a.keys.sorted() {
      #expect(
        a[name] == b[name],
        "\(name) differs between two runs: \(firstDifference(expected: a[name] ?? Data(), actual: b[name] ?? Data()) ?? "")"
      )
      #expect(
        a[name] == c[name],
        "\(name) differs with inputs reversed: \(firstDifference(expected: a[name] ?? Data(), actual: c[name] ?? Data()) ?? "")"
      )
    }
    #expect(b.keys.sorted() == a.keys.sorted())
    #expect(c.keys.sorted() == a.keys.sorted())
  }

  @Test("a second run into the same folder overwrites with the same bytes")
  func overwrite() throws {
    let tmp = try makeTemporaryFolder("overwrite")
    defer { removeTemporary(tmp) }
    let inputs = [Self.seeds[2]]
    _ = try runPipeline(inputs: inputs, output: tmp)
    let first = try contents(of: tmp)
    _ = try runPipeline(inputs: inputs, output: tmp)
    #expect(try contents(of: tmp) == first)
  }

  @Test("the summary counts documents, sentences, entities, dates and claims")
  func summary() throws {
    let tmp = try makeTemporaryFolder("summary")
    defer { removeTemporary(tmp) }
    let text = try runPipeline(inputs: [Self.seeds[2]], output: tmp)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == "documents: 1")
    #expect(lines.contains { $0.hasPrefix("sentences: ") })
    #expect(lines.contains { $0.hasPrefix("claims: ") })
    #expect(lines.last == "entities in more than one document: 0 (see links.tsv)")
  }

  @Test("input folders are expanded to their *.txt files, sorted by name, duplicates dropped")
  func inputFiles() throws {
    let tmp = try makeTemporaryFolder("inputs")
    defer { removeTemporary(tmp) }
    for name in ["b.txt", "a.txt", "notes.md"] { try Data("x".utf8).write(to: tmp.appendingPathComponent(name)) }
    let files = try InputFiles.resolve([tmp.path, tmp.appendingPathComponent("a.txt").path])
    #expect(files.map(\.lastPathComponent) == ["a.txt", "b.txt"])
    #expect(throws: CorpusRunError.self) { try InputFiles.resolve([tmp.appendingPathComponent("none").path]) }
  }
}
