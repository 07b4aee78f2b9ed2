import ClaimGraph
import ClaimGraphTestSupport
import Extraction
import RuleTestSupport
import Testing

@Suite("The link table")
struct LinkTableTests {
  @Test("entities named in more than one document, with the documents sorted; one-document entities left out")
  func rows() throws {
    let x = try realExtractor()
    var links = LinkTable()
    links.add(x.extract(try document("NATOは北朝鮮を非難する。", fileName: "b.txt")))
    links.add(x.extract(try document("北大西洋条約機構は重要である。", fileName: "a.txt")))
    let rows = links.rows
    #expect(rows.map(\.key) == ["nato"])
    #expect(rows.first?.documents == ["a.txt", "b.txt"])
    #expect(rows.first?.entityClass == "Organization")
    #expect(rows.first?.date == "")
    let label = try #require(rows.first?.label)
    #expect(links.tsv == "entity\tclass\tlabel\tdate\tdocuments\nnato\tOrganization\t\(label)\t\ta.txt,b.txt\n")
  }

  @Test("an empty table is the header line alone")
  func empty() {
    #expect(LinkTable().tsv == "entity\tclass\tlabel\tdate\tdocuments\n")
  }
}
