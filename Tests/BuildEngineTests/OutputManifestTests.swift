import BuildEngine
import Testing

/// The out/MANIFEST text: deterministic, sorted, and read back as written.
@Suite("Output manifest")
struct OutputManifestFormatTests {
    @Test func roundTripAndOrder() throws {
        var manifest = OutputManifest()
        manifest.record(
            node: "b", key: "k2", publishedPaths: ["figures/b.pdf", "data/b.csv"], revision: "abc+dirty",
            overrides: ["--set x.y=2", "--dataset d=f.csv"])
        manifest.record(node: "a", key: "k1", publishedPaths: ["data/a.csv"], revision: "abc", overrides: [])
        let text = manifest.text
        #expect(
            text == """
                # format: manifest 1
                # path\tnode\taction key\trevision\toverrides…
                data/a.csv\ta\tk1\tabc
                data/b.csv\tb\tk2\tabc+dirty\t--dataset d=f.csv\t--set x.y=2
                figures/b.pdf\tb\tk2\tabc+dirty\t--dataset d=f.csv\t--set x.y=2

                """)
        #expect(OutputManifest(text: text) == manifest)
        manifest.record(node: "b", key: "k3", publishedPaths: ["data/b.csv"], revision: "abc", overrides: [])
        #expect(manifest.entries(of: "b").map(\.path) == ["data/b.csv"], "re-recording a node replaces its entries")
        #expect(OutputManifest(text: "# format: manifest 2\n") == nil)
    }
}
