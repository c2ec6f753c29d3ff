Task("Restore")
    .Description("Restore the NuGet packages of every project in the solution.")
    .Does<BuildContext>(context =>
    {
        context.DotNetRestore(context.Paths.Solution.FullPath, new DotNetRestoreSettings { ToolTimeout = BuildContext.Minutes(10) });
    });
