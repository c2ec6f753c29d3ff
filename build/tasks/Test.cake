// dotnet test writes a TRX file per project; the tool's test-summary prints the one line CI reads,
// "N passed, N failed", and fails on a failed test or when none ran.
Task("Test")
    .Description("Run every test project; print 'N passed, N failed'; fail on any failed test.")
    .IsDependentOn("Build")
    .Does<BuildContext>(context =>
    {
        context.CleanDirectory(context.Paths.TestResults);
        Exception runFailure = null;
        try
        {
            context.DotNetTest(context.Paths.Solution.FullPath, new DotNetTestSettings
            {
                Configuration = context.BuildConfiguration,
                NoBuild = true,
                NoRestore = true,
                Filter = string.IsNullOrEmpty(context.TestFilter) ? null : context.TestFilter,
                Loggers = new[] { "trx", "console;verbosity=normal" },
                ResultsDirectory = context.Paths.TestResults,
                // A test that hangs is killed after 5 minutes and reported by name; the run takes at most 30.
                ArgumentCustomization = args => args.Append("--blame-hang-timeout 5m --blame-hang-dump-type none"),
                ToolTimeout = BuildContext.Minutes(30),
            });
        }
        catch (Exception e)
        {
            runFailure = e;
        }
        Pipeline.Run(context, "test-summary", "--results=" + context.Paths.TestResults.FullPath);
        if (runFailure != null)
        {
            throw new CakeException("dotnet test failed without a failed test (a crash or a build problem): " + runFailure.Message);
        }
    });
