using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Stores;
using KnowledgeGraph.Rdf.Vocabularies;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/describe?iri=IRI&amp;lang=de|en</c>: an HTML page about one resource: its label in the chosen language, the
/// triples it is the subject of and those it is the object of (in any graph), each IRI shown as a prefixed name
/// that links to its own page.
/// </summary>
internal static class DescribeEndpoint
{
    public const string Path = "/describe";

    /// <summary>At most this many triples per direction, so a hub such as a class stays a page, not a dump.</summary>
    private const int MaxRows = 500;

    public static void Map(IEndpointRouteBuilder routes, ServerContext server) =>
        routes.MapGet(Path, http => GetAsync(http, server));

    private static async Task GetAsync(HttpContext http, ServerContext server)
    {
        string? text = http.Request.Query["iri"];
        if (string.IsNullOrEmpty(text) || !Iri.TryParse(text, out Iri? iri))
        {
            await HttpErrors.Write(http, StatusCodes.Status400BadRequest, $"describe needs ?iri= with an absolute IRI: {(text is null ? "none given" : Iri.Validate(text))}").ConfigureAwait(false);
            return;
        }

        string lang = http.Request.Query["lang"] == "de" ? "de" : "en";
        string html = await Task.Run(() => Render(server, iri, lang), http.RequestAborted).ConfigureAwait(false);
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html, http.RequestAborted).ConfigureAwait(false);
    }

    private static string Render(ServerContext server, Iri iri, string lang)
    {
        using IQuadSnapshot snapshot = server.Store.OpenSnapshot();
        var page = new Page(snapshot, server.Options.Prefixes, lang);
        var outgoing = new List<(long P, long O, long G)>();
        var incoming = new List<(long S, long P, long G)>();
        if (snapshot.TryGetId(iri, out long id))
        {
            outgoing.AddRange(snapshot.Match(id, TermIds.Any, TermIds.Any, TermIds.Any).Take(MaxRows).Select(q => (q.Predicate, q.Object, q.Graph)));
            incoming.AddRange(snapshot.Match(TermIds.Any, TermIds.Any, id, TermIds.Any).Take(MaxRows).Select(q => (q.Subject, q.Predicate, q.Graph)));
        }

        HtmlEncoder enc = HtmlEncoder.Default;
        string title = page.Label(iri) ?? page.Short(iri);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(enc.Encode(title)).Append("</title><link rel=\"stylesheet\" href=\"/page/style.css\"></head><body>")
            .Append("<header><a href=\"/?lang=").Append(lang).Append("\">SPARQL</a> · ")
            .Append(lang == "de" ? "<a href=\"" + enc.Encode(page.Href(iri, "en")) + "\">English</a>" : "<a href=\"" + enc.Encode(page.Href(iri, "de")) + "\">Deutsch</a>")
            .Append("</header><main><h1 id=\"title\">").Append(enc.Encode(title)).Append("</h1><p class=\"iri\"><code>")
            .Append(enc.Encode(iri.Value)).Append("</code> · <a href=\"/sparql?format=turtle&amp;query=")
            .Append(enc.Encode(Uri.EscapeDataString($"DESCRIBE <{iri.Value}>"))).Append("\">Turtle</a></p>");

        html.Append("<h2>").Append(lang == "de" ? "Aussagen über die Ressource" : "Statements about the resource").Append("</h2>");
        Table(html, ["predicate", "object", "graph"], outgoing.Select(r => new[] { page.Cell(r.P), page.Cell(r.O), page.Graph(r.G) }), outgoing.Count == MaxRows);
        html.Append("<h2>").Append(lang == "de" ? "Verweise auf die Ressource" : "References to the resource").Append("</h2>");
        Table(html, ["subject", "predicate", "graph"], incoming.Select(r => new[] { page.Cell(r.S), page.Cell(r.P), page.Graph(r.G) }), incoming.Count == MaxRows);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, string[] headers, IEnumerable<string[]> rows, bool cut)
    {
        html.Append("<table class=\"triples\"><thead><tr>");
        foreach (string h in headers)
        {
            html.Append("<th>").Append(h).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        int n = 0;
        foreach (string[] row in rows)
        {
            n++;
            html.Append("<tr>");
            foreach (string cell in row)
            {
                html.Append("<td>").Append(cell).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        html.Append("<p class=\"count\">").Append(n.ToString(CultureInfo.InvariantCulture)).Append(cut ? "+ (cut off)" : "").Append("</p>");
    }

    /// <summary>Renders terms of one snapshot as HTML: IRIs as prefixed names linking to their pages, with labels.</summary>
    private sealed class Page(IQuadSnapshot snapshot, PrefixMap prefixes, string lang)
    {
        private readonly Dictionary<long, string?> _labels = [];
        private readonly long _label = snapshot.TryGetId(Vocabulary.Rdfs.Label, out long l) ? l : long.MinValue;

        public string Short(Iri iri) => prefixes.TryAbbreviate(iri, out string? prefix, out string? local) ? prefix + ":" + local : "<" + iri.Value + ">";

        public string Href(Iri iri, string language) => "/describe?iri=" + Uri.EscapeDataString(iri.Value) + "&lang=" + language;

        public string Label(Iri iri) => snapshot.TryGetId(iri, out long id) ? Label(id) ?? Short(iri) : Short(iri);

        public string Graph(long id) => id == TermIds.DefaultGraph ? "<em>default</em>" : Cell(id);

        public string Cell(long id)
        {
            HtmlEncoder enc = HtmlEncoder.Default;
            Term term = snapshot.GetTerm(id);
            switch (term)
            {
                case Iri iri:
                    string? label = Label(id);
                    string link = $"<a class=\"iri\" href=\"{enc.Encode(Href(iri, lang))}\" title=\"{enc.Encode(iri.Value)}\">{enc.Encode(Short(iri))}</a>";
                    return label is null ? link : link + " <span class=\"label\">" + enc.Encode(label) + "</span>";
                case Literal literal:
                    string suffix = literal.Language is { } tag ? "@" + tag
                        : literal.IsSimple ? ""
                        : "^^" + Short(literal.Datatype);
                    return "<span class=\"literal\">" + enc.Encode(literal.LexicalForm) + "</span><span class=\"meta\">" + enc.Encode(suffix) + "</span>";
                default:
                    return "<span class=\"bnode\">" + enc.Encode(term.ToString()) + "</span>";
            }
        }

        /// <summary>The rdfs:label in the page's language, else one in the other, else any; null when there is none.</summary>
        public string? Label(long id)
        {
            if (_labels.TryGetValue(id, out string? cached))
            {
                return cached;
            }

            string? best = null;
            int bestRank = int.MaxValue;
            foreach (EncodedQuad q in snapshot.Match(id, _label, TermIds.Any, TermIds.Any).Take(32))
            {
                if (snapshot.GetTerm(q.Object) is not Literal literal)
                {
                    continue;
                }

                int rank = literal.Language == lang ? 0 : literal.Language is "de" or "en" ? 1 : literal.Language is null ? 2 : 3;
                if (rank < bestRank)
                {
                    (best, bestRank) = (literal.LexicalForm, rank);
                }
            }

            _labels[id] = best;
            return best;
        }
    }
}
