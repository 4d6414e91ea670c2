using System.Globalization;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// Every portal page passes through here. Before the handler: a page the user may not use (its
/// <see cref="PortalPageAttribute"/>) is answered 403, which the status-code pages show as the Chinese 403 page.
/// After it, what the application refused becomes what people read: not permitted → 403, not found or out of scope
/// → 404; on a form (<see cref="PortalPageModel"/>), every validation and rule message beside the field it names, in
/// Chinese, the page shown again with what was typed (a refused import with its rows' errors); a refused query string → 400.
/// </summary>
public sealed class PortalPageFilter : IAsyncPageFilter
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var permissions = context.HttpContext.RequestServices.GetRequiredService<IRequestPermissions>();
        var pageType = context.HandlerInstance.GetType();
        if (PagePermissions.PortalPageOf(pageType) is not null && !permissions.MayUse(pageType))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        // The application's default messages (FluentValidation's own) in Chinese, like the rules' own messages.
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Chinese;
        try
        {
            var executed = await next();
            if (executed.Exception is { } exception && !executed.ExceptionHandled)
            {
                if (await TranslateAsync(executed, exception) is { } result)
                {
                    executed.Result = result;
                    executed.ExceptionHandled = true;
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private static async Task<IActionResult?> TranslateAsync(PageHandlerExecutedContext context, Exception exception)
    {
        switch (exception)
        {
            case ForbiddenException or DomainRuleException { Kind: RuleViolationKind.NotPermitted }:
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            case NotFoundException:
                return new StatusCodeResult(StatusCodes.Status404NotFound);
        }

        var messages = MessagesOf(exception);
        if (messages is null)
        {
            return null; // a failure of the server: the exception handler answers 500
        }

        if (context.HandlerInstance is not PortalPageModel page || HttpMethods.IsGet(context.HttpContext.Request.Method))
        {
            return new StatusCodeResult(StatusCodes.Status400BadRequest);
        }

        // The application's message for a field replaces the model binder's ("此项必须填写" for an empty choice).
        foreach (var field in messages.GroupBy(m => page.FieldFor(m.Property), m => m.Message))
        {
            page.ModelState[field.Key]?.Errors.Clear();
            foreach (var message in field.Distinct())
            {
                page.ModelState.AddModelError(field.Key, message);
            }
        }

        if (exception is ImportRejectedException import)
        {
            page.ImportErrors = import.Errors;
        }

        await page.ReloadAfterErrorsAsync(context.HttpContext.RequestAborted);
        return new PageResult();
    }

    /// <summary>The messages of a refusal people can act on, each with the request field it names ("" for none).</summary>
    private static List<(string Property, string Message)>? MessagesOf(Exception exception) => exception switch
    {
        ValidationException validation => validation.Errors.Select(e => (e.PropertyName ?? string.Empty, e.ErrorMessage)).ToList(),
        DomainRuleException rule => [(rule.Field ?? string.Empty, rule.Message)],
        ImportRejectedException import => [(string.Empty, import.Message)],
        StaleVersionException or DbUpdateConcurrencyException => [(string.Empty, "记录已被他人修改，请刷新页面后重新填写。")],
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } => [(string.Empty, "已存在相同的记录，未保存。")],
        _ => null,
    };
}
