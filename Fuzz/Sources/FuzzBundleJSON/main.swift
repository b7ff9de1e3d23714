// manifest.json and entries/*.json of a bundle, checked the way `adviser import` checks them.
import Foundation
import FuzzDriver
import MeldboekShare

nonisolated(unsafe) let item = try! JSONDecoder().decode(
    BundleManifest.EntryItem.self,
    from: Data(#"{"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","path":"entries/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.json","size":1,"sha256":"","revisions":[1]}"#.utf8))

/// One input. Exported under libFuzzer's name too, which its runtime refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundleJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let json = Data(UnsafeBufferPointer(start: data, count: size))
    _ = try? BundleImport.decodeManifest(json)
    _ = try? BundleImport.decodeEntry(json, item: item)
    return 0
}

runLibFuzzer(fuzzBundleJSON)
