namespace KnowledgeGraph.Ingestion.Lexicons;

/// <summary>A title or role noun that introduces a name without naming a post ("Minister", "spokesman").</summary>
/// <param name="Form">The title as written.</param>
/// <param name="Role">The role for coreference, or null for pure honorifics ("Herr", "Mr.").</param>
/// <param name="Gender">'m', 'f' or '-' (unknown).</param>
internal sealed record TitleEntry(string Form, string? Role, char Gender);
