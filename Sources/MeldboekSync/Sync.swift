// Sync between a journal's devices through a folder any file-sync tool copies: each device writes only
// files of its own, and takes in everything the others wrote.
import Foundation
import MeldboekCore
import MeldboekSodium

/// Joining a vault to a sync folder, and exchanging with the other devices there.
///
/// The folder holds one folder per device (its id in hex) with its key file, its head and its immutable
/// segments and attachment files; the vault's database is never in it. An exchange takes in the other
/// devices' new items as records at the end of this vault's chain (its union: nothing is dropped), then
/// writes this device's new records as a new segment, then the head, and only then commits: a sync killed
/// at any moment leaves the folder and the vault as before, or the folder ahead (taken up by the next sync).
/// See Docs/vault-format.md, "The sync folder".
public enum Sync {
    /// Joins `journal` to `folder` as a new device, which it makes when missing: writes this device's key
    /// file and its records, and takes in what other devices of this journal already wrote there.
    ///
    /// - Throws: ``SyncError/alreadyJoined(path:)``, ``SyncError/needsUpgrade(format:)``,
    ///   ``SyncError/overlapsVault(path:)``, ``SyncError/otherJournal(path:)``, and disk errors.
    public static func initialize(_ journal: Journal, folder: URL, deviceName: String, now: Date = Date()) throws
        -> SyncReport
    {
        let folder = folder.standardizedFileURL
        if let state = try loadState(journal) { throw SyncError.alreadyJoined(path: state.folder) }
        guard journal.vault.format >= 3 else { throw SyncError.needsUpgrade(format: journal.vault.format) }
        try refuseOverlap(folder, vault: journal.vault.folder)
        try makeFolder(folder)
        let key = try journal.layerKey("sync-folder")
        var ours = false
        for device in try devices(in: folder) {
            let head = folder.appendingPathComponent(device.description).appendingPathComponent(SyncFiles.headName)
            guard let bytes = SyncFiles.read(head, limit: SyncFiles.maximumSmallFileSize) else { continue }
            guard readHead(bytes, device: device, key: key) != nil else { throw SyncError.otherJournal(path: folder.path) }
            ours = true
        }
        // A vault with this journal's key that is no device of the folder is a copy of one, or one that left:
        // its records, what it once took in included, would all arrive twice. A new device starts empty.
        if ours, try journal.readState({ $0.lastSeq }) > 0 { throw SyncError.alreadyInFolder(path: folder.path) }
        try attach(journal, folder: folder, deviceName: deviceName, now: now)
        return try exchange(journal, now: now)
    }

    /// The key slots of every device in `folder`, each once: what `sync join` opens with the passphrase or code.
    /// - Throws: ``SyncError/folderMissing(path:)``, ``SyncError/nothingToJoin(path:)``.
    public static func keySlots(in folder: URL) throws -> [VaultKeySlots] {
        let folder = folder.standardizedFileURL
        guard isFolder(folder) else { throw SyncError.folderMissing(path: folder.path) }
        var found: [VaultKeySlots] = []
        for device in try devices(in: folder) {
            let file = folder.appendingPathComponent(device.description).appendingPathComponent(SyncFiles.keyName)
            if let bytes = SyncFiles.read(file, limit: SyncFiles.maximumSmallFileSize),
               let slots = SyncFiles.slots(inKeyFile: bytes), !found.contains(slots)
            {
                found.append(slots)
            }
        }
        guard !found.isEmpty else { throw SyncError.nothingToJoin(path: folder.path) }
        return found
    }

    /// Joins a vault just made from the folder's key slots (``Vault/join(at:slots:passphrase:)``) as a new
    /// device, and takes in everything the other devices wrote.
    public static func join(_ journal: Journal, folder: URL, deviceName: String, now: Date = Date()) throws -> SyncReport {
        let folder = folder.standardizedFileURL
        try refuseOverlap(folder, vault: journal.vault.folder)
        try attach(journal, folder: folder, deviceName: deviceName, now: now)
        return try exchange(journal, now: now)
    }

    /// Whether `journal` exchanges after every command that writes (`sync auto on`); false when not joined.
    public static func isAutomatic(_ journal: Journal) throws -> Bool {
        try loadState(journal)?.automatic ?? false
    }

