import Foundation
import Serialization
import Testing

@Suite struct ByteSinkTests {
  /// A fresh folder under the temporary directory, removed by the caller.
  func makeFolder() throws -> String {
    let path = NSTemporaryDirectory() + "claimgraph-sink-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func contents(_ folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
  }

  @Test func commitReplacesTheDestination() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.nq"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let sink = try AtomicFileSink(path: path)
    try sink.write(Array("new ".utf8))
    try sink.write(Array(repeating: UInt8(ascii: "x"), count: 70_000))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    #expect(try contents(folder).count == 2)
    try sink.commit()
    #expect(try contents(folder) == ["out.nq"])
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written.count == 70_004)
    #expect(written.prefix(4) == Data("new ".utf8))
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o644)
    #expect(throws: SerializationError.self) { try sink.write([1]) }
  }

  @Test func abortKeepsTheDestination() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.ttl"
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    let sink = try AtomicFileSink(path: path)
    try sink.write(Array("new".utf8))
    sink.abort()
    #expect(try contents(folder) == ["out.ttl"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
  }

  @Test func droppingTheSinkLeavesNoTrace() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    do {
      let sink = try AtomicFileSink(path: folder + "/out.rdf")
      try sink.write(Array("partial".utf8))
    }
    #expect(try contents(folder) == [])
  }

  @Test func missingFolderIsAnError() {
    #expect(throws: SerializationError.self) { _ = try AtomicFileSink(path: "/nonexistent-claimgraph/out.rdf") }
  }

  @Test func memorySinkCollects() throws {
    let sink = MemorySink()
    try sink.write(Array("a".utf8))
    try sink.write(Array("é".utf8))
    #expect(sink.string == "aé")
  }
}
