using System.Text.Json;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Domain.Common;
using DeputyPortal.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeputyPortal.Api.Http;

/// <summary>A field that failed a rule: what the client sent, the rule's name and a message for people.</summary>
public sealed record FieldError(string Field, string Rule, string Message);

/// <summary>
/// The one place where failures become RFC 9457 problem details (on portal routes, the Chinese error page of their status). Each error names what failed: the field and rule
/// for bad input (422), the domain rule for a refused operation (409/422), the resource for 404.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Translate(exception);
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(DatabaseErrors.Redacted(exception), httpContext.Request.Path);
        }

        if (Portal.PortalPaths.IsPortal(httpContext))
        {
            // People get a page in Chinese that says what they can do, and nothing of what failed inside.
            await Portal.PortalErrorPages.WriteAsync(httpContext, problem.Status!.Value);
            return true;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Translate(Exception exception) => exception switch
    {
        ValidationException validation => Problem(
            StatusCodes.Status422UnprocessableEntity,
            "请求数据未通过校验",
            "一个或多个字段不符合要求。",
            errors: validation.Errors.Select(e => new FieldError(FieldName(e.PropertyName), e.ErrorCode, e.ErrorMessage)).ToList()),
        RequestPartsRefusedException parts => Problem(
            StatusCodes.Status422UnprocessableEntity, "请求数据未通过校验", "一个或多个请求参数不符合要求。", errors: parts.Errors),
        DomainRuleException rule => Problem(
            rule.Kind switch
            {
                RuleViolationKind.ConflictsWithState => StatusCodes.Status409Conflict,
                RuleViolationKind.NotPermitted => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status422UnprocessableEntity,
            },
            "业务规则不允许此操作",
            rule.Message,
            rule: rule.Rule,
            errors: rule.Field is null ? null : [new FieldError(rule.Field, rule.Rule, rule.Message)]),
        ImportRejectedException import => Problem(
            StatusCodes.Status422UnprocessableEntity,
            "导入文件有错误，未写入任何数据",
            import.Message,
            rowErrors: import.Errors),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "未找到", notFound.Message),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "无权操作", forbidden.Message),
        StaleVersionException stale => Problem(StatusCodes.Status412PreconditionFailed, "记录已被修改", stale.Message),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "记录已被修改", "记录已被他人修改，请刷新后重试。"),
        PreconditionRequiredException required => Problem(StatusCodes.Status428PreconditionRequired, "缺少 If-Match", required.Message),
        IdempotencyKeyReusedException reused => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key 已用于另一请求", reused.Message, rule: "IdempotencyKeyMatchesRequest"),
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } => Problem(
            StatusCodes.Status409Conflict, "记录重复", "已存在相同的记录。", rule: $"Unique:{unique.ConstraintName}"),
        BadHttpRequestException { InnerException: JsonException json } => JsonBodyErrors.Describe(json) is { } fields
            ? Problem(StatusCodes.Status422UnprocessableEntity, "请求数据未通过校验", "一个或多个字段缺失、为 null 或类型不符。", errors: fields)
            : Problem(StatusCodes.Status400BadRequest, "请求格式错误", "请求体不是有效的 JSON 对象。"),
        BadHttpRequestException bad => Problem(bad.StatusCode, "请求格式错误", "请求缺少必需的参数，或参数格式不正确。"),
        InvalidDataException => Problem(StatusCodes.Status400BadRequest, "请求格式错误", "表单内容无法解析（例如含有 NUL 字符）。"),
        _ => Problem(StatusCodes.Status500InternalServerError, "服务器内部错误", "服务器处理请求时出错，请稍后重试。"),
    };

    private static ProblemDetails Problem(
        int status, string title, string detail, string? rule = null, IReadOnlyList<FieldError>? errors = null, IReadOnlyList<ImportError>? rowErrors = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (rule is not null)
        {
            problem.Extensions["rule"] = rule;
        }

        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        if (rowErrors is not null)
        {
            problem.Extensions["errors"] = rowErrors;
        }

        return problem;
    }

    /// <summary>"Members[0].DeputyId" → "members[0].deputyId": the names clients send.</summary>
    private static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private partial void LogUnhandled(Exception exception, PathString path);
}
