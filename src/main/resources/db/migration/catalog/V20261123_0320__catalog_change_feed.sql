-- When an item's published state last changed, so that every node can refresh its search index.
alter table catalog_item add column changed_at timestamptz not null default now();
create index catalog_item_changed_at on catalog_item (changed_at);
