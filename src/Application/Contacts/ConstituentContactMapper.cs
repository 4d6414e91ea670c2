using DeputyPortal.Domain.Contacts;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Contacts;

// The DTO shows a selection of the aggregate's members, so only the targets must all be mapped.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ConstituentContactMapper
{
    /// <summary>The entry with its constituents named from <paramref name="names"/> (see <see cref="ContactReading"/>).</summary>
    public static ConstituentContactDto ToDto(this ConstituentContact contact, IReadOnlyDictionary<Guid, string> names) =>
        contact.ToDtoWithoutNames() with
        {
            Constituents = contact.Constituents
                .Select(c => new ContactedConstituentDto(c.ConstituentId, names.GetValueOrDefault(c.ConstituentId, string.Empty)))
                .ToList(),
        };

    [MapperIgnoreTarget(nameof(ConstituentContactDto.Constituents))]
    private static partial ConstituentContactDto ToDtoWithoutNames(this ConstituentContact contact);

    private static partial ContactConcernDto ToDto(ContactConcern concern);
}
