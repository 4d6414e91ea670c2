using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Portal;

public static class PortalSetup
{
    /// <summary>The portal's pages, each behind sign-in, its own page permission and the error translation of <see cref="PortalPageFilter"/>.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.Conventions.AuthorizeFolder("/"))
            .AddMvcOptions(options =>
            {
                options.Filters.Add(new PortalPageFilter());
                ChineseBindingMessages(options.ModelBindingMessageProvider);
            });
        services.AddScoped<PortalCreateOnce>();
        return services;
    }

    /// <summary>
    /// Status codes without a body: problem details on /api, /odata and the other machine routes (written first, on
    /// the inside), HTML pages in Chinese on portal routes (re-executed as /error/{code}, in the layout). The
    /// re-executing middleware is registered on the application itself, not in a branch, because only there does it
    /// route the re-executed request again.
    /// </summary>
    public static WebApplication UsePortalStatusCodePages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((context, next) =>
        {
            if (!PortalPaths.IsPortal(context))
            {
                // The feature here is the re-executing middleware's own: machine routes never get an HTML page.
                context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()!.Enabled = false;
            }

            return next(context);
        });
        app.UseWhen(context => !PortalPaths.IsPortal(context), machines => machines.UseStatusCodePages());
        return app;
    }

    private static void ChineseBindingMessages(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}”的格式不正确。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”的格式不正确。");
        messages.SetUnknownValueIsInvalidAccessor(_ => "所填的值格式不正确。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "所填的值格式不正确。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        messages.SetValueMustBeANumberAccessor(_ => "须填写数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "须填写数字。");
        messages.SetValueMustNotBeNullAccessor(_ => "此项必须填写。");
        messages.SetMissingBindRequiredValueAccessor(_ => "此项必须填写。");
        messages.SetMissingKeyOrValueAccessor(() => "此项必须填写。");
    }
}
