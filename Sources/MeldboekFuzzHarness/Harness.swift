// One harness per libFuzzer target in Fuzz/: the code each target runs on an input, kept
// here so the fuzz executables and FuzzCorpusTests (which replays the seeds and every
// crash ever found) run exactly the same thing. Not part of the meldboek executable.
//
// A harness never throws: an input the parser refuses is a normal outcome, and what it
// returns says how far the input got, so the corpus tests can check that the seeds get
// far. A broken invariant (something that must hold for every input) is a
// `precondition`, so libFuzzer reports it as a crash.
import Foundation

/// Every target, by the name of its executable and its seed folder (Tests/FuzzCorpus/NAME).
public enum FuzzTargets {
    public static let names = [
        "FuzzAge", "FuzzTar", "FuzzBundleManifest", "FuzzBundleEntry", "FuzzMinisign", "FuzzReceipt", "FuzzCard",
        "FuzzRecordBody", "FuzzLedgerCache", "FuzzSignedNote", "FuzzTimestampReply", "FuzzOpenTimestamps",
        "FuzzSyncFolder",
    ]
}
