// The unlock agent's Unix socket: where it lives, and the few POSIX calls around it.
import Foundation
import MeldboekCore
import MeldboekSodium
import SystemPackage

/// A connected or listening Unix stream socket, closed when released.
///
/// Only the unlock agent and its clients use it. Every connection is checked
/// with `SO_PEERCRED`: the agent serves only processes of its own user.
final class AgentSocket {
    let fd: Int32

    private init(fd: Int32) {
        self.fd = fd
    }

    deinit {
        close(fd)
    }

    /// The folder holding every agent socket of this user: `$XDG_RUNTIME_DIR/meldboek`,
    /// else `/tmp/meldboek-UID`, 0700 and checked to be the user's own.
    ///
    /// - Parameter create: Make the folder when missing (only an agent about to
    ///   listen does); otherwise a missing folder is nil: no agent runs.
    /// - Throws: ``AgentError/folderUnsafe(path:)`` when the folder exists
    ///   but is a link, belongs to someone else, or others can reach into it.
    static func folder(create: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> URL?
    {
        let folder: URL
        if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/"), isOwnFolder(runtime, strict: false) {
            folder = URL(fileURLWithPath: runtime).appendingPathComponent("meldboek")
        } else {
            folder = URL(fileURLWithPath: "/tmp/meldboek-\(getuid())")
        }
        if create, mkdir(folder.path, 0o700) != 0, errno != EEXIST {
            throw PrivateFiles.errnoError(path: folder.path)
        }
        var info = stat()
        if !create, lstat(folder.path, &info) != 0, errno == ENOENT { return nil }
        guard isOwnFolder(folder.path, strict: true) else {
            throw AgentError.folderUnsafe(path: folder.path)
        }
        return folder
    }

    /// Whether `path` is a real folder (not a link) owned by this user, and with
    /// `strict`, reachable by nobody else.
    private static func isOwnFolder(_ path: String, strict: Bool) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { return false }
        return !strict || info.st_mode & 0o077 == 0
    }

    /// The socket of the agent for the vault in `folder`, named by a hash of the
    /// vault's real path, so each vault has its own agent and the name reveals nothing.
    ///
    /// - Returns: Nil when the sockets' folder is missing and `create` is false.
    static func path(
        forVault folder: URL, create: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String? {
        let real = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let digest = BLAKE2b.hash(Array("meldboek/v1/agent\0\(real)".utf8), outputByteCount: 16)
        guard let sockets = try self.folder(create: create, environment: environment) else { return nil }
        return sockets.appendingPathComponent(Encoding.hex(digest) + ".sock").path
    }

    /// Connects to the socket at `path`; nil when nothing listens there.
    ///
    /// A socket file nobody listens on is left by an agent that was killed: it is removed.
    static func connect(to path: String) throws -> AgentSocket? {
        let socket = try make()
        let result = try withAddress(path) { address, length in Foundation.connect(socket.fd, address, length) }
        guard result == 0 else {
            if errno == ECONNREFUSED { unlink(path) }
            return nil
        }
        socket.setTimeout(seconds: 5)
        return socket
    }

    /// Listens at `path`, replacing a stale socket file.
    ///
    /// - Throws: ``AgentError/running`` when an agent already listens there.
    static func listen(at path: String) throws -> AgentSocket {
        if let _ = try connect(to: path) { throw AgentError.running }
        unlink(path)
        let socket = try make()
        let bound = try withAddress(path) { address, length in bind(socket.fd, address, length) }
        guard bound == 0, Foundation.listen(socket.fd, 8) == 0 else { throw PrivateFiles.errnoError(path: path) }
        chmod(path, 0o600)
        return socket
    }

    /// Accepts one connection from a process of this user; nil for anyone else or on a timeout.
    func accept(waitingAtMost milliseconds: Int32) -> AgentSocket? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) == 1 else { return nil }
        let client = Foundation.accept(fd, nil, nil)
        guard client >= 0 else { return nil }
        let connection = AgentSocket(fd: client)
        guard connection.peerUserID() == getuid() else { return nil }
        connection.setTimeout(seconds: 2)
        return connection
    }

    /// The user id of the process at the other end, from `SO_PEERCRED`.
    func peerUserID() -> uid_t? {
        // struct ucred { pid_t pid; uid_t uid; gid_t gid; }
        var credentials: (Int32, UInt32, UInt32) = (0, 0, 0)
        var length = socklen_t(MemoryLayout.size(ofValue: credentials))
        let peerCredentials: Int32 = 17  // SO_PEERCRED on Linux
        guard getsockopt(fd, SOL_SOCKET, peerCredentials, &credentials, &length) == 0,
              Int(length) == MemoryLayout.size(ofValue: credentials)
        else { return nil }
        return credentials.1
    }

    /// Sends all of `bytes`.
    ///
    /// With `send` and `MSG_NOSIGNAL`, so a client gone away is an error here, not a SIGPIPE that ends the
    /// agent: FileDescriptor's `writeAll` is `write`, which has no such flag, so this loop stays our own.
    func send(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = Foundation.send(fd, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if sent < 0 {
                if errno == EINTR { continue }
                throw AgentError.unreachable
            }
            offset += sent
        }
    }

    /// Sends a line of text.
    func send(line: String) throws {
        try Array((line + "\n").utf8).withUnsafeBytes { try send($0) }
    }

    /// Reads up to a newline (at most `limit` bytes), without it.
    func receiveLine(limit: Int = 256) throws -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < limit {
            // `read` on a socket is `recv` without flags; the receive timeout still ends it (EAGAIN).
            let n = try? withUnsafeMutableBytes(of: &byte) { try FileDescriptor(rawValue: fd).read(into: $0) }
            guard n == 1 else { throw AgentError.unreachable }
            if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
        throw AgentError.unreachable
    }

    /// Reads exactly `buffer.count` bytes into `buffer`.
    func receive(into buffer: UnsafeMutableRawBufferPointer) throws {
        var offset = 0
        while offset < buffer.count {
            let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[offset...])
            guard let n = try? FileDescriptor(rawValue: fd).read(into: rest), n > 0 else {
                throw AgentError.unreachable
            }
            offset += n
        }
    }

    private func setTimeout(seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        let length = socklen_t(MemoryLayout<timeval>.size)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, length)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, length)
    }

    private static func make() throws -> AgentSocket {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw AgentError.unreachable }
        return AgentSocket(fd: fd)
    }

    private static func withAddress<R>(
        _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R
    ) throws -> R {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard bytes.count < capacity else { throw AgentError.pathTooLong(path: path) }
        withUnsafeMutableBytes(of: &address.sun_path) { target in
            target.copyBytes(from: bytes)
            target[bytes.count] = 0
        }
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
    }
}
