using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SettingsGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The compliance numbers and the review thresholds move from flat columns into one jsonb group each,
            // keeping every township's stored values; the new groups start at their documented defaults.
            foreach (var column in new[] { "compliance", "reviews", "voter_reports", "term_structure", "duty_score" })
            {
                migrationBuilder.AddColumn<string>(name: column, table: "township_settings", type: "jsonb", nullable: true);
            }

            migrationBuilder.Sql("""
                UPDATE township_settings SET
                    compliance = jsonb_build_object(
                        'regularMeetingsPerQuarter', regular_meetings_per_quarter,
                        'quorumNumerator', quorum_numerator,
                        'quorumDenominator', quorum_denominator,
                        'passingNumerator', passing_numerator,
                        'passingDenominator', passing_denominator,
                        'groupActivitiesPerQuarter', group_activities_per_quarter,
                        'contactsPerDeputyPerQuarter', contacts_per_deputy_per_quarter,
                        'minimumConstituentsPerDeputy', minimum_constituents_per_deputy,
                        'sessionsPerYear', sessions_per_year,
                        'firstSessionDueMonth', first_session_due_month,
                        'newTermFirstSessionMonths', new_term_first_session_months),
                    reviews = jsonb_build_object(
                        'excellentPercent', review_excellent_percent,
                        'competentPercent', review_competent_percent,
                        'basicallyCompetentPercent', review_basically_competent_percent),
                    voter_reports = '{"period":"Term","reminderMonthsBeforeTermEnd":12}',
                    term_structure = '{"nonCpcMinimumPercent":35,"reelectedTargetPercent":33,"reelectedTolerancePercent":5,"womenNotBelowPreviousTerm":true,"officialsNotAbovePreviousTerm":true}',
                    duty_score = '{"sessionAttended":10,"presidiumMeetingAttended":3,"groupActivityAttended":4,"groupActivityMissed":-4,"supervisionActivityAttended":5,"proposalLed":8,"proposalCoSigned":3,"contactLogged":1,"constituentReached":2,"receptionDay":3,"training":2,"reviewedExcellent":10,"reviewedCompetent":6,"reviewedBasicallyCompetent":2,"reviewedIncompetent":-10}';
                """);

            foreach (var column in new[] { "compliance", "reviews", "voter_reports", "term_structure", "duty_score" })
            {
                migrationBuilder.AlterColumn<string>(
                    name: column, table: "township_settings", type: "jsonb", nullable: false, oldClrType: typeof(string), oldType: "jsonb", oldNullable: true);
            }

            foreach (var column in new[]
            {
                "contacts_per_deputy_per_quarter", "first_session_due_month", "group_activities_per_quarter",
                "minimum_constituents_per_deputy", "new_term_first_session_months", "passing_denominator",
                "passing_numerator", "quorum_denominator", "quorum_numerator", "regular_meetings_per_quarter",
                "review_basically_competent_percent", "review_competent_percent", "review_excellent_percent",
                "sessions_per_year",
            })
            {
                migrationBuilder.DropColumn(name: column, table: "township_settings");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "compliance",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "duty_score",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "reviews",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "term_structure",
                table: "township_settings");

            migrationBuilder.DropColumn(
                name: "voter_reports",
                table: "township_settings");

            migrationBuilder.AddColumn<int>(
                name: "contacts_per_deputy_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "first_session_due_month",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "group_activities_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "minimum_constituents_per_deputy",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "new_term_first_session_months",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "passing_denominator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "passing_numerator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "quorum_denominator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "quorum_numerator",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "regular_meetings_per_quarter",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "review_basically_competent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "review_competent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "review_excellent_percent",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "sessions_per_year",
                table: "township_settings",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
