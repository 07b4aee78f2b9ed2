#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A sink that writes to a temporary file beside `path`; `commit()` makes it the destination in one rename.
///
/// Until `commit()` the destination is untouched; `abort()` (or dropping the sink without committing)
/// removes the temporary file.
public final class AtomicFileSink: ByteSink {
  /// The destination file.
  public let path: String
  private let temporaryPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var isOpen = true
  private static let bufferLimit = 1 << 16

  /// Creates the temporary file `.<name>.XXXXXX` in the destination's folder (which must exist).
  public init(path: String) throws {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard !name.isEmpty else { throw SerializationError("cannot write to '\(path)': not a file path") }
    var template = Array("\(folder).\(name).XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard fd >= 0 else { throw SerializationError("cannot create a temporary file for '\(path)': \(Self.lastError())") }
    descriptor = fd
    temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    if isOpen {
      close(descriptor)
      unlink(temporaryPath)
    }
  }

  /// Buffers `bytes` and writes the buffer to the temporary file when it is full; throws once the file is closed.
  public func write(_ bytes: [UInt8]) throws {
    guard isOpen else { throw SerializationError("cannot write to '\(path)': the file is already closed") }
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferLimit { try flush() }
  }

  /// Writes what is buffered, syncs the file to disk and renames it over the destination (mode 0644).
  public func commit() throws {
    guard isOpen else { throw SerializationError("cannot commit '\(path)': the file is already closed") }
    do {
      try flush()
      guard fchmod(descriptor, 0o644) == 0 else { throw failure("cannot set the mode of") }
      guard fsync(descriptor) == 0 else { throw failure("cannot sync") }
    } catch {
      abort()
      throw error
    }
    isOpen = false
    close(descriptor)
    guard rename(temporaryPath, path) == 0 else {
      let error = failure("cannot rename the temporary file onto")
      unlink(temporaryPath)
      throw error
    }
  }

  /// Removes the temporary file; the destination stays as it was. Does nothing after `commit()`.
  public func abort() {
    guard isOpen else { return }
    isOpen = false
    close(descriptor)
    unlink(temporaryPath)
  }

  private func flush() throws {
    var offset = 0
    while offset < buffer.count {
      let n = buffer.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return systemWrite(descriptor, base + offset, raw.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw failure("cannot write")
      }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private func failure(_ what: String) -> SerializationError {
    SerializationError("\(what) '\(path)': \(Self.lastError())")
  }

  private static func lastError() -> String { String(cString: strerror(errno)) }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, bytes, count)
  #else
    Darwin.write(fd, bytes, count)
  #endif
}
