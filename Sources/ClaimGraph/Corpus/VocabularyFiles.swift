import Foundation
import RuleLanguage

/// The cg: vocabulary (`ontology.ttl`: classes, predicates with ja/en labels, schema.org superclasses, CAMEO
/// codes) and the SHACL shapes of the graph contract (`shapes.ttl`) that a run writes into its output folder.
///
/// Both are made from the rule set's vocabulary (`rules/vocabulary.yaml`, where the classes and predicates are
/// declared once) and the templates shipped as resources of this library (`Resources/*.template.ttl`, which hold
/// everything else: the document and claim classes, the properties, the shapes of the graph contract).
public enum VocabularyFiles {
  /// The file names, in the order a run writes them.
  public static let names = ["ontology.ttl", "shapes.ttl"]

  /// The bytes of the file `name` (one of `names`) for `vocabulary`; throws when this build lacks its template.
  public static func bytes(of name: String, vocabulary: Vocabulary) throws(CorpusRunError) -> [UInt8] {
    let fill: (String, Vocabulary) -> VocabularyTemplate
    switch name {
    case "ontology.ttl": fill = VocabularyDocuments.ontology
    case "shapes.ttl": fill = VocabularyDocuments.shapes
    default: throw CorpusRunError("error: the resource \(name) is missing from this build")
    }
    let templateName = String(name.dropLast(".ttl".count)) + ".template.ttl"
    let template = fill(try resource(templateName), vocabulary)
    do {
      return Array(try template.render().utf8)
    } catch {
      throw CorpusRunError("error: the resource \(templateName): \(error)")
    }
  }

  /// The text of the resource `name`; throws when this build lacks it.
  static func resource(_ name: String) throws(CorpusRunError) -> String {
    guard
      let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
        ?? Bundle.module.url(forResource: name, withExtension: nil),
      let data = FileManager.default.contents(atPath: url.path)
    else { throw CorpusRunError("error: the resource \(name) is missing from this build") }
    return String(decoding: data, as: UTF8.self)
  }
}
