import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

/// What the examples of the rule files cannot say about claims on real sentences: the document's parties, and the
/// entities of a claim's object and addressee. Predicates, object texts, agents, modality and negation of these
/// sentences are examples in rules/claims/ (`claimgraph check-rules`, and `ruleExamples` below, run them).
@Suite("Claims on real sentences: parties, objects and addressees")
struct ClaimTests {
  static let ishibaRutteTitle = "石破日本国内閣総理大臣及びルッテ北大西洋条約機構事務総長による共同声明"
  static let g7Title = "ロシア連邦軍によるウクライナ侵攻に関するG7首脳声明"
  static let abeStoltenbergTitle =
    "Joint press statement issued on the occasion of the meeting between the NATO Secretary General, H.E. Mr Jens Stoltenberg and H.E. Mr Shinzo Abe, Prime Minister of Japan"

  func extract(_ body: String, title: String? = ClaimTests.ishibaRutteTitle, date: String? = "2025年4月9日") throws
    -> DocumentExtraction
  {
    try realExtractor().extract(document(body, title: title, date: date))
  }

  /// The only claim of `body`, which must have `predicate`.
  func onlyClaim(
    _ body: String, _ predicate: String, title: String? = ClaimTests.ishibaRutteTitle, date: String? = "2025年4月9日"
  )
    throws -> ExtractedClaim
  {
    let claims = try extract(body, title: title, date: date).claims
    #expect(claims.map(\.predicate) == [predicate])
    return try #require(claims.first)
  }

  @Test("the parties are read from the title: persons count as the state or organization they act for")
  func partiesFromTitle() throws {
    #expect(try extract("我々は協力する。").parties == ["japan", "nato"])
    // A title also names topics: the authors are after に関する.
    #expect(try extract("我々は協力する。", title: Self.g7Title, date: "2022年2月24日").parties == ["g7"])
    // Rules bug: rules/patterns/en/names.yaml `topic-start` ends in `(?! the occasion)`, but spaces only separate
    // pattern elements, so it tests "theoccasion" and "issued on the occasion…" cuts the title before its authors.
    let english = try extract("We cooperate.", title: Self.abeStoltenbergTitle, date: "31 Oct. 2017").parties
    #expect(english == ["nato", "japan"])
  }

  @Test("我々 stands for the document's parties, not an inferred agent")
  func weIsTheParties() throws {
    let c = try onlyClaim("我々は、国際の平和と安定に向けたコミットメントを再確認する。", "reaffirms")
    #expect(!c.agentInferred)
    #expect(c.ruleID == "claims/ja/reaffirms.yaml#reaffirm")
    #expect(c.modality == nil)
  }

  @Test("the entities named in the object are objects of the claim")
  func objectEntities() throws {
    let c = try onlyClaim("ルッテ事務総長は、NATOの「対ウクライナ安全保障支援及び訓練組織（NSATU）」への参加に関する日本の意欲を歓迎する。", "welcomes")
    #expect(c.objects.contains("nato"))
    #expect(c.objects.contains("japan"))
  }

  @Test("coordinated verbs: each claim has the entities of its own object")
  func coordinatedVerbs() throws {
    let x = try extract(
      "我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難し、関連する国連安保理決議に従った北朝鮮の完全な非核化の重要性を再確認し、また、北朝鮮の核・弾道ミサイル計画の放棄を主張する。")
    #expect(x.claims.map(\.predicate) == ["condemns", "reaffirms", "urges"])
    #expect(x.claims.map(\.modality) == ["strong", nil, nil])
    #expect(x.claims.allSatisfy { $0.objects.contains("north-korea") })
  }

  @Test("a verb inside a demand to an addressee is not a claim; the addressee is an object")
  func embeddedInDemand() throws {
    let c = try onlyClaim(
      "我々は、中国を含め、ロシア及び北朝鮮とつながりのある国々に対し、ロシアの侵略の危険な拡大に反対し、全ての関連する国連安保理決議を履行することにより、国際法を堅持するよう要請する。",
      "urges")
    // Every entity of the addressee phrase 「中国を含め、ロシア及び北朝鮮とつながりのある国々に対し」.
    #expect(c.addressees == ["china", "russia", "north-korea"])
    #expect(c.objects.contains("russia"))
    #expect(c.objects.contains("north-korea"))
  }

  @Test("an addressee with に対して is an object of a demand")
  func addresseeIsObject() throws {
    let x = try extract("我々は、北朝鮮に対して拉致問題の即時解決を強く求める。")
    #expect(x.claimSummaries == ["urges(japan+nato → \"拉致問題の即時解決\") objects=north-korea addressees=north-korea strong"])
  }

  @Test("a pronoun object names no entity")
  func pronounObject() throws {
    let c = try onlyClaim(
      "我々、G7首脳は、一部はベラルーシ領土から行われた、ウクライナの領土の一体性、主権及び独立に対するロシア連邦による大規模な軍事的侵略に驚愕し、これを非難する。",
      "condemns", title: Self.g7Title, date: "2022年2月24日")
    #expect(c.objectText == "これ")
    #expect(c.objects == [])
  }

  @Test("English: the object's entities; the rule that found the claim")
  func englishCondemn() throws {
    let c = try onlyClaim(
      """
      Japan and NATO are reliable and natural partners.
      We condemn in the strongest terms North Korea’s nuclear tests and ballistic missile launches, which are in flagrant violation of multiple United Nations Security Council resolutions.
      """,
      "condemns", title: Self.abeStoltenbergTitle, date: "31 Oct. 2017")
    #expect(c.objectText == "North Korea’s nuclear tests and ballistic missile launches")
    #expect(c.objects == ["north-korea"])
    #expect(c.ruleID == "claims/en/claims.yaml#condemn")
  }

  @Test("English: call on X to Y urges Y with X as addressee")
  func englishCallOn() throws {
    let c = try onlyClaim(
      "We call on all member states of the United Nations to implement fully and transparently relevant UN Security Council resolutions.",
      "urges", title: Self.abeStoltenbergTitle, date: "31 Oct. 2017")
    #expect(c.addressees == ["united-nations"])
    #expect(c.objects.contains("united-nations"))
  }

  @Test("every example in the rule files passes")
  func ruleExamples() throws {
    let rules = try realRules.get()
    let checker = ExampleChecker(rules: rules)
    var failures: [String] = []
    for file in rules.examples.keys.sorted() {
      for ex in rules.examples[file] ?? [] {
        failures += checker.check(ex).map { "\(ex.location): \($0)" }
      }
    }
    #expect(failures == [])
  }
}
