namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The terminals of the SPARQL grammar (§19.8), punctuation folded into <see cref="Punct"/>.</summary>
internal enum TokenKind : byte
{
    End,
    IriRef,
    PrefixedName,
    BlankNodeLabel,
    Variable,
    LangTag,
    Integer,
    Decimal,
    Double,
    String,
    Nil,
    Anon,
    Name,
    Punct,
}
