using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeputyPortal.Application.Common.Security;

/// <summary>
/// Writes a <see cref="PersonalText"/> as a string, in full or masked by <see cref="PersonalText.ShownTo"/> for the
/// reader of this serialization. The reader is asked for on every value (the HTTP answers register a converter
/// that asks the current request); with no reader, as for the default converter the type itself names, every value
/// is written masked. Personal data is only ever written: reading it back is refused.
/// </summary>
public sealed class PersonalTextJsonConverter(Func<ICurrentUser?> reader) : JsonConverter<PersonalText>
{
    /// <summary>No reader: every value masked. The type's own default, used by any serializer not told otherwise.</summary>
    public PersonalTextJsonConverter()
        : this(() => null)
    {
    }

    public override PersonalText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Personal data is written to readers, never read from JSON.");

    public override void Write(Utf8JsonWriter writer, PersonalText value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ShownTo(reader()));
}
