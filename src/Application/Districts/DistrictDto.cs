using DeputyPortal.Application.Common;

namespace DeputyPortal.Application.Districts;

/// <summary>An electoral district as the API shows it; <see cref="Version"/> is the value of its ETag.</summary>
public sealed record DistrictDto(Guid Id, Guid TownshipId, Guid TermId, string Name, int VoterCount, int Seats, uint Version) : IVersioned;
