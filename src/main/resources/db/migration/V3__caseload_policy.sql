-- Each authority's caseload policy; an authority without a row uses Retain's defaults (docs/caseload-policy.md).
create table caseload_policy (
    la_code                 varchar(3)   not null primary key references authority (la_code),
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
    changed_at              timestamp with time zone not null
);
