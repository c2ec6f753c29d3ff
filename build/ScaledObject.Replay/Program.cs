using Orders.Pipeline.Cli;
using Orders.Pipeline.Replay;

// `scaledobject-replay [--option value]...` is Orders.Pipeline's scaledobject-replay verb: the same code as the
// repository's Replay target (Cli/Tasks/ReplayToolTask). No arguments at all is a question: answer with the help.
return await EntryPoint.RunAsync(args is [] or ["-h"] ? [ReplayToolHelp.Command, "--help"] : [ReplayToolHelp.Command, .. args]);
