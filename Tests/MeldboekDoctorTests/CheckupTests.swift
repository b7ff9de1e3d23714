// The check-up's readings of /proc, /sys, Syncthing's configuration and shell history, from folders laid out
// as the kernel and the programs write them.
import Foundation
import MeldboekCore
@testable import MeldboekDoctor
import Testing

/// A folder laid out like the root of a computer: `/proc`, `/sys`, a home.
struct FakeRoot {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("meldboek-doctor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(String(path.dropFirst()))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    func folder(_ path: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(String(path.dropFirst())),
                                                withIntermediateDirectories: true)
    }

    func link(_ path: String, to target: String) throws {
        let file = url.appendingPathComponent(String(path.dropFirst()))
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: target)
    }

    var host: HostFiles { HostFiles(root: url.path, environment: ["HOME": url.path + "/home"]) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

let swapsHeading = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"

@Suite struct SwapCheckTests {
    @Test func noSwapIsNoRisk() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.write("/proc/swaps", swapsHeading)
        #expect(SwapCheck(host: root.host).run().status == .ok)
    }

    @Test func plainPartitionIsARisk() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.write("/proc/swaps", swapsHeading + "/dev/sda3                               partition\t8388604\t\t0\t\t-2\n")
        try root.folder("/sys/class/block/sda3")
        let finding = SwapCheck(host: root.host).run()
        #expect(finding.status == .risk)
        #expect(finding.finding.en.contains("/dev/sda3"))
    }

    @Test func zramAndDmCryptAreNoRisk() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.write("/proc/swaps", swapsHeading
            + "/dev/zram0                              partition\t4194300\t\t0\t\t100\n"
            + "/dev/mapper/cryptswap                   partition\t8388604\t\t0\t\t-2\n")
        try root.folder("/sys/class/block/zram0")
        try root.link("/dev/mapper/cryptswap", to: "../dm-1")
        try root.write("/sys/block/dm-1/dm/uuid", "CRYPT-PLAIN-cryptswap\n")
        #expect(SwapCheck(host: root.host).run().status == .ok)
    }

    @Test func swapFileOnLvmFollowsTheStackDownToDmCrypt() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.write("/proc/swaps", swapsHeading + "/swap.img                               file\t\t2097148\t\t0\t\t-2\n")
        try root.write("/proc/self/mountinfo", """
            22 1 253:1 / / rw,relatime shared:1 - ext4 /dev/mapper/vg-root rw
            23 22 0:21 / /proc rw,nosuid shared:2 - proc proc rw

            """)
        try root.link("/dev/mapper/vg-root", to: "../dm-1")
        try root.write("/sys/block/dm-1/dm/uuid", "LVM-abcdef\n")
        try root.folder("/sys/block/dm-1/slaves/dm-0")
        try root.write("/sys/block/dm-0/dm/uuid", "CRYPT-LUKS2-0123-luks\n")
        #expect(SwapCheck(host: root.host).run().status == .ok)
        // The same stack without the LUKS layer under it is plain.
        try root.write("/sys/block/dm-0/dm/uuid", "LVM-other\n")
        #expect(SwapCheck(host: root.host).run().status == .risk)
    }

    @Test func anAreaItCannotPlaceIsUnknownNotOk() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.write("/proc/swaps", swapsHeading + "/dev/nowhere                            partition\t8388604\t\t0\t\t-2\n")
        #expect(SwapCheck(host: root.host).run().status == .unknown)
    }
}

@Suite struct MountTableTests {
    @Test func theLongestMountPointHoldsAPath() {
        let mounts = Mount.parse("""
            22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
            40 22 0:45 / /home/sanne/My\\040Drive rw,nosuid - fuse.rclone gdrive: rw,user_id=1000
            41 22 8:3 / /home rw,relatime - ext4 /dev/sda3 rw

            """)
        #expect(Mount.holding("/home/sanne/My Drive/meldboek", in: mounts)?.type == "fuse.rclone")
        #expect(Mount.holding("/home/sanne/.local/share/meldboek", in: mounts)?.source == "/dev/sda3")
        #expect(Mount.holding("/homework", in: mounts)?.source == "/dev/sda2")
    }
}

@Suite struct SyncServiceCheckTests {
    @Test func syncthingFolderPathsSkipTheDefaultsTemplate() {
        let xml = """
            <configuration version="37">
                <folder id="default" label="Default Folder" path="~/Sync" type="sendreceive">
                </folder>
                <folder id="x" label="Werk &amp; privé" path="/data/werk &amp; privé" type="sendreceive">
                </folder>
                <defaults>
                    <folder id="" label="" path="~" type="sendreceive">
                    </folder>
                </defaults>
            </configuration>
            """
        #expect(SyncServiceCheck.folderPaths(inSyncthingConfig: xml, home: "/home/sanne")
                == ["/home/sanne/Sync", "/data/werk & privé"])
    }

    @Test func aMarkAboveTheVaultNamesItsService() throws {
        let root = try FakeRoot()
        defer { root.remove() }
        try root.folder("/home/Dropbox/.dropbox.cache")
        try root.folder("/home/Dropbox/papers/meldboek")
        let vault = root.url.appendingPathComponent("home/Dropbox/papers/meldboek")
        let finding = SyncServiceCheck(folder: vault, host: root.host).run()
        #expect(finding.status == .risk)
        #expect(finding.finding.en.contains("Dropbox"))
        let elsewhere = root.url.appendingPathComponent("home/elsewhere")
        try root.folder("/home/elsewhere")
        #expect(SyncServiceCheck(folder: elsewhere, host: root.host).run().status == .ok)
    }
}

