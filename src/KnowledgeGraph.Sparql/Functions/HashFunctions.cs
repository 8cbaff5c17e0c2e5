using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>MD5, SHA1, SHA256, SHA384, SHA512 (§17.4.6) of the UTF-8 bytes of a simple literal, as lower-case hex.</summary>
internal static class HashFunctions
{
    public static Term? Hash(string name, Term arg)
    {
        if (arg is not Literal l || !XsdTypes.IsStringLiteral(l))
        {
            return null;
        }

        byte[] data = Encoding.UTF8.GetBytes(l.LexicalForm);
#pragma warning disable CA5350, CA5351 // MD5 and SHA1 are what the SPARQL functions are defined to compute.
        byte[] hash = name switch
        {
            "MD5" => MD5.HashData(data),
            "SHA1" => SHA1.HashData(data),
            "SHA256" => SHA256.HashData(data),
            "SHA384" => SHA384.HashData(data),
            _ => SHA512.HashData(data),
        };
#pragma warning restore CA5350, CA5351
        return new Literal(Convert.ToHexStringLower(hash));
    }
}
