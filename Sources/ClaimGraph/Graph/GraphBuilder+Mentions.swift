import ClaimGraphModel
import ClaimGraphText
import Extraction

extension GraphBuilder {
  /// One `nif:Sentence` per segment, numbered from 1; returns their IRIs in segment order.
  func addSentences(_ x: DocumentExtraction, _ d: IRI, into g: inout Graph) -> [IRI] {
    let iris = x.segments.indices.map { IRI(d.value + "/sentence/\($0 + 1)") }
    for (i, s) in x.segments.enumerated() {
      let si = iris[i]
      g.insert(si, RDF.type, NIF.sentence)
      g.insert(si, NIF.anchorOf, Literal(x.document.text.slice(s.range)))
      g.insert(si, NIF.beginIndex, .nonNegative(s.range.lowerBound))
      g.insert(si, NIF.endIndex, .nonNegative(s.range.upperBound))
      g.insert(si, NIF.referenceContext, d)
    }
    return iris
  }

  /// One `nif:Phrase` per entity mention, linked to its entity and rule; the entity is `cg:mentionedIn` the
  /// document.
  func addMentions(_ x: DocumentExtraction, _ d: IRI, sentences: [IRI], into g: inout Graph) {
    for m in x.mentions {
      let mi = IRI(d.value + "/mention/\(m.range.lowerBound)-\(m.range.upperBound)")
      addPhrase(mi, m.range, document: d, text: x.document.text, sentence: sentences[m.segment], into: &g)
      g.insert(mi, ITSRDF.taIdentRef, entityIRI(m.entityKey))
      g.insert(mi, CG.rule, Literal(m.ruleID.rawValue))
      g.insert(entityIRI(m.entityKey), CG.mentionedIn, d)
    }
  }

  /// One `nif:Phrase` per date mention, with its normalized value, anchor and range role.
  func addDates(_ x: DocumentExtraction, _ d: IRI, sentences: [IRI], into g: inout Graph) {
    for dm in x.dates {
      let mi = IRI(d.value + "/date/\(dm.range.lowerBound)-\(dm.range.upperBound)")
      let segment = x.segments.firstIndex { $0.range.contains(dm.range.lowerBound) } ?? 0
      addPhrase(mi, dm.range, document: d, text: x.document.text, sentence: sentences[segment], into: &g)
      g.insert(mi, CG.dateValue, typed(dm.value))
      g.insert(mi, CG.dateAnchor, Literal(dm.anchor.rawValue))
      if let role = dm.rangeRole {
        g.insert(mi, role == .start ? CG.rangeStart : CG.rangeEnd, Literal.boolean(true))
      }
    }
  }

  /// The triples every phrase has: type, text, offsets, document and sentence.
  func addPhrase(
    _ mi: IRI, _ r: Range<Int>, document: IRI, text: BodyText, sentence: IRI, into g: inout Graph
  ) {
    g.insert(mi, RDF.type, NIF.phrase)
    g.insert(mi, NIF.anchorOf, Literal(text.slice(r)))
    g.insert(mi, NIF.beginIndex, .nonNegative(r.lowerBound))
    g.insert(mi, NIF.endIndex, .nonNegative(r.upperBound))
    g.insert(mi, NIF.referenceContext, document)
    g.insert(mi, NIF.sentenceProperty, sentence)
  }
}
