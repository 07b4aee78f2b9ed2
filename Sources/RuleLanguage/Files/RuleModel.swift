import ClaimGraphText
import Patterns

/// An entry of the gazetteer: a known entity with its labels, aliases and links.
public struct GazetteerEntry: Sendable {
  /// An office held by a person, with its term (used to tell apart people who share a surname).
  public struct Role: Sendable {
    /// The title as written (総理大臣).
    public let title: String
    /// The English title, written before a name ("President").
    public let english: String?
    /// The first day of the term, if known.
    public let from: SimpleDate?
    /// The last day of the term, if known.
    public let until: SimpleDate?
  }
  /// The entity's key: the local part of its IRI.
  public let id: EntityKey
  /// The entity's class.
  public let entityClass: EntityClass
  /// Preferred labels by language (`ja`, `en`).
  public let labels: [String: String]
  /// Other surface forms by language.
  public let aliases: [String: [String]]
  /// Country only: one-character forms used in compounds (日米).
  public let abbreviations: [String]
  /// Person only: surnames matched only before a role title.
  public let shortNames: [String]
  /// The person's offices.
  public let roles: [Role]
  /// The organization or state the entity acts for.
  public let affiliation: EntityKey?
  /// The entity this one is part of.
  public let partOf: EntityKey?
  /// A grouping's or committee's members (G7 → its seven states; 日米安全保障協議委員会 → Japan and the US).
  public var members: [EntityKey] = []
  /// The Wikidata id (Q123).
  public let wikidata: String?
  /// An event's date.
  public let date: SimpleDate?
  /// An event's place.
  public let place: EntityKey?
  /// `FILE#ID`, the provenance of every mention this entry produces.
  public let ruleID: RuleID
  /// Where the entry is written.
  public let location: SourceLocation

  /// Every full surface form (labels and aliases), all languages.
  public var surfaceForms: [String] {
    var out = labels.keys.sorted().compactMap { labels[$0] }
    for lang in aliases.keys.sorted() { out += aliases[lang] ?? [] }
    return out
  }

  /// Whether the person held one of their offices, with a known term, on a known `date`: what a bare surname
  /// needs to name this person rather than another of the same name (菅 in 2011 is 菅直人, in 2021 菅義偉).
  public func holdsTermedOffice(on date: SimpleDate?) -> Bool {
    guard let date else { return false }
    return roles.contains { r in
      (r.from != nil || r.until != nil)
        && (r.from.map { SimpleDate.compareLoose($0, date) <= 0 } ?? true)
        && (r.until.map { SimpleDate.compareLoose(date, $0) <= 0 } ?? true)
    }
  }

  /// Whether the person held an office on `date` (true when no term is known or no date is given).
  public func inOffice(on date: SimpleDate?) -> Bool {
    guard let date, !roles.isEmpty else { return true }
    let termed = roles.filter { $0.from != nil || $0.until != nil }
    if termed.isEmpty { return true }
    return termed.contains { r in
      (r.from.map { SimpleDate.compareLoose($0, date) <= 0 } ?? true)
        && (r.until.map { SimpleDate.compareLoose(date, $0) <= 0 } ?? true)
    }
  }
}

extension SimpleDate {
  /// Compares at the precision both values have (2024 vs 2024-05-01 compare equal).
  static func compareLoose(_ a: SimpleDate, _ b: SimpleDate) -> Int {
    if a.year != b.year { return a.year < b.year ? -1 : 1 }
    guard let am = a.month, let bm = b.month else { return 0 }
    if am != bm { return am < bm ? -1 : 1 }
    guard let ad = a.day, let bd = b.day else { return 0 }
    return ad == bd ? 0 : (ad < bd ? -1 : 1)
  }
}

