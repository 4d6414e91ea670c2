using System.Text.Encodings.Web;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// What the portal says when a request fails: a heading and a sentence in Chinese per status, never what failed
/// inside (no exception text, no stack trace, no record id). /error/{code} shows it in the layout; an exception on a
/// portal route, where the layout itself may be what failed, gets the same words as a page of its own.
/// </summary>
public static class PortalErrorPages
{
    public sealed record ErrorText(string Title, string Message);

    public static ErrorText For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new("请求有误", "请求的内容或参数不正确，请返回上一页检查后重试。"),
        StatusCodes.Status403Forbidden => new("无权访问", "您的账号无权使用此页面或执行此操作。如确需使用，请联系本乡镇人大办或系统管理员。"),
        StatusCodes.Status404NotFound => new("页面不存在", "您要找的页面或记录不存在，或不在您的查看范围内。"),
        StatusCodes.Status405MethodNotAllowed => new("请求有误", "此页面不支持这样打开，请从页面上的链接或按钮进入。"),
        StatusCodes.Status422UnprocessableEntity => new("输入有误", "提交的内容中含有不允许的字符或不符合要求，请返回上一页检查后重试。"),
        StatusCodes.Status409Conflict or StatusCodes.Status412PreconditionFailed => new("记录已变化", "记录已被他人修改，请刷新页面后重试。"),
        >= 500 => new("系统出错", "服务器处理请求时出错，请稍后重试。问题持续时请联系系统管理员。"),
        _ => new("请求未能完成", "请求未能完成，请返回上一页后重试。"),
    };

    /// <summary>A whole page for an exception on a portal route: the same words as /error/{code}, with the site's style only.</summary>
    public static Task WriteAsync(HttpContext context, int status)
    {
        var text = For(status);
        var encoder = context.RequestServices.GetRequiredService<HtmlEncoder>();
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>{encoder.Encode(text.Title)} - 乡镇人大代表履职管理平台</title><link rel="stylesheet" href="/css/site.css" /></head>
            <body><header class="topbar"><a class="brand" href="/">乡镇人大代表履职管理平台</a></header>
            <main class="page"><div class="card error-page" data-status="{status}"><h1>{encoder.Encode(text.Title)}</h1><p>{encoder.Encode(text.Message)}</p>
            <p><a class="button" href="/">返回首页</a></p></div></main></body></html>
            """);
    }
}
