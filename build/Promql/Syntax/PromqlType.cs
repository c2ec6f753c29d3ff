namespace Promql.Syntax;

/// <summary>PromQL's value types, as the type checker and the function table name them.</summary>
public enum PromqlType
{
    None,
    Scalar,
    Vector,
    Matrix,
    String,
}
