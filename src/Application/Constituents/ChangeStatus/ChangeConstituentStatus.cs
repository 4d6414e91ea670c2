using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Constituents;
using Mediator;

namespace DeputyPortal.Application.Constituents.ChangeStatus;

/// <summary>停止联系 / 恢复联系: a constituent is never deleted, because contact records keep referring to them.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ChangeConstituentStatus(Guid Id, bool Active) : ICommand<ConstituentDto>, IVersionedCommand
{
    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ChangeConstituentStatusHandler(IAppDbContext db) : ICommandHandler<ChangeConstituentStatus, ConstituentDto>
{
    public async ValueTask<ConstituentDto> Handle(ChangeConstituentStatus command, CancellationToken cancellationToken)
    {
        var constituent = await db.LoadForChangeAsync<Constituent>(command.Id, command.ExpectedVersion, "选民", cancellationToken);
        if (command.Active)
        {
            constituent.Reactivate();
        }
        else
        {
            constituent.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return constituent.ToDto();
    }
}
