import ClaimGraphText

/// Reads rule files into a `RuleSet`: collects the named sub-patterns of each language first, then compiles
/// gazetteer entries, entity rules, claim rules, grammars and examples, collecting every error with its location.
struct RuleSetBuilder {
  struct Parsed {
    let path: String
    let map: YAMLMapping
    let language: Language?
  }
  var parsed: [Parsed] = []
  var errors: [Diagnostic] = []
  var warnings: [Diagnostic] = []
  /// Named sub-pattern sources by language ("any" defines are visible to every language).
  var defineSources: [String: [String: (String, SourceLocation)]] = [:]
  var compiledDefines: [String: [String: PatternNode]] = [:]
  var compiling: Set<String> = []
  var policy: OverlapPolicy = .longestFirst
  var usedDefines: Set<String> = []
  /// Examples written under a rule rather than at the end of the file, by file.
  var ruleExamples: [String: [RuleExample]] = [:]
  /// Entity ids named by role-affiliations, checked against the gazetteer at the end.
  var roleAffiliationRefs: [(EntityKey, SourceLocation)] = []
  /// Defines already compiled in one case mode (their errors are reported once).
  var attemptedDefines: Set<String> = []
  /// The classes and predicates every other file is checked against (read first).
  var vocabulary: Vocabulary?

  mutating func readVocabulary(_ file: (path: String, text: String)?) {
    guard let file else {
      let known = "declares the entity classes and claim predicates"
      errors.append(Diagnostic(SourceLocation(file: VocabularyReader.path, line: 1, column: 1), "missing file (it \(known))"))
      return
    }
    do {
      vocabulary = try VocabularyReader.read(text: file.text, path: file.path)
    } catch let d as Diagnostic { errors.append(d) } catch {
      errors.append(Diagnostic(SourceLocation(file: file.path, line: 1, column: 1), "\(error)"))
    }
  }

  /// The class named `name` (a `class:` value), or an error naming the declared classes.
  func entityClass(_ name: String, at v: YAMLValue, what: String) throws -> EntityClass {
    guard let vocabulary, let c = vocabulary.entityClass(named: name) else {
      let known = vocabulary?.classNames.joined(separator: ", ") ?? ""
      throw v.fail("\(what): unknown class '\(name)' (expected one of \(known))")
    }
    return c
  }

  /// Checks a predicate name against the vocabulary.
  func checkPredicate(_ name: String, at v: YAMLValue, what: String) throws {
    guard let vocabulary, vocabulary.hasPredicate(name) else {
      let known = vocabulary?.predicateNamesSorted.joined(separator: ", ") ?? ""
      throw v.fail("\(what)unknown predicate '\(name)' (expected one of \(known))")
    }
  }

  static let topKeys = ["language", "define", "entities", "patterns", "claims", "grammar", "parties", "examples", "overlap", "description", "case-insensitive"]

