using System.Numerics;

namespace Orders.Pipeline.Scaling;

/// <summary>
/// A value as KEDA 2.20 hands it to the HPA, in milli-units. KEDA's <c>quantityFromFloat64</c>
/// (kedacore/keda pkg/scalers/scaler.go, used by <c>GenerateMetricInMili</c> for the value and
/// <c>GetMetricTargetMili</c> for the threshold) formats the float with Go's <c>%.3f</c> and parses that as a
/// Quantity, NaN and ±Inf becoming "0"; the HPA then reads <c>MilliValue()</c>. Go's <c>%.3f</c> rounds the
/// double's exact binary value to the nearest thousandth, an exact tie to even, so this does the same on the
/// exact value (a double is mantissa × 2^exponent) instead of <c>value * 1000</c>, whose own rounding differs.
/// A negative value passes through as KEDA passes it; the HPA's min clamp makes it act as 0.
/// </summary>
public static class KedaQuantity
{
    public static long ToMilli(double value)
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
}
