using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActivitiesMeetingsCompliance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A township's stored settings row takes the DESIGN §4 defaults for the new compliance numbers.
            migrationBuilder.AddColumn<int>(
                name: "contacts_per_deputy_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "first_session_due_month",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "group_activities_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "minimum_constituents_per_deputy",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "new_term_first_session_months",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "passing_denominator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "passing_numerator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "quorum_denominator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "quorum_numerator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "regular_meetings_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "sessions_per_year",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    organizing_group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    findings = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_representative_groups_organizing_group_id",
                        column: x => x.organizing_group_id,
                        principalTable: "representative_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_activities_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "presidium_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    minutes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    present_count = table.Column<int>(type: "integer", nullable: false),
                    quorum_required = table.Column<int>(type: "integer", nullable: false),
                    has_quorum = table.Column<bool>(type: "boolean", nullable: false),
                    majority_required = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidium_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_presidium_meetings_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attendance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    leave_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_participants_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activity_participants_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_subject_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_subject_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_subject_units_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activity_subject_units_handling_units_handling_unit_id",
                        column: x => x.handling_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_unit_tallies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    satisfied = table.Column<int>(type: "integer", nullable: false),
                    basically_satisfied = table.Column<int>(type: "integer", nullable: false),
                    dissatisfied = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_unit_tallies", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_unit_tallies_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_activity_unit_tallies_handling_units_handling_unit_id",
                        column: x => x.handling_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rectification_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    responsible_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rectification_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_rectification_items_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_rectification_items_handling_units_responsible_unit_id",
                        column: x => x.responsible_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "presidium_meeting_agenda_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidium_meeting_agenda_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_agenda_items_presidium_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "presidium_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "presidium_meeting_attendance",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    presidium_member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attendance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    leave_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidium_meeting_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_attendance_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_attendance_presidium_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "presidium_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_attendance_presidium_members_presidium_me",
                        column: x => x.presidium_member_id,
                        principalTable: "presidium_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "presidium_meeting_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    abstentions = table.Column<int>(type: "integer", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    follow_up_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    follow_up_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    follow_up_completed_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidium_meeting_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_decisions_handling_units_follow_up_unit_id",
                        column: x => x.follow_up_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_decisions_presidium_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "presidium_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "presidium_meeting_invited_deputies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_presidium_meeting_invited_deputies", x => x.id);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_invited_deputies_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_presidium_meeting_invited_deputies_presidium_meetings_meeti",
                        column: x => x.meeting_id,
                        principalTable: "presidium_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_organizing_group_id_starts_on",
                table: "activities",
                columns: new[] { "organizing_group_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_term_id",
                table: "activities",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_activities_township_id_starts_on_id",
                table: "activities",
                columns: new[] { "township_id", "starts_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_activity_participants_activity_id",
                table: "activity_participants",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_participants_deputy_id",
                table: "activity_participants",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_subject_units_activity_id",
                table: "activity_subject_units",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_subject_units_handling_unit_id",
                table: "activity_subject_units",
                column: "handling_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_unit_tallies_activity_id",
                table: "activity_unit_tallies",
                column: "activity_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_unit_tallies_handling_unit_id",
                table: "activity_unit_tallies",
                column: "handling_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_agenda_items_meeting_id",
                table: "presidium_meeting_agenda_items",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_attendance_deputy_id",
                table: "presidium_meeting_attendance",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_attendance_meeting_id",
                table: "presidium_meeting_attendance",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_attendance_presidium_member_id",
                table: "presidium_meeting_attendance",
                column: "presidium_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_decisions_follow_up_unit_id",
                table: "presidium_meeting_decisions",
                column: "follow_up_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_decisions_meeting_id",
                table: "presidium_meeting_decisions",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_invited_deputies_deputy_id",
                table: "presidium_meeting_invited_deputies",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meeting_invited_deputies_meeting_id",
                table: "presidium_meeting_invited_deputies",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meetings_term_id",
                table: "presidium_meetings",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_presidium_meetings_township_id_held_on_id",
                table: "presidium_meetings",
                columns: new[] { "township_id", "held_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_activity_id_position",
                table: "rectification_items",
                columns: new[] { "activity_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_responsible_unit_id_status_due_on",
                table: "rectification_items",
                columns: new[] { "responsible_unit_id", "status", "due_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activity_participants");

            migrationBuilder.DropTable(
                name: "activity_subject_units");

            migrationBuilder.DropTable(
                name: "activity_unit_tallies");

            migrationBuilder.DropTable(
                name: "presidium_meeting_agenda_items");

            migrationBuilder.DropTable(
                name: "presidium_meeting_attendance");

            migrationBuilder.DropTable(
                name: "presidium_meeting_decisions");

            migrationBuilder.DropTable(
                name: "presidium_meeting_invited_deputies");

            migrationBuilder.DropTable(
                name: "rectification_items");

            migrationBuilder.DropTable(
                name: "presidium_meetings");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropColumn(
                name: "contacts_per_deputy_per_quarter",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "first_session_due_month",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "group_activities_per_quarter",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "minimum_constituents_per_deputy",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "new_term_first_session_months",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "passing_denominator",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "passing_numerator",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "quorum_denominator",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "quorum_numerator",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "regular_meetings_per_quarter",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "sessions_per_year",
                table: "township_settings");
        }
    }
}
