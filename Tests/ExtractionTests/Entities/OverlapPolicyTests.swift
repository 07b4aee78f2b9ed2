import ClaimGraphText
import Extraction
import RuleLanguage
import RuleTestSupport
import Testing

@Suite("Overlap policy")
struct OverlapPolicyTests {
  static func rule(_ id: String, _ cls: String, _ pattern: String, priority: Int = 0) -> String {
    """
    language: ja
    patterns:
      - id: \(id)
        class: \(cls)
        priority: \(priority)
        pattern: \(pattern)
    """
  }
  static let long = rule("long", "Organization", "北大西洋条約機構")
  static let short = rule("short", "Place", "大西洋")
  static let shortPreferred = rule("short", "Place", "大西洋", priority: 5)
  // 北0 大1 西2 洋3 条4 約5 機6 構7 と8 大9 西10 洋11
  static let text = "北大西洋条約機構と大西洋"

  func mentions(_ files: [(String, String)], policy: String? = nil) throws -> [EntityMention] {
    let extra = policy.map { [("ruleset.yaml", "overlap: \($0)\n")] } ?? []
    let rules = try RuleLoader.load(files: coreRuleFiles + files + extra)
    return Extractor(rules: rules).extract(try document(Self.text)).mentions
  }

  @Test("the same files given in any order give the same mentions")
  func arrayOrder() throws {
    let one = try mentions([("a.yaml", Self.long), ("b.yaml", Self.short)])
    let two = try mentions([("b.yaml", Self.short), ("a.yaml", Self.long)])
    #expect(one == two)
  }

  @Test("longest-first: the longer span wins, whichever file its rule is in", arguments: [true, false])
  func longestFirst(longFirst: Bool) throws {
    let files =
      longFirst
      ? [("a.yaml", Self.long), ("b.yaml", Self.shortPreferred)]
      : [("a.yaml", Self.shortPreferred), ("b.yaml", Self.long)]
    let m = try mentions(files)
    #expect(m.map(\.range) == [0..<8, 9..<12])
    #expect(m.map { $0.entityKey.rawValue.split(separator: "/").first.map(String.init) } == ["organization", "place"])
    #expect(m.map(\.ruleID) == (longFirst ? ["a.yaml#long", "b.yaml#short"] : ["b.yaml#long", "a.yaml#short"]))
  }

  @Test("priority-first: the higher priority wins, whichever file its rule is in", arguments: [true, false])
  func priorityFirst(longFirst: Bool) throws {
    let files =
      longFirst
      ? [("a.yaml", Self.long), ("b.yaml", Self.shortPreferred)]
      : [("a.yaml", Self.shortPreferred), ("b.yaml", Self.long)]
    let m = try mentions(files, policy: "priority-first")
    #expect(m.map(\.range) == [1..<4, 9..<12])
    #expect(m.allSatisfy { $0.entityKey.rawValue.hasPrefix("place/") })
  }

  @Test("priority-first with equal priorities falls back to the longer span")
  func priorityTie() throws {
    let m = try mentions([("a.yaml", Self.short), ("b.yaml", Self.long)], policy: "priority-first")
    #expect(m.map(\.range) == [0..<8, 9..<12])
  }

  @Test("the same span, length and priority: the lower rule id (FILE#ID) wins")
  func ruleIDTie() throws {
    let org = Self.rule("x", "Organization", "大西洋")
    let place = Self.rule("x", "Place", "大西洋")
    let m1 = try mentions([("a.yaml", org), ("b.yaml", place)])
    let m2 = try mentions([("a.yaml", place), ("b.yaml", org)])
    #expect(m1.map(\.ruleID) == ["a.yaml#x", "a.yaml#x"])
    #expect(m1.allSatisfy { $0.entityKey.rawValue.hasPrefix("organization/") })
    #expect(m2.allSatisfy { $0.entityKey.rawValue.hasPrefix("place/") })
  }

  @Test("a gazetteer name beats a pattern rule giving the same span (higher priority)")
  func gazetteerBeatsPattern() throws {
    let gazetteer = """
      entities:
        - id: nato
          class: Organization
          ja: 北大西洋条約機構
      """
    let m = try mentions([("g.yaml", gazetteer), ("r.yaml", Self.rule("org", "Organization", "北大西洋条約機構"))])
    #expect(m.map(\.entityKey) == ["nato"])
    #expect(m.map(\.ruleID) == ["g.yaml#nato"])
  }
}
