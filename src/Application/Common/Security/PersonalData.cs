namespace DeputyPortal.Application.Common.Security;

/// <summary>Masks personal data for readers who may not see it in full.</summary>
public static class PersonalData
{
    /// <summary>138****5678: the first three and last four digits stay, the middle is starred.</summary>
    public static string? MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        return phone.Length <= 7
            ? new string('*', phone.Length)
            : string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }

    /// <summary>
    /// Keeps the area a reader needs (village, group: at most six characters, and never a digit, so no house number
    /// leaks) and hides the rest.
    /// </summary>
    public static string? MaskAddress(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return address;
        }

        var firstDigit = address.AsSpan().IndexOfAnyInRange('0', '9');
        var kept = Math.Min(6, firstDigit < 0 ? address.Length : firstDigit);
        return string.Concat(address.AsSpan(0, kept), "****");
    }

    /// <summary>360102********1234: an ID number keeps its first six (the area) and last four characters.</summary>
    public static string? MaskIdNumber(string? idNumber)
    {
        if (string.IsNullOrEmpty(idNumber))
        {
            return idNumber;
        }

        return idNumber.Length <= 10
            ? new string('*', idNumber.Length)
            : string.Concat(idNumber.AsSpan(0, 6), new string('*', idNumber.Length - 10), idNumber.AsSpan(idNumber.Length - 4));
    }
}