    /// Turns the exchange after every write on or off.
    /// - Throws: ``SyncError/notJoined``.
    public static func setAutomatic(_ journal: Journal, _ automatic: Bool) throws {
        let key = try SyncState.key(journal)
        try journal.transaction { writer in
            let db = try writer.state.db
            guard var state = try SyncState.load(db, key: key) else { throw SyncError.notJoined }
            state.automatic = automatic
            try state.store(db, key: key)
        }
    }

    /// Unjoins `journal` from its sync folder: the vault forgets the folder, and keeps every entry. This
    /// device's files stay in the folder (the other devices took them in already and go on without it).
    /// - Returns: The folder it was joined to.
    /// - Throws: ``SyncError/notJoined``.
    @discardableResult
    public static func leave(_ journal: Journal) throws -> URL {
        let key = try SyncState.key(journal)
        var folder: URL?
        try journal.transaction { writer in
            let db = try writer.state.db
            guard let state = try SyncState.load(db, key: key) else { throw SyncError.notJoined }
            folder = URL(fileURLWithPath: state.folder)
            try db.execute(sql: "DELETE FROM sync")
        }
        return folder!
    }

    /// The folder `journal` is joined to, nil when none.
    public static func folder(of journal: Journal) throws -> URL? {
        try loadState(journal).map { URL(fileURLWithPath: $0.folder) }
    }

    // MARK: Exchanging

