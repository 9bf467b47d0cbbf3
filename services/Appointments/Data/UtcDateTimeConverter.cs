using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Appointments.Api.Data;

/// <summary>Stores times as they are (UTC) and reads them back marked as UTC, whatever the engine returns.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
