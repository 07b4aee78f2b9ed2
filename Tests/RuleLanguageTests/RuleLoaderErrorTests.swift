import Testing

@testable import RuleLanguage

/// A pattern file with one rule whose `pattern:` value is `value` (on line 5, the value at column 14).
func patternFile(_ value: String, id: String = "r1") -> String {
  """
  language: ja
  patterns:
    - id: \(id)
      class: Event
      pattern: \(value)

  """
}

@Suite("Rule file errors")
struct RuleLoaderErrorTests {
  @Test(
    "pattern errors are located in the rule file (plain YAML values)",
    arguments: [
      ("(会談", "r.yaml:5:17: error: expected ')'"),
      ("a [kanji", "r.yaml:5:16: error: expected ']'"),
      ("a \"bc", "r.yaml:5:16: error: expected '\"' to close the quoted text"),
      (
        "を {Foo}",
        "r.yaml:5:16: error: unknown entity class 'Foo' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
      ),
      (
        "x [foo]",
        "r.yaml:5:16: error: unknown character class 'foo' (expected one of kanji, katakana, hiragana, kana, latin, upper, lower, digit, alnum, punct, space, any)"
      ),
      ("x @nope", "r.yaml:5:16: error: unknown pattern '@nope'"),
      ("x?", "r.yaml:5:14: error: rule 'r1': pattern can match the empty text"),
      ("(?= 会談)", "r.yaml:5:14: error: rule 'r1': pattern can match the empty text"),
    ])
  func patternErrors(value: String, expected: String) {
    #expect(loadErrors([("r.yaml", patternFile(value))]) == [expected])
  }

