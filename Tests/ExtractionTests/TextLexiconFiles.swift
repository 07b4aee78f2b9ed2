import Foundation

/// The repository's own `rules/dates/`, `rules/sentences/` and `rules/text/` files as (relative path, text)
/// pairs: a test's small rule set needs them to find dates, sentences, event places and quotations as the real
/// rules do.
let textLexiconFiles: [(String, String)] = ["dates", "sentences", "text"].flatMap { folder in
  let url = repoRoot.appendingPathComponent("rules").appendingPathComponent(folder)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
  return names.sorted().filter { $0.hasSuffix(".yaml") }.map { name in
    ("\(folder)/\(name)", (try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)) ?? "")
  }
}
