using System.Text.RegularExpressions;
using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Architecture.Tests.PersonalData;

/// <summary>
/// The personal data of DESIGN §2 (phone numbers, addresses, ID numbers) is recognised by a property's name: Phone,
/// Mobile, Telephone, Tel, Address (not an e-mail, IP or web address), IdNumber, IdCard, IdentityCard/Number.
/// Such a property of an answer must be a <see cref="PersonalText"/>, which the serializers write by the one rule; as
/// a plain string it would reach every reader unmasked. A birth date is not personal data here: DESIGN §2 lists it as
/// part of the deputy roster (and the term structure of R10 is computed from it), so it is shown to every reader.
/// </summary>
public static partial class PersonalDataContract
{
    /// <summary>"Type.Property" for each personal-data property reachable from the roots that holds plain strings.</summary>
    public static IReadOnlyList<string> PlainStringViolations(IEnumerable<Type> roots) =>
        ResponseTypes.ReachableFrom(roots)
            .SelectMany(type => ResponseTypes.PublicProperties(type).Select(property => (type, property)))
            .Where(p => IsPersonalDataName(p.property.Name) && ResponseTypes.HoldsStrings(p.property.PropertyType))
            .Select(p => $"{p.type.FullName}.{p.property.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static bool IsPersonalDataName(string name) => PersonalDataName().IsMatch(name) && !NotPersonalDataName().IsMatch(name);

    [GeneratedRegex(@"Phone|Mobile|Telephone|(^|[a-z])Tel($|[A-Z])|Address|IdNumber|IdCard|IdentityCard|IdentityNumber")]
    private static partial Regex PersonalDataName();

    [GeneratedRegex(@"(Email|EMail|Mail|Ip|IP|Web|Mac)Address")]
    private static partial Regex NotPersonalDataName();
}
