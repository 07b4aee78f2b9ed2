import ClaimGraphText

/// What the files of a rule set hold, collected file by file.
struct RuleSetParts {
  var gazetteer: [GazetteerEntry] = []
  var entityRules: [EntityRule] = []
  var claimRules: [ClaimRule] = []
  var grammars: [Language: ClaimGrammar] = [:]
  var parties: [Language: PartyGrammar] = [:]
  var examples: [String: [RuleExample]] = [:]
  /// Where each entity id and rule id was first defined.
  var ids: [EntityKey: SourceLocation] = [:]
  var ruleIDs: [RuleID: SourceLocation] = [:]
}

extension RuleSetBuilder {
  /// Reads every parsed file's entries, rules, grammars and examples, validates them and assembles the rule set
  /// (or throws every error found).
  mutating func finish(root: String, files: [String]) throws -> RuleSet {
    guard let vocabulary else { throw RuleErrors(errors) }
    var parts = RuleSetParts()
    for file in parsed { collect { try $0.readContents(of: file, into: &parts) } }
    validateReferences(parts)
    for (path, list) in ruleExamples { parts.examples[path, default: []] += list }
    warnings += definitions.unusedWarnings
    if !errors.isEmpty { throw RuleErrors(errors) }
    warnings.sort { ($0.location, $0.message) < ($1.location, $1.message) }
    return RuleSet(
      root: root, vocabulary: vocabulary, policy: policy, gazetteer: parts.gazetteer,
      entityRules: parts.entityRules, claimRules: parts.claimRules, grammars: parts.grammars,
      parties: parts.parties, examples: parts.examples, files: files, warnings: warnings)
  }

  mutating func readContents(of file: ParsedFile, into parts: inout RuleSetParts) throws {
    let map = file.map
    if let v = map.optional("entities") {
      for item in try v.list("'entities'") {
        collect { try $0.add(try $0.readEntry(item, path: file.path), to: &parts) }
      }
    }
    if let v = map.optional("patterns") {
      for item in try v.list("'patterns'") {
        collect { b in
          guard let r = try b.readEntityRule(item, path: file.path, language: file.language) else { return }
          b.register(r.ruleID, id: r.id, at: r.location, in: &parts)
          parts.entityRules.append(r)
        }
      }
    }
    if let v = map.optional("claims") {
      let ci = try map.bool("case-insensitive", default: file.language == .en)
      for item in try v.list("'claims'") {
        collect { b in
          guard let r = try b.readClaimRule(item, path: file.path, language: file.language, caseInsensitive: ci)
          else { return }
          b.register(r.ruleID, id: r.id, at: r.location, in: &parts)
          parts.claimRules.append(r)
        }
      }
    } else {
      _ = map.optional("case-insensitive")
    }
    try readLanguageParts(of: file, into: &parts)
    if let v = map.optional("examples") {
      parts.examples[file.path, default: []] += try v.list("'examples'").map { try readExample($0) }
    }
    for key in ["language", "define", "overlap", "description"] { _ = map.optional(key) }
    errors += map.unknownKeys(in: "rule file", allowed: RuleFileSchema.file)
  }

  /// A language's claim grammar and party grammar.
  mutating func readLanguageParts(of file: ParsedFile, into parts: inout RuleSetParts) throws {
    if let v = file.map.optional("grammar"), let g = try readGrammar(v, language: file.language) {
      if parts.grammars[g.language] != nil {
        errors.append(v.fail("a second grammar for language '\(g.language.rawValue)'"))
      }
      parts.grammars[g.language] = g
    }
    if let v = file.map.optional("parties"), let g = try readParties(v, language: file.language) {
      parts.parties[g.language] = g
    }
  }

  mutating func add(_ e: GazetteerEntry, to parts: inout RuleSetParts) {
    if let prev = parts.ids[e.id] {
      errors.append(Diagnostic(e.location, "duplicate entity id '\(e.id)' (first defined at \(prev))"))
    } else {
      parts.ids[e.id] = e.location
      parts.gazetteer.append(e)
    }
  }

  mutating func register(_ ruleID: RuleID, id: String, at location: SourceLocation, in parts: inout RuleSetParts) {
    if let prev = parts.ruleIDs[ruleID] {
      errors.append(Diagnostic(location, "duplicate rule id '\(id)' (first at \(prev))"))
    }
    parts.ruleIDs[ruleID] = location
  }
}
