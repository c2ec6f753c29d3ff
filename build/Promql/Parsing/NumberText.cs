using System.Globalization;

namespace Promql.Parsing;

/// <summary>
/// Numbers as Prometheus reads them: Go's ParseInt with base 0 first (<c>0x1f</c>, octal <c>0755</c>, <c>1_000</c>),
/// then ParseFloat (<c>1.5e3</c>, <c>Inf</c>, <c>NaN</c>).
/// </summary>
internal static class NumberText
{
    public static bool TryParse(string text, out double value)
    {
        var digits = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (TryParseInteger(digits, out var integer))
        {
            value = integer;
            return true;
        }
        var lower = digits.ToLowerInvariant();
        if (lower is "inf" or "+inf" or "infinity" or "+infinity")
        {
            value = double.PositiveInfinity;
            return true;
        }
        if (lower is "-inf" or "-infinity")
        {
            value = double.NegativeInfinity;
            return true;
        }
        if (lower is "nan")
        {
            value = double.NaN;
            return true;
        }
        if (lower.StartsWith("0x", StringComparison.Ordinal))
        {
            value = 0;
            return false;
        }
        // Go's ParseFloat refuses a finite literal too large for a double ("value out of range").
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Shortest text that reads back as the same double; infinities as <c>+Inf</c>/<c>-Inf</c>.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(value) => "NaN",
        _ => Fixed(value.ToString("R", CultureInfo.InvariantCulture)),
    };

    // Go's FormatFloat(v, 'f', -1, 64): the shortest round-trip digits, never in exponent form.
    private static string Fixed(string shortest)
    {
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }
        var sign = shortest[0] == '-' ? "-" : string.Empty;
        var mantissa = shortest[sign.Length..e];
        var exponent = int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", string.Empty, StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var text = point <= 0
            ? "0." + new string('0', -point) + digits
            : point >= digits.Length
                ? digits + new string('0', point - digits.Length)
                : digits[..point] + "." + digits[point..];
        return sign + text;
    }

    private static bool TryParseInteger(string text, out long value)
    {
        value = 0;
        var body = text;
        var negative = false;
        if (body.StartsWith('+') || body.StartsWith('-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        var (radix, digits) = body.Length > 1 && body[0] == '0'
            ? char.ToLowerInvariant(body[1]) switch
            {
                'x' => (16, body[2..]),
                'o' => (8, body[2..]),
                'b' => (2, body[2..]),
                _ => (8, body[1..]),
            }
            : (10, body);
        if (digits.Length == 0)
        {
            return false;
        }
        ulong result = 0;
        foreach (var c in digits)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix || result > (ulong.MaxValue - (ulong)d) / (ulong)radix)
            {
                return false;
            }
            result = (result * (ulong)radix) + (ulong)d;
        }
        if (result > long.MaxValue)
        {
            return false;
        }
        value = negative ? -(long)result : (long)result;
        return true;
    }
}
