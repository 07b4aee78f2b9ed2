import ClaimGraphText
import Patterns
import RuleLanguage

/// A document's parties as the title and the body together give them, with the words the body defines for them
/// and what could not be found.
struct PartyFinding {
  var parties: [EntityKey] = []
  /// Words the document defines for its speakers (「四大臣」 from 「（以下「四大臣」という。）」).
  var speakerTerms: [String] = []
  var warnings: [String] = []
}

/// Reconciles the title's parties with the body: a first-sentence list of speakers or an in-text definition wins
/// over the title; without either, the title's authors, else the first sentence's speaker. A committee speaks
/// through its members; a grouping the body names is the party when the parties are exactly its members.
enum DocumentParties {
  static func find(
    title: String?, in ctx: DocumentContext, body: EntityFindings, fallback: [EntityKey]
  ) -> PartyFinding {
    var finding = PartyFinding()
    let listed = SpeakerList.find(in: ctx, body: body)
    finding.speakerTerms = listed.terms
    var parties = listed.parties
    if parties.isEmpty { parties = title.map { TitleParties.parties(title: $0, in: ctx) } ?? [] }
    if parties.isEmpty { parties = FirstSentenceParties.parties(in: ctx, body: body) }
    parties = PartyMembers.reconcile(parties, in: ctx, body: body)
    if parties.isEmpty, !fallback.isEmpty { parties = fallback }
    if parties.isEmpty {
      finding.warnings.append(
        "no parties found in the title or the first sentences: claims without a named speaker are left out")
    }
    finding.parties = parties
    return finding
  }
}

/// The actors a phrase names: states and organizations, and the state or organization a person acts for.
extension EntityFindings {
  func speakers(in r: Range<Int>, personsOnly: Bool = false) -> [EntityKey] {
    var out: [EntityKey] = []
    for m in mentions.sorted(by: { $0.range.lowerBound < $1.range.lowerBound })
    where r.contains(m.range.lowerBound) && m.range.upperBound <= r.upperBound {
      guard let e = entities[m.entityKey] else { continue }
      if e.entityClass.has(.person) {
        if let a = e.affiliation { out.appendOnce(a) }
      } else if !personsOnly, e.entityClass.has(.actor) {
        out.appendOnce(e.key)
      }
    }
    return out
  }

  /// Whether the phrase names a person.
  func namesPerson(in r: Range<Int>) -> Bool {
    mentions.contains {
      r.contains($0.range.lowerBound) && $0.range.upperBound <= r.upperBound
        && (entities[$0.entityKey]?.entityClass.has(.person) ?? false)
    }
  }
}
