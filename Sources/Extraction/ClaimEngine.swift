import ClaimGraphText
import RuleLanguage

/// Finds the claims of one document: each claim rule's matches, checked against the language's grammar for
/// the speaker (agent), the object phrase, an addressee, modality, negation, and whether the verb is the
/// speaker's own act or sits inside another clause (a demand, a nominalized clause, a noun modifier).
struct ClaimEngine {
  let extractor: Extractor
  let text: BodyText
  let segments: [Segment]
  let language: Language
  let mentions: [EntityMention]
  let entities: [EntityKey: EntityRecord]
  let dates: [DateMention]
  let parties: [EntityKey]

  init(
    extractor: Extractor, text: BodyText, segments: [Segment], language: Language, mentions: [EntityMention],
    entities: [EntityKey: EntityRecord], dates: [DateMention], parties: [EntityKey]
  ) {
    self.extractor = extractor; self.text = text; self.segments = segments; self.language = language
    self.mentions = mentions; self.entities = entities; self.dates = dates; self.parties = parties
    self.chars = language == .en ? text.folded.map(Extractor.lowercasedASCII) : text.folded
  }

  let chars: [Unicode.Scalar]

  struct Found {
    let rule: ClaimRule
    let match: PatternMatch
    var end: Int
    var negated = false
    var main = true
    var final = false
  }

  mutating func run() -> [ExtractedClaim] {
    guard let grammar = extractor.rules.grammars[language] else { return [] }
    let rules = extractor.rules.claimRules.filter { $0.language == language }
    var spans = Extractor.spans(of: mentions, entities: entities)
    spans += dates.enumerated().map { i, d in MentionSpan(range: d.range, entityClass: "Date", tag: -1 - i) }
    var out: [ExtractedClaim] = []
    var whole = MatchInput(chars: chars, bounds: 0..<chars.count, mentions: spans)
    whole.limitLog = extractor.limitLog
    // Headings too: a short line without a full stop may still be a sentence that makes a claim.
    for (si, seg) in segments.enumerated() {
      let input = whole.with(bounds: seg.range)
      out += claims(in: si, seg: seg.range, input: input, grammar: grammar, rules: rules)
    }
    return out
  }

  func matches(_ p: CompiledPattern?, _ input: MatchInput) -> [PatternMatch] { p?.allMatches(in: input) ?? [] }

