namespace KnowledgeGraph.Ingestion.Text;

/// <summary>A word or punctuation mark with its character offsets in the text (End exclusive).</summary>
internal readonly record struct Token(int Start, int End, string Value, bool IsWord)
{
    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalized => IsWord && char.IsUpper(Value[0]);

    public override string ToString() => Value;
}
