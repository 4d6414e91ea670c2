using DeputyPortal.Application.Common;

namespace DeputyPortal.Application.Townships;

/// <summary>A township as the API shows it; <see cref="Version"/> is the value of its ETag.</summary>
public sealed record TownshipDto(Guid Id, string Code, string Name, string County, uint Version) : IVersioned;
