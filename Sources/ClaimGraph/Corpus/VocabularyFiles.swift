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
    let template: VocabularyTemplate
    switch name {
    case "ontology.ttl":
      template = VocabularyDocuments.ontology(template: try resource("ontology.template.ttl"), vocabulary: vocabulary)
    case "shapes.ttl":
      template = VocabularyDocuments.shapes(template: try resource("shapes.template.ttl"), vocabulary: vocabulary)
    default: throw CorpusRunError("error: the resource \(name) is missing from this build")
    }
    do {
      return Array(try template.render().utf8)
    } catch {
      throw CorpusRunError("error: the resource \(name.dropLast(".ttl".count)).template.ttl: \(error)")
    }
  }

  /// Throws when a superclass of a class (`schema:Country`) has a prefix that the ontology does not declare;
  /// `file` names the vocabulary file in the message.
  static func checkSuperclasses(of vocabulary: Vocabulary, file: String) throws(CorpusRunError) {
    let prefixes = VocabularyTemplate(text: try resource("ontology.template.ttl")).declaredPrefixes
    for c in vocabulary.classes {
      for superclass in c.superclasses where !prefixes.contains(String(superclass.prefix { $0 != ":" })) {
        let known = prefixes.sorted().joined(separator: ", ")
        throw CorpusRunError(
          "\(file): error: class '\(c.entityClass.name)': superclass '\(superclass)' has a prefix that "
            + "ontology.ttl does not declare (expected one of \(known))")
      }
    }
  }

  /// Every file of `names` for `vocabulary`, in order, after checking that the prefixes of the classes'
  /// superclasses are declared (`file`, the vocabulary's path, names the file in the message).
  public static func all(
    for vocabulary: Vocabulary, file: String = "rules/vocabulary.yaml"
  ) throws(CorpusRunError) -> [(name: String, bytes: [UInt8])] {
    try checkSuperclasses(of: vocabulary, file: file)
    var files: [(name: String, bytes: [UInt8])] = []
    for name in names { files.append((name, try bytes(of: name, vocabulary: vocabulary))) }
    return files
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
