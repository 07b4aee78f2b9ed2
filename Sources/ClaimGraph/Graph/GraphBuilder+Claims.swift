import ClaimGraphModel
import Extraction

extension GraphBuilder {
  /// One `cg:Claim` node per claim, and for each claim that is not negated the plain triples
  /// `AGENT cg:<predicate> OBJECT`.
  func addClaims(_ x: DocumentExtraction, _ d: IRI, sentences: [IRI], into g: inout Graph) {
    let text = x.document.text
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
      g.insert(ci, PROV.wasDerivedFrom, sentences[c.segment])
      g.insert(ci, CG.evidence, Literal(text.slice(c.evidence)))
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
  }
}
