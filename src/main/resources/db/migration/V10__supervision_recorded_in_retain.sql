-- Supervision sessions a team manager records in Retain. A row with no recorded_by came in the last imported bundle;
-- otherwise recorded_by recorded it in Retain at recorded_at. cases_discussed is only known for a session recorded
-- here: supervisions.csv has no such column, so the bundle export leaves it out and an import leaves it null. The
-- case management system does not have these sessions until it is told, so an import that lacks them would drop
-- them: the import check names them first. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table supervision add column cases_discussed integer;
alter table supervision add column recorded_by varchar(255);
alter table supervision add column recorded_at timestamp with time zone;
