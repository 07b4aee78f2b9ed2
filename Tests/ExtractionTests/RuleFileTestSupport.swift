import Foundation

/// The repository's rules folder (three levels above this file).
let rulesFolder = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("rules")

/// The files every rule set needs, from the repository's rules folder: the vocabulary (and the lexicons), so
/// that a test's small rule files are checked against the real classes and predicates.
let coreRuleFiles: [(String, String)] = ["vocabulary.yaml"].map { path in
  (path, (try? String(contentsOf: rulesFolder.appendingPathComponent(path), encoding: .utf8)) ?? "")
}
