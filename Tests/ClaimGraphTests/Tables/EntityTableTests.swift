import ClaimGraph
import ClaimGraphTestSupport
import Extraction
import RuleTestSupport
import Testing

@Suite("Entity merging across the corpus")
struct EntityTableTests {
  @Test("one record per key: the first label stays, other labels become alternative labels, links unite")
  func merge() throws {
    let x = try realExtractor()
    let ja = x.extract(try document("北大西洋条約機構は重要である。", fileName: "a.txt"))
    let abbreviation = x.extract(try document("NATOは重要である。", fileName: "b.txt"))
    let en = x.extract(try document("The North Atlantic Treaty Organization is important.", fileName: "c.txt"))
    var table = EntityTable()
    for d in [ja, abbreviation, en] { table.add(d.entities) }
    let nato = try #require(table.records.first { $0.key == "nato" })
    #expect(table.records.filter { $0.key == "nato" }.count == 1)
    #expect(nato.entityClass.name == "Organization")
    let first = try #require(ja.entities["nato"])
    #expect(nato.labels["ja"] == first.labels["ja"])
    #expect(nato.labels["en"] != nil)
    #expect(nato.rules.isSuperset(of: first.rules))
    #expect(table.records.map(\.key) == table.records.map(\.key).sorted())
  }

  @Test("an empty table has no records")
  func empty() {
    #expect(EntityTable().records.isEmpty)
  }
}
