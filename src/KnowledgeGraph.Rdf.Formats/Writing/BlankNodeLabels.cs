using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Writing;

/// <summary>
/// Spells blank node labels for the streaming writers, which cannot renumber nodes: a label that already matches
/// BLANK_NODE_LABEL is written as it is; any other label (say one built by hand with a space in it) is written as
/// <c>esc-</c> followed by four hex digits per UTF-16 code unit. Valid labels that happen to start with <c>esc-</c>
/// are encoded too, so the mapping stays one-to-one and no two nodes can meet by accident.
/// </summary>
internal static class BlankNodeLabels
{
    private const string EscapedPrefix = "esc-";

    /// <summary>Writes <c>_:label</c>.</summary>
    public static void Write(Utf8Output output, BlankNode node)
    {
        output.WriteBytes("_:"u8);
        output.WriteText(Spell(node.Label));
    }

    /// <summary>The label to write for a blank node's label (the same string when it is already valid).</summary>
    public static string Spell(string label)
    {
        if (TurtleGrammar.IsBlankNodeLabel(label) && !label.StartsWith(EscapedPrefix, StringComparison.Ordinal))
        {
            return label;
        }

        var sb = new StringBuilder(EscapedPrefix, EscapedPrefix.Length + (label.Length * 4));
        foreach (char c in label)
        {
            sb.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
