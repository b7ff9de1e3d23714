// The record kinds this module adds to a vault's chain, listed for the record-body fuzz target.
import MeldboekCore

/// Every kind of record MeldboekShare writes: contacts and the share log in a melder's
/// vault, cases, imports and notes in an adviser's. With ``VaultParsing/coreBodyTypes``
/// these are all the bodies a vault can hold.
public enum ShareRecordKinds {
    public static let bodyTypes: [any RecordContent.Type] = [
        ContactBody.self, ContactRemovalBody.self, ShareBody.self, ReceiptBody.self,
        CaseBody.self, CaseKeyBody.self, BundleImportBody.self, ImportedRevisionBody.self, ImportedAttachmentBody.self,
        NoteBody.self, WitnessBody.self, ForkBody.self,
    ]
}
