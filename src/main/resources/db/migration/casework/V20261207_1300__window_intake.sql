-- Window intake (一口受理): a clerk lists the drafts they registered for people at the counter.
create index casework_application_window on casework_application (window_clerk, updated_at desc)
    where window_clerk is not null and status = 'DRAFT';
