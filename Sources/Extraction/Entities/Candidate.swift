import ClaimGraphText
import Patterns
import RuleLanguage

/// A mention's span and class: how an alias or a back-reference names the mention it repeats (a descriptive
/// event phrase may start where a country's name starts: the span and class tell them apart).
struct MentionReference: Hashable {
  let range: Range<Int>
  let entityClass: EntityClass

  /// The reference to a candidate.
  init(to c: Candidate) {
    range = c.range
    entityClass = c.entityClass
  }
}

/// Which entity a candidate names, as far as it is known.
enum CandidateIdentity: Equatable {
  /// Not known yet: made from the gazetteer entry or the name when the mentions are finished.
  case unresolved
  /// This entity.
  case key(EntityKey)
  /// The entity of another mention (an alias, a back-reference), followed when the mentions are finished.
  case sameAs(MentionReference)

  /// The key, when it is known.
  var key: EntityKey? {
    if case .key(let k) = self { return k }
    return nil
  }

  /// A candidate's own identity if it has one, else a reference to it.
  static func of(_ c: Candidate) -> CandidateIdentity {
    c.identity == .unresolved ? .sameAs(MentionReference(to: c)) : c.identity
  }
}

/// A candidate mention before overlaps are resolved.
struct Candidate {
  var range: Range<Int>
  var entityClass: EntityClass
  /// The gazetteer entry, when the candidate names a known entity.
  var entry: Int?
  /// The name as written (original text), used for keys and labels of entities the gazetteer does not know.
  var name: String
  var ruleID: RuleID
  var priority: Int
  var roleTitle: String?
  var affiliation: EntityKey?
  var alias: String?
  var aliasOf: Int?
  var needsDateOrPlace = false
  var anaphoric = false
  /// The positions this candidate takes from others: its mention, or the rule's whole match less the affiliation
  /// written inside it (ルッテ[北大西洋条約機構]事務総長 takes ルッテ and 事務総長, not the organization).
  var occupies: [Range<Int>] = []
  /// A descriptive event phrase (ロシアによるウクライナ侵略, ギラード首相の来日): the names inside it stay mentions.
  var transparent = false
  /// The name the identity key is made from, when a rule identifies entities by their parts.
  var identityName: String?
  /// How much text the candidate covers (its whole match for rules with a role title or affiliation).
  var extent: Int {
    guard let lo = occupies.map(\.lowerBound).min(), let hi = occupies.map(\.upperBound).max() else {
      return range.count
    }
    return Swift.max(range.count, hi - lo)
  }
  /// Filled in at the end: the entity this mention names.
  var identity: CandidateIdentity = .unresolved
  var date: SimpleDate?
  var place: EntityKey?
  var participants: Set<EntityKey> = []
}

/// The candidates of one text as the entity steps pass them on.
struct EntityCandidates {
  /// The mentions kept so far, overlaps resolved, in text order.
  var accepted: [Candidate] = []
  /// Every gazetteer and rule hit, nested ones included (for titles).
  var allHits: [Candidate] = []
  /// The gazetteer's mentions with overlaps resolved among themselves (欧州連合軍, not 欧州連合 inside it), for
  /// event participants.
  var gazetteerResolved: [Candidate] = []
}

extension DocumentContext {
  /// The key a candidate's entity has or will have: its gazetteer id, its key, or the key made from its name.
  func entityKey(of c: Candidate) -> EntityKey {
    c.entry.map { rules.gazetteer[$0].id } ?? c.identity.key
      ?? EntityIdentity.key(entityClass: c.entityClass, name: c.identityName ?? c.name)
  }

  /// Candidates as the spans `{Class}` references consume (tag: the candidate's index).
  func spans(_ cands: [Candidate]) -> [MentionSpan] {
    cands.enumerated().map {
      MentionSpan(range: $0.element.range, entityClass: $0.element.entityClass.name, tag: $0.offset)
    }
  }
}
