using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "constituent_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contacted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    other_person = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_constituent_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_constituent_contacts_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_constituent_contacts_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_number_series",
                columns: table => new
                {
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_part = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    kind_letter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_number_series", x => new { x.township_id, x.term_id, x.session_part, x.kind_letter });
                    table.ForeignKey(
                        name: "fk_proposal_number_series_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lead_deputy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_concern_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    drafted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: true),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    lead_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assigned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    assignment_expected_by = table.Column<DateOnly>(type: "date", nullable: true),
                    is_complex = table.Column<bool>(type: "boolean", nullable: false),
                    is_key = table.Column<bool>(type: "boolean", nullable: false),
                    supervisor_presidium_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_extended = table.Column<bool>(type: "boolean", nullable: false),
                    handling_round = table.Column<int>(type: "integer", nullable: false),
                    last_reply_class = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    last_replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    evaluation_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    solved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    solved_evidence = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    last_step_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposals_congress_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "congress_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_deputies_lead_deputy_id",
                        column: x => x.lead_deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_handling_units_lead_unit_id",
                        column: x => x.lead_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_presidium_members_supervisor_presidium_member_id",
                        column: x => x.supervisor_presidium_member_id,
                        principalTable: "presidium_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposals_terms_term_id",
                        column: x => x.term_id,
                        principalTable: "terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "township_settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    motion_minimum_signers = table.Column<int>(type: "integer", nullable: false),
                    handling_months = table.Column<int>(type: "integer", nullable: false),
                    complex_handling_months = table.Column<int>(type: "integer", nullable: false),
                    session_assignment_months = table.Column<int>(type: "integer", nullable: false),
                    co_unit_input_months = table.Column<int>(type: "integer", nullable: false),
                    return_window_days = table.Column<int>(type: "integer", nullable: false),
                    evaluation_working_days = table.Column<int>(type: "integer", nullable: false),
                    rehandling_months = table.Column<int>(type: "integer", nullable: false),
                    yellow_warning_days = table.Column<int>(type: "integer", nullable: false),
                    red_warning_days = table.Column<int>(type: "integer", nullable: false),
                    proposal_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_township_settings", x => x.id);
                    table.ForeignKey(
                        name: "fk_township_settings_townships_township_id",
                        column: x => x.township_id,
                        principalTable: "townships",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_constituents",
                columns: table => new
                {
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    constituent_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_constituents", x => new { x.contact_id, x.constituent_id });
                    table.ForeignKey(
                        name: "fk_contact_constituents_constituent_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "constituent_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_constituents_constituents_constituent_id",
                        column: x => x.constituent_id,
                        principalTable: "constituents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_concerns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_concerns", x => x.id);
                    table.ForeignKey(
                        name: "fk_contact_concerns_constituent_contacts_contact_id",
                        column: x => x.contact_id,
                        principalTable: "constituent_contacts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contact_concerns_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "proposal_co_signers",
                columns: table => new
                {
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_co_signers", x => new { x.proposal_id, x.deputy_id });
                    table.ForeignKey(
                        name: "fk_proposal_co_signers_deputies_deputy_id",
                        column: x => x.deputy_id,
                        principalTable: "deputies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposal_co_signers_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_co_units",
                columns: table => new
                {
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    input_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    input_provided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    input = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_co_units", x => new { x.proposal_id, x.handling_unit_id });
                    table.ForeignKey(
                        name: "fk_proposal_co_units_handling_units_handling_unit_id",
                        column: x => x.handling_unit_id,
                        principalTable: "handling_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_proposal_co_units_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    rating = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_evaluations_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    detail = table.Column<string>(type: "character varying(5100)", maxLength: 5100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_events_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_extension_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_extension_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_extension_requests_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_progress_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    noted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_progress_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_progress_notes_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "proposal_replies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    handling_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    result_class = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    signed_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    committed_completion_on = table.Column<DateOnly>(type: "date", nullable: true),
                    explanation = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    on_time = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_proposal_replies", x => x.id);
                    table.ForeignKey(
                        name: "fk_proposal_replies_proposals_proposal_id",
                        column: x => x.proposal_id,
                        principalTable: "proposals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_constituent_contacts_deputy_id_contacted_on",
                table: "constituent_contacts",
                columns: new[] { "deputy_id", "contacted_on" });

            migrationBuilder.CreateIndex(
                name: "ix_constituent_contacts_term_id",
                table: "constituent_contacts",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_constituent_contacts_township_id_contacted_on_id",
                table: "constituent_contacts",
                columns: new[] { "township_id", "contacted_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contact_concerns_contact_id_position",
                table: "contact_concerns",
                columns: new[] { "contact_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contact_concerns_proposal_id",
                table: "contact_concerns",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_contact_constituents_constituent_id",
                table: "contact_constituents",
                column: "constituent_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_co_signers_deputy_id",
                table: "proposal_co_signers",
                column: "deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_co_units_handling_unit_id",
                table: "proposal_co_units",
                column: "handling_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_evaluations_proposal_id",
                table: "proposal_evaluations",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_events_proposal_id_sequence",
                table: "proposal_events",
                columns: new[] { "proposal_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_proposal_extension_requests_proposal_id",
                table: "proposal_extension_requests",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_number_series_term_id",
                table: "proposal_number_series",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_progress_notes_proposal_id",
                table: "proposal_progress_notes",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposal_replies_proposal_id",
                table: "proposal_replies",
                column: "proposal_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_lead_deputy_id",
                table: "proposals",
                column: "lead_deputy_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_lead_unit_id",
                table: "proposals",
                column: "lead_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_session_id",
                table: "proposals",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_source_concern_id",
                table: "proposals",
                column: "source_concern_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_proposals_status_due_on",
                table: "proposals",
                columns: new[] { "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_submitted_on_id",
                table: "proposals",
                columns: new[] { "submitted_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_supervisor_presidium_member_id",
                table: "proposals",
                column: "supervisor_presidium_member_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_term_id",
                table: "proposals",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_proposals_township_id_status_due_on",
                table: "proposals",
                columns: new[] { "township_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_township_id_submitted_on_id",
                table: "proposals",
                columns: new[] { "township_id", "submitted_on", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_proposals_township_id_term_id_number",
                table: "proposals",
                columns: new[] { "township_id", "term_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_township_settings_township_id",
                table: "township_settings",
                column: "township_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_concerns");

            migrationBuilder.DropTable(
                name: "contact_constituents");

            migrationBuilder.DropTable(
                name: "proposal_co_signers");

            migrationBuilder.DropTable(
                name: "proposal_co_units");

            migrationBuilder.DropTable(
                name: "proposal_evaluations");

            migrationBuilder.DropTable(
                name: "proposal_events");

            migrationBuilder.DropTable(
                name: "proposal_extension_requests");

            migrationBuilder.DropTable(
                name: "proposal_number_series");

            migrationBuilder.DropTable(
                name: "proposal_progress_notes");

            migrationBuilder.DropTable(
                name: "proposal_replies");

            migrationBuilder.DropTable(
                name: "township_settings");

            migrationBuilder.DropTable(
                name: "constituent_contacts");

            migrationBuilder.DropTable(
                name: "proposals");
        }
    }
}
