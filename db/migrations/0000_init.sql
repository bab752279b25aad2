CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`code` text NOT NULL,
	`category` text NOT NULL,
	`title` text NOT NULL,
	`legal_basis` text NOT NULL,
	`detector` text NOT NULL,
	`params` text NOT NULL,
	`weight` real NOT NULL,
	`mode` text NOT NULL,
	`fix_hint` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_items_version_code_uq` ON `checklist_items` (`version_id`,`code`);--> statement-breakpoint
CREATE TABLE `checklist_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_versions_number_unique` ON `checklist_versions` (`number`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scan_id` integer NOT NULL,
	`url` text NOT NULL,
	`kind` text NOT NULL,
	`sha256` text,
	`error_class` text,
	`artifact` text NOT NULL,
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `documents_scan_idx` ON `documents` (`scan_id`);--> statement-breakpoint
CREATE INDEX `documents_sha_idx` ON `documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `item_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scan_id` integer NOT NULL,
	`checklist_version_id` integer NOT NULL,
	`code` text NOT NULL,
	`status` text NOT NULL,
	`level` integer,
	`evidence` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_results_scan_version_code_uq` ON `item_results` (`scan_id`,`checklist_version_id`,`code`);--> statement-breakpoint
CREATE INDEX `item_results_code_idx` ON `item_results` (`checklist_version_id`,`code`);--> statement-breakpoint
CREATE INDEX `item_results_cover_idx` ON `item_results` (`scan_id`,`checklist_version_id`,`code`,`status`,`level`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'scan' NOT NULL,
	`dedupe_key` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 3 NOT NULL,
	`run_after` integer NOT NULL,
	`locked_by` text,
	`heartbeat_at` integer,
	`started_at` integer,
	`finished_at` integer,
	`last_error` text,
	`progress` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `jobs_claim_idx` ON `jobs` (`status`,`run_after`);--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_active_dedupe_uq` ON `jobs` (`dedupe_key`) WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE TABLE `locks` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `manual_verdicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opd_id` integer NOT NULL,
	`code` text NOT NULL,
	`level` integer NOT NULL,
	`note` text NOT NULL,
	`author_id` text NOT NULL,
	`scan_id` integer,
	`evidence_hash` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`withdrawn_at` integer,
	`withdrawn_by` text,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `manual_verdicts_opd_code_idx` ON `manual_verdicts` (`opd_id`,`code`);--> statement-breakpoint
CREATE TABLE `meeting_items` (
	`meeting_id` integer NOT NULL,
	`opd_id` integer NOT NULL,
	`code` text NOT NULL,
	`status` text NOT NULL,
	`level` integer,
	`source` text NOT NULL,
	PRIMARY KEY(`meeting_id`, `opd_id`, `code`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `meeting_opd` (
	`meeting_id` integer NOT NULL,
	`opd_id` integer NOT NULL,
	`scan_id` integer,
	`score` real,
	`zone` text,
	`decided_weight` real DEFAULT 0 NOT NULL,
	`undecided_weight` real DEFAULT 0 NOT NULL,
	PRIMARY KEY(`meeting_id`, `opd_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`frozen_at` integer,
	`frozen_by` text,
	`checklist_version_id` integer,
	`zone_preset` text,
	`created_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `opd` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`website_url` text NOT NULL,
	`social_accounts` text DEFAULT '[]' NOT NULL,
	`services` text DEFAULT '[]' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`ignore_robots` integer DEFAULT false NOT NULL,
	`max_pages` integer,
	`max_depth` integer,
	`schedule_cron` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opd_slug_uq` ON `opd` (`slug`);--> statement-breakpoint
CREATE TABLE `pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scan_id` integer NOT NULL,
	`url` text NOT NULL,
	`final_url` text,
	`http_status` integer,
	`depth` integer DEFAULT 0 NOT NULL,
	`error_class` text,
	`artifact` text NOT NULL,
	`screenshot_path` text,
	`fetched_at` integer NOT NULL,
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pages_scan_idx` ON `pages` (`scan_id`);--> statement-breakpoint
CREATE TABLE `rate_limit` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`count` integer NOT NULL,
	`last_request` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rate_limit_key_unique` ON `rate_limit` (`key`);--> statement-breakpoint
CREATE TABLE `scan_scores` (
	`scan_id` integer NOT NULL,
	`checklist_version_id` integer NOT NULL,
	`score` real,
	`zone` text,
	`decided_weight` real NOT NULL,
	`undecided_weight` real NOT NULL,
	`services` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`scan_id`, `checklist_version_id`),
	FOREIGN KEY (`scan_id`) REFERENCES `scans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `scans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opd_id` integer NOT NULL,
	`trigger` text NOT NULL,
	`status` text DEFAULT 'queued' NOT NULL,
	`requested_by` text,
	`queued_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`checklist_version_id` integer,
	`pages_visited` integer DEFAULT 0 NOT NULL,
	`pages_failed` integer DEFAULT 0 NOT NULL,
	`error_class` text,
	`error_message` text,
	`site` text,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`checklist_version_id`) REFERENCES `checklist_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scans_opd_status_idx` ON `scans` (`opd_id`,`status`,`finished_at`);--> statement-breakpoint
CREATE INDEX `scans_status_idx` ON `scans` (`status`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`opd_id` integer,
	`kind` text NOT NULL,
	`cron` text,
	`days_before` integer,
	`enabled` integer DEFAULT true NOT NULL,
	`last_run_at` integer,
	`next_run_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`regency_name` text NOT NULL,
	`official_domain` text NOT NULL,
	`zone_preset` text DEFAULT 'ombudsman2021' NOT NULL,
	`schedule_cron` text,
	`scan_days_before_meeting` integer,
	`default_max_pages` integer DEFAULT 60 NOT NULL,
	`default_max_depth` integer DEFAULT 4 NOT NULL,
	`updated_at` integer
);
--> statement-breakpoint
CREATE TABLE `text_cache` (
	`sha256` text PRIMARY KEY NOT NULL,
	`method` text NOT NULL,
	`text` text NOT NULL,
	`confidence` real,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`username` text,
	`display_username` text,
	`role` text DEFAULT 'pimpinan' NOT NULL,
	`opd_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`opd_id`) REFERENCES `opd`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `user_username_unique` ON `user` (`username`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer,
	`updated_at` integer
);
