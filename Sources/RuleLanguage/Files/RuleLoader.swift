import ClaimGraphText
import Foundation

/// Loads a rules folder: every `*.yaml` below it, in path order, into a validated `RuleSet`.
///
/// All errors of all files are collected and thrown together as `RuleErrors`; nothing is half-loaded.
public enum RuleLoader {
  /// Loads every `*.yaml` and `*.yml` file below `directory`.
  public static func load(directory: URL) throws -> RuleSet {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    guard fm.fileExists(atPath: directory.path, isDirectory: &isDir), isDir.boolValue else {
      throw RuleErrors([Diagnostic(SourceLocation(file: directory.path, line: 1, column: 1), "rules folder not found")])
    }
    var files: [(String, String)] = []
    let base = directory.standardizedFileURL.path
    if let e = fm.enumerator(atPath: base) {
      for case let rel as String in e where rel.hasSuffix(".yaml") || rel.hasSuffix(".yml") {
        let path = base + "/" + rel
        guard let data = fm.contents(atPath: path) else {
          throw RuleErrors([Diagnostic(SourceLocation(file: rel, line: 1, column: 1), "cannot read file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
          throw RuleErrors([Diagnostic(SourceLocation(file: rel, line: 1, column: 1), "file is not valid UTF-8")])
        }
        files.append((rel, text))
      }
    }
    files.sort { $0.0 < $1.0 }
    if files.isEmpty {
      throw RuleErrors([
        Diagnostic(
          SourceLocation(file: directory.path, line: 1, column: 1), "no rule files (*.yaml) in the rules folder")
      ])
    }
    return try load(files: files, root: base)
  }

  /// Loads rule files given as (relative path, text) pairs.
  public static func load(files: [(String, String)], root: String = "rules") throws -> RuleSet {
    var builder = RuleSetBuilder()
    var lexicons = TextLexiconFiles()
    // The vocabulary first: every other file is checked against it.
    builder.readVocabulary(files.first { $0.0 == VocabularyReader.path }.map { (path: $0.0, text: $0.1) })
    for (path, text) in files.sorted(by: { $0.0 < $1.0 }) where path != VocabularyReader.path {
      if lexicons.read(path: path, text: text) { continue }
      builder.read(path: path, text: text)
    }
    lexicons.hand(to: &builder)
    var ruleSet = try builder.finish(root: root, files: files.map(\.0).sorted())
    lexicons.install(in: &ruleSet)
    return ruleSet
  }
}
