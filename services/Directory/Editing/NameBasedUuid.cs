using System.Security.Cryptography;
using System.Text;

namespace Directory.Api.Editing;

/// <summary>
/// A UUID that is always the same for the same namespace and name: RFC 9562's name-based UUIDv8 with
/// SHA-256 (its appendix B.2). Lets a retried request arrive at the ids its first attempt used.
/// </summary>
public static class NameBasedUuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceId.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x80);   // version 8
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);   // the RFC 9562 variant
        return new Guid(uuid, bigEndian: true);
    }
}
