using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeputyPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.HasIdentityAndVersion();
        builder.Property(p => p.Title).HasMaxLength(Proposal.TitleMaxLength);
        builder.Property(p => p.Content).HasMaxLength(Proposal.ContentMaxLength);
        builder.Property(p => p.Category).HasMaxLength(Proposal.CategoryMaxLength);
        builder.Property(p => p.Number).HasMaxLength(30);
        builder.Property(p => p.RejectionReason).HasMaxLength(Proposal.ReasonMaxLength);
        builder.Property(p => p.SolvedEvidence).HasMaxLength(Proposal.TextMaxLength);
        builder.HasOne<Term>().WithMany().HasForeignKey(p => p.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CongressSession>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deputy>().WithMany().HasForeignKey(p => p.LeadDeputyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<HandlingUnit>().WithMany().HasForeignKey(p => p.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PresidiumMember>().WithMany().HasForeignKey(p => p.SupervisorPresidiumMemberId).OnDelete(DeleteBehavior.Restrict);

        // A number is unique within its township and term; the series table keeps it gap-free.
        builder.HasIndex(p => new { p.TownshipId, p.TermId, p.Number }).IsUnique();
        // Deadlines of proposals awaiting a reply (colour and overdue filters), per township and county-wide.
        builder.HasIndex(p => new { p.TownshipId, p.Status, p.DueOn });
        builder.HasIndex(p => new { p.Status, p.DueOn });
        // Replies in their evaluation window: the rating reminders and the acceptance of expired windows.
        builder.HasIndex(p => new { p.Status, p.EvaluationDueOn });
        // The default sort (newest first), within a township and county-wide; read backwards for -submittedOn.
        builder.HasIndex(p => new { p.TownshipId, p.SubmittedOn, p.Id });
        builder.HasIndex(p => new { p.SubmittedOn, p.Id });
        builder.HasIndex(p => p.LeadDeputyId);
        builder.HasIndex(p => p.LeadUnitId);
        builder.HasIndex(p => p.SourceConcernId).IsUnique();

        builder.OwnsMany(p => p.CoSigners, signers =>
        {
            signers.ToTable("proposal_co_signers");
            signers.WithOwner().HasForeignKey(s => s.ProposalId);
            signers.HasKey(s => new { s.ProposalId, s.DeputyId });
            signers.HasOne<Deputy>().WithMany().HasForeignKey(s => s.DeputyId).OnDelete(DeleteBehavior.Restrict);
            signers.HasIndex(s => s.DeputyId);
        });
        builder.OwnsMany(p => p.CoUnits, units =>
        {
            units.ToTable("proposal_co_units");
            units.WithOwner().HasForeignKey(u => u.ProposalId);
            units.HasKey(u => new { u.ProposalId, u.HandlingUnitId });
            units.Property(u => u.Input).HasMaxLength(Proposal.TextMaxLength);
            units.HasOne<HandlingUnit>().WithMany().HasForeignKey(u => u.HandlingUnitId).OnDelete(DeleteBehavior.Restrict);
            units.HasIndex(u => u.HandlingUnitId);
        });
        builder.OwnsMany(p => p.Extensions, extensions =>
        {
            extensions.ToTable("proposal_extension_requests");
            extensions.WithOwner().HasForeignKey(e => e.ProposalId);
            extensions.HasKey(e => e.Id);
            extensions.Property(e => e.Id).ValueGeneratedNever();
            extensions.Property(e => e.Reason).HasMaxLength(Proposal.ReasonMaxLength);
            extensions.Property(e => e.DecisionComment).HasMaxLength(Proposal.ReasonMaxLength);
        });
        builder.OwnsMany(p => p.ProgressNotes, notes =>
        {
            notes.ToTable("proposal_progress_notes");
            notes.WithOwner().HasForeignKey(n => n.ProposalId);
            notes.HasKey(n => n.Id);
            notes.Property(n => n.Id).ValueGeneratedNever();
            notes.Property(n => n.Text).HasMaxLength(Proposal.TextMaxLength);
        });
        builder.OwnsMany(p => p.Replies, replies =>
        {
            replies.ToTable("proposal_replies");
            replies.WithOwner().HasForeignKey(r => r.ProposalId);
            replies.HasKey(r => r.Id);
            replies.Property(r => r.Id).ValueGeneratedNever();
            replies.Property(r => r.Text).HasMaxLength(Proposal.TextMaxLength);
            replies.Property(r => r.SignedBy).HasMaxLength(Proposal.SignerMaxLength);
            replies.Property(r => r.Explanation).HasMaxLength(Proposal.TextMaxLength);
        });
        builder.OwnsMany(p => p.Evaluations, evaluations =>
        {
            evaluations.ToTable("proposal_evaluations");
            evaluations.WithOwner().HasForeignKey(e => e.ProposalId);
            evaluations.HasKey(e => e.Id);
            evaluations.Property(e => e.Id).ValueGeneratedNever();
            evaluations.Property(e => e.Comment).HasMaxLength(Proposal.ReasonMaxLength);
            evaluations.Ignore(e => e.AcceptedWithoutRating);
        });
        builder.OwnsMany(p => p.Timeline, timeline =>
        {
            timeline.ToTable("proposal_events");
            timeline.WithOwner().HasForeignKey(e => e.ProposalId);
            timeline.HasKey(e => e.Id);
            timeline.Property(e => e.Id).ValueGeneratedNever();
            timeline.Property(e => e.ActorName).HasMaxLength(100);
            timeline.Property(e => e.OnBehalfOf).HasMaxLength(120);
            // Not unique: two steps racing on one proposal are told apart by its row version (412), not by this index.
            timeline.HasIndex(e => new { e.ProposalId, e.Sequence });
            timeline.Property(e => e.Detail).HasMaxLength(Proposal.TextMaxLength + 100);
        });

        foreach (var navigation in new[] { nameof(Proposal.CoSigners), nameof(Proposal.CoUnits), nameof(Proposal.Extensions),
                     nameof(Proposal.ProgressNotes), nameof(Proposal.Replies), nameof(Proposal.Evaluations), nameof(Proposal.Timeline) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}
