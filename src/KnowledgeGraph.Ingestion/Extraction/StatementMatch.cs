namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A statement pattern's result before it becomes an <see cref="ExtractedStatement"/>.</summary>
/// <param name="Speaker">Who said it.</param>
/// <param name="ContentStart">The content's first character in the article.</param>
/// <param name="ContentEnd">Just past the content's last character.</param>
/// <param name="Cue">The cue as written ("sagte", "according to").</param>
/// <param name="StrippedQuote">The content stands before its attribution, as quoted words do (marks may be stripped).</param>
/// <param name="CueToken">The cue's token in the sentence, or -1.</param>
/// <param name="RemoveStart">Where the frame inside the content starts (character), or -1.</param>
/// <param name="RemoveEnd">Just past the frame inside the content.</param>
/// <param name="SplitQuote">The frame splits one quotation in two ("„…“, sagte Kelly, „…“"): the words are direct speech.</param>
/// <param name="QuotedRun">The content is part of a quotation opened in an earlier sentence and not yet closed: direct speech.</param>
/// <param name="AwaitsQuote">The cue ends its sentence with ':' or ',' and names no content: the quotation that opens the next
/// sentence is the content ("Rathbun stated," followed by a quoted paragraph).</param>
internal sealed record StatementMatch(
    PersonEntity Speaker,
    int ContentStart,
    int ContentEnd,
    string Cue,
    bool StrippedQuote,
    int CueToken = -1,
    int RemoveStart = -1,
    int RemoveEnd = -1,
    bool SplitQuote = false,
    bool AwaitsQuote = false,
    bool QuotedRun = false);
