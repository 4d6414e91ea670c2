using DeputyPortal.Application.OData;
using DeputyPortal.Application.Proposals.Statistics;
using Microsoft.OData.Edm;
using Microsoft.OData.ModelBuilder;

namespace DeputyPortal.Api.OData;

/// <summary>
/// The feed's entity data model (DESIGN §7): the entity sets whose names are part of the contract, over the flat rows
/// of <see cref="FeedSets"/>. The only navigation properties are Township and Term, so $expand can follow nothing else;
/// the computed sets (compliance, duty profiles) have none (they carry the township's code and name).
/// </summary>
public static class FeedModel
{
    public const string Namespace = "DeputyPortal";

    public static IEdmModel Build()
    {
        var builder = new ODataConventionModelBuilder { Namespace = Namespace, ContainerName = "DeputyPortalFeed" };
        builder.EntitySet<TownshipItem>("Townships");
        builder.EntitySet<TermItem>("Terms");
        builder.EntitySet<CongressSessionItem>("CongressSessions");
        builder.EntitySet<ElectoralDistrictItem>("ElectoralDistricts");
        builder.EntitySet<DeputyItem>("Deputies");
        builder.EntitySet<RepresentativeGroupItem>("RepresentativeGroups");
        builder.EntitySet<HandlingUnitItem>("HandlingUnits");
        builder.EntitySet<ProposalItem>("Proposals");
        builder.EntitySet<ProposalYearStatistics>("ProposalStatistics").EntityType.HasKey(s => new { s.TownshipId, s.Year });
        builder.EntitySet<ActivityItem>("Activities");
        builder.EntitySet<RectificationItemItem>("RectificationItems");
        builder.EntitySet<PresidiumMeetingItem>("PresidiumMeetings");
        builder.EntitySet<PerformanceReviewItem>("PerformanceReviews");
        builder.EntitySet<QuarterlyComplianceItem>("QuarterlyCompliance").EntityType.HasKey(r => new { r.TownshipId, r.Year, r.Quarter });
        builder.EntitySet<DeputyComplianceItem>("DeputyCompliance").EntityType.HasKey(r => r.DeputyId);
        builder.EntitySet<TermStructureItem>("TermStructures").EntityType.HasKey(r => r.TermId);
        builder.EntitySet<DutyProfileItem>("DutyProfiles").EntityType.HasKey(r => new { r.DeputyId, r.Year });

        // Types are named for what they are in the contract (Proposal, not ProposalItem).
        foreach (var type in builder.StructuralTypes.OfType<EntityTypeConfiguration>())
        {
            type.Name = type.ClrType.Name.EndsWith("Item", StringComparison.Ordinal) ? type.ClrType.Name[..^"Item".Length] : type.Name;
            type.Namespace = Namespace;
        }

        foreach (var enumType in builder.EnumTypes)
        {
            enumType.Namespace = Namespace;
        }

        return builder.GetEdmModel();
    }
}
