using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.Presidium;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Groups;

/// <summary>What a secretary sets for a group, alike when forming and reorganizing it.</summary>
public interface IGroupFields
{
    string Name { get; }

    IReadOnlyList<Guid> MemberDeputyIds { get; }

    Guid LeaderDeputyId { get; }

    Guid? LiaisonPresidiumMemberId { get; }
}

public sealed class GroupFieldsValidator : AbstractValidator<IGroupFields>
{
    /// <summary>A township congress has at most a few dozen deputies; a longer list is a client error.</summary>
    public const int MaxMembers = 200;

    public GroupFieldsValidator()
    {
        RuleFor(g => g.Name).RequiredText(RepresentativeGroup.NameMaxLength).WithName("小组名称");
        RuleFor(g => g.MemberDeputyIds)
            .NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。")
            .Must(ids => ids is null || ids.Count <= MaxMembers).WithErrorCode("MaxCount").WithMessage($"{{PropertyName}}不能超过{MaxMembers}人。")
            .WithName("小组成员");
        RuleForEach(g => g.MemberDeputyIds).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("小组成员");
        RuleFor(g => g.LeaderDeputyId).RequiredId().WithName("组长");
    }
}

/// <summary>The records a group's fields name, loaded for the domain to check.</summary>
public sealed record GroupParticipants(IReadOnlyCollection<Deputy> Members, Deputy Leader, PresidiumMember? Liaison);

public static class GroupParticipantsLoader
{
    /// <summary>
    /// Loads members and leader in one query. A member the caller cannot see (another township's, or no deputy at
    /// all) breaks the same rule as one of another term, so nothing reveals whether the id exists elsewhere.
    /// </summary>
    public static async Task<GroupParticipants> LoadGroupParticipantsAsync(this IAppDbContext db, IGroupFields fields, CancellationToken ct)
    {
        var memberIds = fields.MemberDeputyIds.Distinct().ToList();
        var wanted = memberIds.Append(fields.LeaderDeputyId).Distinct().ToList();
        var deputies = await db.Deputies.Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        Rule.Require(
            memberIds.TrueForAll(deputies.ContainsKey),
            "GroupMembersOfSameTownshipAndTerm",
            "代表小组成员必须是本乡镇本届的代表。",
            "memberDeputyIds");
        var leader = deputies.GetValueOrDefault(fields.LeaderDeputyId) ?? throw new NotFoundException("组长", fields.LeaderDeputyId);
        var liaison = fields.LiaisonPresidiumMemberId is { } liaisonId
            ? await db.PresidiumMembers.GetAsync(liaisonId, "联系主席团成员", ct)
            : null;
        return new GroupParticipants(memberIds.ConvertAll(id => deputies[id]), leader, liaison);
    }
}
