Task("Clean")
    .Description("Delete artifacts/ (every build output, test result and local run).")
    .Does<BuildContext>(context =>
    {
        context.CleanDirectory(context.Paths.Artifacts);
    });