    /// Takes in what the other devices wrote since the last exchange and writes what this device wrote.
    ///
    /// - Parameter compact: Rewrite this device's files even when no deletion asks for it (`sync compact`).
    /// - Throws: ``SyncError/notJoined``, ``SyncError/folderMissing(path:)``, ``SyncError/ownFilesMissing(path:)``,
    ///   and what a write to the vault throws.
    /// - Parameter afterFolderWritten: Called once the folder holds this exchange's files and before the vault
    ///   commits: for tests that stop the process in that window.
    public static func exchange(
        _ journal: Journal, compact: Bool = false, now: Date = Date(), afterFolderWritten: (() throws -> Void)? = nil
    ) throws -> SyncReport {
        guard let saved = try loadState(journal) else { throw SyncError.notJoined }
        let folder = URL(fileURLWithPath: saved.folder)
        guard isFolder(folder) else { throw SyncError.folderMissing(path: folder.path) }
        let key = try journal.layerKey("sync-folder")
        let stateKey = try SyncState.key(journal)
        // Read outside the write: the slots may have changed (`passwd`), and the key file follows them.
        let slots = try journal.keySlots()
        var report = SyncReport()
        var touched = Set<EntryID>()
        try journal.transaction { writer in
            let db = try writer.state.db
            guard var state = try SyncState.load(db, key: stateKey) else { throw SyncError.notJoined }
            let ownFolder = folder.appendingPathComponent(state.device.description)
            let exportedBefore = state.exportedThrough
            var ownHead = try reconcile(&state, ownFolder: ownFolder, key: key, writer: writer)
            let sinceLastCommit = try writer.records(after: exportedBefore)
            let ownRecords = sinceLastCommit.filter { $0.seq > state.exportedThrough }

            // This device's deletions since the last commit (a sync stopped after writing the folder included)
            // count before anything is taken in: another device's version of such an entry must not come back.
            var newDeletions = false
            for (_, record) in sinceLastCommit {
                guard let entry = record.deletion?.entry else { continue }
                state.deleted.insert(entry)
                newDeletions = true
            }

            // The other devices' new items, taken in as records at the end of this chain.
            report.notices += strayFiles(in: folder, own: state.device)
            for device in try devices(in: folder) where device != state.device {
                let outcome = try takeIn(device, folder: folder, key: key, state: &state, writer: writer, now: now)
                report.notices += outcome.notices
                if outcome.items > 0 { report.imported.append((outcome.name, outcome.items)) }
                report.deletionsApplied += outcome.deletionsApplied
                newDeletions = newDeletions || outcome.sawDeletion
                touched.formUnion(outcome.revised)
            }
            if !report.imported.isEmpty { writer.rebuildIndexAtCommit() }

            // This device's new records, as items after its last one.
            var items: [SyncItem] = []
            var streams: [(entry: EntryID?, content: StoredStream)] = []
            var n = state.count
            for (_, record) in ownRecords {
                if record.isRecovery || record.isDeletion && record.deletion?.entry == nil { continue }
                // The evidence layer's witnesses (kinds 40–49) are about this device's own commitment log.
                if (40...49).contains(record.kind.rawValue) { continue }
                n += 1
                if let deletion = record.deletion, let entry = deletion.entry {
                    items.append(SyncItem(n: n, deleted: .init(entry: entry, deletedAt: deletion.deletedAt)))
                } else {
                    if let content = record.attachedContent { streams.append((record.entryID, content)) }
                    items.append(SyncItem(n: n, record: Data(record.plaintext)))
                }
            }
            // An entry deleted meanwhile (here or by a device just taken in) has no content left to write.
            for (entry, content) in streams where !ownHead.attachments.contains(where: { $0.stream == content.stream })
                && !(entry.map(state.deleted.contains) ?? false)
            {
                let name = SyncFiles.attachmentName(stream: content.stream)
                try writeAttachment(content, to: ownFolder.appendingPathComponent(name), writer: writer)
                ownHead.attachments.append(.init(file: name, stream: content.stream))
            }
            var chain = state.hash
            for item in items { chain = SyncChain.link(chain, n: item.n, digest: item.digest!) }

            // Also once a device's head lists many segments (one per exchange that wrote), so heads stay small.
            let ownHasDeleted = newDeletions || compact || ownHead.segments.count >= maximumSegments
            if !items.isEmpty || ownHasDeleted {
                let previous = ownHead
                if ownHasDeleted {
                    let old = try ownItems(ownHead, folder: ownFolder, key: key)
                    ownHead = try compacted(old + items, head: ownHead, deleted: state.deleted, folder: ownFolder, key: key)
                    report.compacted = ownHead.generation != previous.generation
                } else {
                    let name = SyncFiles.segmentName(generation: ownHead.generation, first: items[0].n)
                    let bytes = try SyncFiles.seal(
                        SyncSegment(items: items), magic: SyncFiles.segmentMagic,
                        additionalData: SyncFiles.segmentAssociatedData(state.device, file: name), key: key)
                    try SyncFiles.write(bytes, to: ownFolder.appendingPathComponent(name), replacing: true)
                    ownHead.segments.append(.init(
                        file: name, first: items[0].n, last: items[items.count - 1].n, digest: Data(BLAKE2b.hash(Array(bytes))),
                        size: Int64(bytes.count)))
                }
            }
            // What the head says this device wrote up to: its own records, before anything was taken in.
            ownHead.count = n
            ownHead.hash = chain
            ownHead.exportedThrough = ownRecords.last?.seq ?? state.exportedThrough
            ownHead.vaultHash = try writer.chainHash(at: ownHead.exportedThrough)
            ownHead.name = state.name
            ownHead.writtenAt = now
            try writeHead(ownHead, to: ownFolder, key: key)
            try writeKeyFile(slots, to: ownFolder)
            // What the head no longer lists goes: an older generation's segments and deleted entries' content,
            // also what a sync stopped between writing the head and removing them left behind.
            removeUnlisted(ownHead, in: ownFolder)
            try afterFolderWritten?()
            report.exported = items.count
            state.count = n
            state.hash = chain
            state.generation = ownHead.generation
            // Everything up to here is in the folder or came from it: the next exchange starts after it.
            state.exportedThrough = try writer.lastSeq
            try state.store(db, key: stateKey)
        }
        for id in touched.sorted() {
            guard let entry = try? journal.entry(id.description), entry.fork.count > 1 else { continue }
            report.notices.append(.fork(entry: id, title: entry.current.title, versions: entry.fork.count))
        }
        return report
    }

    // MARK: Status and checking

