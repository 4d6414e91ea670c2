namespace DeputyPortal.Application.Common.Validation;

/// <summary>
/// Marks a request member that the caller may leave out on purpose, and whose default is then what the product
/// means (a flag that is off unless it is set, such as 复杂件). Every other member of a request body is either
/// required (a constructor parameter without default) or nullable with a default of null; the architecture tests
/// hold every request to that, so a member that silently defaults must say so here.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class DefaultWhenOmittedAttribute : Attribute;
