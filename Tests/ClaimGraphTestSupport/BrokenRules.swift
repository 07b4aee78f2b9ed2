import Foundation
import RuleTestSupport

/// A copy of rules/ in `folder` in which claims/ja/condemns.yaml names an unknown entity class `Foo`; returns
/// the copy and the line and column of `{Foo}`.
package func brokenRulesCopy(in folder: URL) throws -> (rules: URL, line: Int, column: Int) {
  let rules = folder.appendingPathComponent("rules")
  try copyFolder(repoRoot.appendingPathComponent("rules"), to: rules)
  let file = rules.appendingPathComponent("claims/ja/condemns.yaml")
  var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
  guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("pattern:") }),
    let valueStart = lines[index].range(of: "pattern: ")?.upperBound
  else { throw CocoaError(.fileReadCorruptFile) }
  lines[index] = String(lines[index][..<valueStart]) + "x {Foo} " + String(lines[index][valueStart...])
  try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
  let column = lines[index][..<valueStart].unicodeScalars.count + 3
  return (rules, index + 1, column)
}
