using Orders.Pipeline.Replay;

namespace Orders.Pipeline.Tests.Replay.Tool;

public sealed class ExpectationTests
{
    [Theory]
    [InlineData("peak >= 5", null, "peak", ">=", 5)]
    [InlineData("proposed:secondsToPeak.median<=30", "proposed", "secondsToPeak.median", "<=", 30)]
    [InlineData(" fallback.timingsInForce == 0 ", null, "fallback.timingsInForce", "==", 0)]
    [InlineData("a-b.c:replicaChanges.max != -1.5", "a-b.c", "replicaChanges.max", "!=", -1.5)]
    public void Reads_label_name_operator_and_number(string text, string? label, string name, string op, double number)
    {
        var e = Expectation.Parse("expect", text);

        Assert.Equal((label, name, op, number), (e.Label, e.Name, e.Operator, e.Number));
    }

    [Theory]
    [InlineData("peak => 5")]
    [InlineData("peak >= five")]
    [InlineData(">= 5")]
    [InlineData("peak 5")]
    [InlineData("peak >= 5; rm -rf /")]
    public void Refuses_what_is_not_name_operator_number_naming_the_form(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => Expectation.Parse("expect", text));

        Assert.Contains($"--expect '{text}' is not [LABEL:]NAME OP NUMBER", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(">=", 5, true)]
    [InlineData(">=", 6, false)]
    [InlineData("<=", 5, true)]
    [InlineData("<=", 4, false)]
    [InlineData(">", 5, false)]
    [InlineData("<", 6, true)]
    [InlineData("==", 5, true)]
    [InlineData("!=", 5, false)]
    public void Each_operator_compares_the_actual_value_with_the_number(string op, double number, bool holds)
    {
        Assert.Equal(holds, Expectation.Parse("expect", $"x {op} {number}").HoldsFor(5));
    }
}
