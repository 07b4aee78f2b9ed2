import ArgumentParser
import Foundation

/// The one writer to stderr: every command reports summaries, warnings and errors through it.
enum DiagnosticsPrinter {
  /// Writes `text` as it is (a summary ends its own lines).
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Writes `message` and a line end, and gives the exit code the command then throws.
  static func fail(_ message: String) -> ExitCode {
    write(message + "\n")
    return ExitCode(1)
  }

  /// Writes what `error` says, and gives the exit code the command then throws.
  static func fail(_ error: any Error) -> ExitCode { fail("\(error)") }
}
