import Foundation

/// A fresh, empty temporary folder (removed by the caller with `removeTemporary`).
package func makeTemporaryFolder(_ name: String = "claimgraph-tests") throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Removes a temporary folder and everything in it.
package func removeTemporary(_ url: URL) { try? FileManager.default.removeItem(at: url) }

/// The names of the (non-hidden) files in a folder, sorted; empty when the folder does not exist.
package func fileNames(in folder: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
}

/// Every entry of a folder, hidden ones (temporary files `.name.XXXXXX`) included, sorted.
package func allEntries(in folder: URL) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// Every file of a folder with its bytes.
package func contents(of folder: URL) throws -> [String: Data] {
  var out: [String: Data] = [:]
  for name in fileNames(in: folder) { out[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
  return out
}

/// Copies a folder tree.
package func copyFolder(_ from: URL, to: URL) throws {
  try FileManager.default.copyItem(at: from, to: to)
}

/// The first difference between two texts, as "line N: expected … / actual …", or nil when they are equal.
package func firstDifference(expected: Data, actual: Data) -> String? {
  if expected == actual { return nil }
  let e = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let a = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  for i in 0..<max(e.count, a.count) {
    let el = i < e.count ? String(e[i]) : "<end of file>"
    let al = i < a.count ? String(a[i]) : "<end of file>"
    if el != al { return "line \(i + 1):\n  expected: \(el.prefix(400))\n  actual:   \(al.prefix(400))" }
  }
  return "same lines, different bytes (\(expected.count) vs \(actual.count) bytes)"
}
