using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Domain.Contacts;

/// <summary>How a deputy met the constituent (联系方式).</summary>
public enum ContactChannel
{
    [Label("走访")]
    Visit,

    [Label("代表接待日")]
    ReceptionDay,

    [Label("电话")]
    Phone,

    [Label("微信")]
    WeChat,

    [Label("座谈会")]
    Forum,

    [Label("来信")]
    Letter,

    [Label("来访")]
    WalkIn,
}

/// <summary>联系选民记录: a deputy's contact with assigned constituents or another person, and the concerns raised.</summary>
public sealed class ConstituentContact : Entity, ITownshipScoped
{
    public const int SummaryMaxLength = 2_000;
    public const int PersonMaxLength = 20;
    public const int MaxConcerns = 20;
    public const int MaxConstituents = 50;

    private readonly List<ContactedConstituent> _constituents = [];
    private readonly List<ContactConcern> _concerns = [];

    private ConstituentContact()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public Guid DeputyId { get; private set; }

    public DateOnly ContactedOn { get; private set; }

    public ContactChannel Channel { get; private set; }

    /// <summary>A person contacted who is not one of the deputy's assigned constituents (e.g. a walk-in voter).</summary>
    public string? OtherPerson { get; private set; }

    public string Summary { get; private set; } = null!;

    public IReadOnlyCollection<ContactedConstituent> Constituents => _constituents;

    public IReadOnlyCollection<ContactConcern> Concerns => [.. _concerns.OrderBy(c => c.Position)];

    public static ConstituentContact Log(
        Deputy deputy, IReadOnlyCollection<Constituent> constituents, string? otherPerson, DateOnly contactedOn,
        ContactChannel channel, string summary, IReadOnlyCollection<string> concerns, DateOnly today)
    {
        Rule.Require(deputy.IsServing, "ContactByServingDeputy", "资格已终止的代表不能登记联系选民。", "deputyId");
        Rule.Require(constituents.Count > 0 || !string.IsNullOrWhiteSpace(otherPerson), "ContactNamesSomeone", "请选择联系的选民，或填写联系人。", "constituentIds");
        Rule.Require(constituents.All(c => c.DeputyId == deputy.Id), "ContactOwnConstituents", "只能选择分配给本人的联系选民。", "constituentIds");
        Rule.Require(constituents.Select(c => c.Id).Distinct().Count() == constituents.Count, "ConstituentsAreDistinct", "联系选民不能重复。", "constituentIds");
        Rule.Require(contactedOn <= today, "ContactNotInFuture", "联系日期不能晚于今天。", "contactedOn");
        Rule.Require(concerns.Count <= MaxConcerns, "ConcernsWithinLimit", $"反映问题最多{MaxConcerns}项。", "concerns");

        var contact = new ConstituentContact
        {
            TownshipId = deputy.TownshipId,
            TermId = deputy.TermId,
            DeputyId = deputy.Id,
            ContactedOn = contactedOn,
            Channel = channel,
            OtherPerson = string.IsNullOrWhiteSpace(otherPerson) ? null : otherPerson.Trim(),
            Summary = summary,
        };
        contact._constituents.AddRange(constituents.Select(c => new ContactedConstituent(contact.Id, c.Id)));
        contact._concerns.AddRange(concerns.Select((text, index) => new ContactConcern(contact.Id, index + 1, text)));
        return contact;
    }

    /// <summary>True once any of its concerns became a proposal: the entry is then part of that proposal's record.</summary>
    public bool HasProposals => _concerns.Any(c => c.ProposalId is not null);

