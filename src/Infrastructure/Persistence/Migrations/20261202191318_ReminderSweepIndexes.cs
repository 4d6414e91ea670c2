using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReminderSweepIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_open_due_on",
                table: "rectification_items",
                column: "due_on",
                filter: "status <> 'Completed'");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_status_evaluation_due_on",
                table: "proposals",
                columns: new[] { "status", "evaluation_due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_decisions_open_follow_up_due_on",
                table: "presidium_meeting_decisions",
                column: "follow_up_due_on",
                filter: "follow_up_completed_on IS NULL AND follow_up_due_on IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_rectification_items_open_due_on",
                table: "rectification_items");

            migrationBuilder.DropIndex(
                name: "ix_proposals_status_evaluation_due_on",
                table: "proposals");

            migrationBuilder.DropIndex(
                name: "ix_presidium_meeting_decisions_open_follow_up_due_on",
                table: "presidium_meeting_decisions");
        }
    }
}
