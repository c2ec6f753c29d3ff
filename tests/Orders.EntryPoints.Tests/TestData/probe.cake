// Stands in for build/build.cake in the entry-script tests: prints what the entry script handed to Cake
// (every argument as the process received it, the current directory, the DOTNET_* variables), then exits
// with --exit-code, so build.sh and build.ps1 can be compared line for line.
foreach (var argument in System.Environment.GetCommandLineArgs().Skip(1))
{
    Console.WriteLine("argv: " + argument);
}
Console.WriteLine("cwd: " + System.Environment.CurrentDirectory);
foreach (var name in System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
    .Where(name => name.StartsWith("DOTNET_", StringComparison.Ordinal))
    .OrderBy(name => name, StringComparer.Ordinal))
{
    Console.WriteLine($"env: {name}={System.Environment.GetEnvironmentVariable(name)}");
}
System.Environment.Exit(Argument("exit-code", 0));