    /// <summary>
    /// Corrects the entry (the deputy and township stay). The rules of <see cref="Log"/> apply, except that a
    /// constituent already named here may stay after being reassigned to another deputy. Concerns are revised
    /// position by position: the n-th text replaces the n-th concern, extra texts are added, missing ones removed.
    /// A concern that became a proposal must stay unchanged at its position (same text), else the revision is
    /// refused (ConcernWithProposalIsKept, 409): the proposal quotes it and points back at it.
    /// </summary>
    public void Revise(
        IReadOnlyCollection<Constituent> constituents, string? otherPerson, DateOnly contactedOn, ContactChannel channel,
        string summary, IReadOnlyList<string> concerns, DateOnly today)
    {
        Rule.Require(constituents.Count > 0 || !string.IsNullOrWhiteSpace(otherPerson), "ContactNamesSomeone", "请选择联系的选民，或填写联系人。", "constituentIds");
        Rule.Require(
            constituents.All(c => c.DeputyId == DeputyId || _constituents.Any(named => named.ConstituentId == c.Id)),
            "ContactOwnConstituents",
            "只能选择分配给本人的联系选民。",
            "constituentIds");
        Rule.Require(constituents.Select(c => c.Id).Distinct().Count() == constituents.Count, "ConstituentsAreDistinct", "联系选民不能重复。", "constituentIds");
        Rule.Require(contactedOn <= today, "ContactNotInFuture", "联系日期不能晚于今天。", "contactedOn");
        Rule.Require(concerns.Count <= MaxConcerns, "ConcernsWithinLimit", $"反映问题最多{MaxConcerns}项。", "concerns");
        foreach (var linked in _concerns.Where(c => c.ProposalId is not null))
        {
            Rule.RequireState(
                linked.Position <= concerns.Count && concerns[linked.Position - 1] == linked.Text,
                "ConcernWithProposalIsKept",
                $"第{linked.Position}项反映问题已转为建议，不能删除或修改。");
        }

        ContactedOn = contactedOn;
        Channel = channel;
        OtherPerson = string.IsNullOrWhiteSpace(otherPerson) ? null : otherPerson.Trim();
        Summary = summary;

        var wanted = constituents.Select(c => c.Id).ToHashSet();
        _constituents.RemoveAll(c => !wanted.Contains(c.ConstituentId));
        var added = wanted.Where(id => _constituents.All(c => c.ConstituentId != id)).Select(id => new ContactedConstituent(Id, id)).ToList();
        _constituents.AddRange(added);

        _concerns.RemoveAll(c => c.Position > concerns.Count);
        for (var position = 1; position <= concerns.Count; position++)
        {
            var existing = _concerns.FirstOrDefault(c => c.Position == position);
            if (existing is null)
            {
                _concerns.Add(new ContactConcern(Id, position, concerns[position - 1]));
            }
            else if (existing.ProposalId is null)
            {
                existing.Rewrite(concerns[position - 1]);
            }
        }
    }

    /// <summary>A mistaken entry may be removed, unless a concern of it became a proposal (the proposal points at it).</summary>
    public void EnsureRemovable() =>
        Rule.RequireState(!HasProposals, "ContactWithProposalIsKept", "该联系记录中的反映问题已转为建议，不能删除。");

    /// <summary>Links a concern to the draft proposal made from it; a concern becomes one proposal at most.</summary>
    public ContactConcern LinkConcernToProposal(Guid concernId, Guid proposalId)
    {
        var concern = _concerns.FirstOrDefault(c => c.Id == concernId);
        Rule.Require(concern is not null, "ConcernOfContact", "该联系记录没有这项反映问题。", "concernId");
        Rule.RequireState(concern!.ProposalId is null, "ConcernBecomesOneProposal", "该问题已转为建议。");
        concern.LinkTo(proposalId);
        return concern;
    }
}

public sealed class ContactedConstituent(Guid contactId, Guid constituentId)
{
    public Guid ContactId { get; private set; } = contactId;

    public Guid ConstituentId { get; private set; } = constituentId;
}

/// <summary>A concern raised in a contact (反映问题); it may become a draft proposal, linked both ways.</summary>
public sealed class ContactConcern
{
    public const int TextMaxLength = 1_000;

    private ContactConcern()
    {
    }

    internal ContactConcern(Guid contactId, int position, string text)
    {
        ContactId = contactId;
        Position = position;
        Text = text;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ContactId { get; private set; }

    /// <summary>1, 2, … in the order the deputy wrote the concerns down.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; } = null!;

    public Guid? ProposalId { get; private set; }

    internal void LinkTo(Guid proposalId) => ProposalId = proposalId;

    internal void Rewrite(string text) => Text = text;
}
