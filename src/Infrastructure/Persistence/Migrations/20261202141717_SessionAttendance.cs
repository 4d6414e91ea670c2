using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "session_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attendance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    leave_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_attendance_congress_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "congress_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_attendance_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_deputy_id",
                table: "session_attendance",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_session_id_deputy_id",
                table: "session_attendance",
                columns: new[] { "session_id", "deputy_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "session_attendance");
        }
    }
}
