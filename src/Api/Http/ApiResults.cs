using DeputyPortal.Application.Common;

namespace DeputyPortal.Api.Http;

/// <summary>Answers for single records: always with the ETag header, and with Location on creation.</summary>
public static class ApiResults
{
    public static IResult Ok<T>(HttpContext http, T dto)
        where T : IVersioned
    {
        http.Response.Headers.ETag = ETags.Format(dto.Version);
        return TypedResults.Ok(dto);
    }

    public static IResult Created<T>(HttpContext http, string location, T dto)
        where T : IVersioned
    {
        http.Response.Headers.ETag = ETags.Format(dto.Version);
        http.Response.Headers.Location = location;
        return TypedResults.Created(location, dto);
    }
}
