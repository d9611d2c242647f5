-- Where each allocation came from. A row with no made_by came in the last imported bundle; otherwise it was made
-- in Retain (a team manager accepting a recommendation) by made_by at made_at. ended_by and ended_at say who ended
-- an allocation in Retain (a reallocation ends the case's primary allocation the day before), and when: the case
-- management system has neither until it is told, so an import that lacks them would silently undo them.
-- An import replaces every row, so every row a bundle gives is imported again (all four columns null). Written
-- to run unchanged on PostgreSQL and on H2 in PostgreSQL mode.

alter table allocation add column made_by varchar(255);
alter table allocation add column made_at timestamp with time zone;
alter table allocation add column ended_by varchar(255);
alter table allocation add column ended_at timestamp with time zone;
