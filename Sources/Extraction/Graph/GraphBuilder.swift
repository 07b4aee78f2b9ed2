import ClaimGraphModel
import ClaimGraphText
import RuleLanguage

/// Turns one document's extraction into its RDF graph, with every term of the graph contract.
///
/// The graph is split in two parts so that a corpus can be written document by document: `documentPart` (the
/// document, sentences, mentions, claims and the plain agent–predicate–object triples) and `entityPart` (the
/// entity nodes, which a corpus merges across documents).
public struct GraphBuilder: Sendable {
  public let base: String

  public init(base: String = Namespaces.defaultBase) { self.base = base }

  public func documentIRI(_ stem: String) -> IRI { IRI(base + "doc/" + EntityIdentity.documentKey(stem: stem)) }
  public func entityIRI(_ key: EntityKey) -> IRI { IRI(base + key.rawValue) }

  /// The whole graph of one document, named by the document's IRI.
  public func graph(for x: DocumentExtraction) -> Graph {
    var g = documentPart(x)
    g.formUnion(entityPart(x))
    return g
  }

  public func documentPart(_ x: DocumentExtraction) -> Graph {
    let doc = x.document
    let d = documentIRI(doc.stem)
    var g = Graph(name: d)
    let lang = doc.language.rawValue
    // Each header field in the language it is written in (an English 出典 in a Japanese document is @en).
    func tag(_ s: String) -> String { s.unicodeScalars.contains { $0.value > 0x3000 } ? "ja" : "en" }
    g.insert(d, RDF.type, CG.document)
    g.insert(d, RDF.type, NIF.context)
    g.insert(d, NIF.isString, Literal(doc.body))
    g.insert(d, DCTerms.identifier, Literal(doc.fileName))
    g.insert(d, DCTerms.language, Literal(lang))
    if let t = doc.title { g.insert(d, DCTerms.title, Literal(t, language: tag(t))) }
    if let date = x.documentDate { g.insert(d, DCTerms.date, typed(date)) }
    if let s = doc.source { g.insert(d, DCTerms.source, Literal(s, language: tag(s))) }
    if let p = doc.place { g.insert(d, DCTerms.spatial, Literal(p, language: tag(p))) }
    if let n = doc.note { g.insert(d, SKOS.note, Literal(n, language: tag(n))) }
    for p in x.parties { g.insert(d, CG.party, entityIRI(p)) }

    let sentenceIRIs = x.segments.indices.map { IRI(d.value + "/sentence/\($0 + 1)") }
    for (i, s) in x.segments.enumerated() {
      let si = sentenceIRIs[i]
      g.insert(si, RDF.type, NIF.sentence)
      g.insert(si, NIF.anchorOf, Literal(doc.text.slice(s.range)))
      g.insert(si, NIF.beginIndex, .nonNegative(s.range.lowerBound))
      g.insert(si, NIF.endIndex, .nonNegative(s.range.upperBound))
      g.insert(si, NIF.referenceContext, d)
    }
    for m in x.mentions {
      let mi = IRI(d.value + "/mention/\(m.range.lowerBound)-\(m.range.upperBound)")
      phrase(&g, mi, m.range, doc: d, text: doc.text, sentence: sentenceIRIs[m.segment])
      g.insert(mi, ITSRDF.taIdentRef, entityIRI(m.entityKey))
      g.insert(mi, CG.rule, Literal(m.ruleID.rawValue))
      g.insert(entityIRI(m.entityKey), CG.mentionedIn, d)
    }
    for dm in x.dates {
      let mi = IRI(d.value + "/date/\(dm.range.lowerBound)-\(dm.range.upperBound)")
      let seg = x.segments.firstIndex { $0.range.contains(dm.range.lowerBound) } ?? 0
      phrase(&g, mi, dm.range, doc: d, text: doc.text, sentence: sentenceIRIs[seg])
      g.insert(mi, CG.dateValue, typed(dm.value))
      g.insert(mi, CG.dateAnchor, Literal(dm.anchor.rawValue))
      if let role = dm.rangeRole { g.insert(mi, role == .start ? CG.rangeStart : CG.rangeEnd, Literal.boolean(true)) }
    }
    for c in x.claims {
      // Named by its evidence span and predicate: adding a rule does not rename the other claims.
      let ci = IRI(d.value + "/claim/\(c.evidence.lowerBound)-\(c.evidence.upperBound)-\(c.predicate)")
      let pred = Namespaces.cg(c.predicate)
      g.insert(ci, RDF.type, CG.claim)
      g.insert(ci, CG.predicate, pred)
      for a in c.agents { g.insert(ci, CG.agent, entityIRI(a)) }
      for o in c.objects { g.insert(ci, CG.object, entityIRI(o)) }
      for a in c.addressees { g.insert(ci, CG.addressee, entityIRI(a)) }
      g.insert(ci, CG.objectText, Literal(c.objectText))
      g.insert(ci, PROV.wasDerivedFrom, sentenceIRIs[c.segment])
      g.insert(ci, CG.evidence, Literal(doc.text.slice(c.evidence)))
      g.insert(ci, CG.evidenceBegin, .nonNegative(c.evidence.lowerBound))
      g.insert(ci, CG.evidenceEnd, .nonNegative(c.evidence.upperBound))
      g.insert(ci, CG.rule, Literal(c.ruleID.rawValue))
      g.insert(ci, CG.negated, .boolean(c.negated))
      g.insert(ci, CG.agentInferred, .boolean(c.agentInferred))
      if let m = c.modality { g.insert(ci, CG.modality, Literal(m)) }
      // The plain triple states what the claim asserts, so a negated claim (…を支持しない) has none.
      if !c.negated {
        for a in c.agents { for o in c.objects { g.insert(entityIRI(a), pred, entityIRI(o)) } }
      }
    }
    return g
  }

