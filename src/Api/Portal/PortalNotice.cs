using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// The short confirmation a form leaves for the page it redirects to (post, redirect, get): kept in TempData for one
/// request and shown by the layout above the page, e.g. "已立案，编号 18-1-J002。".
/// </summary>
public static class PortalNotice
{
    public const string Key = "Notice";

    public static void SetNotice(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    public static string? TakeNotice(this ITempDataDictionary tempData) => tempData[Key] as string;
}
