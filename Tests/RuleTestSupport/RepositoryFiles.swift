import Foundation

/// The repository root (three levels above this file).
package let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// The repository's own `rules/` folder.
package let rulesFolder = repoRoot.appendingPathComponent("rules")

/// Files of the repository's `rules/` folder as (path relative to `rules/`, text) pairs, in path order: each of
/// `paths` is a file, or a folder whose `*.yaml` files (at any depth) are all read.
package func repositoryRuleFiles(_ paths: [String]) -> [(String, String)] {
  paths.flatMap { path -> [(String, String)] in
    let url = rulesFolder.appendingPathComponent(path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
      return [(path, ruleFileText(url))]
    }
    let below = FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
    return below.filter { $0.hasSuffix(".yaml") }.sorted().map { name in
      ("\(path)/\(name)", ruleFileText(url.appendingPathComponent(name)))
    }
  }
}

/// The text of a rule file; empty when it cannot be read (the loader then reports what is missing).
private func ruleFileText(_ url: URL) -> String {
  (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}

/// The files every rule set needs: the vocabulary, so that a test's small rule files are checked against the
/// real classes and predicates.
package let coreRuleFiles = repositoryRuleFiles(["vocabulary.yaml"])

/// The repository's `rules/dates/`, `rules/sentences/` and `rules/text/` files: a test's small rule set needs
/// them to find dates and sentences, and to read clauses and quotations, as the real rules do.
package let textLexiconFiles = repositoryRuleFiles(["dates", "sentences", "text"])
