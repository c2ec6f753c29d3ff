Task("Build")
    .Description("Compile every project in the solution (warnings are errors).")
    .IsDependentOn("Restore")
    .Does<BuildContext>(context =>
    {
        context.DotNetBuild(context.Paths.Solution.FullPath, new DotNetBuildSettings
        {
            Configuration = context.BuildConfiguration,
            NoRestore = true,
            ToolTimeout = BuildContext.Minutes(15),
        });
    });
