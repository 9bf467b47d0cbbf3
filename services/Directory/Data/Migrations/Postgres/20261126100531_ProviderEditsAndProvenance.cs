using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Directory.Api.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provenance_SourceFeed",
                table: "Services",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_SourceLastModified",
                table: "Services",
                type: "timestamp with time zone",
                nullable: true);

            // Every stored service is at its first version: the version counts changes from here on.
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Services",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_ImportedAt",
                table: "Organizations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provenance_SourceFeed",
                table: "Organizations",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTime>(
                name: "Provenance_SourceLastModified",
                table: "Organizations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    EventType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Payload = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttemptCount = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    TraceParent = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "ServiceHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    ActorSubject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    ActorRole = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    ActorOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    SourceFeed = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ChangedFields = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    Before = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    After = table.Column<string>(type: "text", nullable: false, collation: "C")
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
