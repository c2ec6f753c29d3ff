namespace Orders.Build.Tests.Infrastructure;

/// <summary>
/// Minimal versions of repository parts owned by other pieces of work, written into a workspace only where
/// the repository does not have them yet, so the pipeline's commands can be tested before they land. Once
/// k8s/base, k8s/prometheus-values.yaml and the Dockerfiles exist, the workspace uses the real ones.
/// </summary>
public static class StandIns
{
    public static void WriteWhereMissing(string root)
    {
        Write(root, "app/Dockerfile", "FROM scratch\n");
        Write(root, "sidecar/Dockerfile", "FROM scratch\n");
        Write(root, "k8s/prometheus-values.yaml", "server:\n  global:\n    scrape_interval: 5s\n");
        if (!Directory.Exists(Path.Combine(root, "k8s/base")))
        {
            Write(root, "k8s/base/kustomization.yaml", "resources:\n  - deployment.yaml\n");
            Write(root, "k8s/base/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: orders
                  namespace: orders
                spec:
                  selector:
                    matchLabels: { app: orders }
                  template:
                    metadata:
                      labels: { app: orders }
                    spec:
                      containers:
                        - name: app
                          image: orders-app:dev
                        - name: exporter
                          image: orders-exporter:dev
                """);
        }
    }

    private static void Write(string root, string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        if (File.Exists(path))
        {
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
