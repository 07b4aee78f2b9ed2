import ClaimGraphText
import RuleLanguage

/// Runs the examples of rule files: extracts each example sentence and compares with what it must and must not give.
public struct ExampleChecker: Sendable {
  /// The extractor that runs the examples.
  public let extractor: Extractor
  /// A checker for the examples of `rules`.
  public init(rules: RuleSet) { self.extractor = Extractor(rules: rules) }

  /// The party that 我々 / We stands for in examples without a title.
  public static let placeholderParty: EntityKey = "parties"

  /// The extraction of an example text (with the example's title as the document title).
  public func extract(_ ex: RuleExample) -> DocumentExtraction {
    var header = ex.documentTitle.map { "[文書名]　\($0)\n" } ?? ""
    if let date = ex.documentDate { header += "[年月日]　\(date)\n" }
    if !header.isEmpty { header += "[全文]\n" }
    let bytes = Array((header + ex.text).utf8)
    let doc =
      (try? DocumentReader.read(bytes: bytes, fileName: "example.txt"))
      ?? SourceDocument(
        fileName: "example.txt", stem: "example", title: ex.documentTitle, place: nil, dateText: nil, source: nil,
        note: nil,
        hasHeader: false, bodyStartLine: 1, text: BodyText(nfc: UnicodeNormalization.nfc(ex.text)), language: .ja)
    // Without a title an example has no parties: 我々 then stands for a placeholder party.
    return extractor.extract(doc, fallbackParties: ex.documentTitle == nil ? [Self.placeholderParty] : [])
  }

  /// What went wrong, one line per problem; empty when the example passes.
  public func check(_ ex: RuleExample) -> [String] {
    if let expectation = ex.lexicon { return check(ex, expectation) }
    return problems(of: ex, in: extract(ex))
  }

  /// What went wrong with the entities and claims an example expects of its extraction `x`.
  func problems(of ex: RuleExample, in x: DocumentExtraction) -> [String] {
    var problems: [String] = []
    let found = Set(x.mentions.map(\.entityKey.rawValue))
    let surfaces = Set(x.mentions.map { x.document.text.slice($0.range) })
    func has(_ want: String) -> Bool { found.contains(want) || surfaces.contains(want) }
    for e in ex.entities where !has(e) {
      problems.append("expected entity '\(e)' in \"\(ex.text)\"; found \(surfaces.sorted())")
    }
    for e in ex.notEntities where has(e) { problems.append("entity '\(e)' must not be found in \"\(ex.text)\"") }
    for want in ex.claims {
      let ok = x.claims.contains { c in
        c.predicate == want.predicate
          && (want.object.map { c.objectText == $0 } ?? true)
          && (want.modality.map { c.modality == $0 } ?? true)
          && (want.negated.map { c.negated == $0 } ?? true)
          && (want.agents.map { Set($0) == Set(c.agents.map(\.rawValue)) } ?? true)
      }
      if !ok {
        let got = x.claims.map {
          "\($0.predicate)(\($0.agents.map(\.rawValue).joined(separator: "+")) → \"\($0.objectText)\"\($0.modality.map { " " + $0 } ?? "")\($0.negated ? " negated" : ""))"
        }
        problems.append(
          "expected claim \(want.predicate)\(want.object.map { " → \"\($0)\"" } ?? "") in \"\(ex.text)\"; got \(got)")
      }
    }
    for p in ex.notClaims where x.claims.contains(where: { $0.predicate == p }) {
      problems.append("claim '\(p)' must not be extracted from \"\(ex.text)\"")
    }
    return problems
  }
}
