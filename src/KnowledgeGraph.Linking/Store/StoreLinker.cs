using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Linking.KnowledgeBase;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Linking.Store;

/// <summary>
/// Links the entities of the article graphs in a store (<c>kg link</c>). Each article graph gets, per person, office
/// and place, an <c>owl:sameAs wd:Q…</c> when linked and a <c>kgo:EntityLink</c> node recording the target,
/// confidence, method and explanation (also for NIL, without a target), so links can be filtered by confidence in
/// SPARQL. Re-linking replaces earlier links and earlier <c>owl:sameAs</c> to Wikidata in that graph.
/// </summary>
public sealed class StoreLinker
{
    /// <summary>Where link nodes are minted.</summary>
    public static readonly Iri LinkBase = Iri.Parse("https://w3id.org/knowledge-graph/resource/link/");

    private readonly IQuadStore _store;
    private readonly EntityLinker _linker;

    /// <summary>Creates a store linker using <paramref name="linker"/>.</summary>
    public StoreLinker(IQuadStore store, EntityLinker linker)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _linker = linker ?? throw new ArgumentNullException(nameof(linker));
    }

    /// <summary>A linker over the store's Wikidata graph, or over the shipped verified base when the store has none.</summary>
    public static EntityLinker CreateLinker(IQuadStore store, LinkerOptions? options = null, Iri? wikidataGraph = null)
    {
        WikidataKnowledgeBase kb = WikidataKnowledgeBase.FromStore(store, wikidataGraph);
        return new EntityLinker(kb.Count > 0 ? kb : WikidataKnowledgeBase.Default, options);
    }

    /// <summary>Re-links every article graph.</summary>
    public StoreLinkSummary LinkAll(CancellationToken cancellationToken = default)
    {
        List<Iri> graphs;
        using (IQuadSnapshot snapshot = _store.OpenSnapshot())
            graphs = [.. ArticleGraphReader.ArticleGraphs(snapshot)];
        int entities = 0, linked = 0;
        foreach (Iri graph in graphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<LinkResult> results = LinkGraph(graph, cancellationToken);
            entities += results.Count;
            linked += results.Count(r => !r.IsNil);
        }
        return new StoreLinkSummary(graphs.Count, entities, linked, entities - linked);
    }

    /// <summary>Links one article graph and writes the links into it.</summary>
    public IReadOnlyList<LinkResult> LinkGraph(Iri graph, CancellationToken cancellationToken = default)
    {
        ArticleGraphReader.Article? article;
        using (IQuadSnapshot snapshot = _store.OpenSnapshot())
            article = ArticleGraphReader.Read(snapshot, graph);
        if (article is null)
            return [];
        IReadOnlyList<LinkResult> results = _linker.Link(article.Document, cancellationToken);
        Write(article, results, cancellationToken);
        return results;
    }

    /// <summary>
    /// Explains a mention (<c>kg link --explain</c>). With a context, that text is the context; without one, the
    /// article graphs are searched for an entity with that name, and the first article that has one is the context.
    /// </summary>
    public LinkExplanation Explain(string mention, string? language = null, string? context = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mention);
        if (context is null)
        {
            using IQuadSnapshot snapshot = _store.OpenSnapshot();
            string folded = Text.NameNormalizer.Fold(mention);
            foreach (Iri graph in ArticleGraphReader.ArticleGraphs(snapshot))
            {
                if (ArticleGraphReader.Read(snapshot, graph) is not { } article || (language is not null && article.Document.Language != language))
                    continue;
                int index = FindMention(article.Document.Mentions, folded);
                if (index < 0)
                    continue;
                EntityMention original = article.Document.Mentions[index];
                // The mention as asked ("Kelly") joins the article's mentions, so it is resolved as the article resolves it.
                EntityMention asked = new(mention, original.Kind) { Offices = original.Offices };
                LinkingDocument document = article.Document with { Mentions = [.. article.Document.Mentions, asked] };
                LinkExplanation e = _linker.Link(document)[^1].Explanation;
                return e with { Notes = [$"context: the article graph <{graph.Value}> (entity {original.Key}, \"{original.Text}\")", .. e.Notes] };
            }
        }
        return _linker.Explain(mention, language ?? "de", context);
    }

    private static int FindMention(IReadOnlyList<EntityMention> mentions, string folded)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Names.Any(n => Text.NameNormalizer.Fold(n) == folded))
                return i;
        }
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Names.Any(n => (" " + Text.NameNormalizer.Fold(n) + " ").Contains(" " + folded + " ", StringComparison.Ordinal)))
                return i;
        }
        return -1;
    }

    private void Write(ArticleGraphReader.Article article, IReadOnlyList<LinkResult> results, CancellationToken cancellationToken)
    {
        Iri g = article.Graph;
        using IQuadTransaction tx = _store.BeginTransaction(cancellationToken);
        var remove = new List<Quad>();
        if (tx.TryGetId(g, out long gid))
        {
            if (tx.TryGetId(Vocabulary.Rdf.Type, out long type) && tx.TryGetId(LinkTerms.EntityLink, out long linkClass))
            {
                foreach (EncodedQuad q in tx.Match(TermIds.Any, type, linkClass, gid).ToList())
                {
                    foreach (EncodedQuad t in tx.Match(q.Subject, TermIds.Any, TermIds.Any, gid))
                        remove.Add(Decode(tx, t));
                }
            }
            if (tx.TryGetId(Vocabulary.Owl.SameAs, out long sameAs))
            {
                foreach (Term entity in article.Entities)
                {
                    if (!tx.TryGetId(entity, out long e))
                        continue;
                    foreach (EncodedQuad q in tx.Match(e, sameAs, TermIds.Any, gid))
                    {
                        if (WikidataTerms.QidOf(tx.GetTerm(q.Object)) is not null)
                            remove.Add(Decode(tx, q));
                    }
                }
            }
        }
        foreach (Quad q in remove)
            tx.Remove(q);

        for (int i = 0; i < results.Count; i++)
        {
            LinkResult r = results[i];
            Term entity = article.Entities[i];
            Iri node = LinkNode(g, entity);
            tx.Add(new Quad(node, Vocabulary.Rdf.Type, LinkTerms.EntityLink, g));
            tx.Add(new Quad(node, LinkTerms.LinkedEntity, entity, g));
            tx.Add(new Quad(node, LinkTerms.Confidence, Literal.Create(Math.Round((decimal)r.Confidence, 3)), g));
            tx.Add(new Quad(node, LinkTerms.LinkingMethod, r.Method == "online" ? LinkTerms.OnlineLinking : LinkTerms.OfflineLinking, g));
            tx.Add(new Quad(node, LinkTerms.Explanation, new Literal(r.Explanation.Summary, "en"), g));
            if (r.Qid is { } qid)
            {
                Iri item = Vocabulary.Wikidata.Item(qid);
                tx.Add(new Quad(node, LinkTerms.LinkTarget, item, g));
                tx.Add(new Quad(entity, Vocabulary.Owl.SameAs, item, g));
            }
        }
        tx.Commit();
    }

    private static Quad Decode(IQuadSnapshot s, EncodedQuad q) =>
        new(s.GetTerm(q.Subject), (Iri)s.GetTerm(q.Predicate), s.GetTerm(q.Object), s.GetTerm(q.Graph));

    private static Iri LinkNode(Iri graph, Term entity)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(graph.Value + "\n" + entity)))[..20];
        return LinkBase.Resolve(hash);
    }
}
