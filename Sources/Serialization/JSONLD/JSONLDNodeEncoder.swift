import ClaimGraphModel

/// Turns one subject's triples into a compact JSON-LD node object that expands to exactly those triples.
///
/// A value goes under its term when it fits the term's coercion (an IRI for `@type: @id`, the term's
/// datatype, a language-tagged string for a language map); otherwise it is written in full
/// (`{"@value": ..., "@type": ...}`, `{"@id": ...}`) under the predicate's uncoerced key.
struct JSONLDNodeEncoder {
  let context: JSONLDContext
  let checker = TripleChecker(format: .jsonld)

  /// `embed` may return a node object to write in place of a triple's IRI or blank-node object.
  func node(
    _ subject: Term, _ triples: [Triple], embed: (Triple) throws -> JSONValue? = { _ in nil }
  ) throws -> JSONValue {
    var types: [JSONValue] = []
    var values: [ByteString: (key: String, values: [JSONValue])] = [:]
    var languageMaps: [ByteString: (key: String, byLanguage: [String: [JSONValue]])] = [:]
    for t in triples {
      try checker.check(t)
      let embedded = try embed(t)
      if embedded == nil, t.predicate == RDF.type, case .iri(let type) = t.object {
        types.append(.string(try reference(type.value, t)))
        continue
      }
      switch try slot(t, embedded: embedded) {
      case .value(let key, let value): values[ByteString(key), default: (key, [])].values.append(value)
      case .language(let key, let language, let value):
        languageMaps[ByteString(key), default: (key, [:])].byLanguage[language, default: []].append(value)
      }
    }
    var members: [(key: String, value: JSONValue)] = []
    if let subjectTriple = triples.first { members.append(("@id", .string(try id(subject, subjectTriple)))) }
    if !types.isEmpty { members.append(("@type", .oneOrMany(types))) }
    var rest: [(key: String, value: JSONValue)] = values.values.map { ($0.key, .oneOrMany($0.values)) }
    for map in languageMaps.values {
      let languages = map.byLanguage.keys.sorted { $0.bytewiseLess($1) }
      let object = languages.map { language in
        (key: language, value: JSONValue.oneOrMany(map.byLanguage[language] ?? []))
      }
      rest.append((map.key, .object(object)))
    }
    rest.sort { $0.key.bytewiseLess($1.key) }
    return .object(members + rest)
  }

  private enum Slot {
    case value(key: String, JSONValue)
    case language(key: String, language: String, JSONValue)
  }

  private func slot(_ t: Triple, embedded: JSONValue?) throws -> Slot {
    let term = context.term(for: t.predicate)
    if let embedded {
      if let term, term.coercion == .id || term.coercion == .none { return .value(key: term.name, embedded) }
      return .value(key: try key(t), embedded)
    }
    if let term {
      switch (term.coercion, t.object) {
      case (.id, .iri(let i)): return .value(key: term.name, .string(try reference(i.value, t)))
      case (.id, .blank(let b)): return .value(key: term.name, .string("_:" + BlankNodeLabel.written(b)))
      case (.datatype(let d), .literal(let l)) where l.datatype.map({ $0.value.bytewiseEquals(d.value) }) == true:
        return .value(key: term.name, coercedValue(l))
      case (.languageMap, .literal(let l)) where l.language != nil:
        return .language(key: term.name, language: l.language ?? "", .string(l.lexical))
      case (.none, _): return .value(key: term.name, try fullValue(t))
      default: break
      }
    }
    return .value(key: try key(t), try fullValue(t))
  }

  /// A value under a datatype-coerced term: a JSON boolean or integer where that reads back as exactly the
  /// same lexical form, else the lexical form as a string.
  private func coercedValue(_ l: Literal) -> JSONValue {
    if l.datatype == XSD.boolean && (l.lexical == "true" || l.lexical == "false") { return .bool(l.lexical == "true") }
    if Self.isSafeInteger(l.lexical) && (l.datatype == XSD.nonNegativeInteger || l.datatype == XSD.integer) {
      return .number(l.lexical)
    }
    return .string(l.lexical)
  }

  /// The value in a form that needs no coercion.
  private func fullValue(_ t: Triple) throws -> JSONValue {
    switch t.object {
    case .iri(let i): return .object([("@id", .string(try reference(i.value, t)))])
    case .blank(let b): return .object([("@id", .string("_:" + BlankNodeLabel.written(b)))])
    case .literal(let l):
      if let language = l.language {
        return .object([("@value", .string(l.lexical)), ("@language", .string(language))])
      }
      guard let datatype = l.datatype else { return .string(l.lexical) }
      if datatype == XSD.boolean && (l.lexical == "true" || l.lexical == "false") { return .bool(l.lexical == "true") }
      if datatype == XSD.integer && Self.isSafeInteger(l.lexical) { return .number(l.lexical) }
      return .object([("@value", .string(l.lexical)), ("@type", .string(try reference(datatype.value, t)))])
    }
  }

  private func id(_ subject: Term, _ t: Triple) throws -> String {
    switch subject {
    case .iri(let i): try reference(i.value, t)
    case .blank(let b): "_:" + BlankNodeLabel.written(b)
    case .literal: throw checker.failure(t, "a literal cannot be a subject")
    }
  }

  private func reference(_ iri: String, _ t: Triple) throws -> String {
    guard let r = context.reference(iri) else {
      throw checker.failure(t, "IRI <\(iri)> would be read as a compact IRI (its scheme is a context term)")
    }
    return r
  }

  private func key(_ t: Triple) throws -> String {
    guard let k = context.key(for: t.predicate) else {
      throw checker.failure(t, "predicate IRI would be read as a compact IRI (its scheme is a context term)")
    }
    return k
  }

  /// `0` or `-?[1-9][0-9]*` with at most 15 digits: a JSON number that every processor turns back into
  /// the same canonical lexical form.
  static func isSafeInteger(_ s: String) -> Bool {
    TurtleWriter.isCanonicalInteger(s) && s.utf8.count <= 15
  }
}
