using KnowledgeGraph.Ingestion.Text;

namespace KnowledgeGraph.Ingestion.Extraction;

/// <summary>A contradiction cue found in a sentence, with the person on each side.</summary>
/// <param name="Left">The side that contradicts (the subject, or the first side a relation names).</param>
/// <param name="Right">The side contradicted.</param>
/// <param name="Cue">The cue as written ("widersprach", "at odds with").</param>
/// <param name="Sentence">The sentence that states the contradiction.</param>
internal sealed record ContradictionCueMatch(PersonEntity Left, PersonEntity Right, string Cue, Sentence Sentence);
