import Testing

@testable import RuleLanguage

@Suite("Rule file errors: gazetteer entries")
struct GazetteerErrorTests {
  @Test("gazetteer references and ids")
  func gazetteerReferences() {
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
  }

  @Test("gazetteer values: abbreviations, role dates and Wikidata ids")
  func gazetteerValues() {
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
}