/// A rule that finds entity names the gazetteer does not know (`名称（略称）`, names ending in 会議...).
public struct EntityRule: Sendable {
  /// The rule's id within its file.
  public let id: String
  /// `FILE#ID`, the provenance of every mention this rule produces.
  public let ruleID: RuleID
  /// The language of the documents the rule runs on.
  public let language: Language
  /// The class of the entities the rule finds.
  public let entityClass: EntityClass
  /// The compiled pattern.
  public let pattern: CompiledPattern
  /// Rules of a later phase see the mentions of earlier phases through `{Class}` references.
  public let phase: Int
  /// Breaks ties between overlapping candidates (higher wins).
  public let priority: Int
  /// The capture that holds the entity's name (default: the whole match).
  public let nameCapture: String?
  /// The capture whose span becomes the mention (default: the name capture).
  public let mentionCapture: String?
  /// A capture holding an abbreviation that names the same entity in the rest of the document.
  public let aliasCapture: String?
  /// A capture holding the entity a person acts for (a `{Country|Organization}` mention).
  public let affiliationCapture: String?
  /// Names (folded) that this rule must not produce: common nouns such as 国際会議.
  public let stopNames: Set<String>
  /// Event rules: only produce the entity when the sentence gives it a date or a place.
  public let requiresDateOrPlace: Bool
  /// Resolve to an existing entity with the same name in the document instead of creating a new one.
  public let anaphoric: Bool
  /// A descriptive phrase (an invasion, a visit): the names inside it remain mentions of their own.
  public let transparent: Bool
  /// Captures whose entities make the identity of what the rule finds, instead of its wording (an invasion is
  /// identified by the invaded country, however it is described).
  public let identityCaptures: [String]
  /// Where the rule is written.
  public let location: SourceLocation
}

/// A rule that recognizes one way of making a claim (a predicate and its trigger).
public struct ClaimRule: Sendable {
  /// The rule's id within its file.
  public let id: String
  /// `FILE#ID`, the provenance of every claim this rule produces.
  public let ruleID: RuleID
  /// The language of the documents the rule runs on.
  public let language: Language
  /// The local name of the cg: predicate (e.g. `condemns`).
  public let predicate: String
  /// The pattern: in Japanese, the object marker, gap and verb that follow the object phrase; in English, the verb
  /// and what follows it up to the object phrase.
  public let pattern: CompiledPattern
  /// Whether an addressee (「Xに対し」, "urge X to") is looked for and added to the objects.
  public let takesAddressee: Bool
  /// A modality this trigger always carries (e.g. `strong` for 強く求める written as one trigger).
  public let modality: String?
  /// Breaks ties between overlapping triggers (higher wins).
  public let priority: Int
  /// Where the rule is written.
  public let location: SourceLocation
}

/// The per-language grammar the claim engine uses around every claim rule's match.
public struct ClaimGrammar: Sendable {
  /// The language the grammar is for.
  public let language: Language
  /// Where the object phrase is, relative to the rule's match.
  public enum ObjectSide: String, Sendable { case before, after }
  /// Where the object phrase is, relative to the rule's match.
  public let objectSide: ObjectSide
  /// The speaker: a capture `agent`, e.g. `(?<agent> 我々 | {Country} ) は`.
  public let agentTopic: CompiledPattern
  /// An addressee: a capture `addressee`, e.g. `に対し て? ,`.
  public let addressee: CompiledPattern?
  /// Texts after which an object phrase starts (clause boundaries).
  public let objectBoundary: CompiledPattern?
  /// English: where an object phrase ends.
  public let objectEnd: CompiledPattern?
  /// Must follow the verb for the claim to be the speaker's own (not a modifier of a noun).
  public let mainContinuation: CompiledPattern?
  /// Negation right after the verb.
  public let negation: CompiledPattern?
  /// Modality values and the patterns that give them (looked for in the match and just before it).
  public let modality: [(value: String, pattern: CompiledPattern)]
  /// Words that mark a following nominalized clause (こと, よう): a verb followed by one before the next claim is
  /// embedded in that claim's object when its own clause has a subject of its own or an addressee.
  public let embeddingMarker: CompiledPattern?
  /// A subject with its own case marker (Xが) inside an object phrase.
  public let subordinateSubject: CompiledPattern?
  /// A topic that is not a speaker (日本の国家安全保障戦略…は): when it is the nearest topic, there is no claim.
  public let otherTopic: CompiledPattern?
  /// Words that make a clause a noun (こと, との, という, 旨): topics inside such a clause of the object are not speakers.
  public let nominalizer: CompiledPattern?
  /// A pronoun object (これ): when the phrase ends in one after a comma, the object is the pronoun.
  public let pronounObject: CompiledPattern?
  /// A connective at a sentence's start that keeps the previous sentence's speaker, even after a paragraph break.
  public var speakerKept: CompiledPattern? = nil
  /// A connective at a sentence's start that ends the previous sentence's speaker (「これに対し、」).
  public var speakerSwitched: CompiledPattern? = nil
  /// A topic that is a collective word for the parties not otherwise known (「閣僚会合参加者は」): read as the parties,
  /// with a warning, instead of vetoing the claim as another topic would.
  public var collectiveTopic: CompiledPattern? = nil
  /// Where the grammar is written.
  public let location: SourceLocation
}