    /// Every device in the folder, this one first, with how far its chain goes and whether it is whole.
    public static func devices(_ journal: Journal) throws -> [DeviceCondition] {
        guard let state = try loadState(journal) else { throw SyncError.notJoined }
        let folder = URL(fileURLWithPath: state.folder)
        guard isFolder(folder) else { throw SyncError.folderMissing(path: folder.path) }
        let key = try journal.layerKey("sync-folder")
        var conditions: [DeviceCondition] = []
        for device in try devices(in: folder) {
            let isOwn = device == state.device
            let taken = isOwn ? state.count : state.peers[device]?.count ?? 0
            let headFile = folder.appendingPathComponent(device.description).appendingPathComponent(SyncFiles.headName)
            guard let bytes = SyncFiles.read(headFile), let head = readHead(bytes, device: device, key: key) else {
                conditions.append(DeviceCondition(
                    device: device, name: isOwn ? state.name : state.peers[device]?.name, isThisDevice: isOwn, items: 0,
                    taken: taken, writtenAt: nil, chain: .damaged))
                continue
            }
            let chain: DeviceCondition.Chain
            switch try? readChain(head, folder: folder.appendingPathComponent(device.description), key: key) {
            case nil: chain = .damaged
            case let read?:
                if read.damaged != nil {
                    chain = .damaged
                } else if read.missingFiles > 0 {
                    chain = .incomplete(missingFiles: read.missingFiles)
                } else {
                    var hash = SyncChain.start(device)
                    for item in read.items { hash = SyncChain.link(hash, n: item.n, digest: item.digest!) }
                    chain = hash == head.hash && Int64(read.items.count) == head.count ? .intact : .damaged
                }
            }
            conditions.append(DeviceCondition(
                device: device, name: head.name, isThisDevice: isOwn, items: head.count, taken: taken,
                writtenAt: head.writtenAt, chain: chain))
        }
        return conditions.sorted { ($0.isThisDevice ? 0 : 1, $0.device) < ($1.isThisDevice ? 0 : 1, $1.device) }
    }

    // MARK: Internals

    /// How many segments a device's head lists before its next exchange that writes compacts them into one.
    static let maximumSegments = 256

    static func loadState(_ journal: Journal) throws -> SyncState? {
        let key = try SyncState.key(journal)
        return try journal.readState { try SyncState.load($0.db, key: key) }
    }

    /// Makes this vault a device of `folder`: its own folder, key file and an empty head, and the state.
    private static func attach(_ journal: Journal, folder: URL, deviceName: String, now: Date) throws {
        guard isFolder(folder) else { throw SyncError.folderMissing(path: folder.path) }
        let device = DeviceID.generate()
        let ownFolder = folder.appendingPathComponent(device.description)
        try makeFolder(ownFolder)
        let key = try journal.layerKey("sync-folder")
        let start = SyncChain.start(device)
        try writeKeyFile(try journal.keySlots(), to: ownFolder)
        try writeHead(DeviceHead(
            device: device, name: deviceName, generation: 1, count: 0, hash: start, exportedThrough: 0, segments: [],
            attachments: [], writtenAt: now), to: ownFolder, key: key)
        let state = SyncState(
            folder: folder.path, device: device, name: deviceName, count: 0, hash: start, generation: 1,
            exportedThrough: 0, peers: [:], deleted: [])
        let stateKey = try SyncState.key(journal)
        try journal.transaction { writer in try state.store(try writer.state.db, key: stateKey) }
    }

    /// This device's head in the folder, with the state brought up to it when a sync wrote the folder and
    /// was stopped before the vault committed.
    private static func reconcile(_ state: inout SyncState, ownFolder: URL, key: SymmetricKey, writer: RecordWriter)
        throws -> DeviceHead
    {
        // A folder, not a link to somewhere else: everything this device writes goes in it.
        guard isFolder(ownFolder),
              let bytes = SyncFiles.read(
                ownFolder.appendingPathComponent(SyncFiles.headName), limit: SyncFiles.maximumSmallFileSize),
              let head = readHead(bytes, device: state.device, key: key)
        else { throw SyncError.ownFilesMissing(path: ownFolder.path) }
        // Records in the folder this vault never had, or other records where it has its own: another copy of
        // this vault (a copied folder, or this one before it was put back from a backup) wrote them.
        guard head.exportedThrough <= (try writer.lastSeq) else { throw SyncError.vaultBehindFolder(path: ownFolder.path) }
        if let written = head.vaultHash, let here = try writer.chainHash(at: head.exportedThrough), written != here {
            throw SyncError.vaultBehindFolder(path: ownFolder.path)
        }
        if head.count > state.count {
            state.count = head.count
            state.hash = head.hash
            state.generation = head.generation
            state.exportedThrough = head.exportedThrough
        } else if head.count < state.count || head.hash != state.hash {
            throw SyncError.ownFilesMissing(path: ownFolder.path)
        }
        return head
    }

    /// What taking in one device's items did.
    private struct Intake {
        var name: String
        var items = 0
        var deletionsApplied = 0
        var sawDeletion = false
        var revised = Set<EntryID>()
        var notices: [SyncNotice] = []
    }

