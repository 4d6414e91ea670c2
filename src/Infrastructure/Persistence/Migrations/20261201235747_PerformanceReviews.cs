using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A township's stored settings take the documented review thresholds (ReviewRules.Default), never 0 %.
            migrationBuilder.AddColumn<int>(
                name: "review_basically_competent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "review_competent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 70);

            migrationBuilder.AddColumn<int>(
                name: "review_excellent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 90);

            migrationBuilder.CreateTable(
                name: "performance_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    district_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    venue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    form = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    report_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    voters_present = table.Column<int>(type: "integer", nullable: false),
                    satisfied = table.Column<int>(type: "integer", nullable: false),
                    basically_satisfied = table.Column<int>(type: "integer", nullable: false),
                    dissatisfied = table.Column<int>(type: "integer", nullable: false),
                    satisfaction_rate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    proposed_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_performance_reviews_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_performance_reviews_electoral_districts_district_id",
                        column: x => x.district_id,
                        principalTable: "electoral_districts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_performance_reviews_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_deputy_id_held_on",
                table: "performance_reviews",
                columns: new[] { "deputy_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_district_id",
                table: "performance_reviews",
                column: "district_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_term_id",
                table: "performance_reviews",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_township_id_held_on_id",
                table: "performance_reviews",
                columns: new[] { "township_id", "held_on", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "performance_reviews");

            migrationBuilder.DropColumn(
                name: "review_basically_competent_percent",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "review_competent_percent",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "review_excellent_percent",
                table: "township_settings");
        }
    }
}
