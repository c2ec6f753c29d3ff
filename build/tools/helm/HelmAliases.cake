// Helm aliases in the style of Cake.Docker and Cake.Kubectl (there is no served helm addin either).

/// <summary>helm repo add NAME URL [--force-update].</summary>
public static void HelmRepoAdd(this ICakeContext context, HelmRepoAddSettings settings, string name, string url)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("repo").Append("add").AppendQuoted(name).AppendQuoted(url);
    if (settings.ForceUpdate)
    {
        arguments.Append("--force-update");
    }
    new CliRunner<HelmRepoAddSettings>(context, "helm", _ => "helm").Run(settings, arguments);
}

/// <summary>helm upgrade [--install] RELEASE CHART with the settings' flags.</summary>
public static void HelmUpgrade(this ICakeContext context, HelmUpgradeSettings settings, string release, string chart)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("upgrade");
    if (settings.Install)
    {
        arguments.Append("--install");
    }
    arguments.AppendQuoted(release).AppendQuoted(chart);
    if (!string.IsNullOrEmpty(settings.Namespace))
    {
        arguments.AppendSwitchQuoted("--namespace", " ", settings.Namespace);
    }
    if (settings.CreateNamespace)
    {
        arguments.Append("--create-namespace");
    }
    foreach (var values in settings.Values)
    {
        arguments.AppendSwitchQuoted("--values", " ", values);
    }
    if (!string.IsNullOrEmpty(settings.Version))
    {
        arguments.AppendSwitchQuoted("--version", " ", settings.Version);
    }
    if (settings.Wait)
    {
        arguments.Append("--wait");
    }
    if (settings.Timeout.HasValue)
    {
        arguments.Append($"--timeout={(long)Math.Ceiling(settings.Timeout.Value.TotalSeconds)}s");
    }
    if (!string.IsNullOrEmpty(settings.KubeContext))
    {
        arguments.AppendSwitchQuoted("--kube-context", " ", settings.KubeContext);
    }
    new CliRunner<HelmUpgradeSettings>(context, "helm", _ => "helm").Run(settings, arguments);
}
