using DeputyPortal.Application.Common.Security;
using Microsoft.AspNetCore.Http.Json;

namespace DeputyPortal.Api.Http;

/// <summary>
/// Every JSON answer writes personal data for the user of the request being answered: the converter asks the
/// request's own <see cref="ICurrentUser"/> for each value, so handlers hand over <see cref="PersonalText"/> and never
/// decide. Written with no request (no HttpContext), a value comes out masked.
/// </summary>
public static class PersonalDataSerialization
{
    public static IServiceCollection AddPersonalDataSerialization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<JsonOptions>().Configure<IHttpContextAccessor>((options, http) =>
            options.SerializerOptions.Converters.Add(new PersonalTextJsonConverter(() => ReaderOf(http.HttpContext))));
        return services;
    }

    private static ICurrentUser? ReaderOf(HttpContext? request) => request?.RequestServices.GetService<ICurrentUser>();
}
