using System.Numerics;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// A value as KEDA hands it to the HPA, in milli-units (kedacore/keda pkg/scalers/scaler.go, <c>GenerateMetricInMili</c>
/// for the value and <c>GetMetricTargetMili</c> for the threshold; the HPA reads <c>MilliValue()</c>).
/// <list type="bullet">
/// <item>2.20.2 (<c>quantityFromFloat64</c>): NaN, ±Inf and negative values become "0"; others are formatted with
/// Go's <c>%.3f</c> and parsed as a Quantity. <c>%.3f</c> rounds the double's exact binary value to the nearest
/// thousandth, an exact tie to even, so this does the same on the exact value (a double is mantissa × 2^exponent)
/// instead of <c>value * 1000</c>, whose own rounding differs.</item>
/// <item>2.20.0 and 2.20.1: the same, but a negative value passes through rounded.</item>
/// <item>Before 2.20: <c>int64(value * 1000)</c>, the product rounded to a double and then truncated toward zero
/// (10.0009 is 10000m, not 10001m). A NaN (the prometheus scaler only caught ±Inf then) or a product beyond int64
/// converts to MinInt64 on amd64, Go leaving it to the platform.</item>
/// </list>
/// </summary>
public static class KedaQuantity
{
    /// <summary>The value in milli-units as <paramref name="versions"/>' KEDA sends it (<see cref="ModelVersions.Default"/> when null).</summary>
    public static long ToMilli(double value, ModelVersions? versions = null)
    {
        var keda = versions ?? ModelVersions.Default;
        if (!keda.KedaRoundsMilliUnits)
        {
            return Truncated(value);
        }
        return keda.KedaClampsNegatives && value < 0 ? 0 : Rounded(value);
    }

    /// <summary>KEDA 2.20.0-2.20.1: <c>%.3f</c> rounding, negatives passed on, NaN and ±Inf as 0.</summary>
    private static long Rounded(double value)
    {
        if (!double.IsFinite(value))
        {
            return 0;
        }
        if (value == 0)
        {
            return 0;
        }
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal: no implicit leading 1
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // value = mantissa × 2^exponent
        var scaled = new BigInteger(mantissa) * 1000;
        BigInteger milli;
        if (exponent >= 0)
        {
            milli = scaled << exponent;
        }
        else
        {
            var denominator = BigInteger.One << -exponent;
            milli = BigInteger.DivRem(scaled, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !milli.IsEven))
            {
                milli += 1;
            }
        }
        var clamped = milli > long.MaxValue ? long.MaxValue : (long)milli;
        return value < 0 ? -clamped : clamped;
    }

    private static long Truncated(double value)
    {
        var product = value * 1000;
        // 2^63 is exactly representable; anything at or beyond it (and NaN) is amd64's "integer indefinite".
        return double.IsNaN(product) || Math.Abs(product) >= 9223372036854775808.0 ? long.MinValue : (long)Math.Truncate(product);
    }
}
