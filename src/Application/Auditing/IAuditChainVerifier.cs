namespace DeputyPortal.Application.Auditing;

/// <summary>The result of checking the audit hash chain: how many entries were checked and the first one that breaks it.</summary>
public sealed record AuditChainReport(long EntriesChecked, long? FirstBrokenEntryId)
{
    public bool Intact => FirstBrokenEntryId is null;
}

public interface IAuditChainVerifier
{
    Task<AuditChainReport> VerifyAsync(CancellationToken ct);
}
