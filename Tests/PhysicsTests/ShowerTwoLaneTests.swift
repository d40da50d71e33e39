import Testing

@testable import Physics

/// Two showers stepped alternately on one thread (``ShowerTransporter/simulateShowers(_:)``) against the
/// same showers simulated one at a time: every bit of the tally must agree, for odd and even counts (an odd
/// count ends with one lane alone) and with showers finishing out of index order (parked until their turn).
struct ShowerTwoLaneTests {
    /// 10 GeV showers in 30 periods of lead and scintillator: fast in a debug build, and their lengths vary
    /// enough that a lane often finishes before the other lane's lower-numbered shower.
    static let parameters = CascadeParameters(
        geometry: TargetGeometry(
            period: [
                TargetLayer(material: .lead, thicknessCm: 0.15),
                TargetLayer(material: .plasticScintillator, thicknessCm: 0.15)
            ], repetitions: 30),
        beamEnergyGeV: 10, showerCount: 100, seed: 11,
        binning: LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 10, binCount: 12, topBinCount: 4, topResolutionGeV: 0.05))

    static func bits(_ tally: TrackLengthAccumulator) -> [UInt64] {
        let arrays = [tally.sum, tally.sumOfSquares, tally.aboveSum, tally.aboveSumOfSquares]
        let balance = tally.balanceSum
        let scalars = [
            balance.ionizationGeV, balance.softPhotonGeV, balance.belowCutGeV, balance.escapedGeV, tally.largestImbalanceGeV
        ]
        return arrays.flatMap { $0.map(\.bitPattern) } + scalars.map(\.bitPattern) + [UInt64(tally.showerCount)]
    }

    @Test(arguments: [1, 2, 7, 64, 65])
    func twoLanesGiveTheBitsOfOneAtATime(showerCount: Int) {
        let cascade = PreparedCascade(Self.parameters)
        var alone = ShowerTransporter(cascade: cascade)
        for index in 3..<(3 + showerCount) { alone.simulateShower(index: index) }
        var paired = ShowerTransporter(cascade: cascade)
        paired.simulateShowers(3..<(3 + showerCount))
        #expect(paired.tally.showerCount == showerCount)
        #expect(Self.bits(paired.tally) == Self.bits(alone.tally))
        // The transporter is reused block after block: a second range must start from clean buffers.
        alone.tally.reset()
        paired.tally.reset()
        for index in 200..<(200 + showerCount) { alone.simulateShower(index: index) }
        paired.simulateShowers(200..<(200 + showerCount))
        #expect(Self.bits(paired.tally) == Self.bits(alone.tally))
    }

    @Test(arguments: [0.5, 0.05])
    func twoLanesGiveTheBitsOfTheFormerTransport(softCutGeV: Double) {
        let parameters = CascadeParameters(
            beamEnergyGeV: 100, showerCount: 41, softPhotonCutGeV: softCutGeV,
            binning: LogarithmicEnergyBinning(minimumGeV: 0.5, maximumGeV: 100, binCount: 100, topBinCount: 16, topResolutionGeV: 0.005))
        let cascade = PreparedCascade(parameters)
        var legacy = LegacyShowerTransporter(cascade: cascade)
        for index in 0..<41 { legacy.simulateShower(index: index) }
        var paired = ShowerTransporter(cascade: cascade)
        paired.simulateShowers(0..<41)
        #expect(Self.bits(paired.tally) == Self.bits(legacy.tally))
    }
}
