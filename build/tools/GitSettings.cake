// git, run only to read the commit for the default image tag.
public sealed class GitSettings : ToolSettings
{
}
