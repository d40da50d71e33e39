extension Corpus {
    static let babarDeclaration = "babar-2016: external-limits/babar-2016.csv"
    static let gm2Step = "    kind: muon-g2-band\n"

    static let paths: [CorpusCase] = [
        .yaml("path-dataset-in-the-parent-directory", .paths, babarDeclaration, "babar-2016: ../babar-2016.csv"),
        .yaml("path-dataset-absolute-outside", .paths, babarDeclaration, "babar-2016: /etc/passwd"),
        .yaml("path-dataset-dot-dot-through-a-directory", .paths, babarDeclaration, "babar-2016: external-limits/../../babar-2016.csv"),
        .yaml("path-dataset-empty", .paths, babarDeclaration, "babar-2016: \"\""),
        .yaml("path-dataset-home-directory", .paths, babarDeclaration, "babar-2016: ~/babar-2016.csv"),
        CorpusCase("path-dataset-symlink-to-etc-passwd", .paths, [.symlink("external-limits/babar-2016.csv", to: "/etc/passwd")]),
        CorpusCase("path-dataset-symlink-outside", .paths, [.symlink("external-limits/babar-2016.csv", to: "$OUTSIDE/babar-2016.csv")]),
        CorpusCase(
            "path-dataset-directory-symlink-outside", .paths, [.remove("external-limits"), .symlink("external-limits", to: "$OUTSIDE")]),
        CorpusCase("path-out-symlink-outside", .paths, [.symlink("out", to: "$OUTSIDE")]),
        CorpusCase("path-out-data-symlink-outside", .paths, [.directory("out"), .symlink("out/data", to: "$OUTSIDE")]),
        CorpusCase("path-out-figures-symlink-outside", .paths, [.directory("out"), .symlink("out/figures", to: "$OUTSIDE")]),
        CorpusCase("path-out-cache-symlink-outside", .paths, [.directory("out"), .symlink("out/.cache", to: "$OUTSIDE")]),
        CorpusCase("path-out-symlink-to-etc", .paths, [.symlink("out", to: "/etc")]),
        CorpusCase("path-out-is-a-file", .paths, [.write("out", "not a directory\n")]),
        .yaml("path-publish-into-out-data", .paths, gm2Step, gm2Step + "    publish: data\n"),
        .yaml("path-publish-below-out-data", .paths, gm2Step, gm2Step + "    publish: data/gm2\n"),
        .yaml("path-publish-into-out-figures", .paths, gm2Step, gm2Step + "    publish: figures\n"),
        .yaml("path-publish-into-the-cache", .paths, gm2Step, gm2Step + "    publish: .cache/objects\n"),
        .yaml("path-publish-to-the-parent", .paths, gm2Step, gm2Step + "    publish: ../escape\n"),
        .yaml("path-publish-absolute", .paths, gm2Step, gm2Step + "    publish: /tmp/escape\n"),
        .yaml("path-publish-dot-dot-inside", .paths, gm2Step, gm2Step + "    publish: recasts/../../escape\n"),
        CorpusCase(
            "path-publish-through-a-symlink-outside", .paths,
            [.replace(gm2Step, with: gm2Step + "    publish: recasts/gm2\n"), .directory("out"), .symlink("out/recasts", to: "$OUTSIDE")])
    ]
}
