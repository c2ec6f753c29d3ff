using Promql.Syntax;

namespace Promql.Functions;

/// <summary>
/// A function's signature as Prometheus declares it: argument types, <see cref="Variadic"/> (0: exactly the
/// arguments listed; n &gt; 0: the last may repeat up to n times or be left out; -1: repeat without limit),
/// return type, and whether it needs <c>--enable-feature=promql-experimental-functions</c>.
/// </summary>
public sealed record PromqlFunction(
    string Name, PromqlType ReturnType, int Variadic, bool Experimental, IReadOnlyList<PromqlType> ArgTypes);
