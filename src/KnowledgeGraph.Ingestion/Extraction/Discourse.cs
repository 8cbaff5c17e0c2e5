namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>
/// What the reader knows so far: the persons of the article and who is salient, for coreference of surnames, role
/// nouns ("der Minister"), pronouns ("er", "he") and demonstratives ("Dieser").
/// </summary>
internal sealed class Discourse
{
    public List<PersonEntity> Persons { get; } = [];

    /// <summary>The speaker of the latest statement and the sentence it was in.</summary>
    public (PersonEntity Person, int Sentence)? LastSpeaker { get; set; }

    /// <summary>Persons named (not by pronoun) in the previous sentence, in order.</summary>
    public List<PersonEntity> PreviousSentenceMentions { get; set; } = [];

    /// <summary>Recent speakers, latest first.</summary>
    public List<PersonEntity> RecentSpeakers { get; } = [];

    /// <summary>Names of two capitalised words that nothing has made a person yet ("Amneh Jafari" after a descriptive
    /// phrase, in English): a later surname that speaks ("Jafari said") makes the name a person.</summary>
    public List<string> UnclaimedNames { get; } = [];

    /// <summary>Recently named persons, latest first.</summary>
    public List<PersonEntity> RecentMentions { get; } = [];

    public void NoteSpeaker(PersonEntity person, int sentence)
    {
        LastSpeaker = (person, sentence);
        RecentSpeakers.Remove(person);
        RecentSpeakers.Insert(0, person);
    }

    public void NoteMention(PersonEntity person)
    {
        RecentMentions.Remove(person);
        RecentMentions.Insert(0, person);
    }

    /// <summary>A personal pronoun: the last speaker if the previous sentence mentions them or names nobody compatible;
    /// else the first compatible person the previous sentence names (its subject, as a rule: "Hofer sprach sich für die
    /// Wehrpflicht aus. …, warnte sie."); else the last speaker if recent.</summary>
    public PersonEntity? ResolvePronoun(char gender, int sentence)
    {
        List<PersonEntity> candidates = [.. PreviousSentenceMentions.Distinct().Where(p => Compatible(p, gender))];
        bool recent = LastSpeaker is { } last && sentence - last.Sentence <= 2 && Compatible(last.Person, gender);
        if (recent && (candidates.Count == 0 || candidates.Contains(LastSpeaker!.Value.Person)))
            return LastSpeaker!.Value.Person;
        return candidates.Count >= 1 ? candidates[0] : null;
    }

    /// <summary>A demonstrative ("Dieser", "the latter") names the person mentioned last in the previous sentence.</summary>
    public PersonEntity? ResolveDemonstrative(char gender) =>
        PreviousSentenceMentions.LastOrDefault(p => Compatible(p, gender));

    /// <summary>A role noun: the latest speaker with that role, else the only recently named person with it.</summary>
    public PersonEntity? ResolveRole(string role)
    {
        PersonEntity? speaker = RecentSpeakers.Take(3).FirstOrDefault(p => p.Roles.Contains(role));
        if (speaker is not null)
            return speaker;
        List<PersonEntity> named = [.. RecentMentions.Take(4).Where(p => p.Roles.Contains(role))];
        return named.Count == 1 ? named[0] : null;
    }

    private static bool Compatible(PersonEntity person, char gender) =>
        gender == '-' || person.Gender == '-' || person.Gender == gender;
}
