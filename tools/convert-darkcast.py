#!/usr/bin/env python3
"""Convert DarkCast .lmt limit files into ZPrimePaper dataset files (format: docs/DATASETS.md).

The sources directory holds one folder per dataset with the .lmt files named as below; the copies
the project ships as test fixtures are laid out that way. Usage (from the package root):
    python3 tools/convert-darkcast.py --sources Tests/DataFormatsTests/Fixtures/darkcast [--output external-limits]

Python 3 standard library only. Deterministic: the same sources give byte-identical outputs.
Numbers are copied verbatim as text (never re-formatted or rounded). What is changed, and why,
is written into each output's `notes`:
  * rows whose y is DarkCast's sentinel 1.0e+05 are dropped;
  * rows with a non-positive mass are dropped (m = 0 cannot be drawn on a log axis);
  * a `gap` row is inserted where the paper vetoed a mass window (the check asserts the two
    neighbouring masses, so a changed source file fails loudly instead of moving the gap);
  * two files on the same mass grid are merged into one band-edges file (grids must match exactly).
Every output header names the source repository, path, commit and the sha256 of the local copy.
"""
import argparse
import hashlib
import os
import sys

REPOSITORY = "github.com/micha-a-schmidt/darkcast (archived mirror of DarkCast; upstream gitlab.com/darkcast/releases)"
COMMIT = "db9a0f66ec99946930dc263a042ec531c9576068"
LICENCE = "GPL-2.0-or-later"
CITATION = ("Cite DarkCast (P. Ilten, Y. Soreq, M. Williams, W. Xue, arXiv:1801.04847) "
            "and the paper, as the DarkCast authors request")
SENTINEL = 1.0e5

BABAR_PAPER = {
    "experiment": "BaBar",
    "paper-title": "Search for a muonic dark force at BABAR",
    "paper-arxiv": "1606.03501",
    "paper-doi": "10.1103/PhysRevD.94.011102",
    "paper-reference": "Phys. Rev. D 94 (2016) 011102",
}
BELLE2_PAPER = {
    "experiment": "Belle II",
    "paper-title": ("Search for an invisibly decaying Z' boson at Belle II in e+e- -> mu+mu- (e+-mu-+) "
                    "plus missing energy final states"),
    "paper-arxiv": "1912.11276",
    "paper-doi": "10.1103/PhysRevLett.124.141801",
    "paper-reference": "Phys. Rev. Lett. 124 (2020) 141801",
}
NA64_PAPER = {
    "experiment": "NA64",
    "paper-title": "Dark matter search in missing energy events with NA64",
    "paper-arxiv": "1906.00176",
    "paper-doi": "10.1103/PhysRevLett.123.121801",
    "paper-reference": "Phys. Rev. Lett. 123 (2019) 121801",
}
BELLE2_SCENARIO_NOTE = ("Fig. 3 of the paper shows more than one L_mu-L_tau scenario (the model's own invisible "
                        "branching fraction, and BF(Z' -> invisible) = 1); which one DarkCast's light-blue curve is "
                        "has not been checked against the paper here: check before relying on it above 2 m_mu.")

