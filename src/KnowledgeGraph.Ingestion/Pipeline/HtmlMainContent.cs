using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// The main content of an HTML page: the <c>&lt;article&gt;</c> (else <c>&lt;main&gt;</c>, else <c>&lt;body&gt;</c>)
/// without scripts, styles, navigation, headers, footers, asides, forms and figures; block elements become
/// paragraphs, entities are decoded. The title comes from <c>&lt;h1&gt;</c> or <c>&lt;title&gt;</c>.
/// </summary>
internal static partial class HtmlMainContent
{
    [GeneratedRegex(@"<(script|style|nav|header|footer|aside|form|figure|noscript|template|svg|iframe|button)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?(p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr|table)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(article|main|body)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Container();

    [GeneratedRegex(@"<h1\b[^>]*>(.*?)</h1\s*>|<title\b[^>]*>(.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"<html\b[^>]*\blang\s*=\s*[""']?([a-zA-Z]{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Lang();

    public static (string? Title, string Text, string? Language) Extract(string html)
    {
        string cleaned = Comment().Replace(html, " ");
        // The <h1> headline wins over the <title>, which often carries the site's name.
        List<Match> titles = [.. Title().Matches(cleaned).Cast<Match>()];
        Match? titleMatch = titles.FirstOrDefault(m => m.Groups[1].Success) ?? titles.FirstOrDefault();
        string? title = titleMatch is null ? null : Inline(titleMatch.Groups[1].Success ? titleMatch.Groups[1].Value : titleMatch.Groups[2].Value);
        string? lang = Lang().Match(cleaned) is { Success: true } l ? l.Groups[1].Value.ToLowerInvariant() : null;
        cleaned = Boilerplate().Replace(cleaned, " ");
        string body = cleaned;
        foreach (string container in new[] { "article", "main", "body" })
        {
            Match? m = Container().Matches(cleaned).FirstOrDefault(x => x.Groups[1].Value.Equals(container, StringComparison.OrdinalIgnoreCase));
            if (m is not null)
            {
                body = m.Groups[2].Value;
                break;
            }
        }
        // Drop the headline from the body; it is the title.
        body = Regex.Replace(body, @"<h1\b[^>]*>.*?</h1\s*>", " ", RegexOptions.IgnoreCase | RegexOptions.Singleline);
        string blocks = Block().Replace(body, "\n\n");
        var sb = new StringBuilder();
        foreach (string paragraph in blocks.Split("\n\n"))
        {
            string text = Inline(paragraph);
            if (text.Length > 0)
                sb.Append(text).Append("\n\n");
        }
        return (string.IsNullOrWhiteSpace(title) ? null : title, sb.ToString().TrimEnd(), lang is "de" or "en" ? lang : null);
    }

    private static string Inline(string fragment)
    {
        string text = WebUtility.HtmlDecode(Tag().Replace(fragment, " "));
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
