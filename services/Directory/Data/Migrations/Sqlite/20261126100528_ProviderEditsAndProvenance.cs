using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProviderEditsAndProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_ImportedAt",
                table: "Services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provenance_SourceFeed",
                table: "Services",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_SourceLastModified",
                table: "Services",
                type: "TEXT",
                nullable: true);

            // Every stored service is at its first version: the version counts changes from here on.
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Services",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_ImportedAt",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provenance_SourceFeed",
                table: "Organizations",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_SourceLastModified",
                table: "Organizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TraceParent = table.Column<string>(type: "TEXT", maxLength: 55, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "ServiceHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorOrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SourceFeed = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedFields = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceHistory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAt_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "SentAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHistory_At",
                table: "ServiceHistory",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceHistory_ServiceId_Version",
                table: "ServiceHistory",
                columns: new[] { "ServiceId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ServiceHistory");

            migrationBuilder.DropColumn(
                name: "Provenance_ImportedAt",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Provenance_SourceFeed",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Provenance_SourceLastModified",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Services");

            migrationBuilder.DropColumn(
                name: "Provenance_ImportedAt",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Provenance_SourceFeed",
                table: "Organizations");

            migrationBuilder.DropColumn(
                name: "Provenance_SourceLastModified",
                table: "Organizations");
        }
    }
}
