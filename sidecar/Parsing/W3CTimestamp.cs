namespace Orders.Exporter.Parsing;

/// <summary>Reads W3C's "yyyy-MM-dd" and "HH:mm:ss" (UTC) into Unix seconds, without allocating.</summary>
public static class W3CTimestamp
{
    public static bool TryParse(ReadOnlySpan<byte> date, ReadOnlySpan<byte> time, out double unixSeconds)
    {
        unixSeconds = 0;
        if (date.Length != 10 || time.Length != 8 || date[4] != '-' || date[7] != '-' || time[2] != ':' || time[5] != ':')
        {
            return false;
        }

        if (!TryDigits(date[..4], out var year) || !TryDigits(date[5..7], out var month) || !TryDigits(date[8..], out var day)
            || !TryDigits(time[..2], out var hour) || !TryDigits(time[3..5], out var minute) || !TryDigits(time[6..], out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var instant = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        unixSeconds = (instant - DateTime.UnixEpoch).TotalSeconds;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var d in digits)
        {
            if ((uint)(d - '0') > 9)
            {
                return false;
            }

            value = value * 10 + (d - '0');
        }
        return true;
    }
}
