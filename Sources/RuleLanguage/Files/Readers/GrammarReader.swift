import ClaimGraphText
import Patterns

/// Reads a language's claim grammar (`grammar:`) and where its documents' parties are read from (`parties:`).
extension RuleSetBuilder {
  mutating func readGrammar(_ v: YAMLValue, language: Language?) throws -> ClaimGrammar? {
    let m = try v.mapping("'grammar'")
    guard let language else { throw Diagnostic(m.location, "grammar: the file needs 'language: ja' or 'language: en'") }
    let side = ClaimGrammar.ObjectSide(rawValue: try m.optionalString("object-side") ?? "before")
    guard let side else { throw m.optional("object-side")!.fail("grammar: object-side must be 'before' or 'after'") }
    let ci = language == .en
    let agentValue = try m.require("agent", in: "grammar")
    guard let agent = try compile(agentValue, language: language, what: "grammar agent", caseInsensitive: ci) else {
      return nil
    }
    var modality: [(String, CompiledPattern)] = []
    if let mv = m.optional("modality") {
      let mm = try mv.mapping("'modality' (value: pattern)")
      for e in mm.entries {
        if let p = try compile(e.value, language: language, what: "modality '\(e.key)'", caseInsensitive: ci) {
          modality.append((e.key, p))
        }
      }
      _ = mm.unknownKeys(in: "modality", allowed: [])
    }
    func opt(_ key: String) throws -> CompiledPattern? {
      guard let x = m.optional(key) else { return nil }
      return try compile(x, language: language, what: "grammar \(key)", caseInsensitive: ci)
    }
    var g = ClaimGrammar(
      language: language, objectSide: side, agentTopic: agent, addressee: try opt("addressee"),
      objectBoundary: try opt("object-boundary"), objectEnd: try opt("object-end"),
      mainContinuation: try opt("main-continuation"), negation: try opt("negation"), modality: modality,
      embeddingMarker: try opt("embedding-marker"), subordinateSubject: try opt("subordinate-subject"),
      otherTopic: try opt("other-topic"), nominalizer: try opt("nominalizer"),
      pronounObject: try opt("pronoun-object"), location: m.location)
    g.speakerKept = try opt("speaker-kept-by")
    g.speakerSwitched = try opt("speaker-switched-by")
    g.collectiveTopic = try opt("collective-topic")
    if let bad = m.unknownKeys(in: "grammar", allowed: RuleFileSchema.grammar).first { throw bad }
    return g
  }

  mutating func readParties(_ v: YAMLValue, language: Language?) throws -> PartyGrammar? {
    let m = try v.mapping("'parties'")
    guard let language else { throw Diagnostic(m.location, "parties: the file needs 'language: ja' or 'language: en'") }
    var roles: [String: EntityKey] = [:]
    if let r = m.optional("role-affiliations") {
      let rm = try r.mapping("'role-affiliations' (title: entity id)")
      for e in rm.entries {
        let key = EntityKey(try e.value.requireString("an entity id"))
        roles[e.key] = key
        roleAffiliationRefs.append((key, e.value.location))
      }
      _ = rm.unknownKeys(in: "role-affiliations", allowed: [])
    }
    let roleTitle = try m.optional("role-title").flatMap { try compile($0, language: language, what: "role-title") }
    let topicStart = try m.optional("topic-start").flatMap {
      try compile($0, language: language, what: "topic-start", caseInsensitive: true)
    }
    var g = PartyGrammar(
      language: language, topicMarkers: try m.optional("topic-markers")?.strings("markers") ?? [],
      topicStart: topicStart, roleAffiliations: roles, roleTitle: roleTitle)
    func opt(_ key: String) throws -> CompiledPattern? {
      try m.optional(key).flatMap { try compile($0, language: language, what: key, caseInsensitive: language == .en) }
    }
    g.topicClause = try opt("topic-clause")
    g.alternativeTitle = try opt("alternative-title")
    g.speakerList = try opt("speaker-list")
    g.definition = try opt("definition")
    g.speaksThroughMembers = try opt("speaks-through-members")
    if let bad = m.unknownKeys(in: "parties", allowed: RuleFileSchema.parties).first { throw bad }
    return g
  }
}
