using KnowledgeGraph.Ingestion.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Ingestion.Provenance;

/// <summary>
/// Deterministic, readable IRIs under a base: <c>person/john-kelly</c>, <c>office/us-secretary-of-state</c>,
/// <c>policy/immigration-guidelines</c>, <c>article/{id}</c>, <c>graph/{id}</c>, <c>statement/{id}/3</c>.
/// The same person, office or policy gets the same IRI in every article, German or English.
/// </summary>
internal sealed class ResourceNamer(Iri baseIri)
{
    public Iri Person(string name) => Mint("person/" + Slug.Create(name));

    public Iri Office(string key) => Mint("office/" + key);

    public Iri Policy(string key) => Mint("policy/" + key);

    public Iri Place(string key) => Mint("place/" + key);

    public Iri Article(string articleId) => Mint("article/" + Slug.Create(articleId));

    public Iri Graph(string articleId) => Mint("graph/" + Slug.Create(articleId));

    public Iri Statement(string articleId, int number) => Mint("statement/" + Slug.Create(articleId) + "/" + number);

    public Iri Contradiction(string articleId, int number) => Mint("contradiction/" + Slug.Create(articleId) + "/" + number);

    private Iri Mint(string path) => baseIri.Resolve(path);
}
