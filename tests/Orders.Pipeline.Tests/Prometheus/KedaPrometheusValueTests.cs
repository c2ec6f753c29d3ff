using Orders.Pipeline.Prometheus;
using Orders.Pipeline.Scaling;

namespace Orders.Pipeline.Tests.Prometheus;

/// <summary>keda-hpa.md: an empty result or NaN counts as 0 under ignoreNullValues (the default), and is
/// an error without it; several elements are always an error.</summary>
public sealed class KedaPrometheusValueTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    private static PrometheusQueryResult Vector(params double[] values) =>
        new("vector", values.Select(v => new PrometheusSample(new Dictionary<string, string>(), At, v)).ToList());

    [Fact]
    public void An_empty_result_reads_as_zero_with_ignoreNullValues_and_fails_without()
    {
        Assert.Equal(0, KedaPrometheusValue.Read(At, "q", Vector(), ignoreNullValues: true).Value);

        var strict = KedaPrometheusValue.Read(At, "q", Vector(), ignoreNullValues: false);
        Assert.Null(strict.Value);
        Assert.Contains("result is empty", strict.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NaN_and_infinity_read_as_zero_with_ignoreNullValues_and_fail_without(double value)
    {
        Assert.Equal(0, KedaPrometheusValue.Read(At, "q", Vector(value), ignoreNullValues: true).Value);
        Assert.NotNull(KedaPrometheusValue.Read(At, "q", Vector(value), ignoreNullValues: false).Error);
    }

    [Fact]
    public void Several_elements_or_a_scalar_are_errors_whatever_ignoreNullValues_says()
    {
        Assert.Contains("multiple elements", KedaPrometheusValue.Read(At, "q", Vector(1, 2), true).Error, StringComparison.Ordinal);
        var scalar = new PrometheusQueryResult("scalar", Vector(1).Samples);
        Assert.Contains("scalar", KedaPrometheusValue.Read(At, "q", scalar, true).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_value_passes_through()
    {
        var reading = KedaPrometheusValue.Read(At, "q", Vector(42.5), ignoreNullValues: false);

        Assert.Equal(42.5, reading.Value);
        Assert.Equal(42.5, reading.RawValue);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Before_KEDA_2_20_a_NaN_reaches_the_HPA_whatever_ignoreNullValues_says(bool ignoreNullValues)
    {
        // v2.19.0 prometheus_scaler.go caught only math.IsInf; int64(NaN * 1000) is then MinInt64 on amd64.
        var keda219 = ModelVersions.Default with { Keda = new Version(2, 19, 0) };

        var reading = KedaPrometheusValue.Read(At, "q", Vector(double.NaN), ignoreNullValues, keda219);

        Assert.True(reading.Value is { } v && double.IsNaN(v));
        Assert.Equal(long.MinValue, KedaQuantity.ToMilli(reading.Value!.Value, keda219));
        Assert.Equal(0, KedaPrometheusValue.Read(At, "q", Vector(double.PositiveInfinity), ignoreNullValues: true, keda219).Value);
    }
}
