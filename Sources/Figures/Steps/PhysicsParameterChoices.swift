import BuildEngine
import Physics

// The Physics enums that figures.yaml names by their raw values: documentation lists the names, and a
// wrong one is reported as "expected one of …".
extension LeptonCharge: ParameterChoice {}
extension ResolutionCombination: ParameterChoice {}
extension UpperLimitMethod: ParameterChoice {}
