namespace Appointments.Api.Bookings;

/// <summary>What became of a request about an appointment: done, a repeat of an earlier booking, or refused.</summary>
public sealed class AppointmentOutcome
{
    private AppointmentOutcome(AppointmentResponse? appointment, bool isReplay, FieldProblem? problem)
    {
        Appointment = appointment;
        IsReplay = isReplay;
        Problem = problem;
    }

    /// <summary>Set unless <see cref="Problem"/> is.</summary>
    public AppointmentResponse? Appointment { get; }

    /// <summary>True when a retried booking found the appointment it had already made.</summary>
    public bool IsReplay { get; }

    public FieldProblem? Problem { get; }

    public static AppointmentOutcome Done(AppointmentResponse appointment) => new(appointment, isReplay: false, problem: null);

    public static AppointmentOutcome Replayed(AppointmentResponse appointment) => new(appointment, isReplay: true, problem: null);

    public static implicit operator AppointmentOutcome(FieldProblem problem) => new(appointment: null, isReplay: false, problem);
}
