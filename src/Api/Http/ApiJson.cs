using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeputyPortal.Api.Http;

/// <summary>
/// How request and response bodies are read and written. A body says what it is or is refused: a constructor
/// parameter without a default is required (a missing enum, bool, number, date or id is 422, never its default),
/// and null is refused where the type says non-null. Enums travel by name; a number must name a member, which the
/// shared input check holds every request to.
/// </summary>
public static class ApiJson
{
    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

    public static void Configure(JsonSerializerOptions json)
    {
        json.RespectRequiredConstructorParameters = true;
        json.RespectNullableAnnotations = true;
        json.Converters.Add(new JsonStringEnumConverter());
    }
}
