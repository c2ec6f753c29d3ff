// The Cake pipeline in Frosting's shape (Cake.Frosting is not served here): a typed BuildContext, one task
// per file under tasks/, aggregate targets without a body. The tasks only sequence: dotnet, or one verb of
// build/Orders.Pipeline with the arguments given. Run it through ./build.sh or ./build.ps1 (--target=Test).

#load "context/*.cake"
#load "tasks/*.cake"

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
