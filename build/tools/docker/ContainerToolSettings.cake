// What every container-tool call shares: which CLI runs it (docker unless told otherwise, as in Cake.Docker).
public abstract class ContainerToolSettings : ToolSettings
{
    public ContainerTool Tool { get; set; } = ContainerTool.Docker;

    public string Executable => Tool.ToString().ToLowerInvariant();
}
