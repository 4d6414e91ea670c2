using DeputyPortal.Application.Activities;
using DeputyPortal.Application.Activities.Record;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Activities;

namespace DeputyPortal.Application.UnitTests;

/// <summary>The limits every request obeys: text without control characters, dates inside the window, enums that name a member.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("普通文本", false)]
    [InlineData("第一行\r\n第二行\t制表", false)]
    [InlineData("表情😀", false)]
    [InlineData("a\u0000b", true)]
    [InlineData("a\u001fb", true)]
    [InlineData("a\u007fb", true)]
    [InlineData("a\u0085b", true)]
    public void HasControlCharacter_AllowsOnlyTabAndLineBreaks(string text, bool refused) =>
        Assert.Equal(refused, InputRules.HasControlCharacter(text));

    [Fact]
    public void HasControlCharacter_RefusesALoneSurrogate_ButNotAPair()
    {
        // Built from chars: an attribute argument cannot carry a lone surrogate.
        Assert.True(InputRules.HasControlCharacter(new string(['a', (char)0xD800, 'b'])));
        Assert.True(InputRules.HasControlCharacter(new string(['a', (char)0xDC00])));
        Assert.False(InputRules.HasControlCharacter(new string(['a', (char)0xD83D, (char)0xDE00])));
    }

    [Theory]
    [InlineData(1900, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(1899, 12, 31, false)]
    [InlineData(2101, 1, 1, false)]
    [InlineData(9999, 12, 31, false)]
    public void IsInWindow_IsTheDocumentedWindow(int year, int month, int day, bool inWindow) =>
        Assert.Equal(inWindow, InputRules.IsInWindow(new DateOnly(year, month, day)));

    [Fact]
    public void Check_NamesEveryOffendingMember_NestedListsIncluded()
    {
        var command = new RecordActivity(
            Guid.NewGuid(), Guid.NewGuid(), "视察\u0000", new DateOnly(9999, 1, 1), (ActivityKind)99,
            Participants: [new ParticipantInput(Guid.NewGuid(), Attendance.OnLeave, "病假\u0001")]);

        var failures = MessageInputCheck.Check(command).Select(f => $"{f.PropertyName}:{f.ErrorCode}").ToList();

        Assert.Equal(
            ["Title:NoControlCharacters", "StartsOn:DateInWindow", "Kind:KnownValue", "Participants[0].LeaveReason:NoControlCharacters"],
            failures);
    }

    [Fact]
    public void Check_PassesAnOrdinaryRequest() =>
        Assert.Empty(MessageInputCheck.Check(new RecordActivity(Guid.NewGuid(), Guid.NewGuid(), "视察", new DateOnly(2026, 5, 1), ActivityKind.Inspection)));
}
