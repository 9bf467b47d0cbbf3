using Platform.ServiceDefaults.Validation;
using Referrals.Api.Lifecycle;

namespace Referrals.Api.Submission;

/// <summary>
/// A referral as a resident (self-referral) or a referrer (for a patient, with their consent) submits it.
/// Unknown JSON properties are ignored; every problem with the known ones is reported by name.
/// </summary>
public sealed record SubmitReferralRequest
{
    public const int MaxGoals = 5;
    public const int MaxGoalLength = 500;
    public const int MaxWhatMattersLength = 2000;

    public Guid? ServiceId { get; init; }
    public string? WhatMattersToMe { get; init; }
    public IReadOnlyList<string?>? Goals { get; init; }
    public string? Urgency { get; init; }

    /// <summary>Referrers only: whom the referral is for.</summary>
    public string? PatientNhsNumber { get; init; }

    /// <summary>Referrers only: the patient agreed to be referred.</summary>
    public bool? ConsentRecorded { get; init; }

    public Dictionary<string, string[]> Validate(bool byReferrer)
    {
        var errors = new ValidationErrors();
        if (ServiceId is null || ServiceId == Guid.Empty)
        {
            errors.Add("serviceId", "Give the id of the service to refer to.");
        }

        if (WhatMattersToMe is { Length: > MaxWhatMattersLength })
        {
            errors.Add("whatMattersToMe", $"Keep 'what matters to me' to {MaxWhatMattersLength} characters.");
        }

        var goals = Goals ?? [];
        if (goals.Count > MaxGoals)
        {
            errors.Add("goals", $"Give at most {MaxGoals} goals.");
        }

        for (var i = 0; i < goals.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(goals[i]) || goals[i]!.Length > MaxGoalLength)
            {
                errors.Add($"goals[{i}]", $"Each goal needs some words, at most {MaxGoalLength} characters.");
            }
        }

        if (Urgency is not null && !ReferralUrgency.All.Contains(Urgency))
        {
            errors.Add("urgency", $"Urgency is one of: {string.Join(", ", ReferralUrgency.All)}.");
        }

        if (byReferrer)
        {
            if (!NhsNumbers.IsValid(PatientNhsNumber))
            {
                errors.Add("patientNhsNumber", "Give the patient's 10-digit NHS number.");
            }

            if (ConsentRecorded != true)
            {
                errors.Add("consentRecorded", "Record that the patient agreed to this referral.");
            }
        }
        else if (PatientNhsNumber is not null)
        {
            errors.Add("patientNhsNumber", "A self-referral is for yourself: leave out patientNhsNumber.");
        }

        return errors.ToDictionary();
    }

    public IReadOnlyList<string> CleanGoals() => (Goals ?? []).Select(goal => goal!.Trim()).ToList();
}
