-- Special procedures of a branch (特别程序: 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审 …) whose time does not
-- count toward the limit (《行政许可法》第四十五条): started by the department's reviewer or head with a kind the
-- item's guide names, a reason and an expected length; the branch's statutory clock is paused until it ends.
create table casework_special_procedure (
    id                bigint        generated always as identity primary key,
    branch_id         bigint        not null references casework_branch (id),
    case_number       varchar(24)   not null references casework_case (number),
    department        varchar(32)   not null,
    kind              varchar(200)  not null,
    reason            varchar(500)  not null,
    expected_days     int           not null check (expected_days between 1 and 365),
    started_by        varchar(100)  not null,
    started_at        timestamptz   not null,
    started_on        date          not null,
    ended_by          varchar(100),
    ended_at          timestamptz,
    ended_on          date,
    outcome           varchar(500)
);

-- one running special procedure per branch; the deadline sweep asks for the running ones by branch
create unique index casework_special_procedure_running on casework_special_procedure (branch_id)
    where ended_at is null;
create index casework_special_procedure_case on casework_special_procedure (case_number, started_at);
