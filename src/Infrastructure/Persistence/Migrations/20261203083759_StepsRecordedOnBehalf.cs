using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StepsRecordedOnBehalf : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "occurred_on",
                table: "proposal_events",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "on_behalf_of",
                table: "proposal_events",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true);

            // Every step recorded so far was taken the day it was recorded: its China date.
            migrationBuilder.Sql("UPDATE proposal_events SET occurred_on = (at AT TIME ZONE 'Asia/Shanghai')::date;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "occurred_on",
                table: "proposal_events");

            migrationBuilder.DropColumn(
                name: "on_behalf_of",
                table: "proposal_events");
        }
    }
}
