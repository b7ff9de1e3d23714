import Testing
@testable import MeldboekEvidence

@Suite struct EvidenceDomainTests {
    @Test func everyPurposeHasItsOwnString() {
        let all = [EvidenceDomain.revision, EvidenceDomain.attachment, EvidenceDomain.field, EvidenceDomain.text,
                   EvidenceDomain.token]
        #expect(Set(all).count == all.count)
        #expect(all.allSatisfy { $0.hasPrefix("meldboek/v1/") && !$0.contains("\0") })
    }
}
