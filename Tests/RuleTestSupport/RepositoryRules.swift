import ClaimGraphText
import Foundation
import RuleLanguage

/// The repository's real rules (the whole `rules/` folder), loaded once.
package let realRules: Result<RuleSet, any Error> = Result { try RuleLoader.load(directory: rulesFolder) }

/// A document in the database layout: title and date in the header, then the body.
package func document(
  _ body: String, title: String? = nil, date: String? = nil, fileName: String = "t.txt"
) throws -> SourceDocument {
  var header = ""
  if let title { header += "[文書名]　\(title)\n" }
  if let date { header += "[年月日]　\(date)\n" }
  if !header.isEmpty { header += "[全文]\n" }
  return try DocumentReader.read(bytes: Array((header + body).utf8), fileName: fileName)
}

/// The seed document `name` of `seeds/`, read.
package func seedDocument(_ name: String) throws -> SourceDocument {
  let bytes = try [UInt8](Data(contentsOf: repoRoot.appendingPathComponent("seeds/\(name)")))
  return try DocumentReader.read(bytes: bytes, fileName: name)
}

/// Three seed documents, Japanese and English, for tests that run on a few real documents.
package let sampleSeeds = [
  "000_f30c3d14f80291c6.txt", "19810508-suzuki-reagan-joint-statement.txt", "20171031-abe-stoltenberg-en.txt",
]
