import ClaimGraphModel

/// Checks triples before a writer emits anything, and builds the error message that names the triple.
struct TripleChecker {
  let format: RDFFormat

  func check(_ triple: Triple) throws {
    if let problem = problem(triple) { throw failure(triple, problem) }
  }

  func failure(_ triple: Triple, _ problem: String) -> SerializationError {
    SerializationError("cannot write \(TripleText.render(triple)) as \(format.displayName): \(problem)")
  }

  private func problem(_ triple: Triple) -> String? {
    if case .iri(let s) = triple.subject, let p = TermRules.iriProblem(s.value) { return "subject IRI \(p)" }
    if let p = TermRules.iriProblem(triple.predicate.value) { return "predicate IRI \(p)" }
    switch triple.object {
    case .iri(let o): if let p = TermRules.iriProblem(o.value) { return "object IRI \(p)" }
    case .blank: break
    case .literal(let l): return literalProblem(l)
    }
    return nil
  }

  private func literalProblem(_ l: Literal) -> String? {
    if let language = l.language, let p = TermRules.languageProblem(language) { return "literal \(p)" }
    if let datatype = l.datatype {
      if let p = TermRules.iriProblem(datatype.value) { return "datatype IRI \(p)" }
      if datatype == RDF.langString && l.language == nil { return "literal typed rdf:langString has no language tag" }
    }
    if format == .rdfxml, let bad = TermRules.firstNonXMLCharacter(l.lexical) {
      return "literal contains \(TermRules.codePoint(bad)), which XML 1.0 cannot carry"
    }
    return nil
  }
}
