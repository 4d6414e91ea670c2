using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrderedProposalParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_proposal_events_proposal_id",
                table: "proposal_events");

            migrationBuilder.DropIndex(
                name: "ix_contact_concerns_contact_id",
                table: "contact_concerns");

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "proposal_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "position",
                table: "contact_concerns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Rows written before this migration get their order from time, then id.
            migrationBuilder.Sql("""
                UPDATE proposal_events e SET sequence = o.n
                FROM (SELECT id, row_number() OVER (PARTITION BY proposal_id ORDER BY at, id) AS n FROM proposal_events) o
                WHERE e.id = o.id;
                UPDATE contact_concerns c SET position = o.n
                FROM (SELECT id, row_number() OVER (PARTITION BY contact_id ORDER BY id) AS n FROM contact_concerns) o
                WHERE c.id = o.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_proposal_events_proposal_id_sequence",
                table: "proposal_events",
                columns: new[] { "proposal_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_concerns_contact_id_position",
                table: "contact_concerns",
                columns: new[] { "contact_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_proposal_events_proposal_id_sequence",
                table: "proposal_events");

            migrationBuilder.DropIndex(
                name: "ix_contact_concerns_contact_id_position",
                table: "contact_concerns");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "proposal_events");

            migrationBuilder.DropColumn(
                name: "position",
                table: "contact_concerns");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_events_proposal_id",
                table: "proposal_events",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_concerns_contact_id",
                table: "contact_concerns",
                column: "contact_id");
        }
    }
}
