using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Ingestion.Ontology;

/// <summary>
/// The terms of the KnowledgeGraph ontology (<c>ontology/knowledge-graph.ttl</c>, namespace
/// <c>https://w3id.org/knowledge-graph/ontology#</c>): the public contract of ingested graphs.
/// </summary>
public static class Kgo
{
    /// <summary>The namespace IRI.</summary>
    public static Iri Namespace => Vocabulary.KnowledgeGraphOntology.Namespace;

    /// <summary>The default base under which resources are minted.</summary>
    public static readonly Iri DefaultResourceBase = Iri.Parse("https://w3id.org/knowledge-graph/resource/");

    /// <summary><c>kgo:Person</c>.</summary>
    public static Iri Person => Vocabulary.KnowledgeGraphOntology.Person;

    /// <summary><c>kgo:Office</c>.</summary>
    public static Iri Office => Vocabulary.KnowledgeGraphOntology.Office;

    /// <summary><c>kgo:Policy</c>.</summary>
    public static Iri Policy => Vocabulary.KnowledgeGraphOntology.Policy;

    /// <summary><c>kgo:Statement</c>.</summary>
    public static Iri Statement => Vocabulary.KnowledgeGraphOntology.Statement;

    /// <summary><c>kgo:Article</c>.</summary>
    public static Iri Article => Vocabulary.KnowledgeGraphOntology.Article;

    /// <summary><c>kgo:Place</c>.</summary>
    public static readonly Iri Place = Term("Place");

    /// <summary><c>kgo:Contradiction</c>: a contradiction between two statements and how it was found.</summary>
    public static readonly Iri Contradiction = Term("Contradiction");

    /// <summary><c>kgo:DirectQuote</c>.</summary>
    public static readonly Iri DirectQuote = Term("DirectQuote");

    /// <summary><c>kgo:ReportedSpeech</c>.</summary>
    public static readonly Iri ReportedSpeech = Term("ReportedSpeech");

    /// <summary><c>kgo:ExplicitCue</c>: the article states the contradiction.</summary>
    public static readonly Iri ExplicitCue = Term("ExplicitCue");

    /// <summary><c>kgo:ConflictingPolarity</c>.</summary>
    public static readonly Iri ConflictingPolarity = Term("ConflictingPolarity");

    /// <summary><c>kgo:holdsOffice</c>.</summary>
    public static Iri HoldsOffice => Vocabulary.KnowledgeGraphOntology.HoldsOffice;

    /// <summary><c>kgo:speaker</c>.</summary>
    public static Iri Speaker => Vocabulary.KnowledgeGraphOntology.Speaker;

    /// <summary><c>kgo:text</c>.</summary>
    public static Iri Text => Vocabulary.KnowledgeGraphOntology.Text;

    /// <summary><c>kgo:about</c>.</summary>
    public static Iri About => Vocabulary.KnowledgeGraphOntology.About;

    /// <summary><c>kgo:contradicts</c> (symmetric).</summary>
    public static Iri Contradicts => Vocabulary.KnowledgeGraphOntology.Contradicts;

    /// <summary><c>kgo:statedOn</c>.</summary>
    public static Iri StatedOn => Vocabulary.KnowledgeGraphOntology.StatedOn;

    /// <summary><c>kgo:source</c>.</summary>
    public static Iri Source => Vocabulary.KnowledgeGraphOntology.Source;

    /// <summary><c>kgo:place</c>.</summary>
    public static readonly Iri PlaceProperty = Term("place");

    /// <summary><c>kgo:quoteType</c>.</summary>
    public static readonly Iri QuoteType = Term("quoteType");

    /// <summary><c>kgo:sentence</c>.</summary>
    public static readonly Iri Sentence = Term("sentence");

    /// <summary><c>kgo:charStart</c>.</summary>
    public static readonly Iri CharStart = Term("charStart");

    /// <summary><c>kgo:charEnd</c>.</summary>
    public static readonly Iri CharEnd = Term("charEnd");

    /// <summary><c>kgo:cue</c>.</summary>
    public static readonly Iri Cue = Term("cue");

    /// <summary><c>kgo:statement</c> (contradiction → statement).</summary>
    public static readonly Iri StatementProperty = Term("statement");

    /// <summary><c>kgo:detectionMethod</c>.</summary>
    public static readonly Iri DetectionMethod = Term("detectionMethod");

    /// <summary><c>kgo:evidenceText</c>.</summary>
    public static readonly Iri EvidenceText = Term("evidenceText");

    /// <summary><c>kgo:evidenceSource</c>.</summary>
    public static readonly Iri EvidenceSource = Term("evidenceSource");

    private static Iri Term(string local) => Iri.Parse(Namespace.Value + local);
}
