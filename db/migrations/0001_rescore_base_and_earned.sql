ALTER TABLE `scan_scores` ADD `earned_weight` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `scan_scores` ADD `base_version_id` integer REFERENCES checklist_versions(id);--> statement-breakpoint
-- Existing scorings stored every item themselves (no base): earned weight from their own rows.
UPDATE `scan_scores` SET `earned_weight` = coalesce((
  SELECT sum(ci.weight * min(3, max(0, round(r.level))) / 3.0)
  FROM item_results r
  JOIN checklist_items ci ON ci.version_id = r.checklist_version_id AND ci.code = r.code
  WHERE r.scan_id = scan_scores.scan_id AND r.checklist_version_id = scan_scores.checklist_version_id
    AND r.status = 'scored' AND r.level IS NOT NULL
), 0);
