import ClaimGraphText

/// Reads the gazetteer entries of a rule file (`entities:`).
extension RuleSetBuilder {
  func readEntry(_ v: YAMLValue, path: String) throws -> GazetteerEntry {
    let m = try v.mapping("an entity")
    let idText = try m.require("id", in: "entity").requireString("an id")
    guard Self.isValidID(idText) else {
      throw m.optional("id")!.fail(
        "entity id '\(idText)' must be lower-case ASCII letters, digits, '-', '_' or '.'")
    }
    let what = "entity '\(idText)'"
    if let bad = m.unexpectedKeys(in: what, allowed: RuleFileSchema.entity).first { throw bad }
    let classValue = try m.require("class", in: what)
    let cls = try entityClass(try classValue.requireString("a class"), at: classValue, what: what)
    let labels = try Self.readLabels(m, what: what)
    let aliases = try Self.readAliases(m, what: what)
    let abbrev = try m.optional("abbrev")?.strings("abbreviations") ?? []
    if !abbrev.isEmpty && !cls.has(.state) {
      throw m.optional("abbrev")!.fail("\(what): 'abbrev' is for classes with the role 'state' (countries) only")
    }
    let shortNames = try m.optional("short")?.strings("short names") ?? []
    let roles = try Self.readRoles(m)
    let wikidata = try m.optionalString("wikidata")
    if let w = wikidata, !(w.hasPrefix("Q") && Int(w.dropFirst()) != nil) {
      throw m.optional("wikidata")!.fail("\(what): wikidata id '\(w)' is not of the form Q123")
    }
    func key(_ name: String) throws -> EntityKey? { try m.optionalString(name).map { EntityKey($0) } }
    var entry = GazetteerEntry(
      id: EntityKey(idText), entityClass: cls, labels: labels, aliases: aliases, abbreviations: abbrev,
      shortNames: shortNames, roles: roles,
      affiliation: try key("affiliation"), partOf: try key("partOf"), wikidata: wikidata,
      date: try m.optionalString("date").map { try Self.date($0, m.optional("date")!) }, place: try key("place"),
      ruleID: RuleID(file: path, id: idText), location: m.location)
    entry.members = try m.optional("members")?.strings("member ids").map { EntityKey($0) } ?? []
    return entry
  }

  static func readLabels(_ m: YAMLMapping, what: String) throws -> [String: String] {
    var labels: [String: String] = [:]
    for lang in ["ja", "en"] { if let s = try m.optionalString(lang) { labels[lang] = s } }
    for lang in ["ja", "en"] where labels[lang].map(hasControlCharacter) ?? false {
      throw m.optional(lang)!.fail("\(what): the label has a control character, which no output format can carry")
    }
    if labels.isEmpty { throw Diagnostic(m.location, "\(what): needs a label ('ja' or 'en')") }
    return labels
  }

  static func readAliases(_ m: YAMLMapping, what: String) throws -> [String: [String]] {
    var aliases: [String: [String]] = [:]
    guard let a = m.optional("aliases") else { return aliases }
    if a.string != nil || (try? a.list("")) != nil {
      aliases["ja"] = try a.strings("aliases")
    } else {
      let am = try a.mapping("'aliases' (ja: [...], en: [...])")
      for lang in RuleFileSchema.aliases { if let x = am.optional(lang) { aliases[lang] = try x.strings("aliases") } }
      if let bad = am.unknownKeys(in: "\(what) aliases", allowed: RuleFileSchema.aliases).first { throw bad }
    }
    for forms in aliases.values where forms.contains(where: hasControlCharacter) {
      throw a.fail("\(what): an alias has a control character, which no output format can carry")
    }
    return aliases
  }

  static func readRoles(_ m: YAMLMapping) throws -> [GazetteerEntry.Role] {
    guard let r = m.optional("roles") else { return [] }
    var roles: [GazetteerEntry.Role] = []
    for item in try r.list("'roles'") {
      if let s = item.string {
        roles.append(.init(title: s, english: nil, from: nil, until: nil))
        continue
      }
      let rm = try item.mapping("a role")
      let title = try rm.require("title", in: "role").requireString("a title")
      let from = try rm.optionalString("from").map { try date($0, rm.optional("from")!) }
      let until = try rm.optionalString("until").map { try date($0, rm.optional("until")!) }
      roles.append(.init(title: title, english: try rm.optionalString("en"), from: from, until: until))
      if let bad = rm.unknownKeys(in: "role", allowed: RuleFileSchema.role).first { throw bad }
    }
    return roles
  }

  static func date(_ s: String, _ v: YAMLValue) throws -> SimpleDate {
    let parts = s.split(separator: "-").map { Int($0) }
    guard !parts.isEmpty, parts.count <= 3, parts.allSatisfy({ $0 != nil }) else {
      throw v.fail("expected a date YYYY, YYYY-MM or YYYY-MM-DD, found '\(s)'")
    }
    return SimpleDate(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
  }
}
