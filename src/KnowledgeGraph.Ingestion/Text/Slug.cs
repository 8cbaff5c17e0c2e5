using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Ingestion.Text;

/// <summary>Readable IRI segments: "Luis Videgaray Caso" → "luis-videgaray-caso", "Außenminister" → "aussenminister".</summary>
internal static class Slug
{
    public static string Create(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (char raw in value)
        {
            string mapped = raw switch
            {
                'ä' or 'Ä' => "ae",
                'ö' or 'Ö' => "oe",
                'ü' or 'Ü' => "ue",
                'ß' => "ss",
                // Invariant globalization has no Unicode decomposition for these; map the common Latin letters.
                'á' or 'à' or 'â' or 'ã' or 'å' or 'Á' or 'À' or 'Â' => "a",
                'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' => "e",
                'í' or 'ì' or 'î' or 'ï' or 'Í' => "i",
                'ó' or 'ò' or 'ô' or 'õ' or 'ø' or 'Ó' => "o",
                'ú' or 'ù' or 'û' or 'Ú' => "u",
                'ñ' or 'Ñ' => "n",
                'ç' or 'Ç' => "c",
                _ => raw.ToString(),
            };
            foreach (char c in mapped.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                    continue;
                if (c < 128 && char.IsLetterOrDigit(c))
                    sb.Append(char.ToLowerInvariant(c));
                else if (sb.Length > 0 && sb[^1] != '-')
                    sb.Append('-');
            }
        }
        while (sb.Length > 0 && sb[^1] == '-')
            sb.Length--;
        return sb.Length == 0 ? "x" : sb.ToString();
    }
}
