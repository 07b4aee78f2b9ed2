import ClaimGraphText
import Extraction
import Patterns
import RuleLanguage
import RuleTestSupport
import Testing

@Suite("Real-world variation: PDF spaces, back-references, events told after their name")
struct RobustnessTests {
  @Test("a space inside a Japanese word (PDF conversion) does not hide a gazetteer name; offsets stay exact")
  func pdfSpaces() throws {
    let x = try realExtractor().extract(try document("我々は、北 朝鮮の核実験を強く非難する。", title: "日本国及び北大西洋条約機構による共同声明"))
    let m = try #require(x.mentions.first { $0.entityKey == "north-korea" })
    #expect(x.document.text.slice(m.range) == "北 朝鮮")
    #expect(m.range == 4..<8)
    #expect(x.claims.first?.objects.contains("north-korea") == true)
  }

  @Test("同条約 names the treaty named before it; with no treaty before, it names nothing")
  func backReference() throws {
    let e = try realExtractor()
    let x = try e.extract(try document("両国は、核兵器不拡散条約の重要性を再確認し、同条約の普遍化に協力する。"))
    #expect(x.mentionPairs.contains(Pair("同条約", "npt")))
    let y = try e.extract(try document("同条約の普遍化に協力する。"))
    #expect(!y.mentionPairs.contains { $0.text == "同条約" })
  }

  @Test("an event's date and place written after it, up to 開催 (…会合が同年9月に東京で開催された)")
  func eventAttributesAfterTheName() throws {
    let x = try realExtractor().extract(try document("同年、第1回日ASEAN経済閣僚会合が2023年9月に東京で開催された。", date: "2023年10月1日"))
    let key = try #require(x.key(of: "第1回日ASEAN経済閣僚会合"))
    let event = try #require(x.entities[EntityKey(key)])
    #expect(event.place == "tokyo")
    #expect(event.date == SimpleDate(year: 2023, month: 9))
  }

  @Test("a define used by a case-insensitive English rule matches without case")
  func defineCaseMode() throws {
    let rules = try RuleLoader.load(
      files: coreRuleFiles + [
        (
          "g.yaml",
          """
          language: en
          define:
            title: (President|"Prime Minister")
          claims:
            - id: greet
              predicate: welcomes
              pattern: "@title \\" \\" welcomed"
          """
        )
      ])
    let input = MatchInput(chars: Array("the president welcomed".unicodeScalars), bounds: 0..<22)
    #expect(rules.claimRules[0].pattern.allMatches(in: input).map(\.range) == [4..<22])
  }
}
