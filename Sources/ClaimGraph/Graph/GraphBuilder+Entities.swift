import ClaimGraphModel
import Extraction

extension GraphBuilder {
  /// The triples that describe one entity (class, labels, links), into `g`.
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
    addEventFacts(e, ei, into: &g)
  }

  /// An event's date, place and participants, each in the cg:, SEM and schema.org terms.
  func addEventFacts(_ e: EntityRecord, _ ei: IRI, into g: inout Graph) {
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
}