    /// Takes in `device`'s items after the ones taken before, as far as its files have arrived.
    private static func takeIn(
        _ device: DeviceID, folder: URL, key: SymmetricKey, state: inout SyncState, writer: RecordWriter, now: Date
    ) throws -> Intake {
        let known = state.peers[device]
        var intake = Intake(name: "'\(known?.name ?? device.short)' (\(device.short))")
        let deviceFolder = folder.appendingPathComponent(device.description)
        guard let bytes = SyncFiles.read(
            deviceFolder.appendingPathComponent(SyncFiles.headName), limit: SyncFiles.maximumSmallFileSize) else {
            return intake  // a device whose head has not arrived yet
        }
        guard let head = readHead(bytes, device: device, key: key) else {
            intake.notices.append(.unreadableHead(device: device))
            return intake
        }
        intake.name = "'\(head.name)' (\(device.short))"
        let had = known?.count ?? 0
        guard head.count >= had else {
            intake.notices.append(.wentBack(device: intake.name, had: had, found: head.count))
            return intake
        }
        // Only the segments after what was taken in, when one starts right after it (appends do); else all.
        let read = try readChain(head, folder: deviceFolder, key: key, after: had)
        if let file = read.damaged {
            intake.notices.append(.damagedFile(device: intake.name, file: file))
            return intake
        }
        if read.missingFiles > 0 { intake.notices.append(.waiting(device: intake.name, files: read.missingFiles)) }
        // The chain must pass through what was taken in before, and end in the head when whole.
        var hash = read.start > 0 ? known?.hash ?? Data() : SyncChain.start(device)
        var hashes: [Int64: Data] = [read.start: hash]
        for item in read.items {
            hash = SyncChain.link(hash, n: item.n, digest: item.digest!)
            hashes[item.n] = hash
        }
        if had > 0, hashes[had] != known?.hash {
            intake.notices.append(Int64(read.items.count) < had ? .waiting(device: intake.name, files: max(1, read.missingFiles))
                                  : .historyChanged(device: intake.name))
            return intake
        }
        if read.missingFiles == 0, read.start + Int64(read.items.count) != head.count || hash != head.hash {
            intake.notices.append(.historyChanged(device: intake.name))
            return intake
        }
        var progress = known ?? SyncState.Progress(count: 0, hash: SyncChain.start(device), name: head.name)
        progress.name = head.name
        for item in read.items where item.n > had {
            if let deleted = item.deleted {
                intake.sawDeletion = true
                state.deleted.insert(deleted.entry)
                if try writer.deleteEntry(deleted.entry, now: now) { intake.deletionsApplied += 1 }
                intake.items += 1
            } else if let plain = item.record {
                guard let record = OpenedRecord(plaintext: Array(plain)) else {
                    intake.notices.append(.damagedFile(device: intake.name, file: "#\(item.n)"))
                    break
                }
                let entry = record.entryID
                let skip = record.isDeletion || record.isRecovery || entry.map { state.deleted.contains($0) } == true
                if !skip {
                    if let content = record.attachedContent {
                        let listed = head.attachments.first(where: { $0.stream == content.stream })
                        let file = listed.map { deviceFolder.appendingPathComponent($0.file) }
                        guard let file, takeInAttachment(content, from: file, writer: writer) else {
                            // Not there yet waits for the next sync; there but not the content it should be is damage.
                            if let file, FileManager.default.fileExists(atPath: file.path) {
                                intake.notices.append(.damagedFile(device: intake.name, file: file.lastPathComponent))
                            } else {
                                intake.notices.append(.waiting(device: intake.name, files: 1))
                            }
                            break
                        }
                    }
                    try writer.appendCopy(of: record)
                    intake.items += 1
                    if let entry, record.attachedContent == nil { intake.revised.insert(entry) }
                }
            }
            // A compacted item (its entry deleted) is taken in as nothing, in its place in the chain.
            progress.count = item.n
            progress.hash = hashes[item.n]!
        }
        state.peers[device] = progress
        return intake
    }

    /// Stores an attachment's chunks from another device's file and checks them against its record.
    /// False when the file is missing, damaged or doesn't match (nothing of it is kept then).
    private static func takeInAttachment(_ content: StoredStream, from file: URL, writer: RecordWriter) -> Bool {
        guard let handle = SyncFiles.openPlainFile(file) else { return false }
        defer { try? handle.close() }
        guard (try? handle.read(upToCount: SyncFiles.attachmentMagic.count)).map({ Array($0) })
                == SyncFiles.attachmentMagic
        else { return false }
        do {
            try writer.storeSealedChunks(stream: content.stream) {
                guard let length = try handle.read(upToCount: 4), !length.isEmpty else { return nil }
                guard length.count == 4 else { throw MeldboekError.attachmentCorrupt(name: file.lastPathComponent) }
                let size = length.reduce(0) { $0 << 8 | Int($1) }
                guard size <= 1 << 20, let chunk = try handle.read(upToCount: size), chunk.count == size else {
                    throw MeldboekError.attachmentCorrupt(name: file.lastPathComponent)
                }
                return chunk
            }
            try writer.checkStream(content, name: file.lastPathComponent)
            return true
        } catch {
            return false
        }
    }