# Each dataset: output name, source folder, source files (upstream path, local file), header, transforms.
DATASETS = [
    {
        "name": "babar-2016",
        "folder": "babar2016-4mu-darkcast",
        "sources": [("limits/BaBar_TheBABAR2016rlg.lmt", "BaBar_TheBABAR2016rlg.lmt")],
        "header": dict(BABAR_PAPER, **{
            "kind": "upper-limit curve", "model": "L_mu-L_tau vanilla",
            "x": "m_Z' [GeV]", "y": "g' [1]", "confidence-level": "90%",
            "origin": "digitised by DarkCast (Ilten, Soreq, Williams, Xue) from Fig. 5 (black curve) of the paper",
        }),
        "gaps": [("3.0478e+00", "3.1476e+00",
                  "Gap between 3.0478 and 3.1476 GeV: the J/psi window (3.048-3.148 GeV) was vetoed in the paper; "
                  "do not interpolate across it.")],
        "notes": [
            "y is g' itself (not g'/e): its minimum 6.7362e-04 near 0.227 GeV matches the abstract's "
            "'g' as low as 7x10^-4'.",
            "The curve ends at 7.68 GeV (top of the paper's plot, g' ~ 0.1) although the search covered up to 10 GeV.",
            "DarkCast's wrapper calls this a dark-photon limit and its L_mu-L_tau recast of it goes through the "
            "electron coupling (about 50x too weak); neither is used: this is the paper's g' limit as digitised.",
        ],
    },
    {
        "name": "belle2-2020",
        "folder": "belle2-2019-invisible-darkcast",
        "sources": [("recast/limits/Lmu-Ltau_boson/BelleII_Adachi2019otg.lmt",
                     "BelleII_Adachi2019otg.Lmu-Ltau_recast.lmt")],
        "header": dict(BELLE2_PAPER, **{
            "kind": "upper-limit curve", "model": "L_mu-L_tau vanilla",
            "x": "m_Z' [GeV]", "y": "g' [1]", "confidence-level": "90%",
            "origin": ("digitised by DarkCast (Ilten, Soreq, Williams, Xue) from Fig. 3 (light-blue curve) of the "
                       "paper; DarkCast's L_mu-L_tau output file, i.e. its g'/e digitisation times e = 0.302822"),
        }),
        "notes": [
            "90% credibility level (Bayesian) in the paper.",
            "Values match the abstract: g' from 5x10^-2 at low mass to 1 at 6 GeV. Coarse, step-like digitisation.",
            BELLE2_SCENARIO_NOTE,
            "The raw g'/e digitisation is shipped as belle2-2020-g-over-e.",
        ],
    },
    {
        "name": "belle2-2020-g-over-e",
        "folder": "belle2-2019-invisible-darkcast",
        "sources": [("limits/BelleII_Adachi2019otg.lmt", "BelleII_Adachi2019otg.raw_g_over_e.lmt")],
        "header": dict(BELLE2_PAPER, **{
            "kind": "upper-limit curve", "model": "L_mu-L_tau vanilla",
            "x": "m_Z' [GeV]", "y": "g'/e [1]", "confidence-level": "90%",
            "origin": ("digitised by DarkCast (Ilten, Soreq, Williams, Xue) from Fig. 3 (light-blue curve) of the "
                       "paper, divided by e = 0.302822 by DarkCast"),
        }),
        "notes": [
            "y is g'/e, not g'. The g' version is belle2-2020.",
            "90% credibility level (Bayesian) in the paper.",
            BELLE2_SCENARIO_NOTE,
        ],
    },
    {
        "name": "na64e-2019-dark-photon",
        "folder": "na64e-2019-darkphoton-darkcast",
        "sources": [("limits/NA64_NA642019imj.lmt", "NA64_NA642019imj.epsilon.lmt")],
        "header": dict(NA64_PAPER, **{
            "kind": "upper-limit curve", "model": "dark photon (needs recast)",
            "x": "m_A' [GeV]", "y": "epsilon [1]", "confidence-level": "90%",
            "origin": "digitised by DarkCast (Ilten, Soreq, Williams, Xue) from Fig. 3 (blue curve 'NA64') of the paper",
        }),
        "notes": [
            "Dark photon A' -> invisible, 2.84e11 electrons on target. y is the kinetic mixing epsilon.",
            "This is the epsilon_up(m) input of the ratio method (PHYSICS.md section 10).",
        ],
    },
    {
        "name": "na64e-2019-darkcast-recast",
        "folder": "na64e-2019-darkphoton-darkcast",
        "sources": [("recast/limits/Lmu-Ltau_boson/NA64_NA642019imj.lmt", "NA64_NA642019imj.Lmu-Ltau_recast.lmt")],
        "header": dict(NA64_PAPER, **{
            "kind": "upper-limit curve", "model": "L_mu-L_tau vanilla",
            "x": "m_Z' [GeV]", "y": "g' [1]", "confidence-level": "90%",
            "origin": ("recast by DarkCast (its Lmu-Ltau_boson model: loop-induced electron coupling, eq. 7 of "
                       "arXiv:2006.11225; invisible width from Z' -> nu nu) of its digitisation of Fig. 3 of the paper"),
        }),
        "notes": [
            "A recast by DarkCast, not an NA64 result. NA64's own L_mu-L_tau interpretation of these data is "
            "arXiv:2206.03101 (no data file found).",
            "Use as a cross-check of this project's ratio-method recast.",
        ],
    },
    {
        "name": "gm2-band-darkcast",
        "folder": "gm2mu-band-darkcast",
        "sources": [("recast/limits/Lmu-Ltau_boson/AMMmu_Bodas2021fsy_2l.lmt", "AMMmu_Bodas2021fsy_2l.Lmu-Ltau_recast.lmt"),
                    ("recast/limits/Lmu-Ltau_boson/AMMmu_Bodas2021fsy_2u.lmt", "AMMmu_Bodas2021fsy_2u.Lmu-Ltau_recast.lmt")],
        "header": {
            "kind": "band edges", "experiment": "(g-2)_mu anomaly",
            "paper-title": "Solving the electron and muon g-2 anomalies in Z' models",
            "paper-arxiv": "2102.07781",
            "model": "L_mu-L_tau any decay",
            "x": "m_Z' [GeV]", "y": "g' [1]", "confidence-level": "2 sigma",
            "origin": ("computed by DarkCast (limits/AMM.py: one-loop vector contribution, eq. 6 of INSPIRE Endo:2012hp) "
                       "with Delta a_mu = (2.79 +- 0.76)e-9 from eq. 1 of the paper; edges at Delta a_mu -+ 2 sigma"),
        },
        "notes": [
            "Cross-check only: the project computes its own band (PHYSICS.md section 3, default Delta a_mu = "
            "(2.51 +- 0.59)e-9), so the two differ by design.",
            "The Delta a_mu input predates the 2023-2025 theory updates, after which the anomaly is largely gone.",
            "Not shipped: DarkCast's AMMmu_Bodas2021fsy (Delta a_mu + 5 sigma upper limit) file.",
        ],
    },
]

