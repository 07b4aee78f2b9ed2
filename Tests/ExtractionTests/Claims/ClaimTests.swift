import ClaimGraphText
import Extraction
import RuleTestSupport
import Testing

/// Claims on sentences of the seed statements, with the repository's rules.
@Suite("Claims on real sentences")
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

  @Test("我々 stands for the document's parties")
  func weIsTheParties() throws {
    let x = try extract("我々は、国際の平和と安定に向けたコミットメントを再確認する。")
    #expect(x.claims.count == 1)
    let c = try #require(x.claims.first)
    #expect(c.predicate == "reaffirms")
    #expect(c.agents == ["japan", "nato"])
    #expect(!c.agentInferred)
    #expect(c.objectText == "国際の平和と安定に向けたコミットメント")
    #expect(c.ruleID == "claims/ja/reaffirms.yaml#reaffirm")
    #expect(!c.negated)
    #expect(c.modality == nil)
  }

  @Test("a person speaking in a role is that person")
  func personAgent() throws {
    let x = try extract("ルッテ事務総長は、NATOの「対ウクライナ安全保障支援及び訓練組織（NSATU）」への参加に関する日本の意欲を歓迎する。")
    #expect(x.claims.map(\.predicate) == ["welcomes"])
    let c = try #require(x.claims.first)
    #expect(c.agents == ["mark-rutte"])
    #expect(c.objectText == "NATOの「対ウクライナ安全保障支援及び訓練組織（NSATU）」への参加に関する日本の意欲")
    #expect(c.objects.contains("nato"))
    #expect(c.objects.contains("japan"))
  }

  @Test("coordinated verbs give one claim each")
  func coordinatedVerbs() throws {
    let x = try extract(
      "我々は、北朝鮮の核・弾道ミサイル計画の進展を強く非難し、関連する国連安保理決議に従った北朝鮮の完全な非核化の重要性を再確認し、また、北朝鮮の核・弾道ミサイル計画の放棄を主張する。")
    #expect(x.claims.map(\.predicate) == ["condemns", "reaffirms", "urges"])
    #expect(
      x.claims.map(\.objectText) == [
        "北朝鮮の核・弾道ミサイル計画の進展", "関連する国連安保理決議に従った北朝鮮の完全な非核化の重要性", "北朝鮮の核・弾道ミサイル計画の放棄",
      ])
    #expect(x.claims.map(\.modality) == ["strong", nil, nil])
    #expect(x.claims.allSatisfy { $0.agents == ["japan", "nato"] })
    #expect(x.claims.allSatisfy { $0.objects.contains("north-korea") })
  }

  @Test("a verb inside a nominalized clause with its own subject is not a claim")
  func embeddedHosting() throws {
    let x = try extract(
      "この文脈で、ルッテ事務総長は、日本が本年2月に日NATO戦略的コミュニケーション会議を主催し、NATOとインド太平洋パートナーの今後の協力の道筋をつけたことを歓迎した。")
    #expect(x.claims.map(\.predicate) == ["welcomes"])
    #expect(x.claims.first?.agents == ["mark-rutte"])
    #expect(x.claims.first?.objectText == "日本が本年2月に日NATO戦略的コミュニケーション会議を主催し、NATOとインド太平洋パートナーの今後の協力の道筋をつけたこと")
  }

  @Test("a verb inside a demand to an addressee is not a claim; the addressee is an object")
  func embeddedInDemand() throws {
    let x = try extract(
      "我々は、中国を含め、ロシア及び北朝鮮とつながりのある国々に対し、ロシアの侵略の危険な拡大に反対し、全ての関連する国連安保理決議を履行することにより、国際法を堅持するよう要請する。")
    #expect(x.claims.map(\.predicate) == ["urges"])
    let c = try #require(x.claims.first)
    // Every entity of the addressee phrase 「中国を含め、ロシア及び北朝鮮とつながりのある国々に対し」.
    #expect(c.addressees == ["china", "russia", "north-korea"])
    #expect(c.objects.contains("russia"))
    #expect(c.objects.contains("north-korea"))
  }

  @Test("an addressee with に対して is an object of a demand; 強く gives strong modality")
  func addresseeAndModality() throws {
    let x = try extract("我々は、北朝鮮に対して拉致問題の即時解決を強く求める。")
    #expect(x.claimSummaries == ["urges(japan+nato → \"拉致問題の即時解決\") objects=north-korea addressees=north-korea strong"])
  }

  @Test("negation after the verb")
  func negation() throws {
    let x = try extract("我々は、いかなる一方的な現状変更の試みを支持しない。")
    #expect(x.claims.map(\.predicate) == ["supports"])
    #expect(x.claims.first?.negated == true)
    #expect(x.claims.first?.objectText == "いかなる一方的な現状変更の試み")
    let y = try extract("我々は、いかなる一方的な現状変更の試みを支持する。")
    #expect(y.claims.first?.negated == false)
  }

  @Test("a pronoun object after a comma is the object")
  func pronounObject() throws {
    let x = try extract(
      "我々、G7首脳は、一部はベラルーシ領土から行われた、ウクライナの領土の一体性、主権及び独立に対するロシア連邦による大規模な軍事的侵略に驚愕し、これを非難する。",
      title: Self.g7Title, date: "2022年2月24日")
    #expect(x.claims.map(\.predicate) == ["condemns"])
    #expect(x.claims.first?.objectText == "これ")
    #expect(x.claims.first?.agents == ["g7"])
    #expect(x.claims.first?.objects == [])
  }

  @Test("English: the object runs to ', which'; in the strongest terms is strong")
  func englishCondemn() throws {
    let x = try extract(
      """
      Japan and NATO are reliable and natural partners.
      We condemn in the strongest terms North Korea’s nuclear tests and ballistic missile launches, which are in flagrant violation of multiple United Nations Security Council resolutions.
      """,
      title: Self.abeStoltenbergTitle, date: "31 Oct. 2017")
    #expect(x.claims.map(\.predicate) == ["condemns"])
    let c = try #require(x.claims.first)
    #expect(c.objectText == "North Korea’s nuclear tests and ballistic missile launches")
    #expect(c.modality == "strong")
    #expect(Set(c.agents) == ["nato", "japan"])
    #expect(c.objects == ["north-korea"])
    #expect(c.ruleID == "claims/en/claims.yaml#condemn")
  }

  @Test("English: call on X to Y urges Y with X as addressee")
  func englishCallOn() throws {
    let x = try extract(
      "We call on all member states of the United Nations to implement fully and transparently relevant UN Security Council resolutions.",
      title: Self.abeStoltenbergTitle, date: "31 Oct. 2017")
    #expect(x.claims.map(\.predicate) == ["urges"])
    let c = try #require(x.claims.first)
    #expect(c.objectText == "implement fully and transparently relevant UN Security Council resolutions")
    #expect(c.addressees == ["united-nations"])
    #expect(c.objects.contains("united-nations"))
  }

  @Test("English: a participle is not a claim")
  func englishParticiple() throws {
    let x = try extract(
      "Japan and NATO are reliable and natural partners, sharing common values of freedom and democracy.",
      title: Self.abeStoltenbergTitle, date: "31 Oct. 2017")
    #expect(x.claims.isEmpty)
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
