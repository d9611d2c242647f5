-- A caseload policy is in force from a day until the next one's, so a past date is measured under the policy of
-- its day and a new policy no longer overwrites the record of the one before. The policy each authority kept so far
-- is in force from the start (1 January 1900, which no register date precedes).
create table caseload_policy_in_force (
    la_code                 varchar(3)   not null references authority (la_code),
    in_force_from           date         not null,
    case_holding_roles      varchar(400) not null,
    asye_cap                integer      not null,
    early_career_cap        integer      not null,
    mentoring_cap           integer      not null,
    experienced_cap         integer      not null,
    unallocated_alert_days  integer      not null,
    weighting_enabled       boolean      not null,
    points_assessment       integer      not null,
    points_child_in_need    integer      not null,
    points_child_protection integer      not null,
    points_child_in_care    integer      not null,
    points_care_leaver      integer      not null,
    points_other            integer      not null,
    points_court            integer      not null,
    points_co_working       integer      not null,
    points_per_fte          integer      not null,
    changed_by              varchar(100) not null,
    changed_at              timestamp with time zone not null,
    primary key (la_code, in_force_from)
);

insert into caseload_policy_in_force (la_code, in_force_from, case_holding_roles, asye_cap, early_career_cap, mentoring_cap,
        experienced_cap, unallocated_alert_days, weighting_enabled, points_assessment, points_child_in_need,
        points_child_protection, points_child_in_care, points_care_leaver, points_other, points_court, points_co_working,
        points_per_fte, changed_by, changed_at)
    select la_code, date '1900-01-01', case_holding_roles, asye_cap, early_career_cap, mentoring_cap, experienced_cap,
        unallocated_alert_days, weighting_enabled, points_assessment, points_child_in_need, points_child_protection,
        points_child_in_care, points_care_leaver, points_other, points_court, points_co_working, points_per_fte, changed_by,
        changed_at
    from caseload_policy;

drop table caseload_policy;

alter table caseload_policy_in_force rename to caseload_policy;
