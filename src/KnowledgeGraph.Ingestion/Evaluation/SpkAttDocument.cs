using System.Text.Json;
using KnowledgeGraph.Ingestion.Extraction.De;
using KnowledgeGraph.Ingestion.Pipeline;

namespace KnowledgeGraph.Ingestion.Evaluation;

/// <summary>
/// One document of the SpkAtt-2023 Task 1 data (format "Task 1 a": <c>Sentences</c> with <c>SentenceId</c> and
/// <c>Tokens</c>, and <c>Annotations</c> whose roles are lists of <c>"sentence:token"</c> ids), with the gold events'
/// cue, source and message.
/// </summary>
public sealed record SpkAttDocument(string Name, IReadOnlyList<IReadOnlyList<string>> Sentences, IReadOnlyList<SpeechEvent> Gold)
{
    /// <summary>Reads a document; a malformed file raises <see cref="ArticleFormatException"/> with its location.</summary>
    public static SpkAttDocument Read(string path)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = json.RootElement;
            var sentences = new List<IReadOnlyList<string>>();
            var index = new Dictionary<int, int>();
            foreach (JsonElement sentence in root.GetProperty("Sentences").EnumerateArray())
            {
                index[sentence.GetProperty("SentenceId").GetInt32()] = sentences.Count;
                sentences.Add([.. sentence.GetProperty("Tokens").EnumerateArray().Select(t => t.GetString() ?? "")]);
            }

            var gold = new List<SpeechEvent>();
            foreach (JsonElement annotation in root.GetProperty("Annotations").EnumerateArray())
                gold.Add(new SpeechEvent(Role(annotation, "Cue", index, path), Role(annotation, "Source", index, path), Role(annotation, "Message", index, path)));
            return new SpkAttDocument(Path.GetFileNameWithoutExtension(path), sentences, gold);
        }
        catch (JsonException e)
        {
            throw new ArticleFormatException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, "malformed JSON: " + e.Message, e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ArticleFormatException(path, 1, 1, "expected SpkAtt Task 1 JSON (Sentences with SentenceId and Tokens, Annotations with Cue, Source and Message): " + e.Message, e);
        }
    }

    private static List<TokenPosition> Role(JsonElement annotation, string role, Dictionary<int, int> index, string path)
    {
        var positions = new List<TokenPosition>();
        if (!annotation.TryGetProperty(role, out JsonElement ids))
            return positions;
        foreach (JsonElement id in ids.EnumerateArray())
        {
            string text = id.GetString() ?? "";
            int colon = text.IndexOf(':');
            if (colon < 0 || !int.TryParse(text.AsSpan(0, colon), out int sentence) || !int.TryParse(text.AsSpan(colon + 1), out int token)
                || !index.TryGetValue(sentence, out int s))
                throw new ArticleFormatException(path, 1, 1, $"expected a token id \"sentence:token\" of an existing sentence in {role}, found \"{text}\"");
            positions.Add(new TokenPosition(s, token));
        }

        return positions;
    }
}
