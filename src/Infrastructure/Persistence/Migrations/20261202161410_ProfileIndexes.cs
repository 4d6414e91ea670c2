using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProfileIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_constituent_contacts_deputy_id_contacted_on",
                table: "constituent_contacts");

            migrationBuilder.DropIndex(
                name: "ix_activity_participants_activity_id",
                table: "activity_participants");

            migrationBuilder.CreateIndex(
                name: "ix_constituent_contacts_deputy_id_contacted_on",
                table: "constituent_contacts",
                columns: new[] { "deputy_id", "contacted_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_participants_activity_id",
                table: "activity_participants",
                column: "activity_id")
                .Annotation("Npgsql:IndexInclude", new[] { "deputy_id", "attendance" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_constituent_contacts_deputy_id_contacted_on",
                table: "constituent_contacts");

            migrationBuilder.DropIndex(
                name: "ix_activity_participants_activity_id",
                table: "activity_participants");

            migrationBuilder.CreateIndex(
                name: "ix_constituent_contacts_deputy_id_contacted_on",
                table: "constituent_contacts",
                columns: new[] { "deputy_id", "contacted_on" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_participants_activity_id",
                table: "activity_participants",
                column: "activity_id");
        }
    }
}
