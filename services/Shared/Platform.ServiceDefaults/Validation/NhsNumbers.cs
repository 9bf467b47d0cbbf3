namespace Platform.ServiceDefaults.Validation;

/// <summary>NHS numbers: ten digits, the last a modulus 11 check digit over the first nine.</summary>
public static class NhsNumbers
{
    public static bool IsValid(string? candidate)
    {
        if (candidate is not { Length: 10 } || !candidate.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (candidate[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }

        return check != 10 && check == candidate[9] - '0';
    }
}
