namespace DeputyPortal.Application.Common.Paging;

/// <summary>A list query: 1-based page up to <see cref="Paging.MaxPage"/>, page size up to <see cref="Paging.MaxPageSize"/>, and an optional sort key ("name" or "-name").</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }

    string? Sort { get; }
}