    private static func writeAttachment(_ content: StoredStream, to url: URL, writer: RecordWriter) throws {
        let file = try AtomicFileWriter(destination: url, replacing: true, temporaryPrefix: SyncFiles.temporaryPrefix)
        do {
            try file.write(SyncFiles.attachmentMagic)
            try writer.sealedChunks(of: content.stream) { chunk in
                var length: [UInt8] = []
                withUnsafeBytes(of: UInt32(chunk.count).bigEndian) { length += $0 }
                try file.write(length)
                try file.write(chunk)
            }
            try file.commit()
        } catch {
            file.abandon()
            throw error
        }
    }

    /// What a device's files hold, read in its head's order.
    struct ChainRead {
        /// The item number the items read follow: 0, or the `after` asked for when a segment starts there.
        var start: Int64 = 0
        var items: [SyncItem] = []
        /// Listed files not there (yet); the items stop before the first.
        var missingFiles = 0
        /// The first file that is there but doesn't match the head or doesn't open.
        var damaged: String?
    }

    /// - Parameter after: Skip the segments before one that starts right after this item, when there is one.
    static func readChain(_ head: DeviceHead, folder: URL, key: SymmetricKey, after: Int64 = 0) throws -> ChainRead {
        var read = ChainRead()
        var segments = head.segments.sorted(by: { $0.first < $1.first })
        if after > 0, let index = segments.firstIndex(where: { $0.first == after + 1 }) {
            segments.removeFirst(index)
            read.start = after
        }
        var next = read.start + 1
        for (index, segment) in segments.enumerated() {
            let url = folder.appendingPathComponent(segment.file)
            // No more than the head says it holds is read into memory (a file swapped for a huge one is damage).
            guard let bytes = SyncFiles.read(url, limit: Int(clamping: segment.size ?? Int64(SyncFiles.maximumSealedSize))) else {
                if FileManager.default.fileExists(atPath: url.path) {
                    read.damaged = segment.file
                } else {
                    read.missingFiles = segments.count - index
                }
                return read
            }
            guard Data(BLAKE2b.hash(Array(bytes))) == segment.digest,
                  let opened = SyncFiles.open(
                    SyncSegment.self, bytes, magic: SyncFiles.segmentMagic,
                    additionalData: SyncFiles.segmentAssociatedData(head.device, file: segment.file), key: key),
                  segment.first == next, segment.last >= segment.first,
                  opened.items.map(\.n) == Array(segment.first...segment.last),
                  opened.items.allSatisfy({ $0.digest != nil })
            else {
                read.damaged = segment.file
                return read
            }
            read.items += opened.items
            next = segment.last + 1
        }
        return read
    }

    /// This device's items as its files hold them.
    private static func ownItems(_ head: DeviceHead, folder: URL, key: SymmetricKey) throws -> [SyncItem] {
        let read = try readChain(head, folder: folder, key: key)
        guard read.damaged == nil, read.missingFiles == 0, Int64(read.items.count) == head.count else {
            throw SyncError.ownFilesMissing(path: folder.path)
        }
        return read.items
    }

    /// `items` written as one segment of a new generation, with the content of every deleted entry's items
    /// taken out (their digests kept) and their attachment files no longer listed.
    private static func compacted(
        _ items: [SyncItem], head: DeviceHead, deleted: Set<EntryID>, folder: URL, key: SymmetricKey
    ) throws -> DeviceHead {
        var head = head
        var droppedStreams = Set<Data>()
        let kept = items.map { item -> SyncItem in
            guard item.record != nil, let entry = item.entry, deleted.contains(entry) else { return item }
            if let stream = item.record.flatMap({ OpenedRecord(plaintext: Array($0)) })?.attachedContent?.stream {
                droppedStreams.insert(stream)
            }
            return SyncItem(n: item.n, removed: item.digest)
        }
        head.generation += 1
        head.attachments.removeAll { droppedStreams.contains($0.stream) }
        head.segments = []
        guard let first = kept.first else { return head }
        let name = SyncFiles.segmentName(generation: head.generation, first: first.n)
        let bytes = try SyncFiles.seal(
            SyncSegment(items: kept), magic: SyncFiles.segmentMagic,
            additionalData: SyncFiles.segmentAssociatedData(head.device, file: name), key: key)
        try SyncFiles.write(bytes, to: folder.appendingPathComponent(name), replacing: true)
        head.segments = [.init(
            file: name, first: first.n, last: kept[kept.count - 1].n, digest: Data(BLAKE2b.hash(Array(bytes))),
            size: Int64(bytes.count))]
        return head
    }