/// Where a document's parties are read from in its title.
public struct PartyGrammar: Sendable {
  /// The language the grammar is for.
  public let language: Language
  /// Title text before the last of these is a topic, not an author (に関する).
  public let topicMarkers: [String]
  /// Title text from the first match of this pattern on is a topic, not an author (English: " on Ukraine").
  public let topicStart: CompiledPattern?
  /// Default affiliations for role titles (総理大臣 → japan).
  public let roleAffiliations: [String: EntityKey]
  /// A pattern for role titles (persons are recognized before them).
  public let roleTitle: CompiledPattern?
  /// A title's alternative title (「（…）」 at its end): read for parties only when the rest names none.
  public var alternativeTitle: CompiledPattern? = nil
  /// Title text up to the end of the last match is a topic clause, not an author (「露朝協力を非難する」).
  public var topicClause: CompiledPattern? = nil
  /// A first-sentence list of the speakers, capture `speakers` (「我々、A、B及びCの首脳は」).
  public var speakerList: CompiledPattern? = nil
  /// An in-text definition of the speakers, capture `term` (「（以下「閣僚」という。）」): the actors named before
  /// it in its sentence are the parties, and the term is a word for them.
  public var definition: CompiledPattern? = nil
  /// A name matching this speaks through its members (a committee: 日米安全保障協議委員会 → Japan and the US).
  public var speaksThroughMembers: CompiledPattern? = nil
}

/// An example in a rule file: a sentence with what must and must not be extracted from it.
public struct RuleExample: Sendable {
  /// A claim an example must give.
  public struct ExpectedClaim: Sendable {
    /// The claim's predicate (a local name of the vocabulary).
    public let predicate: String
    /// The object phrase as written, if checked.
    public let object: String?
    /// The agents' entity keys, if checked.
    public let agents: [String]?
    /// The modality, if checked.
    public let modality: String?
    /// Whether the claim is negated, if checked.
    public let negated: Bool?
  }
  /// The example sentence (the document body).
  public let text: String
  /// The document title the example is read with, if any.
  public let documentTitle: String?
  /// The document's date as its header would give it (surnames name a person only within their terms).
  public let documentDate: String?
  /// Entity ids or surface texts that must be found.
  public let entities: [String]
  /// Entity ids or surface texts that must not be found.
  public let notEntities: [String]
  /// Claims that must be extracted.
  public let claims: [ExpectedClaim]
  /// Predicates that must not be extracted.
  public let notClaims: [String]
  /// Where the example is written.
  public let location: SourceLocation
  /// For an example of a lexicon file (`dates/`, `sentences/`): the dates or segments its text must give.
  public var lexicon: LexiconExpectation? = nil
}

/// How overlapping candidate mentions are resolved; one policy per rule set, so results never depend on file order.
public enum OverlapPolicy: String, Sendable {
  /// The longest span wins; ties go to the higher priority, then to the lower rule id.
  case longestFirst = "longest-first"
  /// The higher priority wins; ties go to the longer span, then to the lower rule id.
  case priorityFirst = "priority-first"
}
