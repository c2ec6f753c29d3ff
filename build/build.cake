// The Cake pipeline. Frosting's shape kept in a script (Cake.Frosting is not served here): a typed
// BuildContext parsed once, one task per file under tasks/, aggregate targets without a body.
// Run it through ./build.sh or ./build.ps1, e.g. ./build.sh --target=Test.

#load "context/BuildPaths.cake"
#load "context/BuildContext.cake"
#load "tasks/Clean.cake"
#load "tasks/Restore.cake"
#load "tasks/Build.cake"
#load "tasks/Test.cake"
#load "tools/**/*.cake"
#load "context/ClusterArguments.cake"
#load "context/ClusterNames.cake"
#load "context/ClusterOptions.cake"
#load "context/GitVersionTag.cake"
#load "context/HelmChart.cake"
#load "context/HelmCharts.cake"
#load "context/KustomizationOverlay.cake"
#load "context/WorkerNodes.cake"
#load "smoke/*.cake"
#load "tasks/Preflight.cake"
#load "tasks/DockerBuild.cake"
#load "tasks/DockerPush.cake"
#load "tasks/InstallPrometheus.cake"
#load "tasks/InstallKeda.cake"
#load "tasks/LabelNodes.cake"
#load "tasks/Apply.cake"
#load "tasks/Smoke.cake"
#load "context/LoadTestOptions.cake"
#load "tasks/LoadTestTool.cake"
#load "tasks/Local.cake"
#load "tasks/LoadTest.cake"
#load "tasks/Replay.cake"

Setup<BuildContext>(context => new BuildContext(context));

Task("Default")
    .Description("Build and run every test.")
    .IsDependentOn("Build")
    .IsDependentOn("Test");

Task("Deploy")
    .Description("Preflight, build and push the images, install Prometheus and KEDA, label nodes, apply, smoke-test: a verified deployment.")
    .IsDependentOn("Smoke");

// LoadTest measures a verified deployment (run it alone against an existing one with --exclusive).
loadTestTask.IsDependentOn("Deploy");

RunTarget(Argument("target", "Default"));
