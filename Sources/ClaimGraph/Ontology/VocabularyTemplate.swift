import Foundation

/// A resource file with placeholders that the vocabulary fills in (`ontology.template.ttl`,
/// `shapes.template.ttl`).
///
/// - `{{name}}` inside a line is replaced by the text of `name`;
/// - a line that is only `{{name}}` is replaced by the block `name` (lines of its own);
/// - `{{name}}` standing for a list of items is filled with the items one after another, each line as long as
///   `lineWidth` allows, the next line indented to the column where the list began;
/// - a line starting with `{{!` is a note for the template's reader and is left out.
struct VocabularyTemplate {
  /// The widest line a filled list may make (the widest line of the hand-written files it replaces).
  static let lineWidth = 111

  /// The template's text.
  let text: String
  /// Texts that replace a placeholder inside a line.
  var texts: [String: String] = [:]
  /// Blocks that replace a line holding only their placeholder.
  var blocks: [String: String] = [:]
  /// Lists of items, joined by a space and wrapped at `lineWidth`.
  var lists: [String: [String]] = [:]

  /// The prefixes the template declares (`@prefix cg: <…> .`), which prefixed names in its values may use.
  var declaredPrefixes: Set<String> {
    var prefixes: Set<String> = []
    for line in text.split(separator: "\n") where line.hasPrefix("@prefix ") {
      let name = line.dropFirst("@prefix ".count).prefix { $0 != ":" }
      prefixes.insert(String(name))
    }
    return prefixes
  }

  /// The filled template; throws on a placeholder it has no value for.
  func render() throws(VocabularyTemplateError) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("{{!") { continue }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), let block = blocks[String(trimmed.dropFirst(2).dropLast(2))]
      {
        out.append(block)
        continue
      }
      out.append(contentsOf: try fill(String(line)))
    }
    return out.joined(separator: "\n")
  }

  /// One template line with its placeholders filled (a wrapped list makes more than one line).
  private func fill(_ line: String) throws(VocabularyTemplateError) -> [String] {
    var lines = [""]
    var rest = Substring(line)
    while let open = rest.range(of: "{{") {
      lines[lines.count - 1] += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "}}") else { break }
      let name = String(rest[open.upperBound..<close.lowerBound])
      rest = rest[close.upperBound...]
      if let value = texts[name] {
        lines[lines.count - 1] += value
      } else if let items = lists[name] {
        let tail = String(rest.prefix { $0 != "{" })
        wrap(items, into: &lines, before: tail)
      } else {
        throw VocabularyTemplateError(placeholder: name)
      }
    }
    lines[lines.count - 1] += rest
    return lines
  }

  /// Appends `items` to the last line, breaking before an item that would make a line wider than `lineWidth`
  /// (the last line counts the text `before` that follows the list).
  private func wrap(_ items: [String], into lines: inout [String], before tail: String) {
    let indent = String(repeating: " ", count: lines[lines.count - 1].count)
    for (i, item) in items.enumerated() {
      let last = i == items.count - 1
      let current = lines[lines.count - 1]
      let separator = current.count == indent.count ? "" : " "
      let width = current.count + separator.count + item.count + (last ? tail.count : 0)
      if width > Self.lineWidth, current.count > indent.count {
        lines.append(indent + item)
      } else {
        lines[lines.count - 1] = current + separator + item
      }
    }
  }
}

/// A template names a placeholder that nothing fills: the template and the code disagree.
struct VocabularyTemplateError: Error, CustomStringConvertible {
  /// The placeholder's name.
  let placeholder: String

  var description: String { "the template has a placeholder {{\(placeholder)}} that nothing fills" }
}
