using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Tests.Store;

[TestClass]
public sealed class OntologyTests
{
    [TestMethod]
    [DataRow("EntityLink", "http://www.w3.org/2002/07/owl#Class")]
    [DataRow("linkedEntity", "http://www.w3.org/2002/07/owl#ObjectProperty")]
    [DataRow("linkTarget", "http://www.w3.org/2002/07/owl#ObjectProperty")]
    [DataRow("confidence", "http://www.w3.org/2002/07/owl#DatatypeProperty")]
    [DataRow("linkingMethod", "http://www.w3.org/2002/07/owl#ObjectProperty")]
    [DataRow("explanation", "http://www.w3.org/2002/07/owl#DatatypeProperty")]
    [DataRow("OfflineLinking", "https://w3id.org/knowledge-graph/ontology#LinkingMethod")]
    [DataRow("OnlineLinking", "https://w3id.org/knowledge-graph/ontology#LinkingMethod")]
    public void LinkTermsAreDeclaredAndLabelledInBothLanguages(string local, string type)
    {
        using FileStream input = File.OpenRead(Path.Combine(RepositoryPaths.Root, "ontology", "knowledge-graph.ttl"));
        List<Quad> quads = [.. new TurtleParser(Rdf.Formats.RdfParserOptions.Default).Parse(input)];
        Iri term = Iri.Parse(Vocabulary.KnowledgeGraphOntology.Namespace.Value + local);
        Assert.IsTrue(quads.Any(q => q.Subject.Equals(term) && q.Predicate.Equals(Vocabulary.Rdf.Type) && q.Object.Equals(Iri.Parse(type))));
        string[] languages = [.. quads.Where(q => q.Subject.Equals(term) && q.Predicate.Equals(Vocabulary.Rdfs.Label)).Select(q => ((Literal)q.Object).Language!)];
        CollectionAssert.AreEquivalent(new[] { "de", "en" }, languages);
    }
}
