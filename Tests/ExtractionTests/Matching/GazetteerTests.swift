import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

@Suite("Gazetteer matching")
struct GazetteerTests {
  func pairs(_ body: String, date: String? = nil) throws -> [Pair] {
    try TestRules.gazetteerOnly().extract(document(body, title: date == nil ? nil : "声明", date: date)).mentionPairs
  }

  @Test("full forms and aliases in any width; the longest form wins")
  func fullForms() throws {
    #expect(try pairs("北大西洋条約機構及び日本国は協力する。") == [Pair("北大西洋条約機構", "nato"), Pair("日本国", "japan")])
    #expect(try pairs("日本とアメリカ合衆国") == [Pair("日本", "japan"), Pair("アメリカ合衆国", "usa")])
    #expect(try pairs("ＮＡＴＯと東京") == [Pair("ＮＡＴＯ", "nato"), Pair("東京", "tokyo")])
    let x = try TestRules.gazetteerOnly().extract(document("北大西洋条約機構（NATO）"))
    #expect(x.mentionRanges.map(\.description) == ["0..<8→nato", "9..<13→nato"])
  }

  @Test(
    "Latin names only at word boundaries",
    arguments: [
      ("NATOs", [Pair]()),
      ("ANATO", []),
      ("Japanese", []),
      ("NATO加盟国", [Pair("NATO", "nato")]),
      ("NATO-Japan", [Pair("NATO", "nato"), Pair("Japan", "japan")]),
      ("(NATO)", [Pair("NATO", "nato")]),
      ("NATO2", []),
    ])
  func latinBoundaries(text: String, expected: [Pair]) throws {
    #expect(try pairs(text) == expected)
  }

  @Test("a surname alone is a person only before a role title and within the term of office")
  func surnames() throws {
    #expect(try pairs("鈴木総理大臣は述べた。", date: "昭和56年5月8日") == [Pair("鈴木", "suzuki-zenko")])
    #expect(try pairs("鈴木総理大臣は述べた。", date: "1990年1月1日") == [])
    #expect(try pairs("鈴木総理大臣は述べた。", date: "1980年7月16日") == [])
    // Without a document date a surname cannot be told apart from another person's: no mention.
    #expect(try pairs("鈴木総理大臣は述べた。") == [])
    #expect(try pairs("鈴木氏は述べた。", date: "1981年5月8日") == [])
    // Not the tail of a longer word (a different person whose name ends in 鈴木).
    #expect(try pairs("青鈴木総理大臣は述べた。", date: "1981年5月8日").contains { $0.key == "suzuki-zenko" } == false)
    // A pattern rule may still find a person 鈴木 out of office, but not the known one.
    let withPatterns = try TestRules.extractor().extract(document("鈴木総理大臣は述べた。", title: "声明", date: "1990年1月1日"))
    #expect(withPatterns.mentionPairs.map(\.text) == ["鈴木"])
    #expect(withPatterns.mentionPairs.first?.key.hasPrefix("person/") == true)
    // The full name needs no title.
    #expect(try pairs("鈴木善幸は述べた。", date: "1990年1月1日") == [Pair("鈴木善幸", "suzuki-zenko")])
  }

  @Test(
    "a one-character abbreviation is a country only in a compound",
    arguments: [
      ("日米関係", [Pair("日", "japan"), Pair("米", "usa")]),
      ("日豪首脳", [Pair("日", "japan"), Pair("豪", "australia")]),
      ("日米豪", [Pair("日", "japan"), Pair("米", "usa"), Pair("豪", "australia")]),
      ("日 米", [Pair("日", "japan"), Pair("米", "usa")]),
      ("日NATO協力", [Pair("日", "japan"), Pair("NATO", "nato")]),
      ("日", []),
      ("今日は晴れ", []),
      ("日中関係", []),
      ("米国", [Pair("米国", "usa")]),
      ("日本", [Pair("日本", "japan")]),
      ("NATO日", [Pair("NATO", "nato")]),
    ])
  func abbreviations(text: String, expected: [Pair]) throws {
    #expect(try pairs(text) == expected)
  }
}
