namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>How a speech cue relates to its speaker.</summary>
internal enum SpeechCueKind
{
    /// <summary>A finite speech verb; its subject is the speaker.</summary>
    Verb,

    /// <summary>A perfect participle ("hat … gesagt"); the subject of the auxiliary is the speaker.</summary>
    Participle,

    /// <summary>A phrase followed by the source ("nach den Worten von", "according to").</summary>
    Before,

    /// <summary>A postposition after the source ("Kelly zufolge").</summary>
    After,

    /// <summary>A cue without a personal speaker ("hieß es").</summary>
    Impersonal,
}
