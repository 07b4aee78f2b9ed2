import Foundation

/// The cg: vocabulary (`ontology.ttl`: classes, predicates with ja/en labels, schema.org superclasses, CAMEO
/// codes) and the SHACL shapes of the graph contract (`shapes.ttl`), shipped as resources of this library and
/// copied into every output folder as they are.
public enum VocabularyFiles {
  /// The file names, in the order a run writes them.
  public static let names = ["ontology.ttl", "shapes.ttl"]

  /// The bytes of the resource `name` (one of `names`); throws when this build lacks it.
  public static func bytes(of name: String) throws(CorpusRunError) -> [UInt8] {
    guard
      let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
        ?? Bundle.module.url(forResource: name, withExtension: nil),
      let data = FileManager.default.contents(atPath: url.path)
    else { throw CorpusRunError("error: the resource \(name) is missing from this build") }
    return [UInt8](data)
  }
}
