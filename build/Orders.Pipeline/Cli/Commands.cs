namespace Orders.Pipeline.Cli;

/// <summary>
/// Dispatches a command line to its task in <see cref="TaskRegistry"/>: help when asked (or for no verb),
/// else the task's verb, which reads its options, checks the run's arguments and runs.
/// </summary>
public static class Commands
{
    public static async Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        if (args.Task is not { } task)
        {
            if (args.Command is not ("" or "help"))
            {
                var closest = ClosestOption.To(args.Command, TaskRegistry.All.Select(t => t.Verb).OfType<string>());
                Console.Error.WriteLine($"error: '{args.Command}' is not a verb; did you mean {closest}? The verbs are listed below.");
            }
            Console.WriteLine(HelpText.Usage());
            return args.Command is "" or "help" ? 0 : 2;
        }
        if (args.Flag(PipelineOptions.Help.Name))
        {
            Console.WriteLine(task.Task.Help(task));
            return 0;
        }
        return await task.Task.RunAsync(args, cancellationToken);
    }
}
