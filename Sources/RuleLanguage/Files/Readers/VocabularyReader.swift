/// Reads `vocabulary.yaml`: the entity classes with their roles and the claim predicates.
enum VocabularyReader {
  /// The path of the vocabulary file, relative to the rules folder.
  static let path = "vocabulary.yaml"

  /// The vocabulary of `text`, or the diagnostics of what is wrong with it.
  static func read(text: String, path: String = Self.path) throws -> Vocabulary {
    let map = try YAMLParsing.parse(text, file: path).mapping("the vocabulary")
    if let bad = map.unexpectedKeys(in: "vocabulary", allowed: RuleFileSchema.vocabulary).first { throw bad }
    var classes: [ClassDefinition] = []
    for item in try map.require("classes", in: "vocabulary").list("'classes'") {
      let c = try readClass(item)
      if classes.contains(where: { $0.entityClass == c.entityClass }) {
        throw item.fail("duplicate class '\(c.entityClass.name)'")
      }
      classes.append(c)
    }
    var predicates: [PredicateDefinition] = []
    for item in try map.require("predicates", in: "vocabulary").list("'predicates'") {
      let p = try readPredicate(item)
      if predicates.contains(where: { $0.name == p.name }) { throw item.fail("duplicate predicate '\(p.name)'") }
      predicates.append(p)
    }
    _ = map.optional("description")
    return Vocabulary(classes: classes, predicates: predicates)
  }

  static func readClass(_ v: YAMLValue) throws -> ClassDefinition {
    let (m, name) = try namedEntry(v, kind: "class", allowed: RuleFileSchema.vocabularyClass, upper: true)
    var roles: Set<EntityRole> = []
    if let rv = m.optional("roles") {
      for r in try rv.list("'roles'") {
        let s = try r.requireString("a role")
        guard let role = EntityRole(rawValue: s) else {
          let known = EntityRole.allCases.map(\.rawValue).joined(separator: ", ")
          throw r.fail("class '\(name)': unknown role '\(s)' (expected one of \(known))")
        }
        roles.insert(role)
      }
    }
    return ClassDefinition(
      entityClass: EntityClass(name: name, roles: roles), label: try bilingual(m.require("label", in: name)),
      comment: try m.optional("comment").map(bilingual),
      superclasses: try m.optional("subclass-of")?.strings("class names") ?? [],
      note: try m.optionalString("note"))
  }

  static func readPredicate(_ v: YAMLValue) throws -> PredicateDefinition {
    let (m, name) = try namedEntry(v, kind: "predicate", allowed: RuleFileSchema.vocabularyPredicate, upper: false)
    let cameoValue = try m.require("cameo", in: "predicate '\(name)'")
    let cameo = try cameoValue.requireString("a CAMEO code")
    guard cameo.count == 3, cameo.allSatisfy(\.isASCII), Int(cameo) != nil else {
      throw cameoValue.fail("predicate '\(name)': CAMEO code '\(cameo)' must be three digits, quoted (\"051\")")
    }
    return PredicateDefinition(
      name: name, label: try bilingual(m.require("label", in: "predicate '\(name)'")),
      comment: try m.optional("comment").map(bilingual), cameoCode: cameo)
  }

  /// The mapping of a class or predicate (`kind`) with its keys checked against `allowed`, and its `name`: an
  /// ASCII name that starts with a capital letter (`upper`) or a small one.
  static func namedEntry(_ v: YAMLValue, kind: String, allowed: [String], upper: Bool) throws -> (
    mapping: YAMLMapping, name: String
  ) {
    let m = try v.mapping("a \(kind)")
    if let bad = m.unexpectedKeys(in: kind, allowed: allowed).first { throw bad }
    let name = try m.require("name", in: kind).requireString("a \(kind) name")
    guard isLocalName(name, upper: upper) else {
      let start = upper ? "a capital letter" : "a small letter"
      throw m.optional("name")!.fail("\(kind) name '\(name)' must be an ASCII name starting with \(start)")
    }
    return (m, name)
  }

  static func bilingual(_ v: YAMLValue) throws -> BilingualText {
    let m = try v.mapping("a text in both languages (ja: …, en: …)")
    if let bad = m.unexpectedKeys(in: "text", allowed: RuleFileSchema.bilingualText).first { throw bad }
    return BilingualText(
      ja: try m.require("ja", in: "text").requireString("a Japanese text"),
      en: try m.require("en", in: "text").requireString("an English text"))
  }

  static func isLocalName(_ s: String, upper: Bool) -> Bool {
    guard let first = s.unicodeScalars.first else { return false }
    let startOK = upper ? ("A"..."Z").contains(first) : ("a"..."z").contains(first)
    return startOK
      && s.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
  }
}
