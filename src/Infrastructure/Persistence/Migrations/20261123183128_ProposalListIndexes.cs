using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProposalListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_proposals_status_due_on",
                table: "proposals",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_submitted_on_id",
                table: "proposals",
                columns: new[] { "submitted_on", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_proposals_status_due_on",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_proposals_submitted_on_id",
                table: "proposals");
        }
    }
}
