using DeputyPortal.Domain.AccessTokens;

namespace DeputyPortal.Domain.UnitTests;

public sealed class PersonalAccessTokenTests
{
    // 2026-06-15 10:00 in Asia/Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void Issue_GivesAPrefixedRandomToken_AndKeepsOnlyItsHash()
    {
        var (record, token) = PersonalAccessToken.Issue(Guid.NewGuid(), "  Excel  ", Today.AddDays(30), Now);
        var (_, other) = PersonalAccessToken.Issue(Guid.NewGuid(), "Excel", Today.AddDays(30), Now);

        Assert.Matches("^dpat_[A-Za-z0-9_-]{43}$", token);
        Assert.NotEqual(token, other);
        Assert.Equal(PersonalAccessToken.HashOf(token), record.Hash);
        Assert.Equal(64, record.Hash.Length);
        Assert.DoesNotContain(token[5..], record.Hash, StringComparison.Ordinal);
        Assert.Equal("Excel", record.Name);
        Assert.True(PersonalAccessToken.LooksLikeToken(token));
        Assert.False(PersonalAccessToken.LooksLikeToken("eyJhbGciOi.jwt"));
    }

    [Fact]
    public void Expiry_IsAfterToday_AndAtMostAYearAhead() => Assert.Multiple(
        () => RuleAssert.Breaks("AccessTokenExpiresInFuture", () => PersonalAccessToken.Issue(Guid.NewGuid(), "Excel", Today, Now)),
        () => RuleAssert.Breaks("AccessTokenLifetimeBounded", () => PersonalAccessToken.Issue(Guid.NewGuid(), "Excel", Today.AddDays(367), Now)),
        () => RuleAssert.Breaks("AccessTokenNameRequired", () => PersonalAccessToken.Issue(Guid.NewGuid(), " ", Today.AddDays(1), Now)),
        () => Assert.True(PersonalAccessToken.Issue(Guid.NewGuid(), "Excel", Today.AddDays(366), Now).Record.WorksAt(Now)));

    [Fact]
    public void AToken_WorksThroughItsLastDayInChina_AndNotAfterRevocation()
    {
        var (record, _) = PersonalAccessToken.Issue(Guid.NewGuid(), "Excel", Today.AddDays(1), Now);

        Assert.True(record.WorksAt(new DateTimeOffset(2026, 6, 16, 23, 59, 0, TimeSpan.FromHours(8))));
        Assert.False(record.WorksAt(new DateTimeOffset(2026, 6, 17, 0, 0, 0, TimeSpan.FromHours(8))));

        record.Revoke(Now);
        var revokedAt = record.RevokedAt;
        record.Revoke(Now.AddHours(1));
        Assert.Equal(revokedAt, record.RevokedAt);
        Assert.False(record.WorksAt(Now));
    }
}