  mutating func read(path: String, text: String) {
    do {
      let root = try YAMLParsing.parse(text, file: path)
      let map = try root.mapping("a rule file")
      var lang: Language? = nil
      if let l = try map.optionalString("language") {
        guard let v = Language(rawValue: l) else {
          throw map.optional("language")!.fail("unknown language '\(l)' (expected ja or en)")
        }
        lang = v
      }
      if let d = map.optional("define") {
        let dm = try d.mapping("'define'")
        let key = lang?.rawValue ?? "any"
        for e in dm.entries {
          let clash = key == "any" ? defineSources.values.contains { $0[e.key] != nil } : (defineSources[key]?[e.key] != nil || defineSources["any"]?[e.key] != nil)
          if clash {
            errors.append(Diagnostic(e.keyLocation, "duplicate pattern name '\(e.key)'"))
            continue
          }
          do {
            defineSources[key, default: [:]][e.key] = (try e.value.requireString("a pattern"), e.value.location)
          } catch let d as Diagnostic { errors.append(d) } catch {}
        }
        _ = dm.unknownKeys(in: "define", allowed: [])
      }
      if let o = try map.optionalString("overlap") {
        guard let p = OverlapPolicy(rawValue: o) else {
          throw map.optional("overlap")!.fail("unknown overlap policy '\(o)' (expected longest-first or priority-first)")
        }
        policy = p
      }
      parsed.append(Parsed(path: path, map: map, language: lang))
    } catch let d as Diagnostic {
      errors.append(d)
    } catch {
      errors.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1), "\(error)"))
    }
  }

  // MARK: patterns

  /// A named sub-pattern, compiled in the case mode of the pattern that uses it (English claim patterns ignore case,
  /// so a define they use must too).
  mutating func define(_ name: String, language: Language?, caseInsensitive: Bool = false) -> PatternNode? {
    for key in [language?.rawValue ?? "any", "any"] {
      let cacheKey = caseInsensitive ? key + ":ci" : key
      if let n = compiledDefines[cacheKey]?[name] { usedDefines.insert(name); return n }
      guard let (src, loc) = defineSources[key]?[name] else { continue }
      let token = key + ":" + name
      if compiling.contains(token) {
        errors.append(Diagnostic(loc, "pattern '\(name)' refers to itself"))
        return .literal([])
      }
      compiling.insert(token)
      defer { compiling.remove(token) }
      let errorCount = errors.count
      guard let node = parseNode(src, at: loc, language: key == "any" ? nil : language, caseInsensitive: caseInsensitive) else {
        if !attemptedDefines.insert(token).inserted, errors.count > errorCount { errors.removeLast(errors.count - errorCount) }
        return .literal([])
      }
      // Report a define's own syntax errors once, not once per case mode.
      if !attemptedDefines.insert(token).inserted, errors.count > errorCount { errors.removeLast(errors.count - errorCount) }
      compiledDefines[cacheKey, default: [:]][name] = node
      usedDefines.insert(name)
      return node
    }
    return nil
  }

  mutating func parseNode(_ source: String, at loc: SourceLocation, language: Language?, caseInsensitive: Bool) -> PatternNode? {
    // Definitions are resolved through a box because the parser's closure cannot capture `inout self`.
    let box = DefineBox()
    var parser = PatternParser(source, location: loc, caseInsensitive: caseInsensitive) { name in
      box.requested.append(name)
      // A stand-in that cannot match the empty text, so that `@name+` parses in this first pass.
      return box.resolved[name] ?? .charClass(CharClass(categories: [.any]))
    }
    // First pass: learn which names are referenced, resolve them, then parse for real.
    _ = try? parser.parse()
    for name in Set(box.requested) {
      if let node = define(name, language: language, caseInsensitive: caseInsensitive) { box.resolved[name] = node }
    }
    var real = PatternParser(source, location: loc, caseInsensitive: caseInsensitive) { name in box.resolved[name] }
    do {
      return try real.parse()
    } catch let d as Diagnostic {
      errors.append(d)
      return nil
    } catch {
      errors.append(Diagnostic(loc, "\(error)"))
      return nil
    }
  }

  mutating func compile(_ source: String, at loc: SourceLocation, language: Language?, what: String, caseInsensitive: Bool = false) -> CompiledPattern? {
    guard let node = parseNode(source, at: loc, language: language, caseInsensitive: caseInsensitive) else { return nil }
    let p = CompiledPattern(node: node, source: source)
    if p.isNullable { errors.append(Diagnostic(loc, "\(what): pattern can match the empty text")) }
    if node.hasNestedUnboundedRepetition {
      warnings.append(Diagnostic(loc, "\(what): nested unbounded repetition; matching time can explode", severity: .warning))
    }
    return p
  }

  // MARK: finish

  mutating func finish(root: String, files: [String]) throws -> RuleSet {
    var gazetteer: [GazetteerEntry] = []
    var entityRules: [EntityRule] = []
    var claimRules: [ClaimRule] = []
    var grammars: [Language: ClaimGrammar] = [:]
    var parties: [Language: PartyGrammar] = [:]
    var examples: [String: [RuleExample]] = [:]
    guard let vocabulary else { throw RuleErrors(errors) }
    var ids: [EntityKey: SourceLocation] = [:]
    var ruleIDs: [RuleID: SourceLocation] = [:]

    for p in parsed {
      let map = p.map
      do {
        if let v = map.optional("entities") {
          for item in try v.list("'entities'") {
            do {
              let e = try readEntry(item, path: p.path)
              if let prev = ids[e.id] {
                errors.append(Diagnostic(e.location, "duplicate entity id '\(e.id)' (first defined at \(prev))"))
              } else {
                ids[e.id] = e.location
                gazetteer.append(e)
              }
            } catch let d as Diagnostic { errors.append(d) }
          }
        }
        if let v = map.optional("patterns") {
          for item in try v.list("'patterns'") {
            do {
              if let r = try readEntityRule(item, path: p.path, language: p.language) {
                if let prev = ruleIDs[r.ruleID] { errors.append(Diagnostic(r.location, "duplicate rule id '\(r.id)' (first at \(prev))")) }
                ruleIDs[r.ruleID] = r.location
                entityRules.append(r)
              }
            } catch let d as Diagnostic { errors.append(d) }
          }
        }
        if let v = map.optional("claims") {
          let ci = try map.bool("case-insensitive", default: p.language == .en)
          for item in try v.list("'claims'") {
            do {
              if let r = try readClaimRule(item, path: p.path, language: p.language, caseInsensitive: ci) {
                if let prev = ruleIDs[r.ruleID] { errors.append(Diagnostic(r.location, "duplicate rule id '\(r.id)' (first at \(prev))")) }
                ruleIDs[r.ruleID] = r.location
                claimRules.append(r)
              }
            } catch let d as Diagnostic { errors.append(d) }
          }
        } else {
          _ = map.optional("case-insensitive")
        }
        if let v = map.optional("grammar") {
          if let g = try readGrammar(v, path: p.path, language: p.language) {
            if grammars[g.language] != nil { errors.append(v.fail("a second grammar for language '\(g.language.rawValue)'")) }
            grammars[g.language] = g
          }
        }
        if let v = map.optional("parties") {
          if let g = try readParties(v, language: p.language) { parties[g.language] = g }
        }
        if let v = map.optional("examples") {
          examples[p.path, default: []] += try v.list("'examples'").map { try readExample($0) }
        }
        _ = map.optional("language"); _ = map.optional("define"); _ = map.optional("overlap"); _ = map.optional("description")
        errors += map.unknownKeys(in: "rule file", allowed: Self.topKeys)
      } catch let d as Diagnostic {
        errors.append(d)
      }
    }
    // References between gazetteer entries must resolve.
    for e in gazetteer {
      for (what, ref) in [("affiliation", e.affiliation), ("partOf", e.partOf), ("place", e.place)] {
        if let ref, ids[ref] == nil { errors.append(Diagnostic(e.location, "entity '\(e.id)': \(what) '\(ref)' is not a known entity id")) }
      }
    }
    // (Checked when the rule set has a gazetteer: a partial rule set, such as a test's, may name ids it lacks.)
    for (ref, loc) in roleAffiliationRefs where !ids.isEmpty && ids[ref] == nil {
      errors.append(Diagnostic(loc, "role-affiliations: '\(ref)' is not a known entity id"))
    }
    for (path, list) in ruleExamples { examples[path, default: []] += list }
    for (lang, src) in defineSources {
      for (name, (_, loc)) in src where !usedDefines.contains(name) {
        warnings.append(Diagnostic(loc, "pattern '\(name)' (\(lang)) is never used", severity: .warning))
      }
    }
    if !errors.isEmpty { throw RuleErrors(errors) }
    warnings.sort { ($0.location, $0.message) < ($1.location, $1.message) }
    return RuleSet(
      root: root, vocabulary: vocabulary, policy: policy, gazetteer: gazetteer, entityRules: entityRules, claimRules: claimRules,
      grammars: grammars, parties: parties, examples: examples, files: files, warnings: warnings)
  }

  static func hasControlCharacter(_ s: String) -> Bool {
    s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF }
  }

  static func isValidID(_ s: String) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
  }

  // MARK: gazetteer

  func readEntry(_ v: YAMLValue, path: String) throws -> GazetteerEntry {
    let m = try v.mapping("an entity")
    let idText = try m.require("id", in: "entity").requireString("an id")
    let id = EntityKey(idText)
    guard Self.isValidID(idText) else { throw m.optional("id")!.fail("entity id '\(id)' must be lower-case ASCII letters, digits, '-', '_' or '.'") }
    let what = "entity '\(id)'"
    if let bad = m.unexpectedKeys(in: what, allowed: Self.entryKeys).first { throw bad }
    let classValue = try m.require("class", in: what)
    let cls = try entityClass(try classValue.requireString("a class"), at: classValue, what: what)
    var labels: [String: String] = [:]
    for lang in ["ja", "en"] { if let s = try m.optionalString(lang) { labels[lang] = s } }
    for (key, value) in [("ja", labels["ja"]), ("en", labels["en"])] where value.map(Self.hasControlCharacter) ?? false {
      throw m.optional(key)!.fail("\(what): the label has a control character, which no output format can carry")
    }
    if labels.isEmpty { throw Diagnostic(m.location, "\(what): needs a label ('ja' or 'en')") }
    var aliases: [String: [String]] = [:]
    if let a = m.optional("aliases") {
      if a.string != nil || (try? a.list("")) != nil {
        aliases["ja"] = try a.strings("aliases")
      } else {
        let am = try a.mapping("'aliases' (ja: [...], en: [...])")
        for lang in ["ja", "en"] { if let x = am.optional(lang) { aliases[lang] = try x.strings("aliases") } }
        if let bad = am.unknownKeys(in: "\(what) aliases", allowed: ["ja", "en"]).first { throw bad }
      }
    }
    for forms in aliases.values where forms.contains(where: Self.hasControlCharacter) {
      throw m.optional("aliases")!.fail("\(what): an alias has a control character, which no output format can carry")
    }
    let abbrev = try m.optional("abbrev")?.strings("abbreviations") ?? []
    if !abbrev.isEmpty && !cls.has(.state) {
      throw m.optional("abbrev")!.fail("\(what): 'abbrev' is for classes with the role 'state' (countries) only")
    }
    let short = try m.optional("short")?.strings("short names") ?? []
    var roles: [GazetteerEntry.Role] = []
    if let r = m.optional("roles") {
      for item in try r.list("'roles'") {
        if let s = item.string { roles.append(.init(title: s, english: nil, from: nil, until: nil)); continue }
        let rm = try item.mapping("a role")
        let title = try rm.require("title", in: "role").requireString("a title")
        let from = try rm.optionalString("from").map { try Self.date($0, rm.optional("from")!) }
        let until = try rm.optionalString("until").map { try Self.date($0, rm.optional("until")!) }
        roles.append(.init(title: title, english: try rm.optionalString("en"), from: from, until: until))
        if let bad = rm.unknownKeys(in: "role", allowed: ["title", "en", "from", "until"]).first { throw bad }
      }
    }
    let wikidata = try m.optionalString("wikidata")
    if let w = wikidata, !(w.hasPrefix("Q") && Int(w.dropFirst()) != nil) {
      throw m.optional("wikidata")!.fail("\(what): wikidata id '\(w)' is not of the form Q123")
    }
    let date = try m.optionalString("date").map { try Self.date($0, m.optional("date")!) }
    let e = GazetteerEntry(
      id: id, entityClass: cls, labels: labels, aliases: aliases, abbreviations: abbrev, shortNames: short,
      roles: roles, affiliation: try m.optionalString("affiliation").map { EntityKey($0) },
      partOf: try m.optionalString("partOf").map { EntityKey($0) }, wikidata: wikidata, date: date,
      place: try m.optionalString("place").map { EntityKey($0) }, ruleID: RuleID(file: path, id: idText),
      location: m.location)
    return e
  }

  static let entryKeys = [
    "id", "class", "ja", "en", "aliases", "abbrev", "short", "roles", "affiliation", "partOf", "wikidata", "date", "place",
    "note",
  ]
  static let entityRuleKeys = [
    "id", "class", "pattern", "phase", "priority", "name", "mention", "alias", "affiliation", "not",
    "needs-date-or-place", "anaphoric", "transparent", "identity", "description", "examples",
  ]
  static let claimRuleKeys = ["id", "predicate", "pattern", "addressee", "modality", "priority", "description"]

  static func date(_ s: String, _ v: YAMLValue) throws -> SimpleDate {
    let parts = s.split(separator: "-").map { Int($0) }
    guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else {
      throw v.fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(s)'")
    }
    return SimpleDate(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
  }

  // MARK: rules

  mutating func readEntityRule(_ v: YAMLValue, path: String, language: Language?) throws -> EntityRule? {
    let m = try v.mapping("a pattern rule")
    let id = try m.require("id", in: "pattern rule").requireString("an id")
    let what = "rule '\(id)'"
    if let bad = m.unexpectedKeys(in: what, allowed: Self.entityRuleKeys).first { throw bad }
    guard let language else { throw Diagnostic(m.location, "\(what): the file needs 'language: ja' or 'language: en'") }
    let classValue = try m.require("class", in: what)
    let cls = try entityClass(try classValue.requireString("a class"), at: classValue, what: what)
    let pv = try m.require("pattern", in: what)
    let src = try pv.requireString("a pattern")
    let pattern = compile(src, at: pv.location, language: language, what: what)
    let stop = Set(try (m.optional("not")?.strings("names") ?? []).map { String(String.UnicodeScalarView(WidthFolding.fold($0))) })
    var captures: [String: String] = [:]
    for key in ["name", "mention", "alias", "affiliation"] {
      if let s = try m.optionalString(key) { captures[key] = s }
    }
    if let pattern {
      var names = Set<String>()
      func collect(_ n: PatternNode) {
        switch n {
        case .capture(let c, let x): names.insert(c); collect(x)
        case .sequence(let xs), .alternation(let xs): xs.forEach(collect)
        case .repetition(let x, _, _, _), .lookahead(let x, _), .lookbehind(let x, _): collect(x)
        default: break
        }
      }
      collect(pattern.node)
      for cap in (try m.optional("identity")?.strings("capture names") ?? []) where !names.contains(cap) {
        throw m.optional("identity")!.fail("\(what): 'identity' names capture '\(cap)', which the pattern does not define")
      }
      for (key, cap) in captures where !names.contains(cap) {
        throw m.optional(key)!.fail("\(what): '\(key)' names capture '\(cap)', which the pattern does not define")
      }
    }
    let rule = EntityRule(
      id: id, ruleID: RuleID(file: path, id: id), language: language, entityClass: cls, pattern: pattern ?? CompiledPattern(node: .literal([]), source: src),
      phase: try m.int("phase", default: 1), priority: try m.int("priority", default: 0),
      nameCapture: captures["name"], mentionCapture: captures["mention"], aliasCapture: captures["alias"],
      affiliationCapture: captures["affiliation"], stopNames: stop,
      requiresDateOrPlace: try m.bool("needs-date-or-place", default: false),
      anaphoric: try m.bool("anaphoric", default: false), transparent: try m.bool("transparent", default: false),
      identityCaptures: try m.optional("identity")?.strings("capture names") ?? [], location: m.location)
    _ = m.optional("description")
    // Examples written under a rule are run with the file's examples.
    if let ex = m.optional("examples") { ruleExamples[path, default: []] += try ex.list("'examples'").map { try readExample($0) } }

    return pattern == nil ? nil : rule
  }

  mutating func readClaimRule(_ v: YAMLValue, path: String, language: Language?, caseInsensitive: Bool) throws -> ClaimRule? {
    let m = try v.mapping("a claim rule")
    let id = try m.require("id", in: "claim rule").requireString("an id")
    let what = "rule '\(id)'"
    if let bad = m.unexpectedKeys(in: what, allowed: Self.claimRuleKeys).first { throw bad }
    guard let language else { throw Diagnostic(m.location, "\(what): the file needs 'language: ja' or 'language: en'") }
    let predValue = try m.require("predicate", in: what)
    let pred = try predValue.requireString("a predicate")
    try checkPredicate(pred, at: predValue, what: "\(what): ")
    let pv = try m.require("pattern", in: what)
    let pattern = compile(try pv.requireString("a pattern"), at: pv.location, language: language, what: what, caseInsensitive: caseInsensitive)
    let rule = ClaimRule(
      id: id, ruleID: RuleID(file: path, id: id), language: language, predicate: pred,
      pattern: pattern ?? CompiledPattern(node: .literal([]), source: ""),
      takesAddressee: try m.bool("addressee", default: false), modality: try m.optionalString("modality"),
      priority: try m.int("priority", default: 0), location: m.location)
    _ = m.optional("description")

    return pattern == nil ? nil : rule
  }

  mutating func readGrammar(_ v: YAMLValue, path: String, language: Language?) throws -> ClaimGrammar? {
    let m = try v.mapping("'grammar'")
    guard let language else { throw Diagnostic(m.location, "grammar: the file needs 'language: ja' or 'language: en'") }
    let side = ClaimGrammar.ObjectSide(rawValue: try m.optionalString("object-side") ?? "before")
    guard let side else { throw m.optional("object-side")!.fail("grammar: object-side must be 'before' or 'after'") }
    let agentV = try m.require("agent", in: "grammar")
    guard let agent = compile(try agentV.requireString("a pattern"), at: agentV.location, language: language, what: "grammar agent", caseInsensitive: language == .en) else { return nil }
    var modality: [(String, CompiledPattern)] = []
    if let mv = m.optional("modality") {
      let mm = try mv.mapping("'modality' (value: pattern)")
      for e in mm.entries {
        if let p = compile(try e.value.requireString("a pattern"), at: e.value.location, language: language, what: "modality '\(e.key)'", caseInsensitive: language == .en) {
          modality.append((e.key, p))
        }
      }
      _ = mm.unknownKeys(in: "modality", allowed: [])
    }
    func opt(_ key: String) throws -> CompiledPattern? {
      guard let x = m.optional(key) else { return nil }
      return compile(try x.requireString("a pattern"), at: x.location, language: language, what: "grammar \(key)", caseInsensitive: language == .en)
    }
    let g = ClaimGrammar(
      language: language, objectSide: side, agentTopic: agent, addressee: try opt("addressee"),
      objectBoundary: try opt("object-boundary"), objectEnd: try opt("object-end"),
      mainContinuation: try opt("main-continuation"), negation: try opt("negation"), modality: modality,
      embeddingMarker: try opt("embedding-marker"), subordinateSubject: try opt("subordinate-subject"),
      otherTopic: try opt("other-topic"), nominalizer: try opt("nominalizer"), pronounObject: try opt("pronoun-object"), location: m.location)
    if let bad = m.unknownKeys(in: "grammar", allowed: ["object-side", "agent", "addressee", "object-boundary", "object-end", "main-continuation", "negation", "modality", "embedding-marker", "subordinate-subject", "other-topic", "nominalizer", "pronoun-object"]).first { throw bad }
    return g
  }

  mutating func readParties(_ v: YAMLValue, language: Language?) throws -> PartyGrammar? {
    let m = try v.mapping("'parties'")
    guard let language else { throw Diagnostic(m.location, "parties: the file needs 'language: ja' or 'language: en'") }
    var roles: [String: EntityKey] = [:]
    if let r = m.optional("role-affiliations") {
      let rm = try r.mapping("'role-affiliations' (title: entity id)")
      for e in rm.entries {
        roles[e.key] = EntityKey(try e.value.requireString("an entity id"))
        roleAffiliationRefs.append((roles[e.key]!, e.value.location))
      }
      _ = rm.unknownKeys(in: "role-affiliations", allowed: [])
    }
    var roleTitle: CompiledPattern? = nil
    if let x = m.optional("role-title") {
      roleTitle = compile(try x.requireString("a pattern"), at: x.location, language: language, what: "role-title")
    }
    var topicStart: CompiledPattern? = nil
    if let x = m.optional("topic-start") {
      topicStart = compile(try x.requireString("a pattern"), at: x.location, language: language, what: "topic-start", caseInsensitive: true)
    }
    let g = PartyGrammar(
      language: language, topicMarkers: try m.optional("topic-markers")?.strings("markers") ?? [],
      topicStart: topicStart, roleAffiliations: roles, roleTitle: roleTitle)
    if let bad = m.unknownKeys(in: "parties", allowed: ["topic-markers", "topic-start", "role-affiliations", "role-title"]).first { throw bad }
    return g
  }

  func readExample(_ v: YAMLValue) throws -> RuleExample {
    let m = try v.mapping("an example")
    let text = try m.require("text", in: "example").requireString("the example's text")
    var claims: [RuleExample.ExpectedClaim] = []
    if let c = m.optional("claims") {
      for item in try c.list("'claims'") {
        let cm = try item.mapping("an expected claim")
        let predValue = try cm.require("predicate", in: "expected claim")
        let pred = try predValue.requireString("a predicate")
        try checkPredicate(pred, at: predValue, what: "")
        claims.append(.init(
          predicate: pred, object: try cm.optionalString("object"), agents: try cm.optional("agents")?.strings("agents"),
          modality: try cm.optionalString("modality"), negated: try cm.optional("negated").map { _ in try cm.bool("negated", default: false) }))
        if let bad = cm.unknownKeys(in: "expected claim", allowed: ["predicate", "object", "agents", "modality", "negated"]).first { throw bad }
      }
    }
    let ex = RuleExample(
      text: text, documentTitle: try m.optionalString("title"), documentDate: try m.optionalString("date"),
      entities: try m.optional("entities")?.strings("entities") ?? [],
      notEntities: (try m.optional("not-entities")?.strings("entities") ?? []) + (try m.optional("not")?.strings("entities") ?? []),
      claims: claims, notClaims: try m.optional("not-claims")?.strings("predicates") ?? [], location: m.location)
    if let bad = m.unknownKeys(in: "example", allowed: ["text", "title", "date", "entities", "not-entities", "not", "claims", "not-claims"]).first { throw bad }
    return ex
  }
}

/// Holds resolved sub-patterns for the parser's resolver closure.
final class DefineBox {
  var requested: [String] = []
  var resolved: [String: PatternNode] = [:]
}
