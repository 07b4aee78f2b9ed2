/// A namespace prefix and its IRI, as declared in every output file.
public struct Namespace: Hashable, Sendable {
  /// The prefix writers declare for it (`cg`).
  public let prefix: String
  /// The IRI that local names are appended to (`https://w3id.org/claimgraph/ns#`).
  public let iri: String

  /// The namespace `iri`, written with `prefix`.
  public init(_ prefix: String, _ iri: String) {
    self.prefix = prefix
    self.iri = iri
  }

  /// The IRI of the term `local` of this namespace: `Namespaces.cg("condemns")` is `cg:condemns`.
  public func callAsFunction(_ local: String) -> IRI { IRI(iri + local) }
}

/// The namespaces of the graph contract, in the order writers declare them.
public enum Namespaces {
  /// The project's own terms: entity classes, claims and their predicates, dates of mentions and events.
  public static let cg = Namespace("cg", "https://w3id.org/claimgraph/ns#")
  /// NIF 2.0 core: documents as contexts, sentences, mentions and their offsets.
  public static let nif = Namespace("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
  /// ITS 2.0 RDF: the entity a mention names.
  public static let itsrdf = Namespace("itsrdf", "http://www.w3.org/2005/11/its/rdf#")
  /// PROV-O: what a claim was derived from.
  public static let prov = Namespace("prov", "http://www.w3.org/ns/prov#")
  /// Dublin Core terms: a document's title, date, source, place and file name.
  public static let dcterms = Namespace("dcterms", "http://purl.org/dc/terms/")
  /// SKOS: other surface forms and notes.
  public static let skos = Namespace("skos", "http://www.w3.org/2004/02/skos/core#")
  /// RDF Schema: labels, comments, subclasses.
  public static let rdfs = Namespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
  /// OWL: `owl:sameAs` links.
  public static let owl = Namespace("owl", "http://www.w3.org/2002/07/owl#")
  /// XML Schema datatypes of literals.
  public static let xsd = Namespace("xsd", "http://www.w3.org/2001/XMLSchema#")
  /// RDF itself: `rdf:type`, `rdf:langString`.
  public static let rdf = Namespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
  /// schema.org: superclasses of the entity classes, affiliations.
  public static let schema = Namespace("schema", "https://schema.org/")
  /// The Simple Event Model: `sem:Event`, a superclass of `cg:Event`.
  public static let sem = Namespace("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
  /// Wikidata entities, the targets of `owl:sameAs`.
  public static let wd = Namespace("wd", "http://www.wikidata.org/entity/")
  /// The default base for minted resources (documents, entities, claims); `--base` changes it.
  public static let defaultBase = "https://w3id.org/claimgraph/id/"

  /// Every namespace, in declaration order.
  public static let all: [Namespace] = [rdf, rdfs, owl, xsd, skos, dcterms, prov, nif, itsrdf, schema, sem, wd, cg]
}

/// rdf: terms.
public enum RDF {
  /// `rdf:type`: the class of a node.
  public static let type = Namespaces.rdf("type")
  /// `rdf:langString`: the datatype of a literal with a language tag.
  public static let langString = Namespaces.rdf("langString")
}
/// rdfs: terms.
public enum RDFS {
  /// `rdfs:label`: a node's name, with a language tag.
  public static let label = Namespaces.rdfs("label")
  /// `rdfs:comment`: what a node is, in words.
  public static let comment = Namespaces.rdfs("comment")
  /// `rdfs:subClassOf`: a class's superclass.
  public static let subClassOf = Namespaces.rdfs("subClassOf")
}
/// owl: terms.
public enum OWL {
  /// `owl:sameAs`: the same entity elsewhere (Wikidata).
  public static let sameAs = Namespaces.owl("sameAs")
}
/// xsd: datatypes.
public enum XSD {
  /// `xsd:string`: plain text.
  public static let string = Namespaces.xsd("string")
  /// `xsd:integer`: a whole number.
  public static let integer = Namespaces.xsd("integer")
  /// `xsd:nonNegativeInteger`: a whole number from 0: the offsets.
  public static let nonNegativeInteger = Namespaces.xsd("nonNegativeInteger")
  /// `xsd:boolean`: `true` or `false`.
  public static let boolean = Namespaces.xsd("boolean")
  /// `xsd:date`: a day (`2025-04-09`).
  public static let date = Namespaces.xsd("date")
  /// `xsd:gYearMonth`: a month of a year (`2025-02`).
  public static let gYearMonth = Namespaces.xsd("gYearMonth")
  /// `xsd:gYear`: a year (`2012`).
  public static let gYear = Namespaces.xsd("gYear")
}
/// skos: terms.
public enum SKOS {
  /// `skos:altLabel`: another surface form of an entity.
  public static let altLabel = Namespaces.skos("altLabel")
  /// `skos:prefLabel`: the preferred label of a concept.
  public static let prefLabel = Namespaces.skos("prefLabel")
  /// `skos:note`: a note of the document header (備考).
  public static let note = Namespaces.skos("note")
}
/// dcterms: terms.
public enum DCTerms {
  /// `dcterms:title`: a document's title.
  public static let title = Namespaces.dcterms("title")
  /// `dcterms:date`: a document's date.
  public static let date = Namespaces.dcterms("date")
  /// `dcterms:source`: where a document was published.
  public static let source = Namespaces.dcterms("source")
  /// `dcterms:spatial`: the place a document names in its header.
  public static let spatial = Namespaces.dcterms("spatial")
  /// `dcterms:identifier`: a document's input file name.
  public static let identifier = Namespaces.dcterms("identifier")
  /// `dcterms:language`: the language of a document's text.
  public static let language = Namespaces.dcterms("language")
}
/// prov: terms.
public enum PROV {
  /// `prov:wasDerivedFrom`: the sentence a claim comes from.
  public static let wasDerivedFrom = Namespaces.prov("wasDerivedFrom")
}
/// NIF 2.0 core terms.
public enum NIF {
  /// `nif:Context`: the class of a document's text, which every offset indexes.
  public static let context = Namespaces.nif("Context")
  /// `nif:Sentence`: the class of a sentence.
  public static let sentence = Namespaces.nif("Sentence")
  /// `nif:Phrase`: the class of a mention (an entity's name or a date in the text).
  public static let phrase = Namespaces.nif("Phrase")
  /// `nif:isString`: a document's body text.
  public static let isString = Namespaces.nif("isString")
  /// `nif:anchorOf`: the text of a sentence or mention.
  public static let anchorOf = Namespaces.nif("anchorOf")
  /// `nif:beginIndex`: the offset of a sentence's or mention's first character (Unicode scalars from 0).
  public static let beginIndex = Namespaces.nif("beginIndex")
  /// `nif:endIndex`: the offset just after a sentence's or mention's last character.
  public static let endIndex = Namespaces.nif("endIndex")
  /// `nif:referenceContext`: the document a sentence or mention is part of.
  public static let referenceContext = Namespaces.nif("referenceContext")
  /// `nif:sentence`: the sentence a mention is in.
  public static let sentenceProperty = Namespaces.nif("sentence")
}
/// ITS 2.0 RDF terms.
public enum ITSRDF {
  /// `itsrdf:taIdentRef`: the entity a mention names.
  public static let taIdentRef = Namespaces.itsrdf("taIdentRef")
}
/// schema.org terms used alongside the cg: ones.
public enum Schema {
  /// `schema:affiliation`: the organization or state of a person's role.
  public static let affiliation = Namespaces.schema("affiliation")
  /// `schema:startDate`: when an event began.
  public static let startDate = Namespaces.schema("startDate")
  /// `schema:location`: where an event took place.
  public static let location = Namespaces.schema("location")
  /// `schema:attendee`: who took part in an event.
  public static let attendee = Namespaces.schema("attendee")
}
/// SEM (Simple Event Model) terms for events.
public enum SEM {
  /// `sem:Event`: the SEM class of events, a superclass of `cg:Event`.
  public static let event = Namespaces.sem("Event")
  /// `sem:hasTimeStamp`: when an event happened (SEM).
  public static let hasTimeStamp = Namespaces.sem("hasTimeStamp")
  /// `sem:hasPlace`: where an event happened (SEM).
  public static let hasPlace = Namespaces.sem("hasPlace")
  /// `sem:hasActor`: who took part in an event (SEM).
  public static let hasActor = Namespaces.sem("hasActor")
}
/// The project's own vocabulary (cg:): the fixed terms of the graph contract. The entity classes and the claim
/// predicates are the rule set's (`rules/vocabulary.yaml`): `Namespaces.cg(name)` makes their IRIs.
public enum CG {
  /// `cg:Document`: the class of a statement or other diplomatic text (a `nif:Context`).
  public static let document = Namespaces.cg("Document")
  /// `cg:Claim`: the class of a claim: one speech act of a document's speaker.
  public static let claim = Namespaces.cg("Claim")
  /// `cg:predicate`: what a claim's agents do: a predicate of the vocabulary (`cg:condemns`).
  public static let predicate = Namespaces.cg("predicate")
  /// `cg:agent`: who makes a claim.
  public static let agent = Namespaces.cg("agent")
  /// `cg:object`: an entity named in a claim's object phrase.
  public static let object = Namespaces.cg("object")
  /// `cg:addressee`: the party a claim calls on (a subproperty of `cg:object`).
  public static let addressee = Namespaces.cg("addressee")
  /// `cg:objectText`: a claim's object phrase as written.
  public static let objectText = Namespaces.cg("objectText")
  /// `cg:evidence`: the text a claim rule matched.
  public static let evidence = Namespaces.cg("evidence")
  /// `cg:evidenceBegin`: the offset of the evidence's first character.
  public static let evidenceBegin = Namespaces.cg("evidenceBegin")
  /// `cg:evidenceEnd`: the offset just after the evidence's last character.
  public static let evidenceEnd = Namespaces.cg("evidenceEnd")
  /// `cg:rule`: the rule that produced a claim (`FILE#ID`).
  public static let rule = Namespaces.cg("rule")
  /// `cg:negated`: whether the sentence denies the act.
  public static let negated = Namespaces.cg("negated")
  /// `cg:modality`: how the act is qualified (`strong`).
  public static let modality = Namespaces.cg("modality")
  /// `cg:agentInferred`: whether a claim's agents were resolved rather than named.
  public static let agentInferred = Namespaces.cg("agentInferred")
  /// `cg:dateValue`: the normalized value of a date mention.
  public static let dateValue = Namespaces.cg("dateValue")
  /// `cg:dateAnchor`: the date a relative date was resolved against.
  public static let dateAnchor = Namespaces.cg("dateAnchor")
  /// `cg:date`: when an event happened.
  public static let date = Namespaces.cg("date")
  /// `cg:place`: where an event happened.
  public static let place = Namespaces.cg("place")
  /// `cg:participant`: an entity that took part in an event.
  public static let participant = Namespaces.cg("participant")
  /// `cg:party`: one of a document's own parties (its authors).
  public static let party = Namespaces.cg("party")
  /// `cg:mentionedIn`: a document that names an entity.
  public static let mentionedIn = Namespaces.cg("mentionedIn")
  /// `cg:language`: the language of a document's text.
  public static let language = Namespaces.cg("language")
  /// `cg:partOf`: the body an entity (a unit, a component) belongs to.
  public static let partOf = Namespaces.cg("partOf")
  /// `cg:validFrom`: the start of the period a programme or agreement covers.
  public static let validFrom = Namespaces.cg("validFrom")
  /// `cg:validUntil`: the end of the period a programme or agreement covers.
  public static let validUntil = Namespaces.cg("validUntil")
  /// `cg:rangeStart`: the first end of a date range.
  public static let rangeStart = Namespaces.cg("rangeStart")
  /// `cg:rangeEnd`: the last end of a date range.
  public static let rangeEnd = Namespaces.cg("rangeEnd")
}
