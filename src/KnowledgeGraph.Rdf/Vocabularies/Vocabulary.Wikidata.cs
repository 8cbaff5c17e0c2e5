namespace KnowledgeGraph.Rdf.Vocabularies;

public static partial class Vocabulary
{
    /// <summary>Wikidata's RDF namespaces (https://www.mediawiki.org/wiki/Wikibase/Indexing/RDF_Dump_Format).</summary>
    public static class Wikidata
    {
        /// <summary><c>wd:</c>, items and properties.</summary>
        public static readonly Iri Entity = Iri.FromValidated("http://www.wikidata.org/entity/");

        /// <summary><c>wdt:</c>, truthy direct claims.</summary>
        public static readonly Iri Direct = Iri.FromValidated("http://www.wikidata.org/prop/direct/");

        /// <summary><c>p:</c>, from an item to its statement nodes.</summary>
        public static readonly Iri Claim = Iri.FromValidated("http://www.wikidata.org/prop/");

        /// <summary><c>ps:</c>, from a statement node to its value.</summary>
        public static readonly Iri StatementValue = Iri.FromValidated("http://www.wikidata.org/prop/statement/");

        /// <summary><c>pq:</c>, from a statement node to a qualifier value.</summary>
        public static readonly Iri Qualifier = Iri.FromValidated("http://www.wikidata.org/prop/qualifier/");

        /// <summary>The item IRI for a QID such as <c>Q22686</c>.</summary>
        public static Iri Item(string qid)
        {
            ArgumentException.ThrowIfNullOrEmpty(qid);
            return Iri.Parse(Entity.Value + qid);
        }
    }
}
