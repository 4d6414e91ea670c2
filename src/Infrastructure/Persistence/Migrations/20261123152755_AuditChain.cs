using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeputyPortal.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Makes audit_entries append-only and hash-chained. The hash of an entry covers its predecessor's hash and all of
    /// its own content, so changing or removing any entry breaks the link after it. Timestamps are hashed as epoch
    /// microseconds (independent of the session's TimeZone); jsonb's text form is canonical.
    /// </summary>
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entry_hash(previous_hash text, entry audit_entries) RETURNS text
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT encode(sha256(convert_to(concat_ws('|',
                        coalesce(previous_hash, ''),
                        entry.id::text,
                        (extract(epoch FROM entry.occurred_at) * 1000000)::bigint::text,
                        coalesce(entry.user_id::text, ''),
                        entry.user_name,
                        entry.entity_type,
                        entry.entity_id,
                        entry.action,
                        coalesce(entry.before::text, ''),
                        coalesce(entry.after::text, '')), 'UTF8')), 'hex')
                $$;
                """);

            // Writers of the chain take turns (a transaction-scoped advisory lock) and draw their id inside the turn,
            // so id order is chain order even when transactions overlap.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entries_chain() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    last_hash text;
                BEGIN
                    PERFORM pg_advisory_xact_lock(hashtext('audit_entries_chain'));
                    NEW.id := nextval(pg_get_serial_sequence('audit_entries', 'id'));
                    SELECT hash INTO last_hash FROM audit_entries ORDER BY id DESC LIMIT 1;
                    NEW.previous_hash := last_hash;
                    NEW.hash := audit_entry_hash(last_hash, NEW);
                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER audit_entries_chain BEFORE INSERT ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_chain();

                CREATE FUNCTION audit_entries_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP;
                END
                $$;

                CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
                    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER audit_entries_append_only ON audit_entries;
                DROP FUNCTION audit_entries_append_only();
                DROP TRIGGER audit_entries_chain ON audit_entries;
                DROP FUNCTION audit_entries_chain();
                DROP FUNCTION audit_entry_hash(text, audit_entries);
                """);
        }
    }
}
