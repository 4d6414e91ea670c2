using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_deputies_name_id",
                table: "deputies",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_constituents_township_id_name_id",
                table: "constituents",
                columns: new[] { "township_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_constituents_village_id",
                table: "constituents",
                columns: new[] { "village", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_deputies_name_id",
                table: "deputies");

            migrationBuilder.DropIndex(
                name: "ix_constituents_township_id_name_id",
                table: "constituents");

            migrationBuilder.DropIndex(
                name: "ix_constituents_village_id",
                table: "constituents");
        }
    }
}