@Suite struct ShellHistoryCheckTests {
    @Test(arguments: [
        "meldboek add --title 'Sanne schreeuwde'",
        "meldboek add --person=Sanne:collega",
        ": 1764675000:0;meldboek search boos",
        "- cmd: meldboek zoek Sanne",
        "MELDBOEK_VAULT=~/x meldboek --vault ~/kluis search boos",
        "cd ~ && ./bin/meldboek tag 0192 intimidatie",
        "meldboek share abc --to vp --redact-word Pieter",
        "meldboek amend abcd --append Later",
        "meldboek aanvullen abcd --remove-person Karin",
        "meldboek share --note Voor --to vp abcd",
        "meldboek adviser note dossier-x Karin",
        "meldboek vertrouwenspersoon notitie dossier-x Karin",
        "echo Karin schreeuwde | meldboek add --stdin",
        "meldboek list --since \"vorige week\"",
    ])
    func linesWithTheJournalsWordsAreFound(_ line: String) {
        #expect(ShellHistoryCheck.exposure(line) == .words)
    }

    @Test(arguments: [
        "export MELDBOEK_PASSPHRASE='lamp wolk fiets'",
        "MELDBOEK_PASSPHRASE='lamp wolk fiets' meldboek add",
        ": 1764675000:0;MELDBOEK_NEW_PASSPHRASE=x meldboek passwd",
        "- cmd: set -x MELDBOEK_PASSPHRASE lamp",
        "export MELDBOEK_RECOVERY_CODE=\"abandon ability\"",
    ])
    func linesSettingAPassphraseAreSecrets(_ line: String) {
        #expect(ShellHistoryCheck.exposure(line) == .secret)
    }

    @Test(arguments: [
        "meldboek list",
        "meldboek show 01923abc",
        "meldboek tag 01923abc",
        "meldboek --vault ~/kluis verify",
        "meldboek search",
        "echo --title",
        "ls ~/meldboek-notes --title",
        "export MELDBOEK_PASSPHRASE_FILE=~/.config/pw",
        "unset MELDBOEK_PASSPHRASE",
        "export MELDBOEK_PASSPHRASE=",
    ])
    func linesWithoutThemAreNot(_ line: String) {
        #expect(ShellHistoryCheck.exposure(line) == nil)
    }
}

@Suite struct JournalCheckTests {
    let now = Date(timeIntervalSince1970: 1_764_676_800)  // 2 December 2025, 12:00 UTC

    @Test func aBackupIsOldAfterThirtyDays() {
        let check = JournalCheck(now: now, adviser: false)
        #expect(check.backup(last: nil).status == .risk)
        #expect(check.backup(last: now.addingTimeInterval(-30 * 86_400)).status == .ok)
        let old = check.backup(last: now.addingTimeInterval(-31 * 86_400))
        #expect(old.status == .risk)
        #expect(old.finding.en == "The last backup was made 31 days ago; what you wrote since is in no backup.")
        #expect(check.backup(last: now.addingTimeInterval(-86_400)).finding.nl
                == "De laatste reservekopie is 1 dag geleden gemaakt.")
    }

    @Test func aRecoveryProvesTheCodeAndIsSaidWithWhatToDoIfItWasntYou() {
        let check = JournalCheck(now: now, adviser: false)
        let state = RecoveryState(createdAt: now.addingTimeInterval(-10 * 86_400), usedAt: now.addingTimeInterval(-3 * 86_400))
        let finding = check.recoveryCode(.state(state))
        #expect(finding.status == .ok)
        #expect(finding.finding.en == "The recovery code was used 3 days ago to set a new passphrase.")
        #expect(finding.advice?.en.contains("meldboek rekey, then meldboek recovery create") == true)
    }

    @Test func anUntestedOrDamagedCodeIsARiskAndTheAdvisersAdviceNamesItsVault() {
        let melder = JournalCheck(now: now, adviser: false)
        let untested = melder.recoveryCode(.state(RecoveryState(createdAt: now)))
        #expect(untested.status == .risk && untested.advice?.en.contains("meldboek recovery test;") == true)
        #expect(melder.recoveryCode(.damaged).status == .risk)
        let adviser = JournalCheck(now: now, adviser: true)
        #expect(adviser.recoveryCode(.state(RecoveryState(createdAt: now))).advice?.en
                .contains("meldboek recovery test --adviser") == true)
        #expect(adviser.recoveryCode(.none).advice?.en.contains("recovery create --adviser") == true)
        // No backup command covers the adviser's vault: not a risk it could act on with meldboek, and said so.
        #expect(adviser.backup(last: nil).status == .unknown)
    }
}
