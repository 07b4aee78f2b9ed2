import ClaimGraphText
import Foundation
import RuleTestSupport
import Testing

@testable import RuleLanguage

@Suite("Rule loading")
struct RuleLoaderTests {
  @Test("@name references resolve through the loader: shared defines, language defines, defines using defines")
  func namedReferences() throws {
    let shared = """
      define:
        name-chars: "[kanji katakana]+"
      """
    let ja = """
      language: ja
      define:
        org: "@name-chars @org-word"
        org-word: (機構|連合)
      patterns:
        - id: org
          class: Organization
          pattern: (?<name> @org) は
          name: name
      """
    let rules = try RuleLoader.load(files: coreRuleFiles + [("ruleset.yaml", shared), ("ja/names.yaml", ja)])
    #expect(rules.entityRules.map(\.ruleID) == ["ja/names.yaml#org"])
    let rule = try #require(rules.entityRules.first)
    #expect(rule.nameCapture == "name")
    #expect(rule.language == .ja)
    #expect(rule.entityClass.name == "Organization")
    #expect(rule.phase == 1)
    #expect(rule.priority == 0)
    // 北0 大1 西2 洋3 条4 約5 機6 構7 は8
    let m = try #require(rule.pattern.match(at: 0, in: matchInput("北大西洋条約機構は")))
    #expect(m.range == 0..<9)
    #expect(m.captures["name"] == 0..<8)
    #expect(rules.warnings == [])
    #expect(rules.files == ["ja/names.yaml", "ruleset.yaml", "vocabulary.yaml"])
  }

  @Test("a quantified @name reference does not hide the references after it")
  func quantifiedReference() {
    let shared = """
      define:
        name-char: "[kanji katakana]"
      """
    let ja = """
      language: ja
      define:
        org-word: (機構|連合)
      patterns:
        - id: org
          class: Organization
          pattern: x @name-char+ @org-word
      """
    #expect(loadErrors([("ruleset.yaml", shared), ("ja.yaml", ja)]) == [])
  }

  @Test("a language's defines are not visible to the other language")
  func defineScopes() {
    let ja = """
      language: ja
      define:
        org-word: (機構|連合)
      patterns:
        - id: org
          class: Organization
          pattern: x @org-word
      """
    let en = """
      language: en
      patterns:
        - id: org
          class: Organization
          pattern: x @org-word
      """
    #expect(loadErrors([("ja.yaml", ja), ("en.yaml", en)]) == ["en.yaml:5:16: error: unknown pattern '@org-word'"])
  }

