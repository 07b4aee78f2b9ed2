import ClaimGraphText
import Extraction
import RuleLanguage
import RuleTestSupport
import Testing

@Suite("Document aliases, anaphora and person merging")
struct EntityResolutionTests {
  @Test("名称（略称）: the abbreviation later in the text is the same entity")
  func documentAlias() throws {
    // 日0 欧1 研2 究3 セ4 ン5 タ6 ー7 （8 J9 E10 R11 C12 ）13 の14 設15 立16 を17 歓18 迎19 す20 る21 。22 J23 E24 R25 C26 は27
    let x = try TestRules.extractor().extract(document("日欧研究センター（JERC）の設立を歓迎する。JERCは重要である。JERCsは別物。"))
    let key = try #require(x.key(of: "日欧研究センター"))
    #expect(key.hasPrefix("organization/"))
    #expect(x.mentionRanges.contains(RangeKey(range: 0..<8, key: key)))
    #expect(x.mentionRanges.contains(RangeKey(range: 23..<27, key: key)))
    #expect(
      x.mentionRanges == [
        RangeKey(range: 0..<8, key: key), RangeKey(range: 9..<13, key: key), RangeKey(range: 23..<27, key: key),
      ])
    let record = try #require(x.entities[EntityKey(key)])
    #expect(record.entityClass.name == "Organization")
    #expect(record.labels == ["ja": "日欧研究センター"])
    #expect(record.altLabels == ["ja": ["JERC"]])
  }

  @Test("an abbreviation that the text never defines is not an alias")
  func noAliasWithoutDefinition() throws {
    let x = try TestRules.extractor().extract(document("JERCは重要である。"))
    #expect(x.mentions.isEmpty)
  }

  @Test("a bare role title names the last person mentioned with that title")
  func roleAnaphora() throws {
    // 鈴0 木1 総2 理3 大4 臣5 は6 来7 日8 し9 た10 。11 総12 理13 大14 臣15 は16
    let x = try TestRules.extractor().extract(document("鈴木総理大臣は来日した。総理大臣は述べた。", title: "声明", date: "1981年5月8日"))
    #expect(
      x.mentionRanges == [RangeKey(range: 0..<2, key: "suzuki-zenko"), RangeKey(range: 12..<16, key: "suzuki-zenko")])
    #expect(x.entities["suzuki-zenko"]?.altLabels["ja"] == ["鈴木", "総理大臣"])
    #expect(x.entities["suzuki-zenko"]?.affiliation == "japan")
    // 同 + title works too.
    let y = try TestRules.extractor().extract(document("鈴木総理大臣は来日した。同総理大臣は述べた。", title: "声明", date: "1981年5月8日"))
    #expect(y.mentionPairs.map(\.key) == ["suzuki-zenko", "suzuki-zenko"])
  }

  @Test("a bare title with no earlier person of that title names no one")
  func anaphoraWithoutAntecedent() throws {
    let x = try TestRules.extractor().extract(document("総理大臣は述べた。大統領は述べた。"))
    #expect(x.mentions.isEmpty)
    let y = try TestRules.extractor().extract(document("鈴木総理大臣は来日した。大統領は述べた。", title: "声明", date: "1981年5月8日"))
    #expect(y.mentionPairs == [Pair("鈴木", "suzuki-zenko")])
  }

  @Test("a person named by surname is the person named in full in the same text")
  func surnameMerge() throws {
    let x = try TestRules.extractor().extract(document("岸田文雄内閣総理大臣は述べた。岸田総理大臣は歓迎した。菅総理大臣は述べた。"))
    #expect(x.mentionPairs.map(\.text) == ["岸田文雄", "岸田", "菅"])
    let keys = x.mentionPairs.map(\.key)
    #expect(keys[0] == keys[1])
    #expect(keys[2] != keys[0])
    #expect(keys.allSatisfy { $0.hasPrefix("person/") })
    let record = try #require(x.entities[EntityKey(keys[0])])
    #expect(record.labels == ["ja": "岸田文雄"])
    #expect(record.altLabels == ["ja": ["岸田"]])
    // The role title's default affiliation.
    #expect(record.affiliation == "japan")
  }
}

@Suite("Events")
struct EventTests {
  func events(_ body: String, date: String? = nil) throws -> [EntityRecord] {
    let x = try TestRules.extractor().extract(document(body, title: date == nil ? nil : "声明", date: date))
    return x.mentions.compactMap { x.entities[$0.entityKey] }.filter { $0.entityClass.name == "Event" }
  }

  @Test("a generic meeting word without a date or a place is not an event")
  func genericDropped() throws {
    #expect(try events("会談は重要である。").isEmpty)
    #expect(try events("両者は会談を行った。").isEmpty)
  }

  @Test("the place of an event: a place linked by で or における before it")
  func place() throws {
    let a = try events("東京で会談を行った。")
    #expect(a.count == 1)
    #expect(a.first?.place == "tokyo")
    #expect(a.first?.date == nil)
    #expect(a.first?.key.rawValue.hasPrefix("event/") == true)
    #expect(a.first?.labels == ["ja": "会談"])
    let b = try events("東京における会談は成功した。")
    #expect(b.first?.place == "tokyo")
    // A place that is not linked to the event does not place it.
    #expect(try events("東京は晴れ、会談は延期された。").isEmpty)
  }

  @Test("the date of an event: a date in its clause, or the date that opens the sentence")
  func date() throws {
    let opening = try events("2025年4月9日、両者は会談を行った。")
    #expect(opening.count == 1)
    #expect(opening.first?.date == SimpleDate(year: 2025, month: 4, day: 9))
    #expect(opening.first?.key.rawValue.hasSuffix("-2025-04-09") == true)
    let inClause = try events("両者は、2025年4月9日に会談を行った。")
    #expect(inClause.first?.date == SimpleDate(year: 2025, month: 4, day: 9))
    let relative = try events("本日、両者は会談を行った。", date: "2025年4月9日")
    #expect(relative.first?.date == SimpleDate(year: 2025, month: 4, day: 9))
    // The same name on another date is another event.
    let other = try events("2024年1月5日、両者は会談を行った。")
    #expect(other.first?.key != opening.first?.key)
    #expect(other.first?.key.rawValue.hasSuffix("-2024-01-05") == true)
  }

  @Test("date and place together, and the event key does not depend on the document")
  func dateAndPlace() throws {
    let x = try TestRules.extractor().extract(document("2025年4月9日、両者は東京で会談を行った。", fileName: "a.txt"))
    let y = try TestRules.extractor().extract(document("2025年4月9日、両首脳は東京で会談を行った。", fileName: "b.txt"))
    let ex = try #require(x.entities.values.first { $0.entityClass.name == "Event" })
    let ey = try #require(y.entities.values.first { $0.entityClass.name == "Event" })
    #expect(ex.key == ey.key)
    #expect(ex.place == "tokyo")
    #expect(ex.date == SimpleDate(year: 2025, month: 4, day: 9))
  }
}
