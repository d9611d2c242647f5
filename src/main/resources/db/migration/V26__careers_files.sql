-- Careers records in bundle files (decision 0034). A transfer request or critical role brought in from a bundle keeps
-- the file's id (transfer_id, role_id), so that the same file imported again adds nothing; one made in Retain has
-- none and is written to the files as RET-<id>. Written to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.
alter table transfer_request add column file_id varchar(64);
alter table critical_role add column file_id varchar(64);
create unique index transfer_request_file_id on transfer_request (la_code, file_id);
create unique index critical_role_file_id on critical_role (la_code, file_id);
