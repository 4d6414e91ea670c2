using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using DeputyPortal.Domain.Townships;
using DeputyPortal.Infrastructure.Persistence.Numbering;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>Everything generated for one township, built through the domain's own factories.</summary>
public sealed class TownshipData(Township township)
{
    public Township Township { get; } = township;

    public List<Term> Terms { get; } = [];

    public List<CongressSession> Sessions { get; } = [];

    public List<ElectoralDistrict> Districts { get; } = [];

    public List<Deputy> Deputies { get; } = [];

    public List<PresidiumMember> Presidium { get; } = [];

    public List<RepresentativeGroup> Groups { get; } = [];

    public List<HandlingUnit> Units { get; } = [];

    public List<Constituent> Constituents { get; } = [];

    public List<ConstituentContact> Contacts { get; } = [];

    public List<Proposal> Proposals { get; } = [];

    public List<Activity> Activities { get; } = [];

    public List<PresidiumMeeting> Meetings { get; } = [];

    public List<PerformanceReview> Reviews { get; } = [];

    /// <summary>The last number drawn in each registration series, so entered proposals continue without a gap.</summary>
    public List<ProposalNumberSeriesRow> NumberSeries { get; } = [];
}
