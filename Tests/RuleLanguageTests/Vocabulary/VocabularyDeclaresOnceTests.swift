import RuleTestSupport
import Testing

@testable import RuleLanguage

/// The repository's vocabulary with `item` added at the end of its class list (before `predicates:`).
func vocabulary(addingClass item: String) -> String {
  coreRuleFiles[0].1.replacingOccurrences(of: "\npredicates:\n", with: "\n" + item + "\npredicates:\n")
}

/// The repository's vocabulary with `item` added at the end of its predicate list.
func vocabulary(addingPredicate item: String) -> String { coreRuleFiles[0].1 + item }

/// The repository's vocabulary with `deplores` declared.
let deploresVocabulary = vocabulary(
  addingPredicate: """
      - name: deplores
        label: {en: deplores, ja: 遺憾とする}
        cameo: "111"

    """)

/// A Japanese claim rule for `deplores`.
let deploresRules = """
  language: ja
  claims:
    - id: deplore
      predicate: deplores
      pattern: を 遺憾 と する

  """

@Suite("The vocabulary declares the classes and predicates once")
struct VocabularyDeclaresOnceTests {
  static let shipClass = """
      - name: Ship
        roles: []
        label: {en: Ship, ja: 船舶}
    """

  @Test("a misspelt class in a pattern is located and lists the vocabulary's classes")
  func misspeltClass() {
    #expect(
      loadErrors([("r.yaml", patternFile("を {Contry}"))]) == [
        "r.yaml:5:16: error: unknown entity class 'Contry' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
      ])
  }

  @Test("a class added to the vocabulary may be named in patterns and rules, and is listed in the error")
  func addedClass() throws {
    let files = [("vocabulary.yaml", vocabulary(addingClass: Self.shipClass))]
    let rule = """
      language: ja
      patterns:
        - id: ship
          class: Ship
          pattern: (?<name> [katakana]+ 号) の {Ship}
          name: name

      """
    let rules = try RuleLoader.load(files: files + [("r.yaml", rule)])
    #expect(rules.entityRules.map(\.entityClass.name) == ["Ship"])
    #expect(rules.vocabulary.entityClass(named: "Ship")?.roles == [])
    let error = #expect(throws: RuleErrors.self) {
      try RuleLoader.load(files: files + [("r.yaml", patternFile("を {Shp}"))])
    }
    #expect(
      error?.diagnostics.map(\.description) == [
        "r.yaml:5:16: error: unknown entity class 'Shp' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme, Ship)"
      ])
  }

  @Test("without the repository's classes, {Country} is unknown: the parser has no list of its own")
  func noBuiltInClasses() {
    let shipsAndEvents = """
      classes:
      \(Self.shipClass)
        - name: Event
          roles: [event]
          label: {en: Event, ja: 出来事}
      predicates:
        - name: condemns
          label: {en: condemns, ja: 非難する}
          cameo: "111"

      """
    let error = #expect(throws: RuleErrors.self) {
      try RuleLoader.load(files: [("vocabulary.yaml", shipsAndEvents), ("r.yaml", patternFile("を {Country}"))])
    }
    #expect(
      error?.diagnostics.map(\.description) == [
        "r.yaml:5:16: error: unknown entity class 'Country' (expected one of Date, Entity, Event, Ship)"
      ])
  }

  @Test("a predicate added to the vocabulary may be claimed by a rule; an undeclared one may not")
  func addedPredicate() throws {
    let rules = try RuleLoader.load(files: [
      ("vocabulary.yaml", deploresVocabulary), ("claims/ja/d.yaml", deploresRules),
    ])
    #expect(rules.claimRules.map(\.predicate) == ["deplores"])
    let deplores = try #require(rules.vocabulary.predicates.last)
    #expect(deplores.name == "deplores")
    #expect(deplores.label == BilingualText(ja: "遺憾とする", en: "deplores"))
    #expect(deplores.cameoCode == "111")
    let error = #expect(throws: RuleErrors.self) {
      try RuleLoader.load(files: coreRuleFiles + [("claims/ja/d.yaml", deploresRules)])
    }
    #expect(error?.diagnostics.first?.description.hasPrefix("claims/ja/d.yaml:4:16: error: ") == true)
    #expect(error?.diagnostics.first?.message.contains("unknown predicate 'deplores'") == true)
  }

  @Test("a class's note is read as written, line by line")
  func classNote() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles)
    let programme = try #require(rules.vocabulary.classes.first { $0.entityClass.name == "Programme" })
    #expect(programme.note?.hasPrefix("schema:Project (\"an enterprise, ") == true)
    #expect(programme.note?.split(separator: "\n").count == 4)
    #expect(rules.vocabulary.classes.first?.note == nil)
  }
}
