using Orders.Pipeline.Cli;

// Every fact about the cluster and the run, one verb per job (Orders.Pipeline --help lists them). The Cake
// targets are this tool's registry (Cli/TaskRegistry, `targets --json`); each runs its verb with the run's arguments.
return await EntryPoint.RunAsync(args);
