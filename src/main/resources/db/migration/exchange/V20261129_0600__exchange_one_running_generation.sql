-- At most one population generation runs at a time, on every node together: two clicks or two nodes that both
-- found none running cannot both start one. Older duplicates (there should be none) end as failed first.
update exchange_generation_job set state = 'FAILED', finished_at = now(),
    message = '与另一项生成任务同时运行，已停止。Stopped: ran beside another generation.'
where state = 'RUNNING'
  and id <> (select id from exchange_generation_job where state = 'RUNNING' order by started_at desc limit 1);

create unique index exchange_generation_job_one_running on exchange_generation_job ((true)) where state = 'RUNNING';
