using System.Text.RegularExpressions;

namespace Orders.Pipeline.Cli;

/// <summary>
/// What the values that reach kubectl, helm, the container tool and the rendered YAML may hold, checked before
/// any tool runs. Each value is one argv element already; the grammar also keeps a value from reading as a
/// flag (<c>--kubeconfig</c>), from breaking YAML, and from naming something Kubernetes would refuse later.
/// </summary>
public static partial class ArgumentGrammar
{
    /// <summary>A namespace: a DNS-1123 label, as Kubernetes validates it, and not one that belongs to the
    /// cluster or to the stack: the app's NetworkPolicy, ScaledObject and a later `kubectl delete namespace`
    /// must never land beside kube-system's or Prometheus's own pods.</summary>
    public static string Namespace(string option, string value) => ReservedNamespaces.Contains(value)
        ? throw new ArgumentException($"--{option} {Show(value)} is refused: it belongs to the cluster or to the stack this pipeline installs "
            + $"({string.Join(", ", ReservedNamespaces)}); give the app a namespace of its own (e.g. orders).")
        : Check(option, value, Dns1123Label(),
            "a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. orders)");

    /// <summary>The namespace of a service the app uses (Prometheus's): a DNS-1123 label, reserved or not.</summary>
    public static string ServiceNamespace(string option, string value) => Check(option, value, Dns1123Label(),
        "a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. monitoring)");

    /// <summary>A label value, as Kubernetes validates it: at most 63 letters, digits, '-', '_' and '.', starting and
    /// ending with a letter or digit.</summary>
    public static string LabelValue(string option, string value) => Check(option, value, LabelValueForm(),
        "a label value: at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (e.g. kube-prometheus-stack)");

    /// <summary>Kubernetes' own namespaces and the namespaces the Prometheus and KEDA charts are installed in.</summary>
    public static IReadOnlyList<string> ReservedNamespaces { get; } =
        ["default", "kube-system", "kube-public", "kube-node-lease", Deploy.HelmChart.Prometheus.Namespace, Deploy.HelmChart.Keda.Namespace];

    /// <summary>A node name: a DNS-1123 subdomain (labels joined by '.'), as Kubernetes validates node names,
    /// because cloud nodes are named like ip-10-0-0-1.ec2.internal.</summary>
    public static string Node(string option, string value) => value.Length <= 253
        ? Check(option, value, Dns1123Subdomain(), "node names: DNS-1123 labels joined by '.', lower-case letters, digits and '-' (e.g. kind-worker)")
        : throw Refuse(option, value, "node names of at most 253 characters");

    /// <summary>A registry: the domain and path of an image reference (distribution's reference grammar), e.g.
    /// localhost:5001 or ghcr.io/team.</summary>
    public static string Registry(string option, string value) => Check(option, value, RegistryForm(),
        "a registry as in an image reference: host[:port][/path], host letters, digits, '.', '-'; path lower-case (e.g. localhost:5001 or ghcr.io/team)");

    /// <summary>An image tag: distribution's tag grammar.</summary>
    public static string ImageTag(string option, string value) => Check(option, value, TagForm(),
        "an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'");

    /// <summary>A kubeconfig context name. kubectl takes any string as a name; these are the characters real
    /// names use (kind-orders, gke_project_zone_name, arn:aws:eks:region:account:cluster/name, user@cluster).</summary>
    public static string KubeContext(string option, string value) => Check(option, value, ContextForm(),
        "a kubeconfig context name: letters, digits and _ . : @ / + = -, not starting with '-' (e.g. kind-orders)");

    /// <summary>A chart version: SemVer, as helm's --version takes it.</summary>
    public static string ChartVersion(string option, string value) => Check(option, value, SemVer(), "a chart version like 2.20.2");

    private static string Check(string option, string value, Regex form, string accepts) =>
        form.IsMatch(value) ? value : throw Refuse(option, value, accepts);

    private static ArgumentException Refuse(string option, string value, string accepts) =>
        new($"--{option} {Show(value)} is refused: it accepts {accepts}.");

    // The value as the user can see it: control characters escaped, so a newline shows as \n, not a break.
    private static string Show(string value) =>
        "'" + string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "'";

    [GeneratedRegex(@"\A[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?\z")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex(@"\A[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?\z")]
    private static partial Regex LabelValueForm();

    [GeneratedRegex(@"\A[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*\z")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex(@"\A(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*\z")]
    private static partial Regex RegistryForm();

    [GeneratedRegex(@"\A[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}\z")]
    private static partial Regex TagForm();

    [GeneratedRegex(@"\A[A-Za-z0-9_][A-Za-z0-9_.:@/+=-]{0,252}\z")]
    private static partial Regex ContextForm();

    [GeneratedRegex(@"\Av?[0-9]+\.[0-9]+\.[0-9]+(?:[-+][0-9A-Za-z.-]+)?\z")]
    private static partial Regex SemVer();
}
