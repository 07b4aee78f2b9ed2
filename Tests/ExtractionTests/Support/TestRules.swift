import Extraction
import RuleLanguage
import RuleTestSupport

/// Small hand-made rule files: a gazetteer, person and organization patterns, an event rule.
enum TestRules {
  static let gazetteer = """
    entities:
      - id: japan
        class: Country
        ja: 日本
        en: Japan
        aliases: {ja: [日本国, 日本政府]}
        abbrev: [日]
      - id: usa
        class: Country
        ja: 米国
        en: United States
        aliases: {ja: [アメリカ合衆国]}
        abbrev: [米]
      - id: australia
        class: Country
        ja: オーストラリア
        abbrev: [豪]
      - id: nato
        class: Organization
        ja: 北大西洋条約機構
        en: NATO
      - id: tokyo
        class: Place
        ja: 東京
        en: Tokyo
      - id: suzuki-zenko
        class: Person
        ja: 鈴木善幸
        short: [鈴木]
        roles: [{title: 総理大臣, from: 1980-07-17, until: 1982-11-27}]
        affiliation: japan
    """

  static let persons = """
    language: ja
    define:
      role-title: (内閣総理大臣|総理大臣|大統領|首相|事務総長)
    parties:
      role-title: "@role-title"
      role-affiliations: {総理大臣: japan, 内閣総理大臣: japan}
    patterns:
      - id: kanji-person
        class: Person
        pattern: (?<! [kanji]) (?! {Country|Organization|Place}) (?! 同) (?<name> [kanji]{1,4}?) (?<role> @role-title)
        name: name
      - id: title-anaphora
        class: Person
        anaphoric: true
        phase: 3
        priority: -5
        pattern: (?<! [kanji katakana ・]) 同? (?<name> @role-title) (?! [kanji])
        name: name
    """

  static let names = """
    language: ja
    patterns:
      - id: org-name
        class: Organization
        phase: 2
        pattern: '(?<! [kanji katakana]) (?<name> [kanji katakana]+? (センター|機構)) (（ (?<alias> [upper]+) ）)?'
        name: name
        alias: alias
      - id: meeting
        class: Event
        phase: 2
        needs-date-or-place: true
        pattern: (?<! [kanji]) (?<name> 会談)
        name: name
    """

  /// Only the gazetteer, and the role titles that let a surname stand for a person.
  static let roleTitles = """
    language: ja
    parties:
      role-title: (総理大臣|大統領)
    """

  static func gazetteerOnly() throws -> Extractor {
    Extractor(
      rules: try RuleLoader.load(
        files: coreRuleFiles + [("gazetteer.yaml", gazetteer), ("roles.yaml", roleTitles)] + textLexiconFiles))
  }

  static func ruleSet(extra: [(String, String)] = []) throws -> RuleSet {
    try RuleLoader.load(
      files: coreRuleFiles + [("gazetteer.yaml", gazetteer), ("persons.yaml", persons), ("names.yaml", names)]
        + textLexiconFiles + extra)
  }

  static func extractor() throws -> Extractor { Extractor(rules: try ruleSet()) }
}
