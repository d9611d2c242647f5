-- Agency engagements HR records in Retain, beside the ones of the last imported agency_engagements.csv (which stay in
-- capability_file): one row each, with the file's columns, who recorded it and when. An import does not touch them;
-- once an imported file holds the same engagement_id, the imported row is the one shown and counted. The HR system
-- does not hold them until it is told (the agency_engagements.csv of engagements made in Retain).
create table agency_engagement_recorded (
    la_code              varchar(3)    not null references authority (la_code),
    engagement_id        varchar(64)   not null,
    worker_id            varchar(64)   not null,
    agency               varchar(200)  not null,
    job_type             varchar(40)   not null,
    start_date           date          not null,
    end_date             date,
    hours_per_week       numeric(5, 2) not null,
    hourly_pay           numeric(8, 2) not null,
    hourly_charge        numeric(8, 2) not null,
    notice_weeks         integer       not null,
    reference_on         date,
    project_team         boolean,
    override_approved_by varchar(200),
    override_reason      varchar(1000),
    recorded_by          varchar(100)  not null,
    recorded_at          timestamp with time zone not null,
    primary key (la_code, engagement_id)
);

-- The permanent share of the workforce (non-agency FTE of all FTE) a council aims for, as points on a path: on each
-- day the target is the line between the points either side, and the last point's share after it.
create table agency_mix_target (
    la_code            varchar(3)    not null references authority (la_code),
    target_on          date          not null,
    permanent_percent  numeric(5, 1) not null,
    changed_by         varchar(100)  not null,
    changed_at         timestamp with time zone not null,
    primary key (la_code, target_on)
);
