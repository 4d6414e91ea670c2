namespace DeputyPortal.Application.Common.Exceptions;

/// <summary>One problem in an imported spreadsheet: the 1-based row as Excel shows it, the column header and what is wrong.</summary>
public sealed record ImportError(int Row, string Column, string Message);

/// <summary>An import refused as a whole because some rows are bad; nothing was written (422).</summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportError> errors)
    : Exception($"导入文件有{errors.Count}处错误，未写入任何数据。")
{
    public IReadOnlyList<ImportError> Errors { get; } = errors;
}
