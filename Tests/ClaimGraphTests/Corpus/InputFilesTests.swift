import ClaimGraph
import ClaimGraphTestSupport
import Foundation
import Testing

@Suite("The inputs of a run")
struct InputFilesTests {
  @Test("two inputs with the same stem, and a stem that names a shared file, are errors")
  func clashingStems() throws {
    let tmp = try makeTemporaryFolder("stems")
    defer { removeTemporary(tmp) }
    let one = tmp.appendingPathComponent("one"), two = tmp.appendingPathComponent("two")
    for folder in [one, two] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    for url in [
      one.appendingPathComponent("a.txt"), two.appendingPathComponent("a.txt"), one.appendingPathComponent("links.txt"),
    ] {
      try Data("x".utf8).write(to: url)
    }
    let error = #expect(throws: CorpusRunError.self) { try InputFiles.resolve([one.path, two.path]) }
    let messages = try #require(error?.messages)
    #expect(messages.count == 2)
    let a1 = one.appendingPathComponent("a.txt").path, a2 = two.appendingPathComponent("a.txt").path
    #expect(messages.contains("\(a2): error: another input has the same name 'a': \(a1)"))
    let links = one.appendingPathComponent("links.txt").path
    #expect(
      messages.contains(
        "\(links): error: 'links' is the name of a file every run writes (context, corpus, links, ontology, shapes); "
          + "rename the document"))
  }

  @Test("a folder without documents is an error")
  func noDocuments() throws {
    let tmp = try makeTemporaryFolder("empty")
    defer { removeTemporary(tmp) }
    let error = #expect(throws: CorpusRunError.self) { try InputFiles.resolve([tmp.path]) }
    #expect(error?.description == "error: no input documents (*.txt) in \(tmp.path)")
  }
}
