namespace Promql.Syntax;

/// <summary>How series on the two sides of a binary operator pair up.</summary>
public enum MatchCardinality
{
    OneToOne,
    ManyToOne,
    OneToMany,
    ManyToMany,
}
