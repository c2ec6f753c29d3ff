// Aliases named as in Cake.Kubectl (KubectlApply, KubectlLabel, KubectlRolloutStatus, KubectlWait, KubectlGet)
// plus the three this pipeline also needs (KubectlVersion, KubectlKustomize, KubectlPortForward). Every call
// carries --namespace and --context when its settings name them.

/// <summary>kubectl version: fails when the cluster does not answer within the request timeout.</summary>
public static string KubectlVersion(this ICakeContext context, KubectlSettings settings, TimeSpan requestTimeout)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("version").Append($"--request-timeout={KubeDuration(requestTimeout)}");
    AppendKubeTarget(arguments, settings);
    return Kubectl<KubectlSettings>(context).Run(settings, arguments, captureOutput: true);
}

/// <summary>kubectl get RESOURCE... [--output O]; returns what kubectl printed.</summary>
public static string KubectlGet(this ICakeContext context, KubectlGetSettings settings, params string[] resources)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("get");
    foreach (var resource in resources)
    {
        arguments.AppendQuoted(resource);
    }
    AppendKubeTarget(arguments, settings);
    if (!string.IsNullOrEmpty(settings.Output))
    {
        arguments.AppendSwitchQuoted("--output", "=", settings.Output);
    }
    return Kubectl<KubectlGetSettings>(context).Run(settings, arguments, captureOutput: true);
}

/// <summary>kubectl apply --filename F.</summary>
public static void KubectlApply(this ICakeContext context, KubectlApplySettings settings)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("apply").AppendSwitchQuoted("--filename", " ", settings.Filename);
    AppendKubeTarget(arguments, settings);
    Kubectl<KubectlApplySettings>(context).Run(settings, arguments);
}

/// <summary>kubectl label TYPE NAME KEY=VALUE... [--overwrite].</summary>
public static void KubectlLabel(this ICakeContext context, KubectlLabelSettings settings, string resourceType, string name, params string[] labels)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("label").AppendQuoted(resourceType).AppendQuoted(name);
    foreach (var label in labels)
    {
        arguments.AppendQuoted(label);
    }
    AppendKubeTarget(arguments, settings);
    if (settings.Overwrite)
    {
        arguments.Append("--overwrite");
    }
    Kubectl<KubectlLabelSettings>(context).Run(settings, arguments);
}

/// <summary>kubectl rollout status RESOURCE --timeout T.</summary>
public static void KubectlRolloutStatus(this ICakeContext context, KubectlRolloutStatusSettings settings, string resource)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("rollout").Append("status").AppendQuoted(resource);
    AppendKubeTarget(arguments, settings);
    if (settings.Timeout.HasValue)
    {
        arguments.Append($"--timeout={KubeDuration(settings.Timeout.Value)}");
    }
    Kubectl<KubectlRolloutStatusSettings>(context).Run(settings, arguments);
}

/// <summary>kubectl wait RESOURCE --for F --timeout T.</summary>
public static void KubectlWait(this ICakeContext context, KubectlWaitSettings settings, string resource)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("wait").AppendQuoted(resource);
    AppendKubeTarget(arguments, settings);
    arguments.AppendSwitchQuoted("--for", "=", settings.For);
    if (settings.Timeout.HasValue)
    {
        arguments.Append($"--timeout={KubeDuration(settings.Timeout.Value)}");
    }
    Kubectl<KubectlWaitSettings>(context).Run(settings, arguments);
}

/// <summary>kubectl kustomize DIR: renders offline; returns the manifests.</summary>
public static string KubectlKustomize(this ICakeContext context, KubectlSettings settings, DirectoryPath directory)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("kustomize").AppendQuoted(directory.FullPath);
    return Kubectl<KubectlSettings>(context).Run(settings, arguments, captureOutput: true);
}

/// <summary>kubectl port-forward RESOURCE :PORT, on a local port the OS picks; stopped by disposing.</summary>
public static PortForward KubectlPortForward(this ICakeContext context, KubectlSettings settings, string resource, int remotePort, TimeSpan startTimeout)
{
    var arguments = new ProcessArgumentBuilder();
    arguments.Append("port-forward").AppendQuoted(resource).Append($":{remotePort}");
    AppendKubeTarget(arguments, settings);
    arguments.Append("--address=127.0.0.1");
    return PortForward.Start(Kubectl<KubectlSettings>(context), settings, arguments, resource, startTimeout);
}

private static void AppendKubeTarget(ProcessArgumentBuilder arguments, KubectlSettings settings)
{
    if (!string.IsNullOrEmpty(settings.Namespace))
    {
        arguments.AppendSwitchQuoted("--namespace", " ", settings.Namespace);
    }
    if (!string.IsNullOrEmpty(settings.Context))
    {
        arguments.AppendSwitchQuoted("--context", " ", settings.Context);
    }
}

// kubectl and helm read durations as Go durations ("300s").
private static string KubeDuration(TimeSpan duration) => $"{(long)Math.Ceiling(duration.TotalSeconds)}s";

private static CliRunner<TSettings> Kubectl<TSettings>(ICakeContext context) where TSettings : KubectlSettings
    => new CliRunner<TSettings>(context, "kubectl", _ => "kubectl");
