// The Cake pipeline. Frosting's shape kept in a script (Cake.Frosting is not served here): a typed
// BuildContext parsed once, one task per file under tasks/, aggregate targets without a body.
// Run it through ./build.sh or ./build.ps1, e.g. ./build.sh --target=Test.

#load "context/BuildPaths.cake"
#load "context/BuildContext.cake"
#load "tasks/Clean.cake"
#load "tasks/Restore.cake"
#load "tasks/Build.cake"
#load "tasks/Test.cake"
#load "context/LoadTestOptions.cake"
#load "tasks/LoadTestTool.cake"
#load "tasks/Local.cake"
#load "tasks/LoadTest.cake"

Setup<BuildContext>(context => new BuildContext(context));

Task("Default")
    .Description("Build and run every test.")
    .IsDependentOn("Build")
    .IsDependentOn("Test");

// LoadTest measures a verified deployment. Guarded so the script also runs where Deploy is not defined.
if (Tasks.Any(t => t.Name == "Deploy"))
{
    loadTestTask.IsDependentOn("Deploy");
}

RunTarget(Argument("target", "Default"));
