using KnowledgeGraph.Ingestion.Lexicons;
using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// When and where a statement was made, read from its attribution frame: the day a weekday or relative-day word names
/// ("am Donnerstag", "on Tuesday", relative to the article date) and the place after a locative preposition ("in
/// Mexiko-Stadt", "at the White House").
/// </summary>
internal sealed class OccasionResolver(LanguageLexicon language, Grammar grammar)
{
    public DateOnly? ResolveDate(List<Token> frame, DateOnly? articleDate)
    {
        if (articleDate is not { } date)
            return null;
        DateOnly? found = null;
        for (int i = 0; i < frame.Count; i++)
        {
            if (grammar.DaysBefore(frame[i].Value, date.DayOfWeek) is not { } back)
                continue;
            if (i > 0 && grammar.IsFutureMarker(frame[i - 1].Value))
                return null;
            DateOnly day = date.AddDays(-back);
            if (found is not null && found != day)
                return null;
            found = day;
        }
        return found;
    }

    public PlaceEntry? ResolvePlace(List<Token> frame)
    {
        for (int i = 0; i + 1 < frame.Count; i++)
        {
            if (!grammar.IsLocativePreposition(frame[i].Value))
                continue;
            int at = i + 1;
            // "in den USA", "at the White House".
            if (at < frame.Count && frame[at].Value is "den" or "der" or "the")
                at++;
            foreach ((IReadOnlyList<string> words, PlaceEntry place) in language.PlaceForms)
            {
                if (at + words.Count > frame.Count)
                    continue;
                bool match = true;
                for (int k = 0; k < words.Count && match; k++)
                    match = frame[at + k].Value == words[k];
                if (match)
                    return place;
            }
        }
        return null;
    }
}