  @Test("gazetteer entries: labels, aliases, abbreviations, surnames, roles and links")
  func gazetteerEntries() throws {
    let file = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          en: Japan
          aliases: {ja: [日本国, 日本政府], en: [Government of Japan]}
          abbrev: [日]
          wikidata: Q17
        - id: nato
          class: Organization
          ja: 北大西洋条約機構
          en: NATO
          aliases: [NATO]
        - id: suzuki-zenko
          class: Person
          ja: 鈴木善幸
          short: 鈴木
          roles: [{title: 総理大臣, en: Prime Minister, from: 1980-07-17, until: 1982-11-27}]
          affiliation: japan
          note: only the note key is free text
      """
    let rules = try RuleLoader.load(files: coreRuleFiles + [("gazetteer/g.yaml", file)])
    #expect(rules.gazetteer.map(\.id) == ["japan", "nato", "suzuki-zenko"])
    let japan = try #require(rules.entry(id: "japan"))
    #expect(japan.labels == ["ja": "日本", "en": "Japan"])
    #expect(japan.aliases == ["ja": ["日本国", "日本政府"], "en": ["Government of Japan"]])
    #expect(japan.surfaceForms == ["Japan", "日本", "Government of Japan", "日本国", "日本政府"])
    #expect(japan.abbreviations == ["日"])
    #expect(japan.wikidata == "Q17")
    #expect(japan.ruleID == "gazetteer/g.yaml#japan")
    #expect(japan.location == SourceLocation(file: "gazetteer/g.yaml", line: 2, column: 5))
    let nato = try #require(rules.entry(id: "nato"))
    #expect(nato.aliases == ["ja": ["NATO"]])
    let suzuki = try #require(rules.entry(id: "suzuki-zenko"))
    #expect(suzuki.shortNames == ["鈴木"])
    #expect(suzuki.affiliation == "japan")
    #expect(suzuki.roles.map(\.title) == ["総理大臣"])
    #expect(suzuki.roles.first?.english == "Prime Minister")
    #expect(suzuki.roles.first?.from == SimpleDate(year: 1980, month: 7, day: 17))
    #expect(suzuki.roles.first?.until == SimpleDate(year: 1982, month: 11, day: 27))
    #expect(rules.entry(id: "missing") == nil)
  }

  @Test(
    "a person is in office within the term of a role, compared at the precision both dates have",
    arguments: [
      (SimpleDate(year: 1981, month: 5, day: 8), true),
      (SimpleDate(year: 1980, month: 7, day: 17), true),
      (SimpleDate(year: 1980, month: 7, day: 16), false),
      (SimpleDate(year: 1982, month: 11, day: 28), false),
      (SimpleDate(year: 1982), true),
      (SimpleDate(year: 1980, month: 7), true),
      (SimpleDate(year: 1979), false),
      (SimpleDate(year: 1990, month: 1), false),
    ])
  func inOffice(date: SimpleDate, expected: Bool) throws {
    let file = """
      entities:
        - id: suzuki-zenko
          class: Person
          ja: 鈴木善幸
          short: 鈴木
          roles: [{title: 総理大臣, from: 1980-07-17, until: 1982-11-27}]
      """
    let e = try #require(try RuleLoader.load(files: coreRuleFiles + [("g.yaml", file)]).entry(id: "suzuki-zenko"))
    #expect(e.inOffice(on: date) == expected)
    #expect(e.inOffice(on: nil))
  }

  @Test("claim rules, grammar, parties and examples are read")
  func claimFiles() throws {
    let file = """
      language: ja
      define:
        suru: (する|し)
      grammar:
        agent: (?<agent> 我々) は
        negation: (ない)
        modality:
          strong: (強く)
      parties:
        topic-markers: [に関する]
        role-affiliations: {総理大臣: japan}
      claims:
        - id: condemn
          predicate: condemns
          pattern: を (強く)? 非難 @suru
        - id: urge
          predicate: urges
          addressee: true
          modality: strong
          priority: 2
          pattern: を 強く 求める
      examples:
        - text: 我々はこれを非難する。
          claims: [{predicate: condemns, object: これ, negated: false}]
          not-claims: [urges]
      """
    let rules = try RuleLoader.load(files: coreRuleFiles + [("claims/ja.yaml", file)])
    #expect(rules.claimRules.map(\.ruleID) == ["claims/ja.yaml#condemn", "claims/ja.yaml#urge"])
    #expect(rules.claimRules.map(\.predicate) == ["condemns", "urges"])
    #expect(rules.claimRules.map(\.takesAddressee) == [false, true])
    #expect(rules.claimRules.map(\.modality) == [nil, "strong"])
    #expect(rules.claimRules.map(\.priority) == [0, 2])
    let g = try #require(rules.grammars[.ja])
    #expect(g.objectSide == .before)
    #expect(g.modality.map(\.value) == ["strong"])
    #expect(g.negation != nil)
    #expect(g.addressee == nil)
    #expect(rules.parties[.ja]?.topicMarkers == ["に関する"])
    #expect(rules.parties[.ja]?.roleAffiliations == ["総理大臣": "japan"])
    let examples = try #require(rules.examples["claims/ja.yaml"])
    #expect(examples.count == 1)
    #expect(examples[0].text == "我々はこれを非難する。")
    #expect(examples[0].claims.map(\.predicate) == ["condemns"])
    #expect(examples[0].claims.first?.object == "これ")
    #expect(examples[0].claims.first?.negated == false)
    #expect(examples[0].notClaims == ["urges"])
    #expect(rules.policy == .longestFirst)
  }

  @Test("the overlap policy is read from any file")
  func overlapPolicy() throws {
    #expect(
      try RuleLoader.load(files: coreRuleFiles + [("ruleset.yaml", "overlap: priority-first\n")]).policy
        == .priorityFirst)
    #expect(
      try RuleLoader.load(files: coreRuleFiles + [("ruleset.yaml", "overlap: longest-first\n")]).policy == .longestFirst
    )
  }

  @Test("files are read in path order whatever the order given")
  func fileOrder() throws {
    let a = ("a.yaml", patternFile("会談", id: "a"))
    let b = ("b/c.yaml", patternFile("会議", id: "b"))
    let one = try RuleLoader.load(files: coreRuleFiles + [a, b])
    let two = try RuleLoader.load(files: coreRuleFiles + [b, a])
    #expect(one.entityRules.map(\.ruleID) == ["a.yaml#a", "b/c.yaml#b"])
    #expect(two.entityRules.map(\.ruleID) == ["a.yaml#a", "b/c.yaml#b"])
    #expect(two.files == ["a.yaml", "b/c.yaml", "vocabulary.yaml"])
  }

  @Test("loading a folder: every *.yaml below it, paths relative to it")
  func loadDirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("patterns/ja"), withIntermediateDirectories: true)
    try patternFile("会談").write(
      to: dir.appendingPathComponent("patterns/ja/events.yaml"), atomically: true, encoding: .utf8)
    try "overlap: longest-first\n".write(
      to: dir.appendingPathComponent("ruleset.yml"), atomically: true, encoding: .utf8)
    try "not a rule file".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    for (path, text) in coreRuleFiles {
      try text.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }
    let rules = try RuleLoader.load(directory: dir)
    #expect(rules.files == ["patterns/ja/events.yaml", "ruleset.yml", "vocabulary.yaml"])
    #expect(rules.entityRules.map(\.ruleID) == ["patterns/ja/events.yaml#r1"])

    try patternFile("(会談").write(
      to: dir.appendingPathComponent("patterns/ja/events.yaml"), atomically: true, encoding: .utf8)
    let error = #expect(throws: RuleErrors.self) { try RuleLoader.load(directory: dir) }
    #expect(error?.description == "patterns/ja/events.yaml:5:17: error: expected ')'")

    try Data([0x6C, 0x61, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("patterns/ja/events.yaml"))
    let bad = #expect(throws: RuleErrors.self) { try RuleLoader.load(directory: dir) }
    #expect(bad?.description == "patterns/ja/events.yaml:1:1: error: file is not valid UTF-8")
  }

  @Test("a missing or empty rules folder is an error")
  func missingDirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
    let missing = #expect(throws: RuleErrors.self) { try RuleLoader.load(directory: dir) }
    #expect(missing?.diagnostics.map(\.message) == ["rules folder not found"])
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = #expect(throws: RuleErrors.self) { try RuleLoader.load(directory: dir) }
    #expect(empty?.diagnostics.map(\.message) == ["no rule files (*.yaml) in the rules folder"])
  }

  @Test("the repository's rules/ folder loads without errors")
  func realRules() throws {
    let rules = try RuleLoader.load(directory: rulesFolder)
    #expect(!rules.claimRules.isEmpty)
    #expect(!rules.entityRules.isEmpty)
    #expect(rules.grammars[.ja] != nil)
    #expect(rules.grammars[.en] != nil)
    #expect(rules.files.contains("ruleset.yaml"))
    #expect(Set(rules.claimRules.map(\.predicate)).isSubset(of: rules.vocabulary.predicates.map(\.name)))
  }
}
