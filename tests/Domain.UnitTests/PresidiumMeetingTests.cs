using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

public sealed class PresidiumMeetingTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset HeldAt = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static (Term Term, List<PresidiumMember> Members) Presidium(int size)
    {
        var term = Fixtures.Term();
        var members = Enumerable.Range(1, size)
            .Select(i => PresidiumMember.Appoint(term, Fixtures.Deputy(term, $"成员{i}"), i == 1 ? PresidiumPost.Chair : PresidiumPost.Member, term.StartsOn))
            .ToList();
        return (term, members);
    }

    private static MeetingDraft Draft(
        List<PresidiumMember> members, int present, PresidiumMeetingKind kind = PresidiumMeetingKind.Regular, IReadOnlyCollection<DecisionDraft>? decisions = null, IReadOnlyCollection<Deputy>? invited = null) =>
        new(
            kind,
            HeldAt,
            "会议室",
            [new AgendaDraft("研究工作")],
            members,
            members.Take(present).Select(m => new MemberAttendanceDraft(m.Id, Attendance.Present)).ToList(),
            invited ?? [],
            null,
            decisions ?? [],
            []);

    [Theory]
    [InlineData(3, 2)]
    [InlineData(5, 4)]
    [InlineData(9, 6)]
    [InlineData(10, 7)]
    public void Quorum_IsTwoThirdsOfAllMembersRoundedUp(int members, int quorum)
    {
        Assert.Equal(quorum, ComplianceRules.Default.QuorumOf(members));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(9, 5)]
    [InlineData(10, 6)]
    public void Majority_IsMoreThanHalfOfAllMembers(int members, int majority)
    {
        Assert.Equal(majority, ComplianceRules.Default.MajorityOf(members));
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(3, 1, false)]
    [InlineData(5, 4, true)]
    [InlineData(5, 3, false)]
    [InlineData(9, 6, true)]
    [InlineData(9, 5, false)]
    public void Record_DecidesQuorumFromThoseServingAndPresent(int size, int present, bool hasQuorum)
    {
        var (term, members) = Presidium(size);

        var meeting = PresidiumMeeting.Record(term, Draft(members, present), ComplianceRules.Default, Now);

        Assert.Equal(size, meeting.MemberCount);
        Assert.Equal(present, meeting.PresentCount);
        Assert.Equal(hasQuorum, meeting.HasQuorum);
        Assert.Equal(hasQuorum, meeting.CountsForRegularMeetingRule);
        Assert.Equal(size, meeting.Attendance.Count);
    }

    [Fact]
    public void Decision_WithMajorityOfThosePresentButNotOfAllMembers_DoesNotPass()
    {
        var (term, members) = Presidium(9);

        var meeting = PresidiumMeeting.Record(term, Draft(members, 6, decisions: [new("甲", 4, 2, 0), new("乙", 5, 1, 0)]), ComplianceRules.Default, Now);

        Assert.Equal([false, true], meeting.Decisions.Select(d => d.Passed));
    }

    [Fact]
    public void Decision_AtMeetingWithoutQuorum_DoesNotPass()
    {
        var (term, members) = Presidium(9);

        var meeting = PresidiumMeeting.Record(term, Draft(members, 5, decisions: [new("甲", 5, 0, 0)]), ComplianceRules.Default, Now);

        Assert.False(Assert.Single(meeting.Decisions).Passed);
    }

    [Fact]
    public void Revise_DecidesQuorumAndDecisionsAgain()
    {
        var (term, members) = Presidium(9);
        var meeting = PresidiumMeeting.Record(term, Draft(members, 6, decisions: [new("甲", 5, 1, 0)]), ComplianceRules.Default, Now);
        Assert.True(meeting.HasQuorum);
        Assert.True(Assert.Single(meeting.Decisions).Passed);

        meeting.Revise(term, Draft(members, 5, decisions: [new("甲", 5, 0, 0)]), ComplianceRules.Default, Now);

        Assert.False(meeting.HasQuorum);
        Assert.Equal(5, meeting.PresentCount);
        Assert.False(Assert.Single(meeting.Decisions).Passed);
    }

    [Fact]
    public void Revise_UnderAStricterQuorum_LosesTheQuorum()
    {
        var (term, members) = Presidium(9);
        var meeting = PresidiumMeeting.Record(term, Draft(members, 6), ComplianceRules.Default, Now);

        meeting.Revise(term, Draft(members, 6), ComplianceRules.Default with { QuorumNumerator = 3, QuorumDenominator = 4 }, Now);

        Assert.Equal(7, meeting.QuorumRequired);
        Assert.False(meeting.HasQuorum);
    }

    [Fact]
    public void Extraordinary_WithQuorum_DoesNotCountForRegularMeetingRule()
    {
        var (term, members) = Presidium(3);

        var meeting = PresidiumMeeting.Record(term, Draft(members, 3, PresidiumMeetingKind.Extraordinary), ComplianceRules.Default, Now);

        Assert.True(meeting.HasQuorum);
        Assert.False(meeting.CountsForRegularMeetingRule);
    }

    [Fact]
    public void MemberWhoLeftBeforeTheMeeting_IsNotCounted()
    {
        var (term, members) = Presidium(5);
        members[4].EndPost(new DateOnly(2026, 1, 31));

        var meeting = PresidiumMeeting.Record(term, Draft(members, 3), ComplianceRules.Default, Now);

        Assert.Equal(4, meeting.MemberCount);
        Assert.Equal(3, meeting.QuorumRequired);
        Assert.True(meeting.HasQuorum);
    }

    [Fact]
    public void Attendance_OfMemberNotServing_IsRefused()
    {
        var (term, members) = Presidium(5);
        members[4].EndPost(new DateOnly(2026, 1, 31));

        RuleAssert.Breaks("AttendeeIsServingPresidiumMember", () => PresidiumMeeting.Record(term, Draft(members, 5), ComplianceRules.Default, Now));
    }

    [Fact]
    public void Votes_MoreThanThosePresent_AreRefused()
    {
        var (term, members) = Presidium(9);

        RuleAssert.Breaks("VotesWithinPresent", () =>
            PresidiumMeeting.Record(term, Draft(members, 6, decisions: [new("甲", 5, 1, 1)]), ComplianceRules.Default, Now));
    }

    [Fact]
    public void Meeting_InTheFuture_IsRefused()
    {
        var (term, members) = Presidium(3);

        RuleAssert.Breaks("MeetingHasTakenPlace", () => PresidiumMeeting.Record(term, Draft(members, 3), ComplianceRules.Default, HeldAt.AddMinutes(-1)));
    }

    [Fact]
    public void InvitedDeputy_OfAnotherTerm_IsRefused()
    {
        var (term, members) = Presidium(3);
        var other = Fixtures.Deputy(Fixtures.Term(number: 17), "他届代表");

        RuleAssert.Breaks("InvitedIsDeputyOfTerm", () => PresidiumMeeting.Record(term, Draft(members, 3, invited: [other]), ComplianceRules.Default, Now));
    }
}
