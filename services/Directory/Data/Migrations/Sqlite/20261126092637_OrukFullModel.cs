using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Directory.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrukFullModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LinkType",
                table: "ServiceAttribute",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "ServiceAttribute",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "ServiceAtLocations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Coverage",
                table: "ServiceArea",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "ServiceArea",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Schedule",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Phone",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<Guid>(
                name: "ServiceId",
                table: "Language",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "PhoneId",
                table: "Language",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Language",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Funding",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "CostOption",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Contact",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Address",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "Accessibility",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Provision",
                table: "Accessibility",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganizationIdentifier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdentifierScheme = table.Column<string>(type: "TEXT", nullable: true),
                    IdentifierType = table.Column<string>(type: "TEXT", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationIdentifier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationIdentifier_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OtherAttribute",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxonomyTermId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkType = table.Column<string>(type: "TEXT", nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganizationIdentifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LocationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddressId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccessibilityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OtherAttribute", x => x.Id);
                    table.CheckConstraint("CK_OtherAttribute_one_owner", "CASE WHEN \"OrganizationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"OrganizationIdentifierId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"LocationId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"AddressId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"AccessibilityId\" IS NULL THEN 0 ELSE 1 END + CASE WHEN \"ContactId\" IS NULL THEN 0 ELSE 1 END = 1");
                    table.ForeignKey(
                        name: "FK_OtherAttribute_Accessibility_AccessibilityId",
                        column: x => x.AccessibilityId,
                        principalTable: "Accessibility",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_Address_AddressId",
                        column: x => x.AddressId,
                        principalTable: "Address",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_Contact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_OrganizationIdentifier_OrganizationIdentifierId",
                        column: x => x.OrganizationIdentifierId,
                        principalTable: "OrganizationIdentifier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherAttribute_TaxonomyTerms_TaxonomyTermId",
                        column: x => x.TaxonomyTermId,
                        principalTable: "TaxonomyTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaxonomyTerms_ParentId",
                table: "TaxonomyTerms",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Locations_Latitude_Longitude",
                table: "Locations",
                columns: new[] { "Latitude", "Longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_Language_PhoneId",
                table: "Language",
                column: "PhoneId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationIdentifier_OrganizationId",
                table: "OrganizationIdentifier",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_AccessibilityId",
                table: "OtherAttribute",
                column: "AccessibilityId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_AddressId",
                table: "OtherAttribute",
                column: "AddressId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_ContactId",
                table: "OtherAttribute",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_LocationId",
                table: "OtherAttribute",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_OrganizationId",
                table: "OtherAttribute",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_OrganizationIdentifierId",
                table: "OtherAttribute",
                column: "OrganizationIdentifierId");

            migrationBuilder.CreateIndex(
                name: "IX_OtherAttribute_TaxonomyTermId",
                table: "OtherAttribute",
                column: "TaxonomyTermId");

            migrationBuilder.AddForeignKey(
                name: "FK_Language_Phone_PhoneId",
                table: "Language",
                column: "PhoneId",
                principalTable: "Phone",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Language_Phone_PhoneId",
                table: "Language");

            migrationBuilder.DropTable(
                name: "OtherAttribute");

            migrationBuilder.DropTable(
                name: "OrganizationIdentifier");

            migrationBuilder.DropIndex(
                name: "IX_TaxonomyTerms_ParentId",
                table: "TaxonomyTerms");

            migrationBuilder.DropIndex(
                name: "IX_Locations_Latitude_Longitude",
                table: "Locations");

            migrationBuilder.DropIndex(
                name: "IX_Language_PhoneId",
                table: "Language");

            migrationBuilder.DropColumn(
                name: "LinkType",
                table: "ServiceAttribute");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "ServiceAttribute");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "ServiceAtLocations");

            migrationBuilder.DropColumn(
                name: "Coverage",
                table: "ServiceArea");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "ServiceArea");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Schedule");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Phone");

            migrationBuilder.DropColumn(
                name: "PhoneId",
                table: "Language");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Language");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Funding");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "CostOption");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Contact");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Address");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "Accessibility");

            migrationBuilder.DropColumn(
                name: "Provision",
                table: "Accessibility");

            migrationBuilder.AlterColumn<Guid>(
                name: "ServiceId",
                table: "Language",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