  public func entityPart(_ x: DocumentExtraction) -> Graph {
    var g = Graph(name: documentIRI(x.document.stem))
    for key in x.entities.keys.sorted() { entityTriples(x.entities[key]!, into: &g) }
    return g
  }

  /// The triples that describe one entity (class, labels, links).
  public func entityTriples(_ e: EntityRecord, into g: inout Graph) {
    let ei = entityIRI(e.key)
    g.insert(ei, RDF.type, Namespaces.cg(e.entityClass.name))
    if e.entityClass.has(.event) { g.insert(ei, RDF.type, SEM.event) }
    for (lang, label) in e.labels { g.insert(ei, RDFS.label, Literal(label, language: lang)) }
    for (lang, alts) in e.altLabels {
      for a in alts where a != e.labels[lang] { g.insert(ei, SKOS.altLabel, Literal(a, language: lang)) }
    }
    if let w = e.wikidata { g.insert(ei, OWL.sameAs, Namespaces.wd(w)) }
    if let a = e.affiliation { g.insert(ei, Schema.affiliation, entityIRI(a)) }
    if let p = e.partOf { g.insert(ei, CG.partOf, entityIRI(p)) }
    if let d = e.date {
      g.insert(ei, CG.date, typed(d))
      g.insert(ei, SEM.hasTimeStamp, typed(d))
      g.insert(ei, Schema.startDate, typed(d))
    }
    if let p = e.place {
      g.insert(ei, CG.place, entityIRI(p))
      g.insert(ei, SEM.hasPlace, entityIRI(p))
      g.insert(ei, Schema.location, entityIRI(p))
    }
    for p in e.participants.sorted() {
      g.insert(ei, CG.participant, entityIRI(p))
      g.insert(ei, SEM.hasActor, entityIRI(p))
    }
    for r in e.rules.sorted() { g.insert(ei, CG.rule, Literal(r.rawValue)) }
  }

  func phrase(_ g: inout Graph, _ mi: IRI, _ r: Range<Int>, doc: IRI, text: BodyText, sentence: IRI) {
    g.insert(mi, RDF.type, NIF.phrase)
    g.insert(mi, NIF.anchorOf, Literal(text.slice(r)))
    g.insert(mi, NIF.beginIndex, .nonNegative(r.lowerBound))
    g.insert(mi, NIF.endIndex, .nonNegative(r.upperBound))
    g.insert(mi, NIF.referenceContext, doc)
    g.insert(mi, NIF.sentenceProperty, sentence)
  }

  func typed(_ d: SimpleDate) -> Literal { Literal(d.lexical, datatype: Namespaces.xsd(d.xsdType)) }
}
