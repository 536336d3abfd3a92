-- Which transaction last changed an item's published state: nodes refresh their search index from the changes of
-- transactions that have all ended, once each, instead of re-reading a window of recent timestamps (ADR 0009).
alter table catalog_item add column change_tx xid8 not null default pg_current_xact_id();
create index catalog_item_change_tx on catalog_item (change_tx);

create function catalog_item_touch_change() returns trigger language plpgsql as $$
begin
    new.change_tx := pg_current_xact_id();
    return new;
end;
$$;

create trigger catalog_item_changed before update of changed_at on catalog_item
    for each row execute function catalog_item_touch_change();