  func claims(in si: Int, seg: Range<Int>, input: MatchInput, grammar: ClaimGrammar, rules: [ClaimRule]) -> [ExtractedClaim] {
    // 1. Candidates from every rule; overlapping candidates: higher priority, then longer, then rule id.
    var found: [Found] = []
    for r in rules {
      for m in r.pattern.allMatches(in: input) { found.append(Found(rule: r, match: m, end: m.range.upperBound)) }
    }
    found.sort { a, b in
      if a.rule.priority != b.rule.priority { return a.rule.priority > b.rule.priority }
      if a.match.range.count != b.match.range.count { return a.match.range.count > b.match.range.count }
      if a.rule.ruleID != b.rule.ruleID { return a.rule.ruleID < b.rule.ruleID }
      return a.match.range.lowerBound < b.match.range.lowerBound
    }
    var kept: [Found] = []
    for f in found where !kept.contains(where: { $0.match.range.overlaps(f.match.range) }) { kept.append(f) }
    kept.sort { $0.match.range.lowerBound < $1.match.range.lowerBound }
    if kept.isEmpty { return [] }

    let depth = bracketDepth(seg)
    // A verb inside 「…」 or （…） is quoted, not said.
    kept.removeAll { depth[$0.match.range.lowerBound - seg.lowerBound] > 0 }
    if kept.isEmpty { return [] }
    let agents = matches(grammar.agentTopic, input).filter { depth[$0.range.lowerBound - seg.lowerBound] == 0 }
    let addressees = matches(grammar.addressee, input).filter { depth[$0.range.lowerBound - seg.lowerBound] == 0 }
    let boundaries = matches(grammar.objectBoundary, input).filter { depth[$0.range.lowerBound - seg.lowerBound] == 0 }
    let otherTopics = matches(grammar.otherTopic, input).filter { depth[$0.range.lowerBound - seg.lowerBound] == 0 }

    // 2. Verb form: negation, and whether the verb ends the sentence, coordinates, or modifies what follows.
    for i in kept.indices {
      var end = kept[i].end
      if grammar.objectSide == .after {
        // English: the negation stands before the verb ("We do not recognize …").
        let s = kept[i].match.range.lowerBound
        if let neg = grammar.negation,
          (max(seg.lowerBound, s - 12)..<s).contains(where: { neg.match(at: $0, in: input)?.range.upperBound == s })
        {
          kept[i].negated = true
        }
      } else if let neg = grammar.negation, let m = neg.match(at: end, in: input) {
        kept[i].negated = true
        end = m.range.upperBound
      }
      kept[i].end = end
      let rest = trimmedEnd(seg)
      kept[i].final = end >= rest
      if grammar.objectSide == .before, !kept[i].final {
        let cont = grammar.mainContinuation?.match(at: end, in: input) != nil
        if !cont { kept[i].main = false }
      }
    }
    // 3. Coordinated verbs inside a later demand or nominalized clause are not the speaker's claims.
    if grammar.objectSide == .before {
      var nextMainEnd = trimmedEnd(seg)
      for i in kept.indices.reversed() {
        guard kept[i].main else { continue }
        if !kept[i].final {
          // The tail runs to the end of the next claim's match, so that its よう/ことを is inside.
          let tail = input.with(bounds: kept[i].end..<max(kept[i].end, nextMainEnd))
          let addresseeInTail = !matches(grammar.addressee, tail).isEmpty
          let marker = !matches(grammar.embeddingMarker, tail).isEmpty
          if !addresseeInTail && marker {
            let objStart = objectStart(for: kept[i], seg: seg, agents: agents, addressees: addressees, boundaries: boundaries, previous: kept[..<i].filter(\.main), depth: depth)
            let objectInput = input.with(bounds: objStart..<kept[i].match.range.lowerBound)
            let ownSubject = !matches(grammar.subordinateSubject, objectInput).isEmpty
            let agentEnd = agents.last(where: { $0.range.upperBound <= kept[i].match.range.lowerBound })?.range.upperBound ?? seg.lowerBound
            let addresseeBefore = addressees.contains { $0.range.lowerBound >= agentEnd && $0.range.upperBound <= kept[i].match.range.lowerBound }
            // A demand verb after its addressee is the demand itself, not inside one (…に対し、…よう求め、…).
            if ownSubject || (addresseeBefore && !kept[i].rule.takesAddressee) { kept[i].main = false; continue }
          }
        }
        nextMainEnd = kept[i].match.range.upperBound
      }
    }
    // 4. Build the claims.
    var out: [ExtractedClaim] = []
    let mains = kept.filter(\.main)
    for (i, f) in mains.enumerated() {
      if language == .en, !englishClauseOK(f, seg: seg, agents: agents, input: input, grammar: grammar) { continue }
      let objRange: Range<Int>
      if grammar.objectSide == .before {
        let start = objectStart(for: f, seg: seg, agents: agents, addressees: addressees, boundaries: boundaries, previous: Array(mains[..<i]), depth: depth)
        objRange = pronounTrimmed(start..<f.match.range.lowerBound, grammar: grammar, input: input)
      } else {
        objRange = objectAfter(f, seg: seg, grammar: grammar, input: input)
      }
      // Agent: the nearest speaker topic before the object (or before the verb, in English).
      let limit = grammar.objectSide == .before ? objRange.lowerBound : f.match.range.lowerBound
      var agentKeys: [EntityKey] = []
      var inferred = true
      var agentEnd = seg.lowerBound
      let earlier = mains[..<i].map { $0.match.range.upperBound }.max() ?? seg.lowerBound
      var speaker = agents.last(where: { $0.range.lowerBound < limit })
      if grammar.objectSide == .before {
        // The nearest topic since the previous claim decides, unless it sits inside a nominalized clause of the
        // object (「…同盟関係は、…築かれていることを認め」): a topic that is not a speaker (「…の戦略概念は共に…
        // 重要性を強調している」) means the sentence does not state the parties' act.
        let start = f.match.range.lowerBound
        func embedded(_ t: PatternMatch) -> Bool {
          guard let nom = grammar.nominalizer else { return false }
          if nom.match(at: start, in: input) != nil { return true }
          return !matches(nom, input.with(bounds: t.range.upperBound..<start)).isEmpty
        }
        let topics = (agents.map { ($0, true) } + otherTopics.map { ($0, false) })
          .filter { $0.0.range.lowerBound >= earlier && $0.0.range.upperBound <= start && !embedded($0.0) }
          .sorted { ($0.0.range.upperBound, $0.1 ? 1 : 0) < ($1.0.range.upperBound, $1.1 ? 1 : 0) }
        // With a speaker since the previous claim, the nearest speaker speaks; without one, a topic that is
        // not a speaker means the sentence states what a thing does, not the parties.
        if let nearest = topics.last(where: { $0.1 }) {
          speaker = nearest.0
        } else if topics.contains(where: { !$0.1 }) {
          continue
        }
      }
      if let a = speaker {
        let cap = a.captures["agent"] ?? a.range
        agentKeys = actorKeys(in: cap)
        if agentKeys.isEmpty { agentKeys = parties }
        inferred = false
        agentEnd = a.range.upperBound
      }
      if agentKeys.isEmpty { agentKeys = parties; inferred = true }
      guard !agentKeys.isEmpty else { continue }
      // Addressee: 「Xに対し」 between the speaker and the object, or "urge X to".
      var addresseeKeys: [EntityKey] = []
      if f.rule.takesAddressee {
        if let cap = f.match.captures["addressee"] {
          addresseeKeys = entityKeys(in: cap)
        } else if let ad = addressees.last(where: { $0.range.lowerBound >= agentEnd && $0.range.upperBound <= objRange.lowerBound }) {
          addresseeKeys = entityKeys(in: (ad.captures["addressee"] ?? (agentEnd..<ad.range.lowerBound)))
        }
      }
      var objects = entityKeys(in: objRange)
      for k in addresseeKeys where !objects.contains(k) { objects.append(k) }
      let modality = f.rule.modality ?? modalityOf(f, grammar: grammar, input: input, seg: seg, object: objRange)
      let evidenceStart = min(objRange.lowerBound, f.match.range.lowerBound)
      let evidenceEnd = max(f.end, objRange.upperBound)
      out.append(ExtractedClaim(
        predicate: f.rule.predicate, agents: agentKeys, agentInferred: inferred, objects: objects,
        addressees: addresseeKeys, objectText: text.slice(objRange), objectRange: objRange.isEmpty ? nil : objRange,
        evidence: evidenceStart..<evidenceEnd, segment: si, ruleID: f.rule.ruleID, negated: f.negated, modality: modality))
    }
    return out
  }

