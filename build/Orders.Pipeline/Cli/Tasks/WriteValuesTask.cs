using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Monitoring;
using O = Orders.Pipeline.Cli.PipelineOptions;

namespace Orders.Pipeline.Cli.Tasks;

/// <summary>A verb without a Cake target: run by hand after a rule change (docs/testing.md).</summary>
[VerbName("write-values")]
[TaskDescription("Rewrite the rules' copies from k8s/monitoring/*_rules.yml: k8s/prometheus-values.yaml's serverFiles block (the chart installs rules only from its values), the operator component's PrometheusRules, and the runbook links' base.")]
public sealed class WriteValuesTask : PipelineTask
{
    public override Task<int> RunAsync(CommandLine args, CancellationToken cancellationToken)
    {
        var root = args.Root();
        args.ThrowOnUnknown();
        Console.WriteLine(RuleValuesWriter.Write(root)
            ? $"{RuleValuesWriter.ValuesFile} and {OperatorRuleFile.RelativePath} rewritten from k8s/monitoring/*_rules.yml (runbook links from {RunbookLinks.PropertiesFile}); commit them with the rule change."
            : $"{RuleValuesWriter.ValuesFile} and {OperatorRuleFile.RelativePath} already carry k8s/monitoring/*_rules.yml; nothing to write.");
        return Task.FromResult(0);
    }
}
