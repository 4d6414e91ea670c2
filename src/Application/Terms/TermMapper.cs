using DeputyPortal.Domain.Terms;
using Riok.Mapperly.Abstractions;

namespace DeputyPortal.Application.Terms;

/// <summary>
/// No queryable projection: the name (第十八届) is computed from the number in the domain and is not a column,
/// so lists fetch a page of terms and map it in memory.
/// </summary>
[Mapper]
public static partial class TermMapper
{
    [MapperIgnoreSource(nameof(Term.Period))]
    public static partial TermDto ToDto(this Term term);
}
