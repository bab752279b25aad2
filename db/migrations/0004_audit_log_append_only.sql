-- Custom SQL migration (drizzle-kit generate --custom): the audit log is append-only in the
-- database itself. drizzle-kit has no schema form for triggers, so they live here; the message
-- is AUDIT_APPEND_ONLY_MESSAGE in lib/audit/triggers.ts. IF NOT EXISTS: databases made before
-- this migration already have the first two (they were created at every start).
CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- INSERT OR REPLACE (and an upsert) with an existing id would delete the old row without firing
-- the delete trigger (recursive_triggers is off); a BEFORE INSERT trigger runs before the conflict.
CREATE TRIGGER IF NOT EXISTS audit_log_no_replace BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
