using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>The language-specific parts of statement extraction; <see cref="ArticleExtractor"/> holds the shared patterns.</summary>
internal abstract class Grammar
{
    /// <summary>"de" or "en".</summary>
    public abstract string Language { get; }

    /// <summary>Articles and determiners skipped before a noun phrase ("der", "des", "the").</summary>
    public abstract bool IsDeterminer(string word);

    /// <summary>Auxiliaries that combine with a participle cue ("hatte … gesagt", "has said").</summary>
    public abstract bool IsAuxiliary(string word);

    /// <summary>Words that introduce reported content after a speech verb ("dass", "that").</summary>
    public abstract bool IsComplementizer(string word);

    /// <summary>True when the words read as reported speech (German Konjunktiv I, or Konjunktiv II standing in for it).</summary>
    public abstract bool IsReported(IReadOnlyList<Token> tokens, bool allowSubstitute);

    /// <summary>Whether a speech verb may be followed by its speaker after a comma, with the content before it
    /// ("…, sagte Kelly" / "…, said Kelly").</summary>
    public virtual bool AllowsInvertedSpeaker => true;

    /// <summary>Whether "clause, X said" (speaker before the verb after the comma) is grammatical.</summary>
    public abstract bool AllowsSpeakerBeforeVerbAfterComma { get; }

    /// <summary>The day named by a weekday or relative-day word ("Donnerstag", "Tuesday", "gestern"), as days before
    /// the article date given its weekday; null when the word names no day.</summary>
    public abstract int? DaysBefore(string word, DayOfWeek articleDay);

    /// <summary>Words that mark a day as future ("kommenden", "next"): such days are not resolved.</summary>
    public abstract bool IsFutureMarker(string word);

    /// <summary>Prepositions that locate an event at a place ("in", "im", "at").</summary>
    public abstract bool IsLocativePreposition(string word);

    /// <summary>Genitive or possessive ending removed from a name ("Kellys" → "Kelly", "Trump's" → "Trump").</summary>
    public abstract string? StripGenitive(string word);

    /// <summary>The tokens of a sentence's main clause outside quotations: subordinate clauses ("…, wonach der Bund …
    /// wolle, …", "Wer keine Flüchtlinge aufnehme, …") left out, so that their verbs do not speak for the sentence.</summary>
    public virtual List<Token> MainClause(IReadOnlyList<Token> tokens, bool[] inQuote)
    {
        var clause = new List<Token>();
        for (int i = 0; i < tokens.Count && tokens[i].Value != ","; i++)
        {
            if (!inQuote[i])
                clause.Add(tokens[i]);
        }
        return clause;
    }

    /// <summary>The addressee of "told"-like verbs, skipped before the content ("told reporters that", "told LA Weekly the
    /// case …"); other verbs have none.</summary>
    public virtual int SkipObject(IReadOnlyList<Token> tokens, int index, string verb) => index;

    protected static int? WeekdayDistance(DayOfWeek named, DayOfWeek articleDay) => ((int)articleDay - (int)named + 7) % 7;
}
