import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

/// The parties of a document from its title and body, and the warnings when they cannot be found.
@Suite("Document parties")
struct DocumentPartiesTests {
  func extract(_ body: String, title: String?, date: String? = "2024年5月1日") throws -> DocumentExtraction {
    try realExtractor().extract(document(body, title: title, date: date))
  }

  @Test("a document whose parties cannot be found warns, and keeps the claims of named speakers")
  func noPartiesWarns() throws {
    let x = try extract("地域の安定を支持する。対話を強調する。平和を支持する。カナダは、協議を歓迎する。", title: "海洋に関する声明")
    #expect(x.parties.isEmpty)
    #expect(x.warnings.count == 1)
    #expect(x.warnings.first?.hasPrefix("no parties found") ?? false)
    #expect(x.claims.map(\.predicate) == ["welcomes"])
    #expect(x.claims.first?.agents == ["canada"])
  }

  @Test("a committee in the title speaks through its members")
  func committeeMembers() throws {
    let x = try extract("閣僚は、地域の安定を支持した。", title: "日米安全保障協議委員会共同発表")
    #expect(x.parties == ["japan", "united-states"])
    #expect(x.warnings.isEmpty)
  }

  @Test("a collective topic the grammar does not list is read as the parties, with a warning")
  func collectiveTopicWarns() throws {
    let x = try extract("会合参加者は、地域の安定を支持した。", title: "日本・カナダ共同声明")
    #expect(x.claims.first?.agents == ["japan", "canada"])
    #expect(x.warnings == ["sentence 1: the topic '会合参加者は' is read as the document's parties"])
  }
}
