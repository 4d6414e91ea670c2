using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Api.Http;

/// <summary>
/// What the idempotency store keeps of a request to recognise its retries: an HMAC-SHA256 of the method, the path
/// and the bound body with its <see cref="SecretAttribute"/> fields left out. The key is derived (HKDF) from the token
/// signing key, which every instance shares and which outlives restarts, so a retry matches on any instance; without
/// the key, the stored hash says nothing about a body, and a password is never part of it.
/// </summary>
public sealed class RequestFingerprint
{
    private static readonly byte[] KeyPurpose = "DeputyPortal idempotency request fingerprint"u8.ToArray();

    private readonly byte[] _key;
    private readonly Lazy<JsonSerializerOptions> _json;

    public RequestFingerprint(SigningKeyProvider signingKeys, IOptions<JsonOptions> json)
    {
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKeys.Key.Key, 32, salt: [], info: KeyPurpose);
        _json = new Lazy<JsonSerializerOptions>(() => WithoutSecrets(json.Value.SerializerOptions));
    }

    /// <summary>The API's JSON options with every <see cref="SecretAttribute"/> property left out.</summary>
    public JsonSerializerOptions JsonWithoutSecrets => _json.Value;

    /// <summary>64 hex characters.</summary>
    public string Of(HttpRequest request, IEnumerable<object?> arguments)
    {
        var bodies = arguments.OfType<object>().Where(a => a.GetType().Namespace?.StartsWith("DeputyPortal", StringComparison.Ordinal) == true);
        var text = $"{request.Method} {request.Path}\n{string.Join('\n', bodies.Select(b => JsonSerializer.Serialize(b, b.GetType(), _json.Value)))}";
        return Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
    }

    private static JsonSerializerOptions WithoutSecrets(JsonSerializerOptions http) => new(http)
    {
        TypeInfoResolver = (http.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(LeaveOutSecrets),
    };

    private static void LeaveOutSecrets(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].AttributeProvider?.IsDefined(typeof(SecretAttribute), inherit: true) == true)
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
