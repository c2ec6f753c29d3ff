// The bound on any external command whose settings name none: long enough for a helm --wait or an image
// build on a slow machine, short enough that a hung call fails the pipeline instead of stalling CI for hours.
public static class ToolDefaults
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
}
