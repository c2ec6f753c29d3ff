using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Images;

/// <summary>
/// A Kubernetes resource quantity (<c>64Mi</c>, <c>128974848</c>, <c>0.5Gi</c>, <c>129e6</c>, <c>200m</c>,
/// <c>0.5</c>, <c>1</c>) read as the kubelet reads it: a number with an optional binary (Ki..Ei), decimal
/// (n, u, m, k..E) or exponent (e3) suffix; bytes and millicores round up, as Kubernetes' Value() and
/// MilliValue() do. Anything else is refused: a limit this run cannot read must not turn into no limit.
/// </summary>
public static partial class ResourceQuantity
{
    /// <summary>Whole bytes, rounded up: <c>64Mi</c> is 67108864.</summary>
    public static long Bytes(string text) => Ceiling(Parse(text), text);

    /// <summary>Thousandths of a core, rounded up: <c>200m</c> is 200, <c>0.5</c> is 500, <c>1</c> is 1000.</summary>
    public static long Millicores(string text) => Ceiling(Parse(text) * 1000m, text);

    private static decimal Parse(string text)
    {
        var match = QuantityPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a Kubernetes quantity (e.g. 64Mi, 128974848, 0.5Gi, 200m, 0.5)");
        }
        try
        {
            var number = decimal.Parse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var value = number * Multiplier(match.Groups["suffix"].Value, text);
            return value > 0 ? value : throw new FormatException($"'{text}' is not above zero");
        }
        catch (OverflowException)
        {
            throw new FormatException($"'{text}' is too large");
        }
    }

    private static decimal Multiplier(string suffix, string text) => suffix switch
    {
        "" => 1m,
        "Ki" => 1024m,
        "Mi" => 1024m * 1024,
        "Gi" => 1024m * 1024 * 1024,
        "Ti" => 1024m * 1024 * 1024 * 1024,
        "Pi" => 1024m * 1024 * 1024 * 1024 * 1024,
        "Ei" => 1024m * 1024 * 1024 * 1024 * 1024 * 1024,
        "n" => 1e-9m,
        "u" => 1e-6m,
        "m" => 1e-3m,
        "k" => 1e3m,
        "M" => 1e6m,
        "G" => 1e9m,
        "T" => 1e12m,
        "P" => 1e15m,
        "E" => 1e18m,
        _ => PowerOfTen(int.Parse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), text),
    };

    private static decimal PowerOfTen(int exponent, string text)
    {
        if (Math.Abs(exponent) > 18)
        {
            throw new FormatException($"'{text}' has an exponent beyond ±18");
        }
        var power = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            power *= 10;
        }
        return exponent >= 0 ? power : 1 / power;
    }

    private static long Ceiling(decimal value, string text)
    {
        var rounded = decimal.Ceiling(value);
        return rounded <= long.MaxValue ? (long)rounded : throw new FormatException($"'{text}' is too large");
    }

    // Kubernetes' grammar: a signed decimal number, then a binary SI suffix, a decimal SI suffix or an exponent.
    // The exponent comes before the lone E (exa) so that 1E3 reads as 1000, as in Kubernetes.
    [GeneratedRegex(@"^(?<number>[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|[eE][+-]?[0-9]+|[numkMGTPE])?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();
}
