namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// One lexed token. <see cref="Text"/> holds the decoded value: the IRI without angle brackets, the string without
/// quotes and escapes, the variable without its sigil, the prefixed name as written (local escapes removed),
/// the punctuation itself, or the keyword as written.
/// </summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset)
{
    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Kind switch
    {
        TokenKind.End => "end of input",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.Variable => "?" + Text,
        TokenKind.String => "\"" + Text + "\"",
        TokenKind.BlankNodeLabel => "_:" + Text,
        TokenKind.LangTag => "@" + Text,
        TokenKind.Nil => "()",
        TokenKind.Anon => "[]",
        _ => "'" + Text + "'",
    };
}