    /// Removes the segment and attachment files in this device's folder that `head` doesn't list.
    private static func removeUnlisted(_ head: DeviceHead, in folder: URL) {
        let listed = Set(head.segments.map(\.file) + head.attachments.map(\.file))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where SyncFiles.isDataFileName(name) && !listed.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    static func readHead(_ bytes: Data, device: DeviceID, key: SymmetricKey) -> DeviceHead? {
        guard let head = SyncFiles.open(
            DeviceHead.self, bytes, magic: SyncFiles.headMagic, additionalData: SyncFiles.headAssociatedData(device),
            key: key), head.device == device, head.count >= 0,
            head.segments.allSatisfy({ SyncFiles.isDataFileName($0.file) && $0.file.hasSuffix(".seg") }),
            head.attachments.allSatisfy({ $0.file == SyncFiles.attachmentName(stream: $0.stream) && $0.stream.count == 16 })
        else { return nil }
        return head
    }

    private static func writeHead(_ head: DeviceHead, to folder: URL, key: SymmetricKey) throws {
        let bytes = try SyncFiles.seal(
            head, magic: SyncFiles.headMagic, additionalData: SyncFiles.headAssociatedData(head.device), key: key)
        try SyncFiles.write(bytes, to: folder.appendingPathComponent(SyncFiles.headName), replacing: true)
    }

    private static func writeKeyFile(_ slots: VaultKeySlots, to folder: URL) throws {
        let url = folder.appendingPathComponent(SyncFiles.keyName)
        let bytes = try SyncFiles.keyFile(slots)
        if SyncFiles.read(url) == bytes { return }
        try SyncFiles.write(bytes, to: url, replacing: true)
    }

    /// The device folders in `folder`, in a fixed order.
    static func devices(in folder: URL) throws -> [DeviceID] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw SyncError.folderMissing(path: folder.path)
        }
        return names.compactMap { name in
            guard let device = DeviceID(folderName: name), isFolder(folder.appendingPathComponent(name)) else { return nil }
            return device
        }.sorted()
    }

    /// Files no device of this journal wrote under that name, at the top or in a device's folder.
    static func strayFiles(in folder: URL, own: DeviceID) -> [SyncNotice] {
        let manager = FileManager.default
        var stray: [SyncNotice] = []
        for name in ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() {
            let url = folder.appendingPathComponent(name)
            if SyncFiles.engineFiles.contains(name) { continue }
            guard let device = DeviceID(folderName: name), isFolder(url) else {
                stray.append(.ignoredFile(path: url.path))
                continue
            }
            for inner in ((try? manager.contentsOfDirectory(atPath: url.path)) ?? []).sorted() {
                if inner == SyncFiles.headName || inner == SyncFiles.keyName || SyncFiles.isDataFileName(inner) { continue }
                // This device's own temporary file, left by a sync that was stopped: removed.
                if device == own, inner.hasPrefix(SyncFiles.temporaryPrefix) {
                    try? manager.removeItem(at: url.appendingPathComponent(inner))
                    continue
                }
                stray.append(.ignoredFile(path: url.appendingPathComponent(inner).path))
            }
        }
        return stray
    }

    static func isFolder(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func makeFolder(_ url: URL) throws {
        if isFolder(url) { return }
        try PrivateFiles.makeFolder(url)
    }

    /// The database must never be inside the sync folder, nor the folder inside the vault's.
    /// - Throws: ``SyncError/overlapsVault(path:)``.
    public static func refuseOverlap(_ folder: URL, vault: URL) throws {
        let a = folder.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        let b = vault.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        if a.hasPrefix(b) || b.hasPrefix(a) { throw SyncError.overlapsVault(path: folder.path) }
    }
}
