import Foundation

/// The documents of a run: files as given, folders expanded to their `*.txt` files.
public enum InputFiles {
  /// Names of the files every run writes beside the documents' own.
  public static let reservedStems: Set<String> = ["corpus", "context", "ontology", "shapes", "links"]

  /// The input files, sorted by file name so that the output never depends on the order of the arguments;
  /// the same file named twice counts once. Throws when an input is missing, when there is no document, when
  /// two inputs have the same file stem, or when a stem names one of the run's shared files.
  public static func resolve(_ inputs: [String]) throws(CorpusRunError) -> [URL] {
    var files: [URL] = []
    for input in inputs { files += try expand(input) }
    if files.isEmpty {
      throw CorpusRunError("error: no input documents (*.txt) in \(inputs.joined(separator: ", "))")
    }
    // Each document's files and IRI come from its file name without the extension: two inputs with the same
    // stem, or a stem that names one of the run's shared files, would overwrite each other.
    var byStem: [String: URL] = [:]
    var problems: [String] = []
    for url in files {
      let stem = url.deletingPathExtension().lastPathComponent
      if let other = byStem[stem], other.standardizedFileURL.path != url.standardizedFileURL.path {
        problems.append("\(url.path): error: another input has the same name '\(stem)': \(other.path)")
      } else if reservedStems.contains(stem) {
        let reserved = reservedStems.sorted().joined(separator: ", ")
        problems.append(
          "\(url.path): error: '\(stem)' is the name of a file every run writes (\(reserved)); rename the document")
      }
      byStem[stem] = byStem[stem] ?? url
    }
    if !problems.isEmpty { throw CorpusRunError(problems) }
    return byStem.values.sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// A file as it is, a folder as its `*.txt` files.
  static func expand(_ input: String) throws(CorpusRunError) -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      throw CorpusRunError("\(input): error: no such file or folder")
    }
    guard isDirectory.boolValue else { return [URL(fileURLWithPath: input)] }
    let names: [String]
    do { names = try FileManager.default.contentsOfDirectory(atPath: input) } catch {
      throw CorpusRunError("\(input): error: cannot list the folder: \(error.localizedDescription)")
    }
    return names.filter { $0.hasSuffix(".txt") }.map { URL(fileURLWithPath: input).appendingPathComponent($0) }
  }
}
