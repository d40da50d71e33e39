import Foundation
import Testing
@testable import BuildEngine

/// The Slurm backend's pure parts: the sbatch arguments and the reading of `scontrol -o` lines.
struct SlurmBatchSystemTests {
    @Test func submitArgumentsCarryTheDependenciesAndQuoteTheCommand() {
        let slurm = SlurmBatchSystem(partition: "short", extraArguments: ["--time=10"])
        let job = BatchJob(
            name: "figures-x", command: ["/opt/figures", "build", "x", "--set", "x.a=it's"],
            workingDirectory: "/p", logPath: "/p/out/.jobs/figures-x-%j.log")
        let arguments = slurm.submitArguments(job, after: [BatchJobID("12"), BatchJobID("15")])
        #expect(
            arguments == [
                "--parsable", "--job-name=figures-x", "--output=/p/out/.jobs/figures-x-%j.log", "--chdir=/p",
                "--kill-on-invalid-dep=yes", "--dependency=afterok:12:15", "--partition=short", "--time=10",
                "--wrap=exec '/opt/figures' 'build' 'x' '--set' 'x.a=it'\\''s'"
            ])
        #expect(!slurm.submitArguments(job, after: []).contains { $0.hasPrefix("--dependency") })
    }

    @Test func scontrolStatesMapToBatchJobStates() {
        let line: Substring = "JobId=42 JobName=figures-x UserId=root(0) JobState=FAILED Reason=NonZeroExitCode ExitCode=1:0"
        let fields = SlurmBatchSystem.fields(of: line)
        #expect(fields["JobId"] == "42" && fields["JobState"] == "FAILED" && fields["ExitCode"] == "1:0")
        #expect(SlurmBatchSystem.state("FAILED", exitCode: "1:0", reason: "NonZeroExitCode") == .failed("FAILED, exit code 1:0"))
        #expect(SlurmBatchSystem.state("PENDING", exitCode: "0:0", reason: "Dependency") == .pending)
        #expect(SlurmBatchSystem.state("COMPLETING", exitCode: "0:0", reason: "None") == .running)
        #expect(SlurmBatchSystem.state("COMPLETED", exitCode: "0:0", reason: "None") == .completed)
        #expect(
            SlurmBatchSystem.state("CANCELLED", exitCode: "0:0", reason: "DependencyNeverSatisfied")
                == .cancelled("DependencyNeverSatisfied"))
        #expect(SlurmBatchSystem.state("TIMEOUT", exitCode: "0:15", reason: "TimeLimit") == .failed("TIMEOUT, exit code 0:15"))
    }
}
