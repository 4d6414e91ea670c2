namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>The reply side of the workflow: the lead unit's reply, the lead deputy's evaluation, and follow-up.</summary>
public sealed partial class ProposalFlow
{
    /// <summary>The date B and C replies commit to in these tests (after today, 2026-06-15).</summary>
    public const string CommittedCompletionOn = "2026-12-31";

    /// <summary>A complete reply of the given class: B and C carry a committed date, D its explanation.</summary>
    public static object Reply(string resultClass = "A", string text = "经实地查看，镇政府已安排资金修缮机耕道，预计年内完工。") => new
    {
        resultClass,
        text,
        signedBy = "王主任",
        committedCompletionOn = resultClass is "B" or "C" ? CommittedCompletionOn : null,
        explanation = resultClass == "D" ? "受资金条件限制，暂时无法安排，留作今后工作参考。" : null,
    };

    /// <summary>Assigned today to unit.a's unit (or <paramref name="proposal"/> as given) and replied by unit.a.</summary>
    public async Task<ProposalHandle> RepliedAsync(string resultClass = "A", ProposalHandle? proposal = null) =>
        await ActAsync("unit.a", proposal ?? await AssignedAsync(), "reply", Reply(resultClass));

    /// <summary>Rated by deputy.a, the lead deputy.</summary>
    public Task<ProposalHandle> EvaluatedAsync(ProposalHandle replied, string rating, string? comment = null) =>
        ActAsync("deputy.a", replied, "evaluate", new { rating, comment });
}
