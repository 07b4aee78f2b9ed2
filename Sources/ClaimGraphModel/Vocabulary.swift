/// A namespace prefix and its IRI, as declared in every output file.
public struct Namespace: Hashable, Sendable {
  public let prefix: String
  public let iri: String
  public init(_ prefix: String, _ iri: String) { self.prefix = prefix; self.iri = iri }
  public func callAsFunction(_ local: String) -> IRI { IRI(iri + local) }
}

/// The namespaces of the graph contract, in the order writers declare them.
public enum Namespaces {
  public static let cg = Namespace("cg", "https://w3id.org/claimgraph/ns#")
  public static let nif = Namespace("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
  public static let itsrdf = Namespace("itsrdf", "http://www.w3.org/2005/11/its/rdf#")
  public static let prov = Namespace("prov", "http://www.w3.org/ns/prov#")
  public static let dcterms = Namespace("dcterms", "http://purl.org/dc/terms/")
  public static let skos = Namespace("skos", "http://www.w3.org/2004/02/skos/core#")
  public static let rdfs = Namespace("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
  public static let owl = Namespace("owl", "http://www.w3.org/2002/07/owl#")
  public static let xsd = Namespace("xsd", "http://www.w3.org/2001/XMLSchema#")
  public static let rdf = Namespace("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
  public static let schema = Namespace("schema", "https://schema.org/")
  public static let sem = Namespace("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
  public static let wd = Namespace("wd", "http://www.wikidata.org/entity/")
  /// The default base for minted resources (documents, entities, claims); `--base` changes it.
  public static let defaultBase = "https://w3id.org/claimgraph/id/"

  /// Every namespace, in declaration order.
  public static let all: [Namespace] = [rdf, rdfs, owl, xsd, skos, dcterms, prov, nif, itsrdf, schema, sem, wd, cg]
}

/// rdf: terms.
public enum RDF {
  public static let type = Namespaces.rdf("type")
  public static let langString = Namespaces.rdf("langString")
}
/// rdfs: terms.
public enum RDFS {
  public static let label = Namespaces.rdfs("label")
  public static let comment = Namespaces.rdfs("comment")
  public static let subClassOf = Namespaces.rdfs("subClassOf")
}
/// owl: terms.
public enum OWL { public static let sameAs = Namespaces.owl("sameAs") }
/// xsd: datatypes.
public enum XSD {
  public static let string = Namespaces.xsd("string")
  public static let integer = Namespaces.xsd("integer")
  public static let nonNegativeInteger = Namespaces.xsd("nonNegativeInteger")
  public static let boolean = Namespaces.xsd("boolean")
  public static let date = Namespaces.xsd("date")
  public static let gYearMonth = Namespaces.xsd("gYearMonth")
  public static let gYear = Namespaces.xsd("gYear")
}
/// skos: terms.
public enum SKOS {
  public static let altLabel = Namespaces.skos("altLabel")
  public static let prefLabel = Namespaces.skos("prefLabel")
  public static let note = Namespaces.skos("note")
}
/// dcterms: terms.
public enum DCTerms {
  public static let title = Namespaces.dcterms("title")
  public static let date = Namespaces.dcterms("date")
  public static let source = Namespaces.dcterms("source")
  public static let spatial = Namespaces.dcterms("spatial")
  public static let identifier = Namespaces.dcterms("identifier")
  public static let language = Namespaces.dcterms("language")
}
/// prov: terms.
public enum PROV { public static let wasDerivedFrom = Namespaces.prov("wasDerivedFrom") }
/// NIF 2.0 core terms.
public enum NIF {
  public static let context = Namespaces.nif("Context")
  public static let sentence = Namespaces.nif("Sentence")
  public static let phrase = Namespaces.nif("Phrase")
  public static let isString = Namespaces.nif("isString")
  public static let anchorOf = Namespaces.nif("anchorOf")
  public static let beginIndex = Namespaces.nif("beginIndex")
  public static let endIndex = Namespaces.nif("endIndex")
  public static let referenceContext = Namespaces.nif("referenceContext")
  public static let sentenceProperty = Namespaces.nif("sentence")
}
/// ITS 2.0 RDF terms.
public enum ITSRDF { public static let taIdentRef = Namespaces.itsrdf("taIdentRef") }
/// schema.org terms used alongside the cg: ones.
public enum Schema {
  public static let affiliation = Namespaces.schema("affiliation")
  public static let startDate = Namespaces.schema("startDate")
  public static let location = Namespaces.schema("location")
  public static let attendee = Namespaces.schema("attendee")
}
/// SEM (Simple Event Model) terms for events.
public enum SEM {
  public static let event = Namespaces.sem("Event")
  public static let hasTimeStamp = Namespaces.sem("hasTimeStamp")
  public static let hasPlace = Namespaces.sem("hasPlace")
  public static let hasActor = Namespaces.sem("hasActor")
}
/// The project's own vocabulary (cg:).
public enum CG {
  public static let document = Namespaces.cg("Document")
  public static let claim = Namespaces.cg("Claim")
  public static let predicate = Namespaces.cg("predicate")
  public static let agent = Namespaces.cg("agent")
  public static let object = Namespaces.cg("object")
  public static let addressee = Namespaces.cg("addressee")
  public static let objectText = Namespaces.cg("objectText")
  public static let evidence = Namespaces.cg("evidence")
  public static let evidenceBegin = Namespaces.cg("evidenceBegin")
  public static let evidenceEnd = Namespaces.cg("evidenceEnd")
  public static let rule = Namespaces.cg("rule")
  public static let negated = Namespaces.cg("negated")
  public static let modality = Namespaces.cg("modality")
  public static let agentInferred = Namespaces.cg("agentInferred")
  public static let dateValue = Namespaces.cg("dateValue")
  public static let dateAnchor = Namespaces.cg("dateAnchor")
  public static let date = Namespaces.cg("date")
  public static let place = Namespaces.cg("place")
  public static let participant = Namespaces.cg("participant")
  public static let party = Namespaces.cg("party")
  public static let mentionedIn = Namespaces.cg("mentionedIn")
  public static let language = Namespaces.cg("language")
  public static let partOf = Namespaces.cg("partOf")
  public static let validFrom = Namespaces.cg("validFrom")
  public static let validUntil = Namespaces.cg("validUntil")
  public static let rangeStart = Namespaces.cg("rangeStart")
  public static let rangeEnd = Namespaces.cg("rangeEnd")
}
