using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Exporter.Tailing;

/// <summary>
/// Watches the numbers of rolled files (name-yyyyMMdd.NNNN.txt, the app's and ASP.NET Core's W3C naming): a
/// number skipped between two listings is a file the app's retention deleted before the tailer ever saw it,
/// so its lines are lost. The first listing is the baseline (what was deleted before the exporter started is
/// unknown); after it, a gap within a day, or a new day that does not start at 0000, is a miss.
/// </summary>
internal sealed partial class RolledFileNumbers
{
    private readonly Dictionary<string, int> _highest = [];
    private string _lastDay = "";
    private bool _baseline;

    /// <summary>The names of files missed since the last listing (each reported once).</summary>
    public List<string> Missed(IReadOnlyList<string> paths)
    {
        var missed = new List<string>();
        foreach (var path in paths)
        {
            var match = RolledName().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                continue;
            }

            var day = match.Groups["day"].Value;
            var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            var format = new string('0', match.Groups["number"].Length);
            int from;
            if (_highest.TryGetValue(day, out var highest))
            {
                from = highest + 1;
            }
            else
            {
                from = _baseline && string.CompareOrdinal(day, _lastDay) > 0 ? 0 : number;
            }

            for (var skipped = from; skipped < number; skipped++)
            {
                missed.Add($"{day}.{skipped.ToString(format, CultureInfo.InvariantCulture)}{match.Groups["extension"].Value}");
            }

            _highest[day] = Math.Max(number, highest);
            if (string.CompareOrdinal(day, _lastDay) > 0)
            {
                _lastDay = day;
            }
        }
        _baseline = true;
        return missed;
    }

    [GeneratedRegex(@"^(?<day>.*\d{8})\.(?<number>\d{4,})(?<extension>\.txt)$", RegexOptions.CultureInvariant)]
    private static partial Regex RolledName();
}
