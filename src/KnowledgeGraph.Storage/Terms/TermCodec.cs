using System.Buffers.Binary;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Vocabularies;

namespace KnowledgeGraph.Storage.Terms;

/// <summary>
/// The compact byte form of terms in the on-disk dictionary: a tag byte, then the term's parts. Typed literals
/// name their datatype and triple terms their parts by 32-bit term id (big-endian), so those terms are short and
/// their parts are stored once. The key form (term → id) lower-cases language tags, which RDF compares
/// case-insensitively (RDF 1.1 Concepts §3.3); the value form (id → term) keeps the case as written.
/// </summary>
internal static class TermCodec
{
    private const byte IriTag = 1;
    private const byte BlankNodeTag = 2;
    private const byte StringTag = 3;
    private const byte LanguageTag = 4;
    private const byte LanguageLtrTag = 5;
    private const byte LanguageRtlTag = 6;
    private const byte TypedTag = 7;
    private const byte TripleTag = 8;

    private static readonly UTF8Encoding s_utf8 = new(false, true);

    /// <summary>
    /// Encodes a term; <paramref name="idOf"/> gives the id of a datatype or a triple term's part, or null when it
    /// has none (then so has the term, and this returns null).
    /// </summary>
    public static byte[]? Encode(Term term, bool asKey, Func<Term, long?> idOf)
    {
        switch (term)
        {
            case Iri iri:
                return WithTag(IriTag, iri.Value);
            case BlankNode blank:
                return WithTag(BlankNodeTag, blank.Label);
            case Literal literal when literal.Language is { } language:
                {
                    byte tag = literal.Direction switch
                    {
                        BaseDirection.Ltr => LanguageLtrTag,
                        BaseDirection.Rtl => LanguageRtlTag,
                        _ => LanguageTag,
                    };
                    string lang = asKey ? language.ToLowerInvariant() : language;
                    int langBytes = Encoding.ASCII.GetByteCount(lang);
                    var bytes = new byte[2 + langBytes + s_utf8.GetByteCount(literal.LexicalForm)];
                    bytes[0] = tag;
                    bytes[1] = checked((byte)langBytes);
                    Encoding.ASCII.GetBytes(lang, bytes.AsSpan(2));
                    s_utf8.GetBytes(literal.LexicalForm, bytes.AsSpan(2 + langBytes));
                    return bytes;
                }

            case Literal literal when literal.Datatype.Equals(Vocabulary.Xsd.String):
                return WithTag(StringTag, literal.LexicalForm);
            case Literal literal:
                {
                    if (idOf(literal.Datatype) is not { } datatype)
                    {
                        return null;
                    }

                    var bytes = new byte[5 + s_utf8.GetByteCount(literal.LexicalForm)];
                    bytes[0] = TypedTag;
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), (uint)datatype);
                    s_utf8.GetBytes(literal.LexicalForm, bytes.AsSpan(5));
                    return bytes;
                }

            case TripleTerm triple:
                {
                    if (idOf(triple.Triple.Subject) is not { } s || idOf(triple.Triple.Predicate) is not { } p || idOf(triple.Triple.Object) is not { } o)
                    {
                        return null;
                    }

                    var bytes = new byte[13];
                    bytes[0] = TripleTag;
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(1), (uint)s);
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(5), (uint)p);
                    BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(9), (uint)o);
                    return bytes;
                }

            default:
                throw new ArgumentException($"Unknown kind of term: {term}.", nameof(term));
        }
    }

    /// <summary>True when the key form of a term is not its value form (a language tag with capitals).</summary>
    public static bool KeyDiffersFromValue(Term term) =>
        term is Literal { Language: { } language } && language.AsSpan().ContainsAnyInRange('A', 'Z');

    /// <summary>Decodes the value form; <paramref name="termOf"/> gives the term behind a datatype or part id.</summary>
    public static Term Decode(ReadOnlySpan<byte> bytes, Func<long, Term> termOf)
    {
        switch (bytes[0])
        {
            case IriTag:
                // Only IRIs that were valid when added are stored, so they are not checked again.
                return Iri.FromValidated(s_utf8.GetString(bytes[1..]));
            case BlankNodeTag:
                return new BlankNode(s_utf8.GetString(bytes[1..]));
            case StringTag:
                return new Literal(s_utf8.GetString(bytes[1..]));
            case LanguageTag or LanguageLtrTag or LanguageRtlTag:
                {
                    int langBytes = bytes[1];
                    string language = Encoding.ASCII.GetString(bytes.Slice(2, langBytes));
                    string lexical = s_utf8.GetString(bytes[(2 + langBytes)..]);
                    BaseDirection? direction = bytes[0] switch
                    {
                        LanguageLtrTag => BaseDirection.Ltr,
                        LanguageRtlTag => BaseDirection.Rtl,
                        _ => null,
                    };
                    return new Literal(lexical, language, direction);
                }

            case TypedTag:
                return new Literal(s_utf8.GetString(bytes[5..]), (Iri)termOf(BinaryPrimitives.ReadUInt32BigEndian(bytes[1..])));
            case TripleTag:
                return new TripleTerm(new Triple(
                    termOf(BinaryPrimitives.ReadUInt32BigEndian(bytes[1..])),
                    (Iri)termOf(BinaryPrimitives.ReadUInt32BigEndian(bytes[5..])),
                    termOf(BinaryPrimitives.ReadUInt32BigEndian(bytes[9..]))));
            default:
                throw new InvalidDataException($"The store holds a term of unknown tag {bytes[0]}; is it damaged?");
        }
    }

    private static byte[] WithTag(byte tag, string text)
    {
        var bytes = new byte[1 + s_utf8.GetByteCount(text)];
        bytes[0] = tag;
        s_utf8.GetBytes(text, bytes.AsSpan(1));
        return bytes;
    }
}
