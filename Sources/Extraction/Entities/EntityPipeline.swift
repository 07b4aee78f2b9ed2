import ClaimGraphText
import RuleLanguage

/// The mentions and entities found in one text.
struct EntityFindings {
  let mentions: [EntityMention]
  let entities: [EntityKey: EntityRecord]
}

/// The entity steps in order: gazetteer mentions, rule mentions by phase, document aliases, back-references,
/// (events' date, place and participants), keys, records.
enum EntityPipeline {
  /// The body's entities; events get their attributes from the body's dates.
  static func body(in ctx: DocumentContext, dates: [DateMention]) -> EntityFindings {
    var cands = mentions(in: ctx)
    EventAttributes.attach(to: &cands, in: ctx, dates: dates)
    return finish(cands.accepted, in: ctx)
  }

  /// A title's entities: every hit counts, nested ones too (G7 inside G7ビアリッツ・サミット), but not inside a
  /// person's role title (内閣 in 石破日本国内閣総理大臣).
  static func title(in ctx: DocumentContext) -> EntityFindings {
    let cands = mentions(in: ctx)
    let titles = cands.accepted.filter { $0.entityClass.has(.person) }.flatMap(\.occupies)
    let extra = cands.allHits.filter { h in
      h.entry != nil && !cands.accepted.contains { $0.range == h.range && $0.entry == h.entry }
        && !titles.contains { $0.lowerBound <= h.range.lowerBound && h.range.upperBound <= $0.upperBound }
    }
    return finish(cands.accepted + extra, in: ctx)
  }

  /// The mentions of a text, overlaps resolved, aliases added and back-references resolved.
  static func mentions(in ctx: DocumentContext) -> EntityCandidates {
    var cands = EntityCandidates()
    let gazetteer = GazetteerMentions.candidates(in: ctx)
    cands.allHits = gazetteer
    cands.accepted = ctx.resolve(gazetteer)
    cands.gazetteerResolved = cands.accepted
    RuleMentions.add(to: &cands, in: ctx)
    DocumentAliases.add(to: &cands, in: ctx)
    BackReferences.resolve(&cands, anaphoraPrefixes: ctx.lexicon.anaphoraPrefixes)
    return cands
  }

  static func finish(_ accepted: [Candidate], in ctx: DocumentContext) -> EntityFindings {
    var cands = accepted
    EntityKeys.assign(&cands, in: ctx)
    return EntityRecords.build(cands, in: ctx)
  }
}
