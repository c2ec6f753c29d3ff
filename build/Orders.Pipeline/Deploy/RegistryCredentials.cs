namespace Orders.Pipeline.Deploy;

/// <summary>Registry credentials: only from the environment (CI secrets), never an argument, which would sit
/// in shell history and in `ps`.</summary>
public sealed record RegistryCredentials(string Username, string Password)
{
    public const string UsernameVariable = "REGISTRY_USERNAME";
    public const string PasswordVariable = "REGISTRY_PASSWORD";

    public static RegistryCredentials? From(Func<string, string?> environment) =>
        environment(UsernameVariable) is { Length: > 0 } user && environment(PasswordVariable) is { Length: > 0 } password
            ? new RegistryCredentials(user, password)
            : null;

    public override string ToString() => "RegistryCredentials { [REDACTED] }";
}
