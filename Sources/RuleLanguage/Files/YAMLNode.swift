import Yams

/// A YAML node with its file, for reading rule files with exact locations in every error.
struct YAMLValue {
  let node: Node
  let file: String

  /// Where the value's text starts: after the opening quote of a quoted scalar.
  var location: SourceLocation {
    var column = node.mark?.column ?? 1
    if case .scalar(let sc) = node, sc.style == .doubleQuoted || sc.style == .singleQuoted { column += 1 }
    return SourceLocation(file: file, line: node.mark?.line ?? 1, column: column)
  }

  func fail(_ message: String) -> Diagnostic { Diagnostic(location, message) }

  var string: String? {
    guard case .scalar(let s) = node else { return nil }
    return s.string
  }

  func requireString(_ what: String) throws -> String {
    guard let s = string else { throw fail("expected \(what) (a text value)") }
    return s
  }

  /// A text value or a list of text values.
  func strings(_ what: String) throws -> [String] {
    if let s = string { return [s] }
    guard case .sequence(let seq) = node else { throw fail("expected \(what) (a text or a list of texts)") }
    return try seq.map { try YAMLValue(node: $0, file: file).requireString(what) }
  }

  func list(_ what: String) throws -> [YAMLValue] {
    guard case .sequence(let seq) = node else { throw fail("expected \(what) (a list)") }
    return seq.map { YAMLValue(node: $0, file: file) }
  }

  func mapping(_ what: String) throws -> YAMLMapping {
    guard case .mapping(let m) = node else { throw fail("expected \(what) (a mapping of keys to values)") }
    return YAMLMapping(mapping: m, file: file, location: location)
  }
}

/// A YAML mapping that remembers which keys were read, so that unknown keys are reported.
final class YAMLMapping {
  let file: String
  let location: SourceLocation
  private(set) var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)] = []
  private var used: Set<String> = []

  init(mapping: Node.Mapping, file: String, location: SourceLocation) {
    self.file = file
    self.location = location
    for (k, v) in mapping {
      let kl = SourceLocation(file: file, line: k.mark?.line ?? 1, column: k.mark?.column ?? 1)
      entries.append((k.string ?? "", kl, YAMLValue(node: v, file: file)))
    }
  }

  func optional(_ key: String) -> YAMLValue? {
    used.insert(key)
    return entries.first { $0.key == key }?.value
  }

  func require(_ key: String, in what: String) throws -> YAMLValue {
    guard let v = optional(key) else { throw Diagnostic(location, "\(what): missing key '\(key)'") }
    return v
  }

  func optionalString(_ key: String) throws -> String? { try optional(key)?.requireString("'\(key)'") }

  func bool(_ key: String, default d: Bool) throws -> Bool {
    guard let v = optional(key) else { return d }
    switch v.string {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw v.fail("expected true or false for '\(key)'")
    }
  }

  func int(_ key: String, default d: Int) throws -> Int {
    guard let v = optional(key) else { return d }
    guard let s = v.string, let n = Int(s) else { throw v.fail("expected a whole number for '\(key)'") }
    return n
  }

  /// Errors for keys outside `allowed`, found before any key is read (a misspelt required key is named as such).
  func unexpectedKeys(in what: String, allowed: [String]) -> [Diagnostic] {
    entries.filter { !allowed.contains($0.key) }.map {
      Diagnostic(
        $0.keyLocation, "\(what): unknown key '\($0.key)' (expected one of \(allowed.joined(separator: ", ")))")
    }
  }

  /// Errors for keys that were never read: a misspelt key must not be ignored silently.
  func unknownKeys(in what: String, allowed: [String]) -> [Diagnostic] {
    entries.filter { !used.contains($0.key) }.map {
      Diagnostic(
        $0.keyLocation, "\(what): unknown key '\($0.key)' (expected one of \(allowed.joined(separator: ", ")))")
    }
  }
}

/// Parses YAML text into a node, turning Yams errors into located diagnostics.
enum YAMLParsing {
  static func parse(_ text: String, file: String) throws -> YAMLValue {
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw Diagnostic(SourceLocation(file: file, line: 1, column: 1), "expected a YAML mapping, found an empty file")
      }
      return YAMLValue(node: node, file: file)
    } catch let e as YamlError {
      switch e {
      case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let ctx = context.map { " \($0.text)" } ?? ""
        throw Diagnostic(
          SourceLocation(file: file, line: mark.line, column: mark.column), "invalid YAML: \(problem)\(ctx)")
      case .duplicatedKeysInMapping(let duplicates, let context):
        let mark = context.mark
        throw Diagnostic(
          SourceLocation(file: file, line: mark.line, column: mark.column),
          "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping"
        )
      default:
        throw Diagnostic(SourceLocation(file: file, line: 1, column: 1), "invalid YAML: \(e)")
      }
    }
  }
}
