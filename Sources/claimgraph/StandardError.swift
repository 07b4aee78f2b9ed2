import ArgumentParser
import Foundation

/// The one writer of messages to stderr for every command.
enum StandardError {
  /// Writes `text` as it is (a summary ends its own lines).
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Writes `message` and a line end, and gives the exit code the command then throws.
  static func fail(_ message: String) -> ExitCode {
    write(message + "\n")
    return ExitCode(1)
  }
}