  /// The end of the segment without trailing sentence punctuation and closing brackets (a closing bracket whose
  /// opening bracket is in the segment stays: "…Fund (JAIF).").
  func trimmedEnd(_ seg: Range<Int>) -> Int {
    var e = seg.upperBound
    let trailing: Set<Unicode.Scalar> = ["。", ".", "!", "?", " ", "」", "』", ")", "）", "\u{3000}"]
    let pairs: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "）": "（", "」": "「", "』": "『"]
    while e > seg.lowerBound, trailing.contains(text.folded[e - 1]) {
      if let open = pairs[text.folded[e - 1]], opens(open, before: e - 1, in: seg) { break }
      e -= 1
    }
    return e
  }

  /// Whether a bracket opened in the segment before `p` is still open there.
  func opens(_ open: Unicode.Scalar, before p: Int, in seg: Range<Int>) -> Bool {
    let close: Unicode.Scalar = open == "(" ? ")" : open == "（" ? "）" : open == "「" ? "」" : "』"
    var depth = 0
    for i in seg.lowerBound..<p {
      if text.folded[i] == open { depth += 1 } else if text.folded[i] == close { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  func bracketDepth(_ seg: Range<Int>) -> [Int] {
    var d = 0
    var out: [Int] = []
    for i in seg {
      let c = text.folded[i]
      if c == "「" || c == "『" || c == "(" || c == "（" { out.append(d); d += 1; continue }
      if c == "」" || c == "』" || c == ")" || c == "）" { d = max(0, d - 1) }
      out.append(d)
    }
    out.append(d)
    return out
  }

  func objectStart(
    for f: Found, seg: Range<Int>, agents: [PatternMatch], addressees: [PatternMatch], boundaries: [PatternMatch],
    previous: some Collection<Found>, depth: [Int]
  ) -> Int {
    let end = f.match.range.lowerBound
    var start = seg.lowerBound
    for m in agents + addressees + boundaries where m.range.upperBound <= end { start = max(start, m.range.upperBound) }
    for p in previous where p.end <= end { start = max(start, p.end) }
    // Skip the punctuation and spaces a boundary leaves behind.
    while start < end, [",", " ", "\u{3000}"].contains(text.folded[start]) { start += 1 }
    return start
  }

  /// 「…驚愕し、これを非難する」: a pronoun object after a comma is the whole object.
  func pronounTrimmed(_ r: Range<Int>, grammar: ClaimGrammar, input: MatchInput) -> Range<Int> {
    guard let p = grammar.pronounObject, !r.isEmpty else { return r }
    var i = r.upperBound - 1
    while i > r.lowerBound, text.folded[i] != "," { i -= 1 }
    guard text.folded[i] == ",", i + 1 < r.upperBound else { return r }
    if let m = p.match(at: i + 1, in: input.with(bounds: (i + 1)..<r.upperBound)), m.range.upperBound == r.upperBound {
      return (i + 1)..<r.upperBound
    }
    return r
  }

  /// English: the object runs from the end of the match to the grammar's object end (", which", ";", ".").
  func objectAfter(_ f: Found, seg: Range<Int>, grammar: ClaimGrammar, input: MatchInput) -> Range<Int> {
    var start = f.end
    while start < seg.upperBound, text.folded[start] == " " { start += 1 }
    var end = trimmedEnd(seg)
    if let oe = grammar.objectEnd {
      var p = start
      while p < end {
        if oe.match(at: p, in: input) != nil { end = p; break }
        p += 1
      }
    }
    while end > start, [" ", ","].contains(text.folded[end - 1]) { end -= 1 }
    return start..<max(start, end)
  }

  /// English: the verb must follow its subject (with adverbs) or a coordination (", and ... urge").
  func englishClauseOK(_ f: Found, seg: Range<Int>, agents: [PatternMatch], input: MatchInput, grammar: ClaimGrammar) -> Bool {
    let s = f.match.range.lowerBound
    if agents.contains(where: { $0.range.upperBound == s }) { return true }
    if let b = grammar.objectBoundary {
      for p in max(seg.lowerBound, s - 40)..<s { if let m = b.match(at: p, in: input), m.range.upperBound == s { return true } }
    }
    return false
  }

  func modalityOf(_ f: Found, grammar: ClaimGrammar, input: MatchInput, seg: Range<Int>, object: Range<Int>) -> String? {
    let lo = language == .en ? max(seg.lowerBound, f.match.range.lowerBound - 12) : f.match.range.lowerBound
    for (value, p) in grammar.modality {
      for q in lo..<f.end where p.match(at: q, in: input).map({ $0.range.upperBound <= f.end }) ?? false { return value }
    }
    // English also puts it after the object: "We condemn X in the strongest possible terms."
    if language == .en, object.upperBound <= seg.upperBound {
      let tail = object.upperBound..<min(seg.upperBound, object.upperBound + 40)
      for (value, p) in grammar.modality {
        for q in tail where p.match(at: q, in: input) != nil { return value }
      }
    }
    return nil
  }

  /// Entities named inside a range (dates excluded), in text order, each once.
  func entityKeys(in r: Range<Int>) -> [EntityKey] {
    var out: [EntityKey] = []
    for m in mentions where r.contains(m.range.lowerBound) && m.range.upperBound <= r.upperBound {
      if !out.contains(m.entityKey) { out.append(m.entityKey) }
    }
    return out
  }

  /// The speakers named in an agent phrase: persons, states and organizations.
  func actorKeys(in r: Range<Int>) -> [EntityKey] {
    entityKeys(in: r).filter { entities[$0]?.entityClass.acts ?? false }
  }
}
