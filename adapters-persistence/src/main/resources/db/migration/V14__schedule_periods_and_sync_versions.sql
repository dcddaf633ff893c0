-- The start of the last period of a job's schedule whose run was started: the instances' schedules
-- claim a period by a conditional update of this column, so one run starts per period among them.
ALTER TABLE job_locks ADD COLUMN scheduled_period TIMESTAMP;

-- The audience sync's state of a member is written by the sync's runs and by the webhook, on any
-- instance: a version, so that neither overwrites unseen what the other wrote since it read it.
ALTER TABLE audience_sync_state ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