HEADER_ORDER = ["name", "kind", "experiment", "paper-title", "paper-arxiv", "paper-doi", "paper-reference",
                "model", "x", "y", "confidence-level", "origin", "licence", "citation",
                "source-repository", "source-path", "source-commit", "converted-by"]


def read_lmt(path):
    """Rows of an .lmt file as (mass text, y text), comments skipped, text kept verbatim."""
    rows = []
    with open(path, encoding="ascii") as handle:
        for line in handle:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if len(fields) != 2:
                sys.exit(f"{path}: expected 2 columns, found {line!r}")
            rows.append((fields[0], fields[1]))
    return rows


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def clean(rows, label, notes):
    """Drops sentinel rows and non-positive masses, recording each drop in notes."""
    sentinels = [m for m, y in rows if float(y) == SENTINEL]
    if sentinels:
        notes.append(f"Dropped {len(sentinels)} DarkCast sentinel row(s) (y = 1.0e+05, meaning 'no limit') "
                     f"from {label} at m = {', '.join(sentinels)} GeV.")
    nonpositive = [m for m, y in rows if float(m) <= 0 and float(y) != SENTINEL]
    if nonpositive:
        notes.append(f"Dropped {len(nonpositive)} row(s) with a non-positive mass from {label} "
                     f"(m = {', '.join(nonpositive)}; the next row repeats its limit).")
    return [(m, y) for m, y in rows if float(y) != SENTINEL and float(m) > 0]


def convert(spec, sources_dir, output_dir):
    folder = os.path.join(sources_dir, spec["folder"])
    notes = []
    columns = []
    for upstream, local in spec["sources"]:
        columns.append(clean(read_lmt(os.path.join(folder, local)), local, notes))
    masses = [m for m, _ in columns[0]]
    for other in columns[1:]:
        if [m for m, _ in other] != masses:
            sys.exit(f"{spec['name']}: band edge files do not share one mass grid")
    body = [",".join([m] + [col[i][1] for col in columns]) for i, m in enumerate(masses)]

    for before, after, note in spec.get("gaps", []):
        index = masses.index(before)
        if masses[index + 1] != after:
            sys.exit(f"{spec['name']}: expected {after} after {before}, found {masses[index + 1]}")
        body.insert(index + 1, "gap")
        notes.append(note)

    header = dict(spec["header"])
    header["name"] = spec["name"]
    header["licence"] = LICENCE
    header["citation"] = CITATION
    header["source-repository"] = REPOSITORY
    header["source-path"] = " + ".join(upstream for upstream, _ in spec["sources"])
    header["source-commit"] = COMMIT
    header["converted-by"] = "tools/convert-darkcast.py from " + " + ".join(
        f"external-limits-sources/{spec['folder']}/{local} (sha256 {sha256(os.path.join(folder, local))})"
        for _, local in spec["sources"])
    lines = ["# format: dataset 1"]
    lines += [f"# {key}: {header[key]}" for key in HEADER_ORDER if key in header]
    lines += [f"# notes: {note}" for note in spec.get("notes", []) + notes]
    lines.append("x,y_lower,y_upper" if header["kind"] == "band edges" else "x,y")
    lines += body
    path = os.path.join(output_dir, spec["name"] + ".csv")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{path}: {len(masses)} points")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", required=True,
                        help="directory with one folder of DarkCast .lmt files per dataset")
    parser.add_argument("--output", default="external-limits")
    arguments = parser.parse_args()
    os.makedirs(arguments.output, exist_ok=True)
    for spec in DATASETS:
        convert(spec, arguments.sources, arguments.output)


if __name__ == "__main__":
    main()
