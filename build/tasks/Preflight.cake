// Fails in seconds, before any image is built, naming everything that is missing at once (not one per run)
// and how to get it: the tools on PATH, --registry, and a kube context that answers.
Task("Preflight")
    .Description("Check the container tool, helm and kubectl are on PATH, --registry is given and the cluster answers.")
    .Does<BuildContext>(context =>
    {
        var cluster = context.Cluster;
        var problems = new List<string>();
        var containerTool = cluster.ContainerTool.ToString().ToLowerInvariant();
        var required = new[]
        {
            (Name: containerTool, HowToGet: $"install {containerTool} (https://docs.docker.com/get-docker/, https://podman.io, or apt-get install buildah), or pick another with --container-tool=docker|podman|buildah"),
            (Name: "helm", HowToGet: "install Helm 3 (https://helm.sh/docs/intro/install/)"),
            (Name: "kubectl", HowToGet: "install kubectl (https://kubernetes.io/docs/tasks/tools/)"),
        };
        foreach (var tool in required)
        {
            var path = context.Tools.Resolve(tool.Name);
            context.Information(path == null ? $"{tool.Name}: not found on PATH" : $"{tool.Name}: {path.FullPath}");
            if (path == null)
            {
                problems.Add($"{tool.Name} is not on PATH: {tool.HowToGet}.");
            }
        }

        if (string.IsNullOrEmpty(cluster.Registry))
        {
            problems.Add($"No registry: pass --{ClusterArguments.Registry}=<host[:port][/path]> (or set {ClusterArguments.EnvironmentVariable(ClusterArguments.Registry)}), a registry the cluster can pull from, e.g. localhost:5001 for kind's local registry.");
        }
        else
        {
            context.Information($"registry: {cluster.Registry} (images {cluster.AppImage}, {cluster.ExporterImage})");
        }

        if (context.Tools.Resolve("kubectl") != null)
        {
            try
            {
                var version = context.KubectlVersion(new KubectlSettings { Context = cluster.KubeContext, ToolTimeout = TimeSpan.FromSeconds(30) }, TimeSpan.FromSeconds(15));
                var server = version?.Split('\n').FirstOrDefault(line => line.StartsWith("Server Version", StringComparison.Ordinal))?.Trim() ?? "Server Version: not reported";
                context.Information($"cluster: answers (context {cluster.KubeContext ?? "current"}; {server})");
                // The manifests need 1.30: native sidecars (1.29) and the preStop sleep action (1.30).
                var match = System.Text.RegularExpressions.Regex.Match(server, @"v(\d+)\.(\d+)");
                if (match.Success && new Version(int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value)) < new Version(1, 30))
                {
                    problems.Add($"The cluster runs {server.Replace("Server Version: ", "")}; the manifests need Kubernetes 1.30 or later (native sidecars, the preStop sleep action). Upgrade the cluster, or create one with a newer node image.");
                }
            }
            catch (Exception e) when (e is CakeException || e is TimeoutException)
            {
                problems.Add($"The cluster does not answer (context {cluster.KubeContext ?? "current"}): {e.Message.TrimEnd('.')}. Check `kubectl config current-context` and `kubectl get nodes`, or pass --{ClusterArguments.KubeContext}=<name>.");
            }
        }

        if (problems.Count > 0)
        {
            throw new CakeException("Preflight failed:" + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)));
        }
    });
