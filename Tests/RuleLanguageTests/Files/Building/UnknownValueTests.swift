import Testing

@testable import RuleLanguage

@Suite("Rule file errors: unknown values")
struct UnknownValueTests {
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
}
