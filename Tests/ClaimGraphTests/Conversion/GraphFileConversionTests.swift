import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import Serialization
import Testing

@Suite("Converting an N-Triples file")
struct GraphFileConversionTests {
  @Test("each format is written as <stem>.<ext>; N-Quads gives back the triple")
  func write() throws {
    let tmp = try makeTemporaryFolder("convert")
    defer { removeTemporary(tmp) }
    let input = tmp.appendingPathComponent("g.nt")
    let triple = "<http://example.org/a> <http://example.org/p> \"x\" .\n"
    try Data(triple.utf8).write(to: input)
    let conversion = GraphFileConversion(input: input.path)
    #expect(conversion.stem == "g")
    let out = tmp.appendingPathComponent("out")
    try conversion.write([.nquads, .turtle], into: out.path)
    #expect(fileNames(in: out) == ["g.nq", "g.ttl"])
    #expect(try String(contentsOf: out.appendingPathComponent("g.nq"), encoding: .utf8) == triple)
  }

  @Test("a malformed line is a located syntax error, and nothing is written")
  func malformed() throws {
    let tmp = try makeTemporaryFolder("convert-bad")
    defer { removeTemporary(tmp) }
    let input = tmp.appendingPathComponent("bad.nt")
    try Data("<http://example.org/a> <http://example.org/p> .\n".utf8).write(to: input)
    let out = tmp.appendingPathComponent("out")
    let error = #expect(throws: NTriplesSyntaxError.self) {
      try GraphFileConversion(input: input.path).write([.nquads], into: out.path)
    }
    #expect("\(error.map { "\($0)" } ?? "")".hasPrefix("\(input.path):1:"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }
}