  @Test("pattern errors in quoted YAML values point at the character in the file")
  func quotedPatternColumns() {
    // `    pattern: "(会談"`: the value's quote is column 14, `(` column 15, the closing quote column 18.
    #expect(loadErrors([("r.yaml", patternFile("\"(会談\""))]) == ["r.yaml:5:18: error: expected ')'"])
    #expect(
      loadErrors([("r.yaml", patternFile("'x {Foo}'"))]).first?.hasPrefix(
        "r.yaml:5:17: error: unknown entity class 'Foo'") == true)
  }

  @Test("a pattern that refers to itself is an error at its definition")
  func selfReference() {
    let file = """
      language: ja
      define:
        loop: a @loop
      patterns:
        - id: r1
          class: Event
          pattern: x @loop
      """
    #expect(loadErrors([("r.yaml", file)]) == ["r.yaml:3:9: error: pattern 'loop' refers to itself"])
    let mutual = """
      language: ja
      define:
        ping: a @pong
        pong: b @ping
      patterns:
        - id: r1
          class: Event
          pattern: x @ping
      """
    #expect(loadErrors([("r.yaml", mutual)]) == ["r.yaml:3:9: error: pattern 'ping' refers to itself"])
  }

  @Test("duplicate entity ids, rule ids and pattern names")
  func duplicates() {
    let gazetteer = """
      entities:
        - id: japan
          class: Country
          ja: 日本
        - id: japan
          class: Country
          ja: 日本国
      """
    #expect(
      loadErrors([("g.yaml", gazetteer)]) == [
        "g.yaml:5:5: error: duplicate entity id 'japan' (first defined at g.yaml:2:5)"
      ])
    let other = """
      entities:
        - id: japan
          class: Country
          ja: 日本
      """
    #expect(
      loadErrors([("a.yaml", other), ("b.yaml", other)]) == [
        "b.yaml:2:5: error: duplicate entity id 'japan' (first defined at a.yaml:2:5)"
      ])

    let rules = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: 会談
        - id: r1
          class: Event
          pattern: 会議
      """
    #expect(loadErrors([("r.yaml", rules)]) == ["r.yaml:6:5: error: duplicate rule id 'r1' (first at r.yaml:3:5)"])
    // Rule ids are per file: the same id in two files is two rules.
    #expect(loadErrors([("a.yaml", patternFile("会談")), ("b.yaml", patternFile("会議"))]) == [])

    let defines = """
      define:
        x: a
      """
    let defines2 = """
      define:
        x: b
      """
    #expect(
      loadErrors([("a.yaml", defines), ("b.yaml", defines2)]) == ["b.yaml:2:3: error: duplicate pattern name 'x'"])
  }

  @Test("unknown keys are errors at the key")
  func unknownKeys() {
    let top = """
      language: ja
      patern:
        - id: r1
      """
    #expect(
      loadErrors([("r.yaml", top)]) == [
        "r.yaml:2:1: error: rule file: unknown key 'patern' (expected one of language, define, entities, patterns, claims, grammar, parties, examples, overlap, description, case-insensitive)"
      ])
    let inRule = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: 会談
          priorty: 3
      """
    let ruleErrors = loadErrors([("r.yaml", inRule)])
    #expect(ruleErrors.count == 1)
    #expect(
      ruleErrors.first?.hasPrefix(
        "r.yaml:6:5: error: rule 'r1': unknown key 'priorty' (expected one of id, class, pattern, phase, priority,")
        == true, "\(ruleErrors)")
    let inEntity = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          alias: [日本国]
      """
    #expect(
      loadErrors([("g.yaml", inEntity)]).first?.hasPrefix(
        "g.yaml:5:5: error: entity 'japan': unknown key 'alias' (expected one of id, class, ja, en, aliases,") == true)
    let inClaim = """
      language: ja
      claims:
        - id: c1
          predicate: condemns
          pattern: を 非難 する
          modallity: strong
      """
    #expect(
      loadErrors([("c.yaml", inClaim)]) == [
        "c.yaml:6:5: error: rule 'c1': unknown key 'modallity' (expected one of id, predicate, pattern, addressee, modality, priority, description)"
      ])
  }

  @Test("a misspelt required key (patern:) is reported as the missing key at the rule")
  func misspeltRequiredKey() {
    let file = """
      language: ja
      patterns:
        - id: r1
          class: Event
          patern: 会談
      """
    let errors = loadErrors([("r.yaml", file)])
    #expect(errors.count == 1)
    #expect(
      errors.first?.hasPrefix("r.yaml:5:5: error: rule 'r1': unknown key 'patern' (expected one of id, class, pattern,")
        == true)
    #expect(errors.contains { $0.contains("'patern'") })
  }

  @Test("bad YAML gives the line and column that Yams reports")
  func badYAML() {
    let unclosed = """
      language: ja
      patterns:
        - id: r1
          class: Event
          pattern: "会談
      """
    // The end of the stream: line 5, after `    pattern: "会談`.
    #expect(
      loadErrors([("r.yaml", unclosed)]) == [
        "r.yaml:5:17: error: invalid YAML: found unexpected end of stream while scanning a quoted scalar"
      ])

    let badIndent = """
      language: ja
      patterns:
        - id: r1
          class: Event
         pattern: 会談
      """
    #expect(
      loadErrors([("r.yaml", badIndent)]) == [
        "r.yaml:5:4: error: invalid YAML: did not find expected '-' indicator while parsing a block collection"
      ])

    #expect(loadErrors([("r.yaml", "")]) == ["r.yaml:1:1: error: expected a YAML mapping, found an empty file"])
    #expect(
      loadErrors([("r.yaml", "- a\n- b\n")]) == [
        "r.yaml:1:1: error: expected a rule file (a mapping of keys to values)"
      ])
  }

  @Test("unknown predicate, class, language and overlap policy")
  func unknownValues() {
    let claims = """
      language: ja
      claims:
        - id: c1
          predicate: condems
          pattern: を 非難 する
      """
    #expect(
      loadErrors([("c.yaml", claims)]) == [
        "c.yaml:4:16: error: rule 'c1': unknown predicate 'condems' (expected one of commitsTo, concernedAbout, condemns, confirms, emphasizes, hosts, opposes, praises, reaffirms, recognizes, supports, thanks, urges, welcomes)"
      ])
    let cls = """
      entities:
        - id: x
          class: Company
          ja: 会社
      """
    #expect(
      loadErrors([("g.yaml", cls)]) == [
        "g.yaml:3:12: error: entity 'x': unknown class 'Company' (expected one of Agreement, Country, Event, Organization, Person, Place, Programme)"
      ])
    #expect(
      loadErrors([("r.yaml", "language: fr\n")]) == ["r.yaml:1:11: error: unknown language 'fr' (expected ja or en)"])
    #expect(
      loadErrors([("r.yaml", "overlap: shortest\n")]) == [
        "r.yaml:1:10: error: unknown overlap policy 'shortest' (expected longest-first or priority-first)"
      ])
    let noLanguage = """
      patterns:
        - id: r1
          class: Event
          pattern: 会談
      """
    #expect(
      loadErrors([("r.yaml", noLanguage)]) == [
        "r.yaml:2:5: error: rule 'r1': the file needs 'language: ja' or 'language: en'"
      ])
  }

  @Test("gazetteer references and ids")
  func gazetteerChecks() {
    let missing = """
      entities:
        - id: rutte
          class: Person
          ja: マルク・ルッテ
          affiliation: nato
      """
    #expect(
      loadErrors([("g.yaml", missing)]) == [
        "g.yaml:2:5: error: entity 'rutte': affiliation 'nato' is not a known entity id"
      ])
    let capitals = """
      entities:
        - id: Japan
          class: Country
          ja: 日本
      """
    #expect(
      loadErrors([("g.yaml", capitals)]) == [
        "g.yaml:2:9: error: entity id 'Japan' must be lower-case ASCII letters, digits, '-', '_' or '.'"
      ])
    let noLabel = """
      entities:
        - id: x
          class: Country
      """
    #expect(loadErrors([("g.yaml", noLabel)]) == ["g.yaml:2:5: error: entity 'x': needs a label ('ja' or 'en')"])
    let abbrev = """
      entities:
        - id: nato
          class: Organization
          en: NATO
          abbrev: [N]
      """
    #expect(
      loadErrors([("g.yaml", abbrev)]) == [
        "g.yaml:5:13: error: entity 'nato': 'abbrev' is for classes with the role 'state' (countries) only"
      ])
    let badDate = """
      entities:
        - id: suzuki
          class: Person
          ja: 鈴木善幸
          roles: [{title: 総理大臣, from: 1980-7-x}]
      """
    #expect(
      loadErrors([("g.yaml", badDate)]) == [
        "g.yaml:5:33: error: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '1980-7-x'"
      ])
    let wikidata = """
      entities:
        - id: japan
          class: Country
          ja: 日本
          wikidata: 17
      """
    #expect(
      loadErrors([("g.yaml", wikidata)]) == [
        "g.yaml:5:15: error: entity 'japan': wikidata id '17' is not of the form Q123"
      ])
  }

  @Test("every error of every file is reported, sorted by location, one per line")
  func allErrorsTogether() {
    let result = loadRules([
      ("b.yaml", patternFile("x [foo]")),
      ("a.yaml", patternFile("(会談")),
      ("a2.yaml", "language: ja\npatern: 1\n"),
    ])
    guard case .failure(let e) = result else {
      Issue.record("expected errors")
      return
    }
    #expect(e.diagnostics.map(\.location.description) == ["a.yaml:5:17", "a2.yaml:2:1", "b.yaml:5:16"])
    #expect(e.description.split(separator: "\n").count == 3)
    #expect(
      e.description.hasPrefix("a.yaml:5:17: error: expected ')'\na2.yaml:2:1: error: rule file: unknown key 'patern'"))
  }

  @Test("lint: a nested unbounded repetition gives a warning, not an error")
  func nestedRepetitionWarning() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("'y (([kanji]+ ,)+ x)*'"))])
    #expect(
      rules.warnings.map(\.description) == [
        "r.yaml:5:15: warning: rule 'r1': nested unbounded repetition; matching time can explode"
      ])
    #expect(rules.entityRules.count == 1)
    let plain = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("'[kanji]+ 会談'"))])
    #expect(plain.warnings == [])
  }

  @Test("lint: the documented example ([kanji]+)* is flagged")
  func nestedRepetitionDocumentedExample() throws {
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", patternFile("([kanji]+)* x"))])
    #expect(
      rules.warnings.map(\.description) == [
        "r.yaml:5:14: warning: rule 'r1': nested unbounded repetition; matching time can explode"
      ])
  }

  @Test("lint: a named sub-pattern that no rule uses gives a warning")
  func unusedDefine() throws {
    let file = """
      language: ja
      define:
        unused: 会議
      patterns:
        - id: r1
          class: Event
          pattern: 会談
      """
    let rules = try RuleLoader.load(files: coreRuleFiles + [("r.yaml", file)])
    #expect(rules.warnings.map(\.description) == ["r.yaml:3:11: warning: pattern 'unused' (ja) is never used"])
  }
}
